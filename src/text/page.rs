//! The words of the page's chrome: the header, the landmarks, the
//! language toggle and the part of the app loaded later.

use super::texts;

texts! {
    LEAVE_PRESENTATION = "Avslutt presentasjon" / "Leave presentation";
    INPUTS = "Inndata" / "Inputs";
    RESULT = "Resultat" / "Result";
    SKIP_TO_THE_RESULT = "Hopp til resultatet" / "Skip to the result";
    TAGLINE = "Sluttfør det modne, prospekter resten" / "Land what is mature, prospect the rest";
    PART_DEAL_TABLE = "Avtalene" / "The deal table";
    PART_SHARING = "Filer, deling og sammenligning" / "Files, sharing and comparison";
    PART_DETAILS = "Diagrammene, aktiviteten og risikoen" / "The charts, activity and risk";
    PART_EXPLANATIONS = "Forklaringene" / "The explanations";
    LANGUAGE = "Språk" / "Language";
    PART_NOT_LOADED = "kunne ikke lastes. Sjekk tilkoblingen og prøv igjen." / "could not be loaded. Check the connection and try again.";
    TRY_AGAIN = "Prøv igjen" / "Try again";
}
