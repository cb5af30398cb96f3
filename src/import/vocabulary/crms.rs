//! Headers that give a CRM's export away, with weights as documented on
//! `CrmSignature`: 3 = only that CRM writes it, 1–2 = common there but seen
//! elsewhere too. Headers are compared folded, both as written and without
//! a "<entity> - " prefix; folding makes " - " a space, so the prefixed
//! Pipedrive names below match raw Pipedrive headers, and prefixed names
//! that would fold into another CRM's header ("Deal - Stage" is HubSpot's
//! "Deal Stage") are left out. Names every
//! plain spreadsheet has ("Stage", "Amount", "Close Date", "Owner",
//! "Probability", "Status", "Title", "Value", "Pipeline") say nothing and are
//! not listed. Sources and certainty: docs/import-vocabulary.md.

use super::{Crm, CrmSignature};

/// The headers that tell each CRM's export apart.
pub const SIGNATURES: &[CrmSignature] = &[
    CrmSignature {
        crm: Crm::HubSpot,
        headers: &[
            // [en] HubSpot deal export
            ("Amount in company currency", 3),
            ("Deal Stage", 2),
            ("Create Date", 3),
            ("Deal probability", 3),
            ("Associated Company", 3),
            ("Associated Contact", 3),
            ("Associated Company IDs", 3),
            ("Associated Contact IDs", 3),
            ("Deal Type", 2),
            ("Record ID", 1),
            ("Deal owner", 1),
            ("Deal Name", 1),
            ("Last Activity Date", 1),
            ("Forecast category", 1),
            // [de] HubSpot ("Deal-Name" folds to the en name)
            ("Betrag in Firmenwährung", 3),
            ("Betrag in Unternehmenswährung", 3),
            ("Deal-Phase", 3),
            ("Deal-Inhaber", 1),
            ("Datensatz-ID", 2),
            // [fr] HubSpot (Zoho fr also says "transaction")
            ("Nom de la transaction", 1),
            ("Phase de la transaction", 3),
            ("Propriétaire de la transaction", 1),
            ("Montant dans la devise de l'entreprise", 3),
            ("Date de fermeture", 2),
            // [es] HubSpot
            ("Nombre del negocio", 1),
            ("Etapa del negocio", 3),
            ("Propietario del negocio", 1),
            // [pt] HubSpot
            ("Nome do negócio", 1),
            ("Etapa do negócio", 1),
            ("Proprietário do negócio", 1),
            // [nl] HubSpot
            ("Dealnaam", 1),
            ("Dealfase", 1),
            ("Dealeigenaar", 1),
            // [sv] HubSpot
            ("Affärsnamn", 1),
            ("Affärsfas", 1),
            ("Affärsägare", 1),
            // [da] HubSpot
            ("Aftalenavn", 1),
            ("Aftalefase", 1),
            ("Aftaleejer", 1),
            ("Lukningsdato", 1),
            // [fi] HubSpot
            ("Kaupan nimi", 1),
            ("Kaupan vaihe", 1),
            ("Kaupan omistaja", 1),
            // [nb] HubSpot
            ("Avtalenavn", 1),
            ("Avtalefase", 1),
            ("Avtaleeier", 1),
        ],
    },
    CrmSignature {
        crm: Crm::Pipedrive,
        headers: &[
            // [en] Pipedrive list-view export, raw with the deal prefix (folded,
            // " - " is a space: "Deal - Stage" would be HubSpot's "Deal Stage",
            // "Deal - Owner" its "Deal owner", so those are not here)
            ("Deal - Title", 2),
            ("Deal - Value", 2),
            ("Deal - Status", 2),
            ("Deal - Expected close date", 3),
            ("Deal - Deal created", 3),
            ("Organization - Name", 2),
            ("Person - Name", 2),
            // [en] Pipedrive, bare (other CRMs rarely write these)
            ("Deal created", 3),
            ("Won time", 3),
            ("Lost time", 3),
            ("Currency of value", 3),
            ("Weighted value", 2),
            ("Lost reason", 2),
            ("Next activity date", 2),
            ("Visible to", 2),
            ("Contact person", 1),
            ("Expected close date", 1),
            // [de] Pipedrive
            ("Deal - Titel", 3),
            ("Deal - Wert", 3),
            ("Deal - Besitzer", 3),
            ("Deal erstellt", 3),
            ("Verlustgrund", 2),
            ("Gewichteter Wert", 2),
            ("Voraussichtliches Abschlussdatum", 2),
            // [fr] Pipedrive
            ("Affaire - Titre", 3),
            ("Affaire - Valeur", 3),
            ("Affaire - Étape", 3),
            ("Affaire - Statut", 3),
            ("Affaire créée", 3),
            ("Affaire conclue le", 3),
            ("Valeur pondérée", 2),
            ("Dernier changement d'étape", 3),
            ("Date de clôture prévue", 1),
            // [es] Pipedrive
            ("Trato - Título", 3),
            ("Trato - Valor", 3),
            ("Trato - Etapa", 3),
            ("Trato - Estado", 3),
            ("Trato creado", 3),
            ("Fecha de cierre prevista", 2),
            ("Trato cerrado el", 3),
            ("Fecha de ganado", 3),
            ("Último cambio de etapa", 3),
            ("Valor ponderado", 2),
            ("Embudo", 2),
            ("Visible para", 2),
            ("Fecha de pérdida", 1),
            // [pt] Pipedrive pt-BR
            ("Negócio - Título", 3),
            ("Negócio - Valor", 3),
            ("Negócio - Etapa", 3),
            ("Negócio - Status", 3),
            ("Negócio - Funil", 3),
            ("Negócio criado em", 3),
            ("Data de criação do negócio", 3),
            ("Negócio fechado em", 3),
            ("Data de fechamento esperada", 2),
            ("Organização - Nome", 3),
            ("Pessoa - Nome", 3),
            // [nl] Pipedrive
            ("Deal - Waarde", 3),
            ("Deal - Fase", 3),
            ("Deal - Eigenaar", 3),
            // [sv] Pipedrive
            ("Affär - Titel", 3),
            ("Affär - Värde", 3),
            ("Affär - Fas", 3),
            // [da] Pipedrive
            ("Aftale - Titel", 3),
            ("Aftale - Værdi", 3),
            ("Handel - Titel", 3),
            // [fi] Pipedrive
            ("Kauppa - Otsikko", 3),
            ("Kauppa - Arvo", 3),
            ("Kauppa - Vaihe", 3),
            // [nb] Pipedrive
            ("Avtale - Tittel", 3),
            ("Avtale - Verdi", 3),
            ("Avtale - Fase", 3),
            ("Organisasjon - Navn", 3),
        ],
    },
    CrmSignature {
        crm: Crm::Salesforce,
        headers: &[
            // [en] Salesforce report export
            ("Opportunity Name", 3),
            ("Opportunity Owner", 3),
            ("Opportunity ID", 3),
            ("Fiscal Period", 3),
            ("Owner Role", 3),
            ("Amount Currency", 3),
            ("Opportunity Record Type", 3),
            ("Stage Duration", 3),
            ("Last Stage Change Date", 3),
            ("Age", 1),
            ("Created Date", 1),
            ("Fiscal Year", 2),
            ("Fiscal Quarter", 2),
            ("Account Name", 1),
            ("Expected Revenue", 1),
            ("Next Step", 1),
            ("Lead Source", 1),
            ("Forecast Category", 1),
            // [de] Salesforce ("Opportunity-Name" folds to the en name)
            ("Verkaufschance-Name", 3),
            ("Opportunity-Inhaber", 3),
            ("Schlusstermin", 3),
            ("Accountname", 2),
            ("Geschäftsperiode", 3),
            ("Geschäftsjahresperiode", 3),
            // [fr] Salesforce
            ("Nom de l'opportunité", 3),
            ("Propriétaire de l'opportunité", 3),
            ("Nom du compte", 2),
            ("Période fiscale", 3),
            // [es] Salesforce
            ("Nombre de la oportunidad", 3),
            ("Propietario de la oportunidad", 3),
            ("Propietario de oportunidad", 3),
            ("Nombre de la cuenta", 2),
            ("Periodo fiscal", 2),
            // [pt] Salesforce
            ("Nome da oportunidade", 3),
            ("Proprietário da oportunidade", 3),
            ("Nome da conta", 2),
            // [nl] Salesforce
            ("Eigenaar verkoopkans", 2),
            ("Naam verkoopkans", 2),
            // [sv] Salesforce
            ("Affärsmöjlighetens namn", 3),
            ("Ägare till affärsmöjlighet", 3),
            // [da] Salesforce
            ("Salgsmulighedsnavn", 3),
            ("Ejer af salgsmulighed", 3),
            // [fi] Salesforce
            ("Myyntimahdollisuuden nimi", 3),
            ("Myyntimahdollisuuden omistaja", 3),
            // [nb] Salesforce
            ("Salgsmulighetsnavn", 3),
            ("Eier av salgsmulighet", 3),
        ],
    },
    CrmSignature {
        crm: Crm::Zoho,
        headers: &[
            // [en] Zoho CRM deal export
            ("Closing Date", 3),
            ("Created Time", 3),
            ("Modified Time", 3),
            ("Last Activity Time", 3),
            ("Campaign Source", 3),
            ("Lead Conversion Time", 3),
            ("Sales Cycle Duration", 3),
            ("Overall Sales Duration", 3),
            ("Reason For Loss", 2),
            ("Contact Name", 2),
            ("Layout", 2),
            ("Deal Name", 1),
            ("Deal Owner", 1),
            ("Expected Revenue", 1),
            ("Account Name", 1),
            ("Record Id", 1),
            // [es] Zoho ("Trato")
            ("Nombre de Trato", 3),
            ("Propietario de Trato", 3),
            ("Hora de creación", 3),
            ("Hora de modificación", 3),
            ("Ingresos esperados", 2),
            // [fr] Zoho ("Affaire")
            ("Nom de l'affaire", 2),
            ("Propriétaire de l'affaire", 2),
            ("Heure de création", 3),
            ("Heure de modification", 3),
            ("Heure de la dernière activité", 3),
            ("Heure de conversion du lead", 3),
            ("Durée du cycle de vente", 3),
            ("Durée globale de la vente", 3),
            ("Heure du journal des modifications", 3),
            ("Revenu attendu", 2),
            ("Nom du contact", 2),
            // [de] Zoho
            ("Erstellungszeit", 3),
            ("Änderungszeit", 3),
            // [pt] Zoho
            ("Hora de criação", 3),
            ("Hora da modificação", 3),
        ],
    },
    CrmSignature {
        crm: Crm::Dynamics,
        headers: &[
            // [en] Dynamics 365 Sales, Excel export of an opportunity view
            ("(Do Not Modify) Opportunity", 3),
            ("(Do Not Modify) Row Checksum", 3),
            ("(Do Not Modify) Modified On", 3),
            ("Topic", 3),
            ("Potential Customer", 3),
            ("Est. Revenue", 3),
            ("Est. Close Date", 3),
            ("Created On", 3),
            ("Status Reason", 3),
            ("Pipeline Phase", 3),
            ("Actual Revenue", 2),
            ("Actual Close Date", 2),
            ("Rating", 2),
            ("Sales Stage", 2),
            ("Estimated Revenue", 2),
            // [de] Dynamics
            ("(Nicht ändern) Verkaufschance", 3),
            ("(Nicht ändern) Zeilenprüfsumme", 3),
            ("Potenzieller Kunde", 3),
            ("Geschätzter Umsatz", 3),
            ("Geschätztes Abschlussdatum", 3),
            ("Statusgrund", 3),
            ("Pipelinephase", 3),
            ("Thema", 1),
            ("Erstellt am", 1),
            // [fr] Dynamics
            ("(Ne pas modifier) Opportunité", 3),
            ("Client potentiel", 3),
            ("Revenu estimé", 3),
            ("Date de clôture estimée", 2),
            ("Raison du statut", 3),
            ("Sujet", 1),
            ("Créé le", 1),
            // [es] Dynamics
            ("(No modificar) Oportunidad", 3),
            ("Cliente potencial", 2),
            ("Ingresos estimados", 3),
            ("Fecha de cierre estimada", 2),
            ("Razón para el estado", 3),
            ("Tema", 1),
            // [pt] Dynamics
            ("(Não Modificar) Oportunidade", 3),
            ("Receita estimada", 3),
            ("Razão do status", 3),
            ("Tópico", 1),
            // [nl] Dynamics
            ("(Niet wijzigen) Verkoopkans", 3),
            ("Potentiële klant", 3),
            ("Geschatte opbrengst", 3),
            ("Statusreden", 3),
            ("Onderwerp", 1),
            // [sv] Dynamics
            ("(Ändra inte) Affärsmöjlighet", 3),
            ("Potentiell kund", 3),
            ("Beräknad intäkt", 3),
            ("Statusorsak", 3),
            ("Ämne", 1),
            // [da] Dynamics
            ("(Må ikke ændres) Salgsmulighed", 3),
            ("Potentiel kunde", 3),
            ("Statusårsag", 3),
            ("Emne", 1),
            // [fi] Dynamics
            ("(Älä muokkaa) Myyntimahdollisuus", 3),
            ("Mahdollinen asiakas", 3),
            ("Arvioitu tuotto", 3),
            ("Tilan syy", 3),
            ("Aihe", 1),
            // [nb] Dynamics
            ("(Ikke endre) Salgsmulighet", 3),
            ("Potensiell kunde", 3),
            ("Beregnet inntekt", 3),
            ("Statusårsak", 3),
        ],
    },
    CrmSignature {
        crm: Crm::SuperOffice,
        headers: &[
            // [en] SuperOffice sale list / selection export
            ("Our contact", 2),
            ("Sale date", 2),
            ("Sale type", 3),
            ("Registered", 1),
            ("Sale", 1),
            ("Next activity", 2),
            ("Reason (stalled)", 3),
            ("Re-open date", 3),
            ("Earning", 2),
            // [nb] SuperOffice nb
            ("Vår kontakt", 2),
            ("Salgsdato", 2),
            ("Salgstype", 2),
            ("Registrert", 1),
            ("Salg", 1),
            ("Neste aktivitet", 2),
            ("Årsak (utsatt)", 3),
            ("Salgsstadium", 2),
            ("Gjenåpningsdato", 3),
            // [sv] SuperOffice sv
            ("Försäljningsdatum", 2),
            ("Försäljningstyp", 3),
            // [da] SuperOffice da ("Salgsdato", "Salgstype" as nb)
            ("Vores kontakt", 2),
            // [de] SuperOffice de
            ("Unser Kontakt", 2),
            ("Verkaufsdatum", 2),
            ("Verkaufstyp", 3),
            // [nl] SuperOffice nl
            ("Onze contactpersoon", 2),
            ("Verkoopdatum", 2),
            ("Verkooptype", 3),
        ],
    },
];
