//! The words of the answer: the verdict, the split of the time, the plans,
//! the activity needed and the risks.

use super::texts;

texts! {
    SPLIT_TITLE = "Anbefalt fordeling av tiden" / "Recommended split of the time";
    CLOSING_MATURE_DEALS = "Sluttføre modne avtaler" / "Closing mature deals";
    PROSPECTING = "Prospektere" / "Prospecting";
    HOURS_PER_SELLER_WEEK = "{hours} t per selger per uke" / "{hours} h per seller per week";
    NO_WORKING_DAYS_LEFT = "ingen arbeidsdager igjen" / "no working days left";
    PLANS_TITLE = "Anbefalt plan mot fella" / "The recommended plan against the trap";
    PLANS_CAPTION = "Sammenligning av anbefalt plan og å presse alle avtaler" / "Comparison of the recommended plan and pushing every deal";
    RECOMMENDED = "Anbefalt" / "Recommended";
    PUSH_EVERYTHING_THE_TRAP = "Presse alt (fella)" / "Push everything (the trap)";
    CALCULATING_THE_ODDS = "Beregner sjansene …" / "Calculating the odds …";
    ODDS_NOTE = "Sjansene kommer fra 20 000 simuleringer med fast frø: samme tall gir samme svar." / "The odds come from 20,000 simulations with a fixed seed: the same numbers give the same answer.";
    ROW_THIS_PERIOD = "Forventet salg denne perioden" / "Expected sales this period";
    ROW_ODDS = "Sjanse for å nå målet" / "Chance of reaching the target";
    ROW_RANGE = "Sannsynlig utfall (P10–P90)" / "Likely range (P10–P90)";
    ROW_NEXT_PERIOD = "Forventet inn i neste periode" / "Carried into next period";
    ROW_DISCOUNT = "Rabatt gitt" / "Discount given";
    ROW_VALUE_LOST = "Verdi tapt på press" / "Value lost to pressure";
    ROW_STRAINED = "Kunderelasjoner satt under press" / "Relationships strained";
    ROW_COVERAGE = "Pipelinedekning neste periode" / "Pipeline coverage next period";
    ACTIVITY_NEEDED = "Aktivitet som trengs" / "Activity needed";
    MEETINGS_IN_PLAN = "Kundemøter per selger per uke i planen" / "Customer meetings per seller per week in the plan";
    MEETINGS_NEEDED = "Kundemøter per selger per uke som trengs for neste periode" / "Customer meetings per seller per week needed for next period";
    NEW_OPPORTUNITIES = "Nye salgsmuligheter per selger per uke" / "New opportunities per seller per week";
    LEFT_PER_DAY = "Gjenstår å selge per arbeidsdag" / "Left to sell per working day";
    NO_WORKING_DAYS_IN_PERIOD = "Ingen arbeidsdager igjen i perioden." / "No working days left in the period.";
    NEEDS_AVG_DEAL_SIZE = "Krever en snittstørrelse på avtaler." / "Needs an average deal size.";
    NO_MEETING_CONVERTS = "Ingen møter gir salgsmuligheter når konverteringen er 0 %." / "No meeting becomes an opportunity when conversion is 0%.";
    ENOUGH_MEETINGS = "Planen gir nok møter til ønsket pipeline." / "The plan gives enough meetings for the pipeline wanted.";
    RISK_TITLE = "Hvor robust er planen?" / "How robust is the plan?";
    WITHOUT_BIGGEST_NAMED = "Uten den største avtalen, «{name}»" / "Without the biggest deal, «{name}»";
    WITHOUT_BIGGEST = "Uten den største avtalen" / "Without the biggest deal";
    NO_DEALS_TO_TAKE_OUT = "Ingen avtaler å ta bort." / "No deals to take out.";
    CHANCE_OF_TARGET = "Sjanse for å nå målet: {percent}" / "Chance of reaching the target: {percent}";
    CALCULATING_THE_CHANCE = "Beregner sjansen …" / "Calculating the chance …";
    TOP_THREE_SHARE = "Andel av vektet pipeline i de tre største avtalene" / "Share of the weighted pipeline in the three largest deals";
    WEIGHTED_AND_COVERAGE = "Vektet pipeline og dekning av det som gjenstår" / "Weighted pipeline and coverage of the gap";
    SLIPPED_DEALS = "Avtaler med passert beslutningsdato" / "Deals past their decision date";
    COVERAGE = "Dekning: {raw}× rå, {weighted}× vektet" / "Coverage: {raw}× raw, {weighted}× weighted";
    COVERAGE_NOT_APPLICABLE = "Målet er nådd; dekning gjelder ikke." / "Target reached; coverage does not apply.";
    NOT_UPDATED = "Ikke oppdatert. " / "Not updated. ";
    MORE_MEETINGS_NEEDED = "Trenger {count} flere møter per selger per uke enn planen gir." / "Needs {count} more meetings per seller per week than the plan gives.";
    /// "felt" is both singular and plural.
    FIELD_TO_FIX = "{count} felt må rettes. Resultatet under gjelder siste gyldige tall." / "{count} field to fix. The result below is for the last valid numbers.";
    FIELDS_TO_FIX = "{count} felt må rettes. Resultatet under gjelder siste gyldige tall." / "{count} fields to fix. The result below is for the last valid numbers.";
    SPLIT_SHARES = "Sluttføre {closing} %, prospektere {prospecting} %" / "Closing {closing} %, prospecting {prospecting} %";
}
