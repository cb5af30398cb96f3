//! The charts' words: titles, axis and marker labels, the what-if panel,
//! and the sentences and tables that stand in for the drawings.

use super::texts;

texts! {
    // Both charts
    RECOMMENDED = "Anbefalt" / "Recommended";
    PUSH_EVERYTHING = "Presse alt" / "Push everything";
    /// A marker or column for the recommended split.
    RECOMMENDED_AT = "Anbefalt {percent}" / "Recommended {percent}";
    /// A marker for the trap's split.
    PUSH_EVERYTHING_AT = "Presse alt {percent}" / "Push everything {percent}";
    TARGET = "Mål" / "Target";
    /// The target drawn on a chart, as a compact amount.
    TARGET_AT = "Mål {amount}" / "Target {amount}";
    THIS_PERIOD = "Denne perioden" / "This period";
    NEXT_PERIOD = "Neste periode" / "Next period";
    CARRIED_INTO_NEXT = "Inn i neste periode" / "Carried into next period";
    UNAVAILABLE_SALES = "Ikke tilgjengelig: uten åpne avtaler og uten snittverdi for nye avtaler (A) kan forventet salg ikke regnes ut." / "Not available: with no open deals and no average deal size (A), expected sales cannot be calculated.";

    // The trade-off curve
    TRADEOFF_TITLE = "Avveiningen: denne perioden mot neste" / "The trade-off: this period against the next";
    TRADEOFF_LEAD = "Mer tid på sluttføring gir mer salg nå, men bare til avtalene er jobbet ferdig, og hver time tas fra prospekteringen som gir salg i neste periode. Dra i håndtaket, eller bruk piltastene, for å prøve en annen fordeling." / "More time on closing brings more sales now, but only until the deals are fully worked, and every hour comes out of the prospecting that brings next period's sales. Drag the handle, or use the arrow keys, to try another split.";
    SHARE_AXIS = "Andel av tiden på sluttføring →" / "Share of the time on closing →";
    TRADEOFF_SUMMARY = "Ved anbefalt fordeling på {recommended} av tiden til sluttføring er forventet salg denne perioden {recommended_this}, og {recommended_next} går videre til neste periode. Å presse alt ({trap}) gir {trap_this} og {trap_next}. Mål: {target}." / "At the recommended split of {recommended} of the time on closing, this period is expected to reach {recommended_this} and {recommended_next} carries over into next period. Pushing everything ({trap}) gives {trap_this} and {trap_next}. Target: {target}.";
    CURVE_TABLE_CAPTION = "Forventet salg for hver tiende prosent av tiden på sluttføring" / "Expected sales at every tenth percent of the time on closing";
    SHARE_ON_CLOSING = "Andel på sluttføring" / "Share on closing";

    // The what-if handle and panel
    HANDLE_NAME = "Hva om: andel tid på sluttføring" / "What if: share of time on closing";
    /// The handle's `aria-valuetext`.
    HANDLE_VALUE = "{percent} på sluttføring, forventet salg denne perioden {amount}" / "{percent} on closing, expected sales this period {amount}";
    NOT_AVAILABLE = "ikke tilgjengelig" / "not available";
    WHAT_IF = "Hva om" / "What if";
    WHAT_IF_AT = "Hva om {percent}" / "What if {percent}";
    /// Under the chosen split: the rest of the time.
    ON_CLOSING_REST_PROSPECTING = "på sluttføring · {percent} prospektering" / "on closing · {percent} prospecting";
    CAPPED = "Avtalene kan bare ta imot {percent} av tiden; resten går til prospektering." / "The deals can only absorb {percent} of the time; the rest goes to prospecting.";
    WHAT_IF_CAPTION = "Hva om-fordelingen mot anbefalt plan" / "The what-if split against the recommended plan";
    ROW_THIS_PERIOD = "Forventet salg denne perioden" / "Expected sales this period";
    ROW_NEXT_PERIOD = "Forventet inn i neste periode" / "Carried into next period";
    ROW_DISCOUNT = "Rabatt gitt" / "Discount given";
    ROW_VALUE_LOST = "Verdi tapt på press" / "Value lost to pressure";
    ROW_STRAINED = "Kunderelasjoner satt under press" / "Relationships strained";
    BACK_TO_RECOMMENDED = "Tilbake til anbefalt" / "Back to recommended";

    // The outcomes of the two plans
    OUTCOMES_TITLE = "Utfallet av de to planene" / "Outcomes of the two plans";
    BARS_TITLE = "De to periodene side om side" / "The two periods side by side";
    BARS_SUB = "Forventet salg for hver plan" / "Expected sales for each plan";
    BARS_SUMMARY = "Denne perioden: anbefalt plan {recommended_this}, presse alt {trap_this}, mot et mål på {target}. Neste periode: anbefalt plan {recommended_next}, presse alt {trap_next}." / "This period: recommended plan {recommended_this}, push everything {trap_this}, against a target of {target}. Next period: recommended plan {recommended_next}, push everything {trap_next}.";
    TARGET_THIS_PERIOD = "Mål denne perioden ({amount})" / "Target this period ({amount})";
    BARS_TABLE_CAPTION = "Forventet salg per periode og plan. Mål denne perioden: {target}" / "Expected sales per period and plan. Target this period: {target}";
    DISTRIBUTION_TITLE = "Spredningen i denne periodens salg" / "How this period's sales may spread";
    DISTRIBUTION_SUB = "Søylehøyde: andel av {trials} simuleringer. P10–P90: 8 av 10 utfall ligger mellom." / "Bar height: share of {trials} simulations. P10–P90: 8 in 10 outcomes fall between.";
    PERCENTILES_LEGEND = "P10, P50, P90 (anbefalt)" / "P10, P50, P90 (recommended)";
    /// A histogram panel's title.
    PLAN_CHANCE = "{plan}: {chance} sjanse for å nå målet" / "{plan}: {chance} chance to hit the target";
    DISTRIBUTION_SUMMARY = "Fordeling av denne periodens salg i {trials} simuleringer, mot et mål på {target}. {plans}" / "Spread of this period's sales in {trials} simulations, against a target of {target}. {plans}";
    /// One plan in [`DISTRIBUTION_SUMMARY`].
    PLAN_SUMMARY = "{plan}: {chance} sjanse for å nå målet; P10 {p10}, P50 {p50}, P90 {p90}." / "{plan}: {chance} chance to hit the target; P10 {p10}, P50 {p50}, P90 {p90}.";
    CALCULATING = "Beregner usikkerhet …" / "Calculating uncertainty …";
    UNAVAILABLE_SIMULATION = "Ikke tilgjengelig: uten åpne avtaler og uten snittverdi for nye avtaler (A) kan utfallet ikke simuleres." / "Not available: with no open deals and no average deal size (A), the outcome cannot be simulated.";
    CHANCE_CAPTION = "Sjanse for å nå målet og sannsynlig utfall per plan" / "Chance of hitting the target and likely outcomes per plan";
    CHANCE_TO_HIT = "Sjanse for å nå målet" / "Chance to hit the target";
    SPREAD_CAPTION = "{plan}: fordeling av denne periodens salg" / "{plan}: spread of this period's sales";
    FROM = "Fra" / "From";
    TO = "Til" / "To";
    SHARE_OF_SIMULATIONS = "Andel av simuleringene" / "Share of simulations";
}
