//! The answer in words: the verdict as a headline and one or two sentences
//! with this scenario's own numbers. Pure, so it is tested natively.

use crate::format::{percent, rounded_money, rounded_money_pair};
use crate::i18n::Lang;
use crate::model::evaluation::DealOutcome;
use crate::model::scenario::{DEFAULT_STAGES, Stage};
use crate::model::{Advice, Evaluation, Scenario, Verdict};

/// A stage's name: its own label, else the default stages' translation, else its id.
pub fn stage_label(stage: &Stage, lang: Lang) -> String {
    if let Some(label) = stage.label.as_ref().filter(|l| !l.trim().is_empty()) {
        return label.clone();
    }
    DEFAULT_STAGES
        .iter()
        .find(|default| default.id == stage.id)
        .map(|default| lang.pick(default.nb, default.en).to_string())
        .unwrap_or_else(|| stage.id.clone())
}

/// The advice as a short label.
pub fn advice_label(advice: Advice, lang: Lang) -> &'static str {
    match advice {
        Advice::Land => lang.pick("Sluttfør nå", "Land now"),
        Advice::LandShort => lang.pick("Sluttfør – for lite tid", "Land – short on time"),
        Advice::NoTime => lang.pick("Ikke tid nå", "No time now"),
        Advice::DontPush => lang.pick("Ikke press", "Don't push"),
        Advice::Nurture => lang.pick("Utvikle videre", "Nurture"),
    }
}

/// Why the model gives this advice, in one sentence.
pub fn advice_reason(deal: &DealOutcome, lang: Lang) -> String {
    match deal.advice {
        Advice::Land => lang.pick("Moden: sluttfør den nå, på vanlige vilkår.", "Mature: land it now, on normal terms.").to_string(),
        Advice::LandShort => match lang {
            Lang::Nb => format!(
                "Moden, men timene som er igjen dekker bare {} av arbeidet. Sluttfør den, men vær forberedt på at den kan gli.",
                percent(deal.worked, lang)
            ),
            Lang::En => format!(
                "Mature, but the hours left cover only {} of the work. Land it, but be ready for it to slip.",
                percent(deal.worked, lang)
            ),
        },
        Advice::NoTime => lang
            .pick(
                "Moden, men det er ikke timer nok til å sluttføre den skikkelig i denne perioden. Den glir trolig til neste.",
                "Mature, but there are not enough hours to land it properly this period. It will likely slip to the next.",
            )
            .to_string(),
        Advice::DontPush => lang
            .pick(
                "Ikke moden ennå, selv om kunden venter å bestemme seg i perioden. Ikke press: den hører trolig hjemme i neste periode.",
                "Not mature yet, although the buyer expects to decide this period. Don't push: it most likely belongs to next period.",
            )
            .to_string(),
        Advice::Nurture => lang
            .pick("Ikke moden: utvikle den videre mot neste periode.", "Not mature: keep developing it towards next period.")
            .to_string(),
    }
}

/// A short headline for the verdict.
pub fn verdict_headline(verdict: Option<Verdict>, lang: Lang) -> &'static str {
    match verdict {
        Some(Verdict::Ahead) => lang.pick("Målet er nådd", "Target reached"),
        Some(Verdict::PeriodOver) => lang.pick("Perioden er over", "The period is over"),
        Some(Verdict::OnTrack) => lang.pick("I rute – uten å presse", "On track – no pushing needed"),
        Some(Verdict::PushTrap) => lang.pick("Ikke gå i fella", "Don't take the bait"),
        Some(Verdict::TakeTheLoss) => lang.pick("Ta tapet nå – vinn neste periode", "Take the loss now – win next period"),
        None => lang.pick("Mangler snittstørrelse på avtaler", "Average deal size missing"),
    }
}

/// The verdict explained with this scenario's numbers.
pub fn verdict_detail(scenario: &Scenario, evaluation: &Evaluation, lang: Lang) -> String {
    // Sentences round their amounts (the plan table shows them exactly); two
    // amounts a sentence sets against each other never read the same.
    let m = |value: f64| rounded_money(value, &scenario.currency, lang);
    let pair = |first: f64, second: f64| rounded_money_pair(first, second, &scenario.currency, lang);
    let recommended = &evaluation.recommended;
    let trap = &evaluation.trap;
    let (Some(best_now), Some(best_next), Some(pushed_now), Some(pushed_next)) =
        (recommended.this_period, recommended.next_period, trap.this_period, trap.next_period)
    else {
        return lang
            .pick(
                "Uten åpne avtaler trenger modellen en gjennomsnittlig avtalestørrelse for nye salg. Legg den inn under forutsetningene, eller legg til avtaler.",
                "With no open deals the model needs an average deal size for new sales. Enter it under the assumptions, or add deals.",
            )
            .to_string();
    };
    let mature = evaluation.derived.mature.len();
    match evaluation.verdict {
        Some(Verdict::Ahead) => {
            let (closed, target) = pair(scenario.closed, scenario.target);
            match lang {
                Lang::Nb => format!(
                    "Dere har allerede solgt {closed} mot et mål på {target}. Sluttfør de modne avtalene som planlagt og bruk resten av tiden på å bygge neste periode."
                ),
                Lang::En => format!(
                    "You have already closed {closed} against a target of {target}. Land the mature deals as planned and spend the rest of the time building next period."
                ),
            }
        }
        Some(Verdict::PeriodOver) => {
            let (closed, target) = pair(scenario.closed, scenario.target);
            match lang {
                Lang::Nb => format!(
                    "Det er ingen arbeidsdager igjen, og perioden endte på {closed} mot målet på {target}. Det som teller nå er neste periode: {} ligger an til å følge med inn.",
                    m(best_next)
                ),
                Lang::En => format!(
                    "No working days are left, and the period ended at {closed} against the target of {target}. What counts now is next period: {} is expected to carry over.",
                    m(best_next)
                ),
            }
        }
        Some(Verdict::OnTrack) => {
            let (expected, target) = pair(best_now, scenario.target);
            match lang {
                Lang::Nb => format!(
                    "Sluttfør {mature} modne avtaler skikkelig og prospekter med resten av tiden: forventet salg i perioden blir {expected}, mot målet på {target}. Ingen grunn til å presse."
                ),
                Lang::En => format!(
                    "Land the {mature} mature deals properly and prospect with the rest of the time: expected sales this period are {expected}, against the target of {target}. No reason to push."
                ),
            }
        }
        Some(Verdict::PushTrap) => match lang {
            Lang::Nb => format!(
                "Å presse alle åpne avtaler kan løfte perioden til {} og nå målet på papiret, men koster rundt {} i rabatter og {} i tapte avtaler, og neste periode blir {} svakere. Sluttfør heller de modne avtalene og prospekter: {} nå og {} inn i neste periode.",
                m(pushed_now),
                m(trap.discount),
                m(trap.value_lost),
                m(best_next - pushed_next),
                m(best_now),
                m(best_next)
            ),
            Lang::En => format!(
                "Pushing every open deal could lift this period to {} and reach the target on paper, but costs about {} in discounts and {} in lost deals, and leaves next period {} weaker. Land the mature deals and prospect instead: {} now and {} carried into next period.",
                m(pushed_now),
                m(trap.discount),
                m(trap.value_lost),
                m(best_next - pushed_next),
                m(best_now),
                m(best_next)
            ),
        },
        Some(Verdict::TakeTheLoss) => {
            let (target, pushed) = pair(scenario.target, pushed_now);
            let (carried, carried_if_pushed) = pair(best_next, pushed_next);
            match lang {
                Lang::Nb => format!(
                    "Målet på {target} er utenfor rekkevidde denne perioden: selv om dere presser alt, er forventet salg bare {pushed}. Godta underskuddet nå, sluttfør de modne avtalene og prospekter hardt. Da går {carried} inn i neste periode, mot {carried_if_pushed} om dere presser."
                ),
                Lang::En => format!(
                    "The target of {target} is out of reach this period: even pushing everything is expected to bring only {pushed}. Accept the shortfall now, land the mature deals and prospect hard. That carries {carried} into next period, against {carried_if_pushed} if you push."
                ),
            }
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, evaluate, parse_scenario};

    #[test]
    fn push_trap_names_its_costs_with_the_scenarios_numbers() {
        let scenario = parse_scenario(include_str!("demo.json")).expect("demo is valid");
        let evaluation = evaluate(&scenario, Date::parse("2026-11-27").expect("date"));
        assert_eq!(evaluation.verdict, Some(Verdict::PushTrap));
        let en = verdict_detail(&scenario, &evaluation, Lang::En);
        assert!(en.contains("lift this period to NOK\u{a0}11.5\u{a0}million"), "{en}");
        assert!(en.contains("costs about NOK\u{a0}320,000 in discounts"), "{en}");
        let nb = verdict_detail(&scenario, &evaluation, Lang::Nb);
        assert!(nb.contains("løfte perioden til 11,5\u{a0}mill.\u{a0}kr"), "{nb}");
        assert!(nb.contains("rundt 320\u{a0}000\u{a0}kr i rabatter"), "{nb}");
    }

    #[test]
    fn a_figure_set_against_the_target_never_reads_as_the_target() {
        let mut scenario = parse_scenario(include_str!("demo.json")).expect("demo is valid");
        scenario.target = 10_000_000.0;
        scenario.closed = 10_040_000.0;
        let evaluation = evaluate(&scenario, Date::parse("2026-11-27").expect("date"));
        assert_eq!(evaluation.verdict, Some(Verdict::Ahead));
        let en = verdict_detail(&scenario, &evaluation, Lang::En);
        assert!(en.contains("closed NOK\u{a0}10.04\u{a0}million against a target of NOK\u{a0}10\u{a0}million"), "{en}");
    }
}
