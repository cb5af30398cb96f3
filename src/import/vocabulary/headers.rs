//! Column header names per field, as CRM exports and hand-made spreadsheets
//! write them. Within a field, earlier entries and earlier words win: CRM
//! specific names come first, plain spreadsheet words next, vague ones last.
//! Pipedrive's "<entity> - " prefixes are not listed here (the matcher strips
//! the deal prefix itself), nor are variants in case, accents, spacing,
//! punctuation or a trailing unit such as "(%)" or "(NOK)" (the matcher
//! folds those: "Deal-Name" is "Deal Name"). Sources and certainty per name:
//! docs/import-vocabulary.md. Each group comment starts with the language
//! tag(s) it covers: en, nb, nn, sv, da, fi, de, nl, fr, es, pt (pt-BR and
//! pt-PT; a word only one of them uses is marked).

use super::HeaderWords;
use crate::import::field::Field;

// Kept one word a line with its language comment: rustfmt would pack the
// short words of a group onto one line and split them from their comments.
#[rustfmt::skip]
/// The header names of every field.
pub const HEADERS: &[HeaderWords] = &[
    // ---------------------------------------------------------------- Name
    HeaderWords {
        field: Field::Name,
        words: &[
            // [en] HubSpot and Zoho ("Deal Name"), Salesforce, Pipedrive's own deal-title name
            "Deal Name",
            "Opportunity Name",
            "Deal title",
            // [de] Salesforce ("Verkaufschance-Name"; "Deal-Name" and "Opportunity-Name" fold to the en names), Pipedrive
            "Verkaufschance-Name",
            "Name der Opportunity",
            "Deal-Titel",
            // [fr] HubSpot ("transaction"), Salesforce, Zoho and Pipedrive ("affaire")
            "Nom de la transaction",
            "Nom de l'opportunité",
            "Nom de l'affaire",
            "Titre de l'affaire",
            // [es] HubSpot, Salesforce, Zoho ("Trato")
            "Nombre del negocio",
            "Nombre de la oportunidad",
            "Nombre de Trato",
            "Nombre del trato",
            // [pt] HubSpot (pt-BR), Salesforce, Pipedrive
            "Nome do negócio",
            "Nome da oportunidade",
            "Título do negócio",
            // [nl] HubSpot, Salesforce, Dynamics-style "verkoopkans"
            "Dealnaam",
            "Naam verkoopkans",
            "Naam van de verkoopkans",
            // [sv] HubSpot, Salesforce
            "Affärsnamn",
            "Affärens namn",
            "Affärsmöjlighetens namn",
            "Namn på affärsmöjlighet",
            // [da] HubSpot, Salesforce
            "Aftalenavn",
            "Navn på aftale",
            "Salgsmulighedsnavn",
            "Navn på salgsmulighed",
            // [fi] HubSpot, Salesforce
            "Kaupan nimi",
            "Myyntimahdollisuuden nimi",
            "Mahdollisuuden nimi",
            // [nb] HubSpot, Salesforce (also nn "Avtalenamn")
            "Avtalenavn",
            "Navn på avtale",
            "Salgsmulighetsnavn",
            "Navn på salgsmulighet",
            "Avtalenamn",
        ],
    },
    HeaderWords {
        field: Field::Name,
        words: &[
            // [en] Dynamics 365 (the opportunity's name is its "Topic"), Pipedrive ("Title")
            "Topic",
            "Title",
            // [de] Dynamics ("Thema"), Pipedrive ("Titel", also nl/sv/da)
            "Thema",
            "Titel",
            // [fr] Dynamics, Pipedrive
            "Sujet",
            "Titre",
            // [es] Dynamics ("Tema"), Pipedrive ("Título", also pt)
            "Tema",
            "Título",
            // [pt] Dynamics
            "Tópico",
            // [nl] Dynamics
            "Onderwerp",
            // [sv] Dynamics
            "Ämne",
            // [da nb] Dynamics ("Emne"), Pipedrive nb ("Tittel", also nn)
            "Emne",
            "Tittel",
            // [fi] Dynamics, Pipedrive
            "Aihe",
            "Otsikko",
        ],
    },
    HeaderWords {
        field: Field::Name,
        words: &[
            // [en] SuperOffice sale list ("Sale" is the sale's heading there), spreadsheets
            "Sale",
            "Sale name",
            "Deal",
            "Opportunity",
            "Project",
            "Project name",
            "Name",
            // [nb] SuperOffice ("Salg", also da), spreadsheets (several shared with nn and da)
            "Salg",
            "Salgsnavn",
            "Avtale",
            "Salgsmulighet",
            "Mulighet",
            "Prosjekt",
            "Prosjektnavn",
            "Oppdrag",
            "Navn",
            // [nn] spreadsheets
            "Namn",
            "Prosjektnamn",
            // [sv] SuperOffice sv ("Försäljning"), spreadsheets
            "Försäljning",
            "Affär",
            "Affärsmöjlighet",
            "Projekt",
            // [da] spreadsheets
            "Aftale",
            "Salgsmulighed",
            // [fi] spreadsheets
            "Kauppa",
            "Myyntimahdollisuus",
            "Projekti",
            "Nimi",
            // [de] SuperOffice de ("Verkauf"), spreadsheets
            "Verkaufschance",
            "Projektname",
            // [nl] spreadsheets
            "Verkoopkans",
            "Naam",
            // [fr] spreadsheets
            "Affaire",
            "Opportunité",
            "Projet",
            "Nom",
            // [es] spreadsheets
            "Negocio",
            "Trato",
            "Oportunidad",
            "Proyecto",
            "Nombre",
            // [pt] spreadsheets ("Negócio" folds to es "Negocio")
            "Oportunidade",
            "Projeto",
            "Projecto",
            "Nome",
        ],
    },
    // Vague: the customer rather than the deal. A person's sheet often names
    // each deal by its customer ("Kunde"); in CRM exports these columns sit
    // next to a real name column, which wins because it comes first.
    HeaderWords {
        field: Field::Name,
        words: &[
            // [en] spreadsheets, Dynamics ("Potential Customer"), Salesforce/Zoho ("Account Name")
            "Customer",
            "Customer name",
            "Client",
            "Potential Customer",
            "Account Name",
            "Company",
            "Company name",
            "Account",
            "Organization",
            "Organisation",
            // [nb] spreadsheets ("Kunde", also nn/da/de), SuperOffice ("Firma", also sv/da/de)
            "Kunde",
            "Kundenavn",
            "Kundenamn",
            "Firma",
            "Selskap",
            "Bedrift",
            "Organisasjon",
            // [sv] spreadsheets
            "Kund",
            "Kundnamn",
            "Företag",
            // [da] spreadsheets ("Kundenavn" as nb)
            "Virksomhed",
            // [fi] spreadsheets
            "Asiakas",
            "Yritys",
            // [de] spreadsheets
            "Kundenname",
            "Unternehmen",
            // [nl] spreadsheets
            "Klant",
            "Bedrijf",
            // [fr] spreadsheets
            "Entreprise",
            "Société",
            // [es] spreadsheets
            "Cliente",
            "Empresa",
            // [pt] spreadsheets ("Cliente", "Empresa" as es)
            "Nome do cliente",
        ],
    },
    // --------------------------------------------------------------- Value
    HeaderWords {
        field: Field::Value,
        words: &[
            // [en] HubSpot: one currency for the whole file, so it wins over the deal's own currency
            "Amount in company currency",
            // [de] HubSpot
            "Betrag in Firmenwährung",
            "Betrag in Unternehmenswährung",
            // [fr] HubSpot
            "Montant dans la devise de l'entreprise",
            // [es] HubSpot
            "Importe en la moneda de la empresa",
            // [pt] HubSpot
            "Valor na moeda da empresa",
            // [nl] HubSpot
            "Bedrag in bedrijfsvaluta",
            // [sv] HubSpot
            "Belopp i företagets valuta",
            // [da] HubSpot
            "Beløb i virksomhedens valuta",
            // [fi] HubSpot
            "Summa yrityksen valuutassa",
            // [nb] HubSpot
            "Beløp i selskapets valuta",
        ],
    },
    HeaderWords {
        field: Field::Value,
        words: &[
            // [en] HubSpot/Salesforce/Zoho/SuperOffice ("Amount"), Dynamics ("Est. Revenue"), Pipedrive ("Value")
            "Amount",
            "Est. Revenue",
            "Estimated Revenue",
            "Estimated value",
            "Opportunity Amount",
            "Deal amount",
            "Deal value",
            "Value",
            // [de] HubSpot/Salesforce ("Betrag"), Dynamics, Pipedrive ("Wert")
            "Betrag",
            "Geschätzter Umsatz",
            "Deal-Wert",
            "Wert",
            // [fr] HubSpot/Salesforce/Zoho ("Montant"), Dynamics, Pipedrive ("Valeur")
            "Montant",
            "Revenu estimé",
            "Chiffre d'affaires estimé",
            "Valeur",
            // [es] Salesforce/Zoho/HubSpot ("Importe"), LatAm ("Monto"), Dynamics, Pipedrive ("Valor", also pt)
            "Importe",
            "Monto",
            "Ingresos estimados",
            "Valor",
            // [pt] Dynamics, pt-PT ("Montante")
            "Receita estimada",
            "Montante",
            "Valor do negócio",
            // [nl] HubSpot/Salesforce, Dynamics, Pipedrive
            "Bedrag",
            "Geschatte opbrengst",
            "Waarde",
            // [sv] HubSpot/Salesforce, Dynamics, Pipedrive
            "Belopp",
            "Beräknad intäkt",
            "Beräknad omsättning",
            "Värde",
            // [da] HubSpot/Salesforce, Dynamics, Pipedrive
            "Beløb",
            "Anslået omsætning",
            "Værdi",
            // [fi] HubSpot/Salesforce ("Summa"), Dynamics, Pipedrive
            "Summa",
            "Arvioitu tuotto",
            "Arvo",
            // [nb nn] HubSpot/Salesforce/SuperOffice ("Beløp"), Dynamics, Pipedrive ("Verdi")
            "Beløp",
            "Beregnet inntekt",
            "Estimert inntekt",
            "Verdi",
        ],
    },
    HeaderWords {
        field: Field::Value,
        words: &[
            // [en] spreadsheets
            "Deal size",
            "Contract value",
            "Order value",
            "Price",
            "Revenue",
            // [nb nn] spreadsheets (what a seller types)
            "Avtaleverdi",
            "Salgsverdi",
            "Kontraktsverdi",
            "Ordreverdi",
            "Tilbudsverdi",
            "Tilbodsverdi",
            "Pris",
            "Omsetning",
            "Inntekt",
            // [sv] spreadsheets
            "Affärsvärde",
            "Ordervärde",
            "Avtalsvärde",
            "Omsättning",
            // [da] spreadsheets
            "Aftaleværdi",
            "Ordreværdi",
            "Kontraktværdi",
            "Omsætning",
            // [fi] spreadsheets
            "Kaupan arvo",
            "Myynnin arvo",
            "Hinta",
            "Liikevaihto",
            // [de] spreadsheets
            "Auftragswert",
            "Vertragswert",
            "Auftragsvolumen",
            "Preis",
            "Umsatz",
            // [nl] spreadsheets
            "Dealwaarde",
            "Orderwaarde",
            "Contractwaarde",
            "Prijs",
            "Omzet",
            // [fr] spreadsheets
            "Valeur de l'affaire",
            "Montant estimé",
            "Prix",
            "Chiffre d'affaires",
            // [es] spreadsheets
            "Valor del negocio",
            "Valor del trato",
            "Precio",
            "Ingresos",
            // [pt] spreadsheets
            "Valor estimado",
            "Preço",
            "Receita",
        ],
    },
    // Fallback for closed deals: what a won deal actually brought in.
    // Expected Revenue (Salesforce, Zoho), Weighted value (Pipedrive) and
    // Forecast amount are amount x probability, never the deal's value, and
    // are left out on purpose.
    HeaderWords {
        field: Field::Value,
        words: &[
            // [en] Dynamics 365
            "Actual Revenue",
            // [de] Dynamics
            "Tatsächlicher Umsatz",
            // [fr] Dynamics
            "Revenu réel",
            // [es] Dynamics
            "Ingresos reales",
            // [pt] Dynamics
            "Receita real",
            // [nl] Dynamics
            "Werkelijke opbrengst",
            // [sv] Dynamics
            "Faktisk intäkt",
            // [da] Dynamics
            "Faktisk omsætning",
            // [fi] Dynamics
            "Todellinen tuotto",
            // [nb] Dynamics
            "Faktisk inntekt",
        ],
    },
    // --------------------------------------------------------------- Stage
    HeaderWords {
        field: Field::Stage,
        words: &[
            // [en] HubSpot ("Deal Stage"), Dynamics ("Pipeline Phase" = 1-Qualify..., then "Sales Stage"), Pipedrive
            "Deal Stage",
            "Pipeline Phase",
            "Sales Stage",
            "Opportunity Stage",
            "Pipeline stage",
            "Sales phase",
            // [de] HubSpot, Dynamics, spreadsheets
            "Deal-Phase",
            "Pipelinephase",
            "Verkaufsphase",
            "Vertriebsphase",
            // [fr] HubSpot ("phase de la transaction"), Dynamics, Zoho/Pipedrive ("étape")
            "Phase de la transaction",
            "Phase du pipeline",
            "Étape de vente",
            "Étape de l'affaire",
            // [es] HubSpot, Dynamics, Pipedrive/Zoho
            "Etapa del negocio",
            "Fase de canalización",
            "Etapa de ventas",
            "Fase de venta",
            "Etapa del trato",
            // [pt] HubSpot (pt-BR "estágio"/"etapa"), Dynamics, pt-PT
            "Etapa do negócio",
            "Estágio do negócio",
            "Fase do pipeline",
            "Fase da venda",
            "Fase de vendas",
            // [nl] HubSpot, Dynamics
            "Dealfase",
            "Pijplijnfase",
            "Verkoopfase",
            // [sv] HubSpot, Dynamics
            "Affärsfas",
            "Pipelinefas",
            "Försäljningsfas",
            "Säljfas",
            // [da] HubSpot, Dynamics (nb shares "Salgsfase")
            "Aftalefase",
            "Pipelinefase",
            "Salgsfase",
            // [fi] HubSpot, Dynamics
            "Kaupan vaihe",
            "Myyntiputken vaihe",
            "Myyntivaihe",
            // [nb nn] HubSpot, spreadsheets
            "Avtalefase",
            "Salgssteg",
            "Salgstrinn",
            "Salgsstadium",
        ],
    },
    HeaderWords {
        field: Field::Stage,
        words: &[
            // [en] Salesforce/Zoho/Pipedrive/SuperOffice ("Stage"), spreadsheets
            "Stage",
            "Phase",
            // [nb nn da nl es pt] SuperOffice nb/nl ("Fase"), Pipedrive, spreadsheets
            "Fase",
            // [nb nn sv] spreadsheets ("Steg": also sv)
            "Steg",
            "Trinn",
            "Stadium",
            // [sv] SuperOffice sv, Pipedrive
            "Fas",
            // [da] spreadsheets
            "Stadie",
            "Trin",
            // [fi] Pipedrive, spreadsheets
            "Vaihe",
            // [de] SuperOffice de ("Stufe")
            "Stufe",
            // [fr] Salesforce/Zoho/Pipedrive
            "Étape",
            // [es pt] Salesforce/Zoho/Pipedrive
            "Etapa",
            // [pt] pt-BR
            "Estágio",
        ],
    },
    // --------------------------------------------------------- Probability
    HeaderWords {
        field: Field::Probability,
        words: &[
            // [en] HubSpot ("Deal probability"), spreadsheets
            "Deal probability",
            "Win probability",
            "Close probability",
            "Probability of winning",
            // [de] HubSpot, spreadsheets
            "Deal-Wahrscheinlichkeit",
            "Abschlusswahrscheinlichkeit",
            "Gewinnwahrscheinlichkeit",
            // [fr] HubSpot, Dynamics-style
            "Probabilité de la transaction",
            "Probabilité de clôture",
            "Probabilité de gain",
            // [es] HubSpot
            "Probabilidad del negocio",
            "Probabilidad de cierre",
            "Probabilidad de éxito",
            // [pt] HubSpot
            "Probabilidade do negócio",
            "Probabilidade de fechamento",
            "Probabilidade de fecho",
            // [nl] HubSpot
            "Dealwaarschijnlijkheid",
            "Slagingskans",
            "Winkans",
            // [sv] HubSpot
            "Affärssannolikhet",
            "Vinstchans",
            // [da] HubSpot
            "Aftalesandsynlighed",
            "Vindersandsynlighed",
            // [fi] HubSpot
            "Kaupan todennäköisyys",
            "Voittotodennäköisyys",
            // [nb nn] HubSpot, spreadsheets
            "Avtalesannsynlighet",
            "Vinnersjanse",
            "Vinnarsjanse",
        ],
    },
    HeaderWords {
        field: Field::Probability,
        words: &[
            // [en] Salesforce/Zoho ("Probability (%)"), Dynamics, Pipedrive, SuperOffice
            "Probability",
            "Likelihood",
            // [nb] SuperOffice nb, Pipedrive nb, spreadsheets
            "Sannsynlighet",
            "Sjanse",
            // [nn] spreadsheets
            "Sannsyn",
            "Sannsynlegheit",
            // [sv]
            "Sannolikhet",
            "Chans",
            // [da]
            "Sandsynlighed",
            "Chance",
            // [fi]
            "Todennäköisyys",
            // [de]
            "Wahrscheinlichkeit",
            // [nl]
            "Waarschijnlijkheid",
            "Kans",
            // [fr]
            "Probabilité",
            // [es]
            "Probabilidad",
            // [pt]
            "Probabilidade",
            // [en] vague
            "Prob",
        ],
    },
    // ------------------------------------------------------------ CloseDate
    HeaderWords {
        field: Field::CloseDate,
        words: &[
            // [en] Pipedrive, Dynamics ("Est. Close Date"), Zoho ("Closing Date"), SuperOffice ("Sale date"), HubSpot/Salesforce ("Close Date")
            "Expected close date",
            "Est. Close Date",
            "Estimated close date",
            "Expected closing date",
            "Closing Date",
            "Sale date",
            "Close Date",
            // [de] Pipedrive ("Voraussichtliches Abschlussdatum"), Dynamics, Salesforce ("Schlusstermin"), HubSpot
            "Voraussichtliches Abschlussdatum",
            "Erwartetes Abschlussdatum",
            "Geschätztes Abschlussdatum",
            "Schlusstermin",
            "Abschlussdatum",
            "Verkaufsdatum",
            // [fr] Pipedrive, Dynamics, HubSpot ("Date de fermeture"), Salesforce/Zoho
            "Date de clôture prévue",
            "Date de clôture estimée",
            "Date de signature prévue",
            "Date de fermeture",
            "Date de clôture",
            // [es] Pipedrive ("Fecha de cierre prevista"), Dynamics, Salesforce/Zoho/HubSpot
            "Fecha de cierre prevista",
            "Fecha prevista de cierre",
            "Fecha estimada de cierre",
            "Fecha de cierre estimada",
            "Fecha de cierre esperada",
            "Fecha de cierre",
            // [pt] Pipedrive pt-BR ("Data de fechamento esperada"), Dynamics, Salesforce/HubSpot; pt-PT "fecho"
            "Data de fechamento esperada",
            "Data prevista de fechamento",
            "Data estimada de fechamento",
            "Data de fechamento estimada",
            "Data de fecho prevista",
            "Data prevista de fecho",
            "Data de fechamento",
            "Data de fecho",
            // [nl] Pipedrive, Dynamics, HubSpot/Salesforce
            "Verwachte sluitingsdatum",
            "Geschatte sluitingsdatum",
            "Verwachte afsluitdatum",
            "Sluitingsdatum",
            "Verkoopdatum",
            // [sv] Pipedrive, Dynamics, HubSpot/Salesforce, SuperOffice sv
            "Förväntat stängningsdatum",
            "Beräknat slutdatum",
            "Förväntat avslutsdatum",
            "Stängningsdatum",
            "Avslutsdatum",
            "Försäljningsdatum",
            // [da] Pipedrive, Dynamics, HubSpot ("Lukningsdato"), Salesforce
            "Forventet lukningsdato",
            "Forventet afslutningsdato",
            "Anslået lukkedato",
            "Lukningsdato",
            // [fi] Pipedrive, Dynamics, HubSpot/Salesforce, spreadsheets ("päätöspäivä")
            "Arvioitu päätöspäivä",
            "Odotettu päätöspäivä",
            "Odotettu sulkemispäivä",
            "Arvioitu sulkemispäivämäärä",
            "Arvioitu sulkemispäivä",
            "Sulkemispäivämäärä",
            "Sulkemispäivä",
            "Päätöspäivä",
            // [nb da] spreadsheets ("Forventet lukkedato" also da), Pipedrive nb, Dynamics nb, SuperOffice nb ("Salgsdato", also da)
            "Forventet lukkedato",
            "Forventet avslutningsdato",
            "Forventet sluttdato",
            "Beregnet avslutningsdato",
            "Estimert lukkedato",
            "Lukkedato",
            "Avslutningsdato",
            "Salgsdato",
            // [nn] spreadsheets
            "Forventa lukkedato",
            "Forventa avslutningsdato",
            "Venta avslutningsdato",
            // [en] spreadsheets, Dynamics ("Final Decision Date"): the decision is the close
            "Decision date",
            "Final Decision Date",
            // [nb da] spreadsheets
            "Beslutningsdato",
            // [nn]
            "Avgjerdsdato",
            // [sv]
            "Beslutsdatum",
            // [de]
            "Entscheidungsdatum",
            // [nl]
            "Beslissingsdatum",
            // [fr]
            "Date de décision",
            // [es]
            "Fecha de decisión",
            // [pt]
            "Data de decisão",
        ],
    },
    // The actual close date of a closed deal (Dynamics keeps it beside the
    // estimated one; Pipedrive writes the won time): the history's dates.
    HeaderWords {
        field: Field::ClosedOn,
        words: &[
            // [en] Dynamics, Pipedrive ("Won time", "Deal closed on"), spreadsheets
            "Actual Close Date",
            "Won time",
            "Deal closed on",
            "Closed on",
            "Close time",
            "Closed date",
            // [de] Dynamics, Pipedrive ("Datum des gewonnenen Deals", "Deal abgeschlossen am")
            "Tatsächliches Abschlussdatum",
            "Datum des gewonnenen Deals",
            "Deal abgeschlossen am",
            // [fr] Dynamics, Pipedrive ("Date de gain")
            "Date de clôture réelle",
            "Date de gain",
            // [es] Dynamics, Pipedrive ("Fecha de ganado", "Trato cerrado el")
            "Fecha de cierre real",
            "Fecha de ganado",
            "Trato cerrado el",
            // [pt] Dynamics, Pipedrive pt-BR ("Ganho em", "Negócio fechado em")
            "Data de fechamento real",
            "Ganho em",
            "Negócio fechado em",
            // [nl] Dynamics
            "Werkelijke sluitingsdatum",
            // [sv] Dynamics
            "Faktiskt slutdatum",
            // [da] Dynamics
            "Faktisk lukkedato",
            // [fi] Dynamics
            "Todellinen sulkemispäivä",
            // [nb] Dynamics, spreadsheets
            "Faktisk avslutningsdato",
            "Lukket dato",
        ],
    },
    // When a lost deal was lost (Pipedrive's "Lost time").
    HeaderWords {
        field: Field::LostOn,
        words: &[
            // [en] Pipedrive
            "Lost time",
            "Lost date",
            "Date lost",
            // [de] Pipedrive (inferred)
            "Datum des verlorenen Deals",
            // [fr] Pipedrive (inferred)
            "Date de perte",
            // [es] Pipedrive (inferred)
            "Fecha de pérdida",
            // [pt] Pipedrive pt-BR ("Data de perda"; "Perdido em" inferred)
            "Data de perda",
            "Perdido em",
            // [nb] spreadsheets
            "Tapt dato",
        ],
    },
    // Vague: a date column with nothing to say which date.
    HeaderWords {
        field: Field::CloseDate,
        words: &[
            // [en] spreadsheets
            "Due date",
            "Deadline",
            "Date",
            // [nb nn da] spreadsheets ("Frist" also sv)
            "Dato",
            "Frist",
            // [sv de nl] spreadsheets
            "Datum",
            // [fi]
            "Päivämäärä",
            // [fr] "Date" is en
            "Échéance",
            // [es]
            "Fecha",
            // [pt]
            "Data",
            "Prazo",
        ],
    },
    // -------------------------------------------------------------- Status
    HeaderWords {
        field: Field::Status,
        words: &[
            // [en] spreadsheets; Pipedrive, Dynamics and SuperOffice write a bare "Status"
            "Deal status",
            "Opportunity status",
            "Sale status",
            "Won/Lost",
            "Outcome",
            // [nb nn] spreadsheets
            "Salgsstatus",
            "Avtalestatus",
            "Vunnet/tapt",
            "Utfall",
            // [sv]
            "Affärsstatus",
            "Vunnen/förlorad",
            // [da]
            "Aftalestatus",
            "Vundet/tabt",
            // [fi]
            "Kaupan tila",
            // [de] ("Deal-Status" folds to the en name)
            "Gewonnen/verloren",
            // [nl]
            "Dealstatus",
            // [fr]
            "Statut de l'affaire",
            // [es]
            "Estado del negocio",
            "Estado del trato",
            // [pt]
            "Status do negócio",
            "Estado do negócio",
        ],
    },
    HeaderWords {
        field: Field::Status,
        words: &[
            // [en nb nn sv da de nl pt-BR] Pipedrive, Dynamics ("Open/Won/Lost"), SuperOffice ("Open/Sold/Lost/Stalled")
            "Status",
            // [fr] Pipedrive ("Statut")
            "Statut",
            // [es pt-PT] Pipedrive es ("Estado")
            "Estado",
            // [pt]
            "Situação",
            // [fi] Pipedrive fi, Dynamics fi
            "Tila",
        ],
    },
    // Dynamics 365 "Status Reason" (In Progress / On Hold / Won / Canceled /
    // Out-Sold): a status, but only when no plain status column is there.
    HeaderWords {
        field: Field::Status,
        words: &[
            // [en]
            "Status Reason",
            // [de]
            "Statusgrund",
            // [fr]
            "Raison du statut",
            // [es]
            "Razón para el estado",
            // [pt]
            "Razão do status",
            "Motivo do status",
            // [nl]
            "Statusreden",
            // [sv]
            "Statusorsak",
            // [da]
            "Statusårsag",
            // [fi]
            "Tilan syy",
            // [nb]
            "Statusårsak",
        ],
    },
    // --------------------------------------------------------------- Owner
    HeaderWords {
        field: Field::Owner,
        words: &[
            // [en] HubSpot/Zoho ("Deal owner"), Salesforce, SuperOffice ("Our contact"), spreadsheets
            "Deal owner",
            "Opportunity Owner",
            "Our contact",
            "Sales rep",
            "Sales representative",
            "Salesperson",
            "Account manager",
            "Assigned to",
            // [de] HubSpot, Salesforce, SuperOffice de, spreadsheets
            "Deal-Inhaber",
            "Deal-Besitzer",
            "Opportunity-Inhaber",
            "Unser Kontakt",
            "Vertriebsmitarbeiter",
            "Verkäufer",
            "Zuständig",
            // [fr] HubSpot, Salesforce, Zoho/Pipedrive ("affaire"), spreadsheets
            "Propriétaire de la transaction",
            "Propriétaire de l'opportunité",
            "Propriétaire de l'affaire",
            "Commercial",
            "Vendeur",
            // [es] HubSpot, Salesforce, Zoho ("Propietario de Trato"), spreadsheets
            "Propietario del negocio",
            "Propietario de la oportunidad",
            "Propietario de oportunidad",
            "Propietario de Trato",
            "Propietario del trato",
            "Asesor comercial",
            "Vendedor",
            // [pt] HubSpot, Salesforce, spreadsheets ("Vendedor" as es)
            "Proprietário do negócio",
            "Proprietário da oportunidade",
            "Dono do negócio",
            "Executivo de vendas",
            // [nl] HubSpot, Salesforce, SuperOffice nl, spreadsheets
            "Dealeigenaar",
            "Eigenaar verkoopkans",
            "Onze contactpersoon",
            "Verkoper",
            "Accountmanager",
            // [sv] HubSpot, Salesforce, SuperOffice sv ("Vår kontakt", also nb), spreadsheets
            "Affärsägare",
            "Ägare till affärsmöjlighet",
            "Vår kontakt",
            "Säljare",
            // [da] HubSpot, Salesforce, SuperOffice da, spreadsheets
            "Aftaleejer",
            "Ejer af salgsmulighed",
            "Vores kontakt",
            "Sælger",
            // [fi] HubSpot, Salesforce, spreadsheets
            "Kaupan omistaja",
            "Myyntimahdollisuuden omistaja",
            "Myyjä",
            "Vastuumyyjä",
            // [nb nn] HubSpot, Salesforce, spreadsheets
            "Avtaleeier",
            "Eier av salgsmulighet",
            "Selger",
            "Seljar",
            "Kundeansvarlig",
            "Saksbehandler",
            "Avtaleeigar",
        ],
    },
    HeaderWords {
        field: Field::Owner,
        words: &[
            // [en] Pipedrive/Dynamics/SuperOffice ("Owner"), spreadsheets
            "Owner",
            "Responsible",
            "Seller",
            // [nb da] Pipedrive nb, Dynamics ("Ansvarlig" also da)
            "Eier",
            "Ansvarlig",
            // [nn]
            "Eigar",
            "Ansvarleg",
            // [sv] Pipedrive sv, Dynamics
            "Ägare",
            "Ansvarig",
            // [da] Pipedrive da, Dynamics
            "Ejer",
            // [fi] Pipedrive fi, Dynamics
            "Omistaja",
            "Vastuuhenkilö",
            // [de] Pipedrive de ("Besitzer"), Dynamics ("Besitzer"), spreadsheets
            "Besitzer",
            "Inhaber",
            "Verantwortlich",
            // [nl] Pipedrive nl, Dynamics
            "Eigenaar",
            "Verantwoordelijke",
            // [fr] Pipedrive fr, Dynamics
            "Propriétaire",
            "Responsable",
            // [es] Pipedrive es ("Propietario"), Dynamics
            "Propietario",
            // [pt] Pipedrive pt-BR ("Proprietário"), Dynamics
            "Proprietário",
            "Responsável",
            "Dono",
        ],
    },
    // ------------------------------------------------------------- Created
    HeaderWords {
        field: Field::Created,
        words: &[
            // [en] HubSpot ("Create Date"), Salesforce ("Created Date"), Zoho ("Created Time"), Dynamics ("Created On"), Pipedrive ("Deal created", "Deal creation date"), SuperOffice ("Registered")
            "Create Date",
            "Created Date",
            "Created Time",
            "Created On",
            "Deal created",
            "Deal creation date",
            "Creation date",
            "Date created",
            "Created at",
            "Add time",
            "Registered",
            "Registered date",
            // [de] Dynamics ("Erstellt am"), Salesforce, Zoho, Pipedrive ("Deal erstellt"), SuperOffice de
            "Erstellt am",
            "Erstelldatum",
            "Erstellungsdatum",
            "Erstellungszeit",
            "Deal erstellt",
            "Angelegt am",
            "Registriert",
            // [fr] Salesforce/HubSpot ("Date de création"), Dynamics ("Créé le"), Zoho, Pipedrive ("Affaire créée")
            "Date de création",
            "Créé le",
            "Heure de création",
            "Affaire créée",
            "Transaction créée",
            "Enregistré",
            // [es] Salesforce/HubSpot, Dynamics ("Fecha de creación"/"Creado el"), Zoho ("Hora de creación"), Pipedrive ("Trato creado")
            "Fecha de creación",
            "Creado el",
            "Hora de creación",
            "Trato creado",
            "Negocio creado",
            "Registrado",
            // [pt] Salesforce/HubSpot, Dynamics ("Criado em"), Pipedrive pt-BR ("Negócio criado em", "Data de criação do negócio")
            "Data de criação do negócio",
            "Negócio criado em",
            "Data de criação",
            "Criado em",
            "Hora de criação",
            // [nl] Salesforce/HubSpot, Dynamics ("Gemaakt op"), Pipedrive
            "Aanmaakdatum",
            "Gemaakt op",
            "Aangemaakt op",
            "Datum aangemaakt",
            "Deal aangemaakt",
            "Geregistreerd",
            // [sv] Salesforce/HubSpot, Dynamics, Pipedrive, SuperOffice sv
            "Skapat datum",
            "Skapad den",
            "Skapandedatum",
            "Affär skapad",
            "Registrerad",
            // [da] Salesforce/HubSpot, Dynamics ("Oprettet den"), Pipedrive, SuperOffice da
            "Oprettelsesdato",
            "Oprettet den",
            "Aftale oprettet",
            "Registreret",
            // [fi] Salesforce/HubSpot, Dynamics, Pipedrive
            "Luontipäivämäärä",
            "Luontipäivä",
            "Luontiaika",
            "Kauppa luotu",
            // [nb] SuperOffice nb ("Registrert"), Salesforce/HubSpot, Dynamics, Pipedrive ("Opprettelsesdato" as da)
            "Registrert",
            "Registrert dato",
            "Opprettet dato",
            "Dato opprettet",
            "Avtale opprettet",
            // [nn] spreadsheets
            "Oppretta dato",
            "Dato oppretta",
        ],
    },
    HeaderWords {
        field: Field::Created,
        words: &[
            // [en] spreadsheets
            "Created",
            // [nb da] Dynamics nb/da ("Opprettet"/"Oprettet")
            "Opprettet",
            "Oprettet",
            // [nn]
            "Oppretta",
            // [sv]
            "Skapad",
            // [fi]
            "Luotu",
            // [de]
            "Erstellt",
            // [nl]
            "Aangemaakt",
            // [fr]
            "Créé",
            "Créée",
            // [es]
            "Creado",
            // [pt]
            "Criado",
        ],
    },
];
