//! The words of the deal table.

use super::texts;

texts! {
    OPEN_DEALS = "Åpne avtaler" / "Open deals";
    ADD_DEAL = "Legg til avtale" / "Add deal";
    EMPTY_TABLE = "Ingen åpne avtaler ennå. Legg til den første avtalen, eller last inn eksempelet for å se hvordan det virker." / "No open deals yet. Add your first deal, or load the example to see how it works.";
    LOAD_THE_EXAMPLE = "Last inn eksempelet" / "Load the example";
    TABLE_CAPTION = "Åpne avtaler med modellens råd. Sorteringsknappene ordner listen." / "Open deals with the model's advice. The sort buttons reorder the list.";
    DEAL_AND_ADVICE = "Avtale og råd" / "Deal and advice";
    STAGE = "Steg" / "Stage";
    MATURE = "Moden" / "Mature";
    ACTIONS = "Handlinger" / "Actions";
    NEW_DEAL = "Ny avtale" / "New deal";
    COPY = "kopi" / "copy";
    VALUE = "Verdi" / "Value";
    PROBABILITY = "Sannsynlighet" / "Probability";
    DECISION_DATE = "Beslutningsdato" / "Decision date";
    SLIPPED = "Passert – datoen er før per-datoen" / "Slipped – the date is before the as-of date";
    YES = "Ja" / "Yes";
    NO = "Nei" / "No";
    AUTO_YES = "Auto (ja)" / "Auto (yes)";
    AUTO_NO = "Auto (nei)" / "Auto (no)";
    AUTO = "Auto" / "Auto";
    NAME_OF_DEAL = "Navn på avtale {number}" / "Name of deal {number}";
    DUPLICATE = "Dupliser" / "Duplicate";
    DELETE = "Slett" / "Delete";
    DEAL = "Avtale" / "Deal";
    PERCENT = "%" / "%";
    PROBABILITY_LABEL = "Sannsynlighet (tom = stegets)" / "Probability (empty = the stage's)";
}
