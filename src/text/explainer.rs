//! The words of "How it's calculated": each section's title, explanations
//! and live figures, and the defaults table. Formulas stay in the views as
//! notation; the words inside them are here. Texts that end or start in
//! the middle of a sentence are the parts around a formula or a sub- or
//! superscript.

use super::texts;

texts! {
    // The panel
    TITLE = "Slik regnes det ut" / "How it's calculated";
    HINT = "Hver beregning med ord og formel" / "Every result in words and as a formula";
    INTRO = "Alt regnes ut i nettleseren fra tallene dere har lagt inn. Her står hvert resultat forklart med ord og formel, og med scenarioets egne tall der det gjør forklaringen tydeligere." / "Everything is calculated in your browser from the numbers you entered. Each result is explained here in words and as a formula, with the scenario's own numbers where they make the explanation clearer.";
    IN_THIS_SCENARIO = "I dette scenarioet" / "In this scenario";

    // Units; `{amount}` is the formatted number.
    DAY = "{amount}\u{a0}dag" / "{amount}\u{a0}day";
    DAYS = "{amount}\u{a0}dager" / "{amount}\u{a0}days";
    HOUR = "{amount}\u{a0}time" / "{amount}\u{a0}hour";
    HOURS = "{amount}\u{a0}timer" / "{amount}\u{a0}hours";
    WORKING_DAY = "{amount}\u{a0}arbeidsdag" / "{amount}\u{a0}working day";
    WORKING_DAYS = "{amount}\u{a0}arbeidsdager" / "{amount}\u{a0}working days";

    // Words inside formulas and figures, used by several sections
    /// The share of a mature deal's hours it gets, `worked_j`.
    WORKED = "bearbeidet" / "worked";
    /// The share of a pushed deal's hours it gets, `pushed_j`.
    PUSHED = "presset" / "pushed";
    CLOSED = "solgt" / "closed";
    TARGET = "mål" / "target";
    /// The trap's split, `s_trap`.
    TRAP = "felle" / "trap";
    SELLERS = "selgere" / "sellers";
    MEETINGS = "møter" / "meetings";
    HOURS_PER_MATURE_DEAL = "timer per moden avtale" / "hours per mature deal";
    HOURS_PER_PUSHED_DEAL = "timer per presset avtale" / "hours per pushed deal";
    HOURS_PER_MEETING = "timer per møte" / "hours per meeting";
    NEW_OPPORTUNITIES = "nye salgsmuligheter" / "new opportunities";
    RECOMMENDED_PLAN_NOTE = "(anbefalt plan)" / "(recommended plan)";
    FIRST_MATURE_STAGE = "Første modne steg" / "First mature stage";
    // Reasons a figure is not available
    A_MISSING = "A mangler" / "A is missing";
    NO_WORKING_DAYS = "ingen arbeidsdager igjen" / "no working days left";
    NO_OPEN_DEALS = "ingen åpne avtaler" / "no open deals";

    // 1. The time left
    TIME_TITLE = "1. Tiden som er igjen" / "1. The time left";
    TIME_LEAD = "Modellen teller fra i dag – eller fra periodens første dag hvis perioden ikke har startet – til og med periodens siste dag." / "The model counts from today – or from the first day of the period if it has not started – up to and including the last day of the period.";
    END = "slutt" / "end";
    TODAY = "i dag" / "today";
    TIME_CALENDAR_DAYS = "Kalenderdager igjen, i dag medregnet. 0 når perioden er over." / "Calendar days left, today included. 0 once the period is over.";
    TIME_WORKING_DAYS = "Arbeidsdager igjen: mandag til fredag i den samme tiden. Helligdager trekkes ikke fra." / "Working days left: Monday to Friday in the same span. Public holidays are not taken out.";
    HOURS_PER_WEEK = "timer per uke" / "hours per week";
    TIME_HOURS = "Selgetimer igjen for hele teamet. «Timer per uke» er tiden hver selger har til å sluttføre og prospektere, utover løpende kunde- og avtalearbeid." / "Selling hours left for the whole team. \u{201c}Hours per week\u{201d} is the time each seller has for closing and prospecting, beyond ongoing account and deal work.";

    // 2. Win probability and maturity of a deal
    DEAL_TITLE = "2. Vinnsjanse og modenhet for en avtale" / "2. Win probability and maturity of a deal";
    MATURE_COUNT = "Modne avtaler, |M|" / "Mature deals, |M|";
    IMMATURE_COUNT = "Umodne avtaler, |I|" / "Immature deals, |I|";
    DEAL_PROBABILITY = "Vinnsjansen for avtale j: sannsynligheten for salgssteget avtalen står i, eller avtalens egen sannsynlighet hvis dere har satt en." / "The win probability of deal j: the probability of the sales stage it is in, or the deal's own probability if you set one.";
    DEAL_VALUE = "Avtalens verdi." / "The deal's value.";
    MATURE = "Moden" / "Mature";
    DEAL_MATURE = "En avtale er moden når den står i første modne steg eller senere, og kjøperens forventede beslutningsdato er tom eller senest periodens siste dag. Har dere selv merket avtalen som moden eller ikke moden, gjelder det." / "A deal is mature when it is at the first mature stage or later, and the buyer's expected decision date is empty or no later than the last day of the period. If you marked the deal as mature or not mature yourself, that applies.";
    DEAL_SETS = "M er de modne salgsmulighetene og I de andre åpne avtalene, de umodne. |M| og |I| er hvor mange det er av hver." / "M is the set of mature opportunities and I the set of other open deals, the immature ones. |M| and |I| are how many each holds.";
    PRIORITY = "Prioritet" / "Priority";
    DEAL_PRIORITY = "Innenfor M og innenfor I kommer avtalene i rekkefølge etter forventet verdi, størst først. Ved likhet gjelder rekkefølgen i avtalelisten." / "Within M and within I, deals are taken in order of expected value, largest first. Ties keep their order in the deal list.";

    // 3. A split of the time
    SPLIT_TITLE = "3. En fordeling av tiden" / "3. A split of the time";
    SPLIT_LEAD = "En fordeling s (fra 0 til 1) er andelen av de gjenværende timene som går til å sluttføre avtaler. Resten går til å prospektere." / "A split s (from 0 to 1) is the share of the remaining hours spent closing deals. The rest goes to prospecting.";
    SPLIT_CAPACITY = "Så mye sluttføringstid avtalene kan ta imot. Timer utover dette går tilbake til prospektering." / "The closing time the deals can absorb. Hours beyond it go back to prospecting.";
    SPLIT_CLOSING_HOURS = "Timer til å sluttføre." / "Hours for closing.";
    SPLIT_PROSPECTING_HOURS = "Timer til å prospektere." / "Hours for prospecting.";
    SPLIT_HANDED_OUT = "Sluttføringstimene deles ut slik:" / "The closing hours are handed out like this:";
    /// Followed by `worked_j`.
    SPLIT_MATURE_FIRST = "De modne avtalene får timer først, i prioritert rekkefølge, inntil «timer per moden avtale» hver. " / "The mature deals get hours first, in priority order, up to \u{201c}hours per mature deal\u{201d} each. ";
    SPLIT_MATURE_SHARE = " er andelen av det avtalen trenger som den får (0 til 1)." / " is the share of what the deal needs that it gets (0 to 1).";
    /// Followed by the formula for `H_x`.
    SPLIT_LEFT_OVER = "Timene som blir til overs, " / "The hours left over, ";
    /// Followed by `pushed_j`.
    SPLIT_IMMATURE_NEXT = ", går til de umodne avtalene i prioritert rekkefølge, inntil «timer per presset avtale» hver: de blir presset til å lukke nå. " / ", go to the immature deals in priority order, up to \u{201c}hours per pushed deal\u{201d} each: they are pushed to close now. ";
    SPLIT_IMMATURE_SHARE = " er andelen på samme måte." / " is the share in the same way.";

    // 4. New sales from prospecting
    PROSPECTING_TITLE = "4. Nytt salg fra prospektering" / "4. New sales from prospecting";
    /// Stands for the calculation of f1 when no days are left.
    NO_DAYS_SO = "D = 0, så " / "D = 0, so ";
    AVERAGE_SET = "satt under forutsetningene" / "set under the assumptions";
    AVERAGE_OF_ONE = "verdien av den ene åpne avtalen" / "the value of the one open deal";
    AVERAGE_OF_MANY = "snittet av {count} åpne avtaler" / "the mean of {count} open deals";
    AVERAGE_MISSING = "ingen åpne avtaler og ingen snittstørrelse satt under forutsetningene, så nytt salg fra prospektering kan ikke regnes ut" / "no open deals and no average size set under the assumptions, so new sales from prospecting cannot be calculated";
    FIRST_MEETINGS_RECOMMENDED = "Første kundemøter (anbefalt plan)" / "First customer meetings (recommended plan)";
    PROSPECTING_LEAD = "Prospekteringstimene blir til kundemøter, kundemøtene til nye salgsmuligheter, og noen av dem til salg." / "Prospecting hours turn into customer meetings, the meetings into new opportunities, and some of those into sales.";
    HOURS_PER_FIRST_MEETING = "timer per første kundemøte" / "hours per first customer meeting";
    PROSPECTING_MEETINGS = "Første kundemøter som holdes: samtaler, e-post og selve møtet er regnet inn i timene." / "First customer meetings held: calls, e-mail and the meeting itself are counted in the hours.";
    PROSPECTING_Q = "q er andelen møter som blir en reell salgsmulighet." / "q is the share of meetings that become a real opportunity.";
    WON = "vunnet" / "won";
    PROSPECTING_W = "w er andelen nye salgsmuligheter som blir vunnet." / "w is the share of new opportunities that are won.";
    PROSPECTING_NEW_SALES = "Forventet nytt salg fra h timer prospektering. A er snittstørrelsen på en ny avtale: verdien dere har satt, ellers snittet av de åpne avtalene." / "Expected new sales from h hours of prospecting. A is the average size of a new deal: the value you set, otherwise the mean value of the open deals.";
    /// Ends in "f", followed by a subscript 1 and " = 0.".
    PROSPECTING_THIS_PERIOD = "Andelen av det nye salget som lander i inneværende periode. r er andelen kjøpere som er klare til å handle nå. Resten trenger hele salgssyklusen på L dager; prospekteringen spres jevnt over de D dagene som er igjen, så bare møter som holdes minst L dager før slutt rekker å bli salg – andelen 1 − L / D, eller ingen når L ≥ D. Når D = 0, er f" / "The share of new sales that land this period. r is the share of buyers ready to act now. The rest need the full sales cycle of L days; prospecting is spread evenly over the D days left, so only meetings held at least L days before the end turn into sales in time – the share 1 − L / D, or none when L ≥ D. When D = 0, f";

    // 5. This period and next period
    PERIODS_TITLE = "5. Inneværende periode og neste periode" / "5. This period and next period";
    THIS_PERIOD_SUM = "Forventet salg i inneværende periode er summen av:" / "Expected sales this period are the sum of:";
    THIS_PERIOD_CLOSED = "det som allerede er solgt i perioden;" / "what is already closed this period;";
    THIS_PERIOD_MATURE = "de modne avtalene dere rekker å jobbe med, veid med vinnsjansen;" / "the mature deals you have time to work, weighted by their win probability;";
    THIS_PERIOD_PUSHED = "de umodne avtalene som presses, med lavere vinnsjanse (k) og ekstra rabatt (d);" / "the immature deals that are pushed, with a lower win probability (k) and an extra discount (d);";
    /// Ends in "(f", followed by a subscript 1 and ").".
    THIS_PERIOD_NEW = "den delen av det nye salget fra prospektering som lander nå (f" / "the part of new sales from prospecting that lands now (f";
    NEXT_PERIOD_SUM = "Forventet salg som dette arbeidet tar med seg inn i neste periode – ikke hele prognosen for neste periode – er summen av:" / "Expected sales this work carries into next period – not the whole forecast for next period – are the sum of:";
    NEXT_PERIOD_SLIPPED = "modne avtaler dere ikke rekker, som glir over og mister noe av vinnsjansen (σ);" / "mature deals you don't get to, which slip and lose some of their win probability (σ);";
    NEXT_PERIOD_IMMATURE = "umodne avtaler som får modne i kjøperens tempo, med full vinnsjanse;" / "immature deals left to mature at the buyer's pace, with their full win probability;";
    NEXT_PERIOD_NEW = "resten av det nye salget fra prospekteringen." / "the rest of the new sales from prospecting.";
    SLIP_DECAY = "Relativt fall i vinnsjansen for en moden avtale som ikke blir fulgt opp og glir til neste periode." / "Relative drop in the win probability of a mature deal that is left unworked and slips to next period.";
    PUSH_PENALTY = "Relativt fall i vinnsjansen når en avtale presses før kjøperen er klar." / "Relative drop in the win probability when a deal is pushed before the buyer is ready.";
    PUSH_DISCOUNT = "Ekstra rabatt en presset avtale lukkes med." / "Extra discount a pushed deal closes at.";

    // 6. What pushing costs
    COSTS_TITLE = "6. Hva det koster å presse" / "6. What pushing costs";
    DISCOUNT_GIVEN_TRAP = "Rabatt gitt (presse alt)" / "Discount given (push everything)";
    VALUE_LOST_TRAP = "Verdi tapt til press (presse alt)" / "Value lost to pressure (push everything)";
    STRAINED_TRAP = "Kunderelasjoner belastet (presse alt)" / "Relationships strained (push everything)";
    /// Followed by the formula of the difference.
    NEXT_PERIOD_WEAKER = "Neste periode svakere: " / "Next period weaker: ";
    DISCOUNT_GIVEN = "Rabatt gitt" / "Discount given";
    COSTS_DISCOUNT = "Rabatten på de pressede avtalene som faktisk blir vunnet: tapt margin." / "The discount on the pushed deals that are actually won: margin given away.";
    VALUE_LOST = "Verdi tapt til press" / "Value lost to pressure";
    COSTS_VALUE_LOST = "Forventet salg som går tapt fordi kjøpere som presses før de er klare, sier nei." / "Expected sales lost because buyers pressed before they are ready say no.";
    STRAINED = "Kunderelasjoner belastet" / "Relationships strained";
    COSTS_STRAINED = "Hvor mange kunder som blir presset, rundet opp: en delvis presset avtale teller som én." / "How many customers are pressed, rounded up: a partly pushed deal counts as one.";
    /// Ends in "E", followed by a subscript 2 and [`COSTS_TRAP_END`].
    COSTS_TRAP = "Den anbefalte planen presser ingen avtaler, så der er alle tre null. Tallene under gjelder fella: å presse alle åpne avtaler. Den koster også i neste periode, fordi avtalene som presses nå, forsvinner fra salgspipelinen og det blir mindre tid til å prospektere: forskjellen i E" / "The recommended plan pushes no deals, so all three are zero there. The figures below are for the trap: pushing every open deal. It costs next period too, because the deals pushed now leave the pipeline and less time is left for prospecting: the difference in E";
    COSTS_TRAP_END = " mellom de to planene." / " between the two plans.";

    // 7. The recommendation, the trap and the verdict
    RECOMMENDATION_TITLE = "7. Anbefalingen, fella og konklusjonen" / "7. The recommendation, the trap and the verdict";
    APPLIES_HERE = "← gjelder dette scenarioet" / "← applies to this scenario";
    RECOMMENDED_SPLIT_RULE = "Anbefalt fordeling: sluttfør alle modne salgsmuligheter skikkelig, og prospekter med resten av tiden. 0 når H = 0." / "Recommended split: land every mature opportunity properly, and prospect with the rest of the time. 0 when H = 0.";
    TRAP_SPLIT_RULE = "Fella, til sammenligning: press alle åpne avtaler til å lukke nå. Timene som blir igjen, går til prospektering. 0 når H = 0." / "The trap, for comparison: push every open deal to close now. The hours left go to prospecting. 0 when H = 0.";
    VERDICT_ORDER = "Konklusjonen er den første regelen som stemmer, i denne rekkefølgen:" / "The verdict is the first rule that holds, in this order:";
    RULE_AHEAD = ": salgsmålet er allerede nådd." / ": the target is already reached.";
    RULE_PERIOD_OVER = ": ingen arbeidsdager igjen, og målet ble ikke nådd. Visningen handler om neste periode." / ": no working days left, and the target was missed. The view turns to next period.";
    RULE_ON_TRACK = ": anbefalingen når målet uten å presse." / ": the recommendation reaches the target without pushing.";
    /// Followed by the formula of next period's loss.
    RULE_PUSH_TRAP = ": bare ved å presse alt kan målet nås på papiret. Dere ser hva det koster – rabatt, verdi tapt og " / ": only pushing everything could reach the target on paper. You see what that costs – discount, value lost and ";
    /// Ends in "s", followed by a superscript "*" and ".".
    RULE_PUSH_TRAP_END = " mindre inn i neste periode – og anbefalingen er likevel s" / " less carried into next period – and the recommendation is still s";
    RULE_TAKE_THE_LOSS = ": selv å presse alt rekker ikke. Godta underskuddet i inneværende periode og legg innsatsen i neste periode." / ": even pushing everything falls short. Accept the shortfall this period and put the effort into next period.";
    /// Ends in "E", followed by a subscript 1 and [`WITHOUT_A_END`].
    WITHOUT_A = "Uten A (ingen åpne avtaler og ingen snittstørrelse) kan E" / "Without A (no open deals and no average size), E";
    WITHOUT_A_END = " ikke regnes ut, og de tre siste reglene kan ikke avgjøres." / " cannot be calculated, and the last three rules cannot be decided.";

    // 8. Meetings needed for next period
    MEETINGS_TITLE = "8. Kundemøter som trengs for neste periode" / "8. Meetings needed for next period";
    NEED = "behov" / "need";
    NO_Q_OR_A = "q × A er 0 eller A mangler" / "q × A is 0 or A is missing";
    NEW_PIPELINE_NEEDED = "Ny pipeline som trengs" / "New pipeline needed";
    MEETINGS_NEEDED = "Kundemøter som trengs" / "Meetings needed";
    PER_SELLER_PER_WEEK = "– per selger per uke" / "– per seller per week";
    PLAN_GIVES_PER_SELLER_WEEK = "Anbefalt plan gir, per selger per uke" / "The recommended plan gives, per seller per week";
    PIPELINE_LEFT = "Salgspipelinen som står igjen fra dagens avtaler etter den anbefalte planen, til full verdi (ikke veid)." / "The pipeline left from today's deals after the recommended plan, at full value (not weighted).";
    COVERAGE_GOAL = "dekningsmål" / "coverage goal";
    NEXT_TARGET = "neste periodes mål" / "next target";
    PIPELINE_NEEDED = "Ny pipeline som trengs for at neste periode skal starte med ønsket dekning. Uten eget mål for neste periode brukes salgsmålet for denne." / "New pipeline needed for next period to start with the coverage wanted. Without a separate next target, this period's target is used.";
    PIPELINE_PER_MEETING = "Hvert første kundemøte gir i snitt q × A i ny pipeline." / "Each first customer meeting adds q × A of new pipeline on average.";
    MEETINGS_PER_SELLER_WEEK = "Det samme per selger per uke som er igjen, vist ved siden av møtene den anbefalte planen gir. Ingen verdi når det ikke er arbeidsdager igjen." / "The same per seller per remaining week, shown beside the meetings the recommended plan gives. No value when no working days are left.";

    // 9. Gap, coverage and risk
    RISK_TITLE = "9. Gap, dekning og risiko" / "9. Gap, coverage and risk";
    NO_GAP = "gapet er 0: målet er nådd" / "the gap is 0: the target is reached";
    WEIGHTED_PIPELINE_ZERO = "den veide pipelinen er 0" / "the weighted pipeline is 0";
    GAP = "Gap, G" / "Gap, G";
    PER_WORKING_DAY = "Per arbeidsdag" / "Per working day";
    WEIGHTED_PIPELINE = "Veid pipeline" / "Weighted pipeline";
    RAW_COVERAGE = "Rå dekning" / "Raw coverage";
    WEIGHTED_COVERAGE = "Veid dekning" / "Weighted coverage";
    SLIPPED_DEALS = "Avtaler som har glidd" / "Slipped deals";
    CONCENTRATION = "Konsentrasjon" / "Concentration";
    STRESS_TEST_WITHOUT = "Stresstest uten" / "Stress test without";
    RISK_GAP = "Gapet til salgsmålet, og hvor mye som må selges per arbeidsdag som er igjen. Per arbeidsdag finnes ikke når det ikke er arbeidsdager igjen." / "The gap to the target, and how much must be sold per working day left. Per working day is not available when no working days are left.";
    RISK_WEIGHTED_PIPELINE = "Alle åpne avtaler, hver veid med vinnsjansen." / "All open deals, each weighted by its win probability.";
    COVERAGE = "Dekning" / "Coverage";
    /// Between the formulas of the raw and the weighted coverage.
    RAW_AND = " (rå) og " / " (raw) and ";
    WEIGHTED_NOTE = " (veid)" / " (weighted)";
    RISK_COVERAGE = "Hvor mange ganger gapet salgspipelinen dekker. Finnes ikke når gapet er 0." / "How many times the pipeline covers the gap. Not available when the gap is 0.";
    SLIPPED = "Glidd" / "Slipped";
    RISK_SLIPPED = "En avtale har glidd når kjøperens forventede beslutningsdato er passert." / "A deal has slipped when the buyer's expected decision date has passed.";
    RISK_CONCENTRATION = "Summen av de tre største p × V delt på den veide pipelinen: hvor mye av resultatet som står på få avtaler. 100 % med tre avtaler eller færre; finnes ikke uten avtaler eller når den veide pipelinen er 0." / "The sum of the three largest p × V divided by the weighted pipeline: how much of the result rests on a few deals. 100% with three deals or fewer; not available without deals or when the weighted pipeline is 0.";
    STRESS_TEST = "Stresstest" / "Stress test";
    /// Ends in "s", followed by a superscript "*" and [`RISK_STRESS_TEST_END`].
    RISK_STRESS_TEST = "Avtalen med størst p × V tas ut (ved likhet den første i listen), og alt regnes ut på nytt – også A. Dere ser konklusjonen, s" / "The deal with the largest p × V is taken out (on ties, the first in the list), and everything is calculated again – A included. You see the verdict, s";
    RISK_STRESS_TEST_END = " og sjansen for å nå målet med den anbefalte planen uten den avtalen." / " and the chance of reaching the target with the recommended plan without that deal.";

    // 10. Uncertainty
    UNCERTAINTY_TITLE = "10. Usikkerhet" / "10. Uncertainty";
    TRIALS = "Forventede verdier sier ikke hvor sikkert målet er. Derfor spiller modellen perioden av {trials} ganger (Monte Carlo). Tilfeldighetene starter alltid fra det samme frøet, så de samme tallene gir alltid det samme svaret." / "Expected values do not say how sure the target is. So the model plays the period out {trials} times (Monte Carlo). The randomness always starts from the same seed, so the same numbers always give the same answer.";
    CALCULATING = "regnes ut …" / "calculating …";
    CHANCE_RECOMMENDED = "Sjanse for å nå målet, anbefalt plan" / "Chance of reaching the target, recommended plan";
    CHANCE_TRAP = "Sjanse for å nå målet, presse alt" / "Chance of reaching the target, push everything";
    SPREAD_RECOMMENDED = "P10 / P50 / P90, anbefalt plan" / "P10 / P50 / P90, recommended plan";
    IN_EACH_TRIAL = "I hver runde:" / "In each trial:";
    TRIAL_MATURE = "vinnes hver moden avtale med sannsynlighet " / "each mature deal is won with probability ";
    TRIAL_MATURE_END = ", til full verdi;" / ", at full value;";
    TRIAL_PUSHED = "vinnes hver presset avtale med sannsynlighet " / "each pushed deal is won with probability ";
    /// Between a pushed deal's probability and its value.
    TRIAL_PUSHED_AT = ", til " / ", at ";
    TRIAL_NEW = "trekkes antallet nye salg i perioden fra en Poisson-fordeling med snitt " / "the number of new wins this period is drawn from a Poisson distribution with mean ";
    TRIAL_NEW_END = ", hvert verdt A." / ", each worth A.";
    CHANCE = "Sjanse for å nå målet" / "Chance of reaching the target";
    CHANCE_MEANS = "Andelen runder der salget i inneværende periode, medregnet det som allerede er solgt, når salgsmålet. Regnes for den anbefalte planen og for å presse alt." / "The share of trials in which this period's sales, including what is already closed, reach the target. Calculated for the recommended plan and for pushing everything.";
    P10_MEANS = "Én av ti runder endte lavere enn dette: et svakt utfall." / "One in ten trials ended lower than this: a weak outcome.";
    P50_MEANS = "Midt på: halvparten av rundene endte lavere, halvparten høyere." / "The middle: half the trials ended lower, half higher.";
    P90_MEANS = "Ni av ti runder endte lavere enn dette: et sterkt utfall." / "Nine in ten trials ended lower than this: a strong outcome.";

    // 11. The defaults and where they come from
    DEFAULTS_TITLE = "11. Standardverdiene og hvor de kommer fra" / "11. The defaults and where they come from";
    DEFAULTS_LEAD = "Standardverdiene er med vilje moderate, og alle kan endres under forutsetningene." / "The defaults are deliberately moderate, and every one can be changed under the assumptions.";
    /// Before the study's title.
    STUDY = "Straffen for å presse bygger på en studie fra {year} av salg i slutten av kvartalet, med data fra InsideSales, omtalt i Harvard Business Review (" / "The cost of pushing builds on a {year} study of end-of-quarter selling, using InsideSales data and reported in Harvard Business Review (";
    /// After the study's title.
    STUDY_FINDINGS = "). Avtaler som ble presset i mål ved kvartalsslutt, hadde omtrent {win_drop} lavere vinnrate og omtrent {size_drop} mindre avtalestørrelse. Standardverdiene her, k = {k} og d = {d}, er med vilje mildere enn det." / "). Deals pushed to close at quarter end had win rates about {win_drop} lower and deal sizes about {size_drop} smaller. The defaults here, k = {k} and d = {d}, are deliberately milder than that.";
    FUNNEL = "Trakten – ett første kundemøte per {per_meeting} prospektering, {q} av møtene blir salgsmuligheter, {w} av dem vinnes, og salgssyklusen er {cycle} – er typiske tall for B2B-salg i mellomstore selskaper. De er ment å byttes ut med teamets egne så snart dere har dem." / "The funnel – one first customer meeting per {per_meeting} of prospecting, {q} of meetings becoming opportunities, {w} of those won, and a sales cycle of {cycle} – uses typical mid-market B2B figures. They are meant to be replaced by your team's own as soon as you have them.";
    DEFAULTS_TABLE = "Standardverdier" / "Defaults";
    DEFAULTS_CAPTION = "Hver standardverdi, verdien i dette scenarioet og hva den bygger på" / "Each default, the value in this scenario and what it rests on";
    COLUMN_ASSUMPTION = "Forutsetning" / "Assumption";
    COLUMN_DEFAULT = "Standard" / "Default";
    COLUMN_THIS_SCENARIO = "Dette scenarioet" / "This scenario";
    COLUMN_BASIS = "Grunnlag" / "Basis";
    GROUP_TEAM = "Teamet" / "The team";
    GROUP_CLOSING = "Sluttføre og presse" / "Closing and pushing";
    GROUP_PROSPECTING = "Prospektering" / "Prospecting";
    GROUP_PIPELINE = "Pipeline og salgssteg" / "Pipeline and stages";
    // What a default rests on
    BASIS_STARTING_VALUE = "Startverdi – bytt til teamets eget tall" / "Starting value – use your team's own";
    BASIS_ASSUMPTION = "Moderat antakelse" / "Moderate assumption";
    BASIS_MILDER_THAN_STUDY = "Mildere enn studien" / "Milder than the study";
    BASIS_TYPICAL_B2B = "Typisk for B2B i mellomstore selskaper" / "Typical mid-market B2B figure";
    BASIS_OWN_DEALS = "Fra deres egne avtaler" / "From your own deals";
    BASIS_RULE_OF_THUMB = "Vanlig tommelfingerregel" / "Common rule of thumb";
    BASIS_STAGE_WEIGHTING = "Typisk stegvekting – bytt til egen historikk" / "Typical stage weighting – use your own history";
    BASIS_SAME_TARGET = "Samme mål som nå, til dere setter et annet" / "The same target as now, until you set another";
    // The table's rows
    ROW_SELLERS = "Selgere" / "Sellers";
    ROW_HOURS_PER_WEEK = "Timer per selger per uke" / "Hours per seller per week";
    ROW_HOURS_PER_DEAL = "Timer for å sluttføre én moden avtale" / "Hours to land one mature deal";
    ROW_PUSH_HOURS_PER_DEAL = "Timer for å presse én umoden avtale" / "Hours to push one immature deal";
    ROW_PUSH_DISCOUNT = "Ekstra rabatt på pressede avtaler, d" / "Extra discount on pushed deals, d";
    ROW_PUSH_PENALTY = "Lavere vinnsjanse når man presser, k" / "Lower win probability when pushed, k";
    ROW_SLIP_DECAY = "Tap når en moden avtale glir, σ" / "Loss when a mature deal slips, σ";
    ROW_HOURS_PER_MEETING = "Timer per første kundemøte" / "Hours per first customer meeting";
    ROW_MEETING_TO_OPPORTUNITY = "Møter som blir salgsmuligheter, q" / "Meetings that become opportunities, q";
    ROW_WIN_RATE = "Vinnrate for nye muligheter, w" / "Win rate of new opportunities, w";
    ROW_CYCLE = "Salgssyklus, L" / "Sales cycle, L";
    ROW_READY_NOW = "Kjøpere som er klare nå, r" / "Buyers ready to act now, r";
    ROW_AVERAGE_SIZE = "Snittstørrelse på nye avtaler, A" / "Average size of a new deal, A";
    ROW_COVERAGE_GOAL = "Ønsket pipelinedekning neste periode" / "Pipeline coverage wanted for next period";
    ROW_NEXT_TARGET = "Mål for neste periode" / "Next period's target";
    /// A stage's win probability; `{stage}` is its name.
    ROW_STAGE_PROBABILITY = "Vinnsjanse: {stage}" / "Win probability: {stage}";
    MEAN_OF_OPEN_DEALS = "snittet av de åpne avtalene" / "the mean of the open deals";
    SAME_AS_TARGET = "samme som salgsmålet" / "same as this target";
    NOT_IN_USE = "ikke i bruk" / "not in use";

    // 12. Rounding and "not available"
    ROUNDING_TITLE = "12. Avrunding og «—»" / "12. Rounding and \u{201c}—\u{201d}";
    RECOMMENDED_SPLIT = "Anbefalt fordeling" / "Recommended split";
    ROUNDING_PRECISION = "Alt regnes med full presisjon; bare visningen rundes. Beløp vises i hele kroner (hele enheter av valutaen), andeler i hele prosent." / "Everything is calculated at full precision; only the display is rounded. Money is shown in whole units of the currency, shares in whole percents.";
    ROUNDING_SPLIT = "Fordelingen vises som to hele prosenter som til sammen blir 100: andelen til å sluttføre rundes, og prospektering får resten." / "The split is shown as two whole percents that add up to 100: the closing share is rounded, and prospecting gets the rest.";
    ROUNDING_NOT_AVAILABLE = "«—» betyr at tallet ikke kan regnes ut, som regel fordi formelen ville delt på null. Grunnen står alltid ved siden av. Det skjer når det ikke er arbeidsdager igjen (per arbeidsdag, per selger per uke), når q = 0 eller A mangler (kundemøter som trengs), når det ikke er åpne avtaler og ingen snittstørrelse (A og alt som bygger på den), når gapet er 0 (dekning), og når det ikke er avtaler eller den veide pipelinen er 0 (konsentrasjon)." / "\u{201c}—\u{201d} means the number cannot be calculated, usually because its formula would divide by zero. The reason is always shown beside it. That happens when no working days are left (per working day, per seller per week), when q = 0 or A is missing (meetings needed), when there are no open deals and no average size (A and everything built on it), when the gap is 0 (coverage), and when there are no deals or the weighted pipeline is 0 (concentration).";
}
