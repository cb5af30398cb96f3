//! Each CRM's default sales pipeline, in order: the stage's labels in the
//! languages the CRM ships (and internal ids an export may write instead),
//! what the stage means, and the CRM's default win probability. Where a CRM
//! ships no probabilities (Pipedrive sets every stage to 100 %, Dynamics and
//! SuperOffice set none) the probabilities are ours and say so. Sources and
//! certainty of every label: docs/import-vocabulary.md.

use super::{Crm, Pipeline, PipelineStage, StageMeaning};

// Kept one word a line with its language comment: rustfmt would pack the
// short words of a group onto one line and split them from their comments.
#[rustfmt::skip]
/// The default pipelines of the CRMs.
pub const PIPELINES: &[Pipeline] = &[
    // HubSpot "Sales Pipeline" (internal id "default"). Probabilities are
    // HubSpot's defaults.
    Pipeline {
        crm: Crm::HubSpot,
        stages: &[
            PipelineStage {
                names: &[
                    // [en] label, internal id
                    "Appointment Scheduled",
                    "appointmentscheduled",
                    // [de]
                    "Termin geplant",
                    "Termin vereinbart",
                    // [fr]
                    "Rendez-vous pris",
                    "Rendez-vous programmé",
                    "Rendez-vous planifié",
                    // [es]
                    "Cita programada",
                    "Cita agendada",
                    // [pt]
                    "Reunião agendada",
                    "Compromisso agendado",
                    // [nl]
                    "Afspraak gepland",
                    // [sv]
                    "Möte bokat",
                    "Möte inbokat",
                    // [da]
                    "Møde planlagt",
                    "Møde booket",
                    // [fi]
                    "Tapaaminen sovittu",
                    // [nb]
                    "Møte avtalt",
                    "Møte booket",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.2,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Qualified To Buy",
                    "qualifiedtobuy",
                    // [de]
                    "Für Kauf qualifiziert",
                    "Kaufbereit",
                    // [fr]
                    "Qualifiée pour l'achat",
                    "Qualifié pour l'achat",
                    // [es]
                    "Calificado para comprar",
                    "Cualificado para comprar",
                    // [pt]
                    "Qualificado para comprar",
                    // [nl]
                    "Gekwalificeerd om te kopen",
                    // [sv]
                    "Kvalificerad att köpa",
                    // [da]
                    "Kvalificeret til at købe",
                    // [fi]
                    "Valmis ostamaan",
                    // [nb]
                    "Kvalifisert til å kjøpe",
                ],
                meaning: StageMeaning::Discovery,
                probability: 0.4,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Presentation Scheduled",
                    "presentationscheduled",
                    // [de]
                    "Präsentation vereinbart",
                    "Präsentation geplant",
                    // [fr]
                    "Présentation planifiée",
                    "Présentation programmée",
                    // [es]
                    "Presentación programada",
                    // [pt]
                    "Apresentação agendada",
                    // [nl]
                    "Presentatie gepland",
                    // [sv]
                    "Presentation inbokad",
                    "Presentation schemalagd",
                    // [da]
                    "Præsentation planlagt",
                    // [fi]
                    "Esittely sovittu",
                    // [nb]
                    "Presentasjon planlagt",
                    "Presentasjon avtalt",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.6,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Decision Maker Bought-In",
                    "decisionmakerboughtin",
                    // [de]
                    "Entscheidungsträger eingebracht",
                    "Entscheidungsträger überzeugt",
                    // [fr]
                    "Intégration du décisionnaire",
                    "Décideur convaincu",
                    // [es]
                    "Responsable de la toma de decisiones convencido",
                    // [pt]
                    "Tomador de decisão convencido",
                    // [nl]
                    "Beslisser overtuigd",
                    // [sv]
                    "Beslutsfattare övertygad",
                    // [da]
                    "Beslutningstager overbevist",
                    // [fi]
                    "Päättäjä sitoutunut",
                    // [nb]
                    "Beslutningstaker overbevist",
                ],
                meaning: StageMeaning::Negotiation,
                probability: 0.8,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Contract Sent",
                    "contractsent",
                    // [de]
                    "Vertrag gesendet",
                    "Vertrag versendet",
                    // [fr]
                    "Contrat envoyé",
                    // [es pt]
                    "Contrato enviado",
                    // [nl]
                    "Contract verzonden",
                    // [sv]
                    "Kontrakt skickat",
                    "Avtal skickat",
                    // [da nb]
                    "Kontrakt sendt",
                    // [fi]
                    "Sopimus lähetetty",
                ],
                meaning: StageMeaning::Commit,
                probability: 0.9,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed Won",
                    "closedwon",
                    // [de]
                    "Abgeschlossen und gewonnen",
                    "Abgeschlossen gewonnen",
                    // [fr]
                    "Fermé gagné",
                    "Conclue gagnée",
                    // [es]
                    "Cierre ganado",
                    "Cerrado ganado",
                    // [pt]
                    "Fechado ganho",
                    "Negócio fechado",
                    // [nl]
                    "Gesloten gewonnen",
                    // [sv]
                    "Stängd vunnen",
                    "Avslutad vunnen",
                    // [da]
                    "Lukket vundet",
                    // [fi]
                    "Suljettu voitettu",
                    // [nb]
                    "Lukket vunnet",
                ],
                meaning: StageMeaning::Won,
                probability: 1.0,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed Lost",
                    "closedlost",
                    // [de]
                    "Abgeschlossen und verloren",
                    "Abgeschlossen verloren",
                    // [fr]
                    "Fermé perdu",
                    "Conclue perdue",
                    // [es]
                    "Cierre perdido",
                    "Cerrado perdido",
                    // [pt]
                    "Fechado perdido",
                    // [nl]
                    "Gesloten verloren",
                    // [sv]
                    "Stängd förlorad",
                    "Avslutad förlorad",
                    // [da]
                    "Lukket tabt",
                    // [fi]
                    "Suljettu hävitty",
                    // [nb]
                    "Lukket tapt",
                ],
                meaning: StageMeaning::Lost,
                probability: 0.0,
            },
        ],
    },
    // Pipedrive's default pipeline. Newer accounts start with "Lead In",
    // older ones with "Qualified"; both open the pipeline. Pipedrive ships
    // 100 % for every stage (its stage probability is off by default and
    // defaults to 100 % when switched on), so these probabilities are OURS.
    // Won and lost are statuses in Pipedrive, not stages.
    Pipeline {
        crm: Crm::Pipedrive,
        stages: &[
            PipelineStage {
                names: &[
                    // [en]
                    "Lead In",
                    "Qualified",
                    // [de]
                    "Lead eingegangen",
                    "Qualifiziert",
                    // [fr]
                    "Prospect entrant",
                    "Qualifié",
                    // [es]
                    "Cliente potencial entrante",
                    "Calificado",
                    "Cualificado",
                    // [pt]
                    "Lead recebido",
                    "Qualificado",
                    // [nl]
                    "Lead binnen",
                    "Gekwalificeerd",
                    // [sv]
                    "Inkommande lead",
                    "Kvalificerad",
                    // [da]
                    "Indgående lead",
                    "Kvalificeret",
                    // [fi]
                    "Liidi saapunut",
                    "Kvalifioitu",
                    // [nb]
                    "Innkommende lead",
                    "Kvalifisert",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.1,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Contact Made",
                    // [de]
                    "Kontakt hergestellt",
                    // [fr]
                    "Contact établi",
                    // [es]
                    "Contacto realizado",
                    "Contactado",
                    // [pt]
                    "Contato feito",
                    "Contato realizado",
                    // [nl]
                    "Contact gelegd",
                    // [sv]
                    "Kontakt tagen",
                    // [da]
                    "Kontakt etableret",
                    // [fi]
                    "Yhteys otettu",
                    // [nb]
                    "Kontakt opprettet",
                    "Kontaktet",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.2,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Demo Scheduled",
                    "Needs Defined",
                    // [de]
                    "Demo geplant",
                    "Demo vereinbart",
                    // [fr]
                    "Démo planifiée",
                    "Démo programmée",
                    // [es]
                    "Demo programada",
                    "Demostración programada",
                    // [pt]
                    "Demonstração agendada",
                    "Demo agendada",
                    // [nl]
                    "Demo gepland",
                    // [sv]
                    "Demo bokad",
                    "Demo inbokad",
                    // [da]
                    "Demo planlagt",
                    // [fi]
                    "Demo sovittu",
                    // [nb]
                    "Demo avtalt",
                ],
                meaning: StageMeaning::Discovery,
                probability: 0.4,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Proposal Made",
                    // [de]
                    "Angebot gemacht",
                    "Angebot erstellt",
                    // [fr]
                    "Proposition faite",
                    "Proposition envoyée",
                    // [es]
                    "Propuesta realizada",
                    "Propuesta enviada",
                    // [pt]
                    "Proposta feita",
                    "Proposta enviada",
                    // [nl]
                    "Voorstel gedaan",
                    "Offerte uitgebracht",
                    // [sv]
                    "Förslag lämnat",
                    "Offert lämnad",
                    // [da]
                    "Tilbud afgivet",
                    // [fi]
                    "Tarjous tehty",
                    // [nb]
                    "Tilbud gitt",
                    "Tilbud sendt",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.6,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Negotiations Started",
                    // [de]
                    "Verhandlungen begonnen",
                    "Verhandlungen gestartet",
                    // [fr]
                    "Négociations commencées",
                    "Négociations entamées",
                    // [es]
                    "Negociaciones iniciadas",
                    // [pt]
                    "Negociações iniciadas",
                    // [nl]
                    "Onderhandelingen gestart",
                    "Onderhandelingen begonnen",
                    // [sv]
                    "Förhandlingar påbörjade",
                    "Förhandlingar inledda",
                    // [da nb]
                    "Forhandlinger startet",
                    // [da]
                    "Forhandlinger påbegyndt",
                    // [fi]
                    "Neuvottelut aloitettu",
                    // [nb]
                    "Forhandlinger påbegynt",
                ],
                meaning: StageMeaning::Negotiation,
                probability: 0.8,
            },
        ],
    },
    // Salesforce's standard Opportunity Stage picklist with Salesforce's
    // default probabilities.
    Pipeline {
        crm: Crm::Salesforce,
        stages: &[
            PipelineStage {
                names: &[
                    // [en]
                    "Prospecting",
                    // [de]
                    "Akquise",
                    "Erkundung",
                    // [fr]
                    "Prospection",
                    // [es]
                    "Prospección",
                    // [pt]
                    "Prospecção",
                    // [nl]
                    "Prospectie",
                    // [sv da nb]
                    "Prospektering",
                    // [fi]
                    "Prospektointi",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.1,
            },
            PipelineStage {
                names: &[
                    // [en fr]
                    "Qualification",
                    // [de]
                    "Qualifizierung",
                    // [es]
                    "Calificación",
                    "Cualificación",
                    // [pt]
                    "Qualificação",
                    // [nl]
                    "Kwalificatie",
                    // [sv da]
                    "Kvalificering",
                    // [fi]
                    "Kvalifiointi",
                    // [nb]
                    "Kvalifisering",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.1,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Needs Analysis",
                    // [de]
                    "Bedarfsanalyse",
                    // [fr]
                    "Analyse des besoins",
                    // [es]
                    "Análisis de necesidades",
                    // [pt]
                    "Análise de necessidades",
                    // [nl]
                    "Behoefteanalyse",
                    // [sv]
                    "Behovsanalys",
                    // [da nb]
                    "Behovsanalyse",
                    // [fi]
                    "Tarveanalyysi",
                ],
                meaning: StageMeaning::Discovery,
                probability: 0.2,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Value Proposition",
                    // [de]
                    "Nutzenargumentation",
                    "Wertversprechen",
                    // [fr]
                    "Proposition de valeur",
                    // [es]
                    "Propuesta de valor",
                    // [pt]
                    "Proposta de valor",
                    // [nl]
                    "Waardepropositie",
                    // [sv]
                    "Värdeerbjudande",
                    // [da]
                    "Værdiforslag",
                    // [fi]
                    "Arvolupaus",
                    // [nb]
                    "Verdiforslag",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.5,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Id. Decision Makers",
                    // [de]
                    "Entscheidungsträger identifizieren",
                    // [fr]
                    "Identification des décideurs",
                    // [es]
                    "Identificar responsables de la toma de decisiones",
                    "Id. Tomadores de Decisiones",
                    // [pt]
                    "Identificação dos tomadores de decisão",
                    // [nl]
                    "Besluitvormers identificeren",
                    // [sv]
                    "Identifiera beslutsfattare",
                    // [da]
                    "Identificer beslutningstagere",
                    // [fi]
                    "Päättäjien tunnistaminen",
                    // [nb]
                    "Identifiser beslutningstakere",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.6,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Perception Analysis",
                    // [de]
                    "Wahrnehmungsanalyse",
                    // [fr]
                    "Analyse de perception",
                    // [es]
                    "Análisis de percepción",
                    // [pt]
                    "Análise de percepção",
                    // [nl]
                    "Perceptieanalyse",
                    // [sv]
                    "Uppfattningsanalys",
                    // [da]
                    "Opfattelsesanalyse",
                    // [fi]
                    "Mielikuva-analyysi",
                    // [nb]
                    "Oppfatningsanalyse",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.7,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Proposal/Price Quote",
                    // [de]
                    "Angebot/Preisangebot",
                    // [fr]
                    "Proposition/Devis",
                    // [es]
                    "Propuesta/Presupuesto",
                    "Propuesta/Cotización",
                    // [pt]
                    "Proposta/Cotação",
                    "Proposta/Orçamento",
                    // [nl]
                    "Voorstel/Prijsofferte",
                    // [sv]
                    "Förslag/Prisofferten",
                    "Förslag/Offert",
                    // [da nb]
                    "Forslag/Pristilbud",
                    // [fi]
                    "Ehdotus/Hintatarjous",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.75,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Negotiation/Review",
                    // [de]
                    "Verhandlung/Prüfung",
                    "Verhandlung/Überprüfung",
                    // [fr]
                    "Négociation/Révision",
                    // [es]
                    "Negociación/Revisión",
                    // [pt]
                    "Negociação/Revisão",
                    // [nl]
                    "Onderhandeling/Beoordeling",
                    // [sv]
                    "Förhandling/Granskning",
                    // [da]
                    "Forhandling/Gennemgang",
                    // [fi]
                    "Neuvottelu/Tarkistus",
                    // [nb]
                    "Forhandling/Gjennomgang",
                ],
                meaning: StageMeaning::Negotiation,
                probability: 0.9,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed Won",
                    // [de]
                    "Geschlossen und gewonnen",
                    "Geschlossen gewonnen",
                    // [fr]
                    "Fermée gagnée",
                    "Gagnée",
                    // [es]
                    "Cerrada ganada",
                    // [pt]
                    "Fechada/Ganha",
                    "Fechado/Ganho",
                    // [nl]
                    "Gesloten/Gewonnen",
                    // [sv]
                    "Stängd/Vunnen",
                    // [da]
                    "Lukket/Vundet",
                    // [fi]
                    "Suljettu/Voitettu",
                    // [nb]
                    "Lukket/Vunnet",
                ],
                meaning: StageMeaning::Won,
                probability: 1.0,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed Lost",
                    // [de]
                    "Geschlossen und verloren",
                    "Geschlossen verloren",
                    // [fr]
                    "Fermée perdue",
                    "Perdue",
                    // [es]
                    "Cerrada perdida",
                    // [pt]
                    "Fechada/Perdida",
                    "Fechado/Perdido",
                    // [nl]
                    "Gesloten/Verloren",
                    // [sv]
                    "Stängd/Förlorad",
                    // [da]
                    "Lukket/Tabt",
                    // [fi]
                    "Suljettu/Hävitty",
                    // [nb]
                    "Lukket/Tapt",
                ],
                meaning: StageMeaning::Lost,
                probability: 0.0,
            },
        ],
    },
    // Zoho CRM's default Deals stages (Standard layout) with Zoho's default
    // probabilities.
    Pipeline {
        crm: Crm::Zoho,
        stages: &[
            PipelineStage {
                names: &[
                    // [en fr]
                    "Qualification",
                    // [de]
                    "Qualifizierung",
                    // [es]
                    "Calificación",
                    "Cualificación",
                    // [pt]
                    "Qualificação",
                    // [nl]
                    "Kwalificatie",
                    // [sv da]
                    "Kvalificering",
                    // [fi]
                    "Kvalifiointi",
                    // [nb]
                    "Kvalifisering",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.1,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Needs Analysis",
                    // [de]
                    "Bedarfsanalyse",
                    // [fr]
                    "Analyse des besoins",
                    // [es]
                    "Análisis de necesidades",
                    "Necesita análisis",
                    // [pt]
                    "Análise de necessidades",
                    // [nl]
                    "Behoefteanalyse",
                    // [sv]
                    "Behovsanalys",
                    // [da nb]
                    "Behovsanalyse",
                    // [fi]
                    "Tarveanalyysi",
                ],
                meaning: StageMeaning::Discovery,
                probability: 0.2,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Value Proposition",
                    // [de]
                    "Wertversprechen",
                    "Nutzenargumentation",
                    // [fr]
                    "Proposition de valeur",
                    // [es]
                    "Propuesta de valor",
                    // [pt]
                    "Proposta de valor",
                    // [nl]
                    "Waardepropositie",
                    // [sv]
                    "Värdeerbjudande",
                    // [da]
                    "Værdiforslag",
                    // [fi]
                    "Arvolupaus",
                    // [nb]
                    "Verdiforslag",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.4,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Identify Decision Makers",
                    "Id. Decision Makers",
                    // [de]
                    "Entscheidungsträger identifizieren",
                    // [fr]
                    "Identification des décideurs",
                    "Identifier les décideurs",
                    // [es]
                    "Identificar a los responsables de la toma de decisiones",
                    // [pt]
                    "Identificar os tomadores de decisão",
                    // [nl]
                    "Besluitvormers identificeren",
                    // [sv]
                    "Identifiera beslutsfattare",
                    // [da]
                    "Identificer beslutningstagere",
                    // [fi]
                    "Tunnista päättäjät",
                    // [nb]
                    "Identifiser beslutningstakere",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.6,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Proposal/Price Quote",
                    // [de]
                    "Angebot/Preisangebot",
                    // [fr]
                    "Proposition/Devis",
                    // [es]
                    "Propuesta/Presupuesto",
                    "Propuesta/Cotización",
                    // [pt]
                    "Proposta/Cotação",
                    "Proposta/Orçamento",
                    // [nl]
                    "Voorstel/Prijsofferte",
                    // [sv]
                    "Förslag/Offert",
                    // [da nb]
                    "Forslag/Pristilbud",
                    // [fi]
                    "Ehdotus/Hintatarjous",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.75,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Negotiation/Review",
                    // [de]
                    "Verhandlung/Prüfung",
                    // [fr]
                    "Négociation/Révision",
                    // [es]
                    "Negociación/Revisión",
                    // [pt]
                    "Negociação/Revisão",
                    // [nl]
                    "Onderhandeling/Beoordeling",
                    // [sv]
                    "Förhandling/Granskning",
                    // [da]
                    "Forhandling/Gennemgang",
                    // [fi]
                    "Neuvottelu/Tarkistus",
                    // [nb]
                    "Forhandling/Gjennomgang",
                ],
                meaning: StageMeaning::Negotiation,
                probability: 0.9,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed Won",
                    // [de]
                    "Abgeschlossen gewonnen",
                    "Geschlossen gewonnen",
                    // [fr]
                    "Fermé gagné",
                    "Conclu gagné",
                    // [es]
                    "Cerrado ganado",
                    // [pt]
                    "Fechado ganho",
                    // [nl]
                    "Gesloten gewonnen",
                    // [sv]
                    "Stängd vunnen",
                    // [da]
                    "Lukket vundet",
                    // [fi]
                    "Suljettu voitettu",
                    // [nb]
                    "Lukket vunnet",
                ],
                meaning: StageMeaning::Won,
                probability: 1.0,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed Lost",
                    // [de]
                    "Abgeschlossen verloren",
                    "Geschlossen verloren",
                    // [fr]
                    "Fermé perdu",
                    "Conclu perdu",
                    // [es]
                    "Cerrado perdido",
                    // [pt]
                    "Fechado perdido",
                    // [nl]
                    "Gesloten verloren",
                    // [sv]
                    "Stängd förlorad",
                    // [da]
                    "Lukket tabt",
                    // [fi]
                    "Suljettu hävitty",
                    // [nb]
                    "Lukket tapt",
                ],
                meaning: StageMeaning::Lost,
                probability: 0.0,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Closed-Lost to Competition",
                    // [de]
                    "An Wettbewerber verloren",
                    // [fr]
                    "Fermé perdu face à la concurrence",
                    "Perdu face à la concurrence",
                    // [es]
                    "Cerrado perdido ante la competencia",
                    "Perdido ante la competencia",
                    // [pt]
                    "Perdido para a concorrência",
                    // [nl]
                    "Verloren aan concurrent",
                    // [sv]
                    "Förlorad till konkurrent",
                    // [da]
                    "Tabt til konkurrent",
                    // [fi]
                    "Hävitty kilpailijalle",
                    // [nb]
                    "Tapt mot konkurrent",
                ],
                meaning: StageMeaning::Lost,
                probability: 0.0,
            },
        ],
    },
    // Dynamics 365 Sales: the "Opportunity Sales Process" business process
    // flow, exported as "Pipeline Phase" ("1-Qualify", ...) and as the
    // "Sales Stage" option set (Qualify/Develop/Propose/Close). Dynamics sets
    // no probability per stage (Probability is typed by hand), so these
    // probabilities are OURS. Won and lost are statuses, not stages.
    Pipeline {
        crm: Crm::Dynamics,
        stages: &[
            PipelineStage {
                names: &[
                    // [en] Pipeline Phase, Sales Stage
                    "1-Qualify",
                    "Qualify",
                    // [de]
                    "Qualifizieren",
                    // [fr]
                    "Qualifier",
                    // [es]
                    "Calificar",
                    // [pt]
                    "Qualificar",
                    // [nl]
                    "Kwalificeren",
                    // [sv]
                    "Kvalificera",
                    // [da]
                    "Kvalificer",
                    // [fi]
                    "Kvalifioi",
                    // [nb]
                    "Kvalifiser",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.1,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "2-Develop",
                    "Develop",
                    // [de]
                    "Entwickeln",
                    // [fr]
                    "Développer",
                    // [es]
                    "Desarrollar",
                    // [pt]
                    "Desenvolver",
                    // [nl]
                    "Ontwikkelen",
                    // [sv]
                    "Utveckla",
                    // [da]
                    "Udvikl",
                    // [fi]
                    "Kehitä",
                    // [nb]
                    "Utvikle",
                ],
                meaning: StageMeaning::Discovery,
                probability: 0.3,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "3-Propose",
                    "Propose",
                    // [de]
                    "Vorschlagen",
                    "Anbieten",
                    // [fr]
                    "Proposer",
                    // [es]
                    "Proponer",
                    // [pt]
                    "Propor",
                    // [nl]
                    "Voorstellen",
                    // [sv da nb] (sv "Föreslå" folds to "Foreslå")
                    "Foreslå",
                    // [fi]
                    "Ehdota",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.6,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "4-Close",
                    "Close",
                    // [de]
                    "Schließen",
                    "Abschließen",
                    // [fr]
                    "Conclure",
                    "Clôturer",
                    // [es]
                    "Cerrar",
                    // [pt]
                    "Fechar",
                    // [nl]
                    "Sluiten",
                    // [sv]
                    "Stäng",
                    "Avsluta",
                    // [da]
                    "Luk",
                    // [fi]
                    "Sulje",
                    // [nb]
                    "Lukk",
                    "Avslutt",
                ],
                meaning: StageMeaning::Negotiation,
                probability: 0.8,
            },
        ],
    },
    // SuperOffice CRM: no fixed pipeline; stages come from the "Sale - Stage"
    // list per sale type. These are the stages of SuperOffice's documented
    // sales guide example ("Sale to new customer"), plus the Sold and Lost
    // values its Stage field always offers. SuperOffice documents no default
    // probabilities for them, so the open stages' probabilities are OURS.
    Pipeline {
        crm: Crm::SuperOffice,
        stages: &[
            PipelineStage {
                names: &[
                    // [en]
                    "First meeting",
                    // [nb]
                    "Første møte",
                    // [sv]
                    "Första mötet",
                    "Första möte",
                    // [da]
                    "Første møde",
                    // [de]
                    "Interessephase",
                    // [nl]
                    "Eerste vergadering",
                    "Eerste gesprek",
                ],
                meaning: StageMeaning::Qualified,
                probability: 0.1,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Quotation",
                    // [nb da]
                    "Tilbud",
                    // [sv]
                    "Offert",
                    // [de]
                    "Angebot",
                    // [nl]
                    "Offerte",
                ],
                meaning: StageMeaning::Proposal,
                probability: 0.5,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Signing of contract",
                    "Contract Signing",
                    // [nb]
                    "Kontraktssignering",
                    // [sv]
                    "Kontraktsunderskrift",
                    // [da]
                    "Kontraktunderskrivelse",
                    // [de]
                    "Vertragsunterzeichnung",
                    // [nl]
                    "Contract tekenen",
                    "Contract ondertekenen",
                ],
                meaning: StageMeaning::Commit,
                probability: 0.9,
            },
            PipelineStage {
                names: &[
                    // [en] status shown in the Stage field
                    "Sold",
                    // [nb da]
                    "Solgt",
                    // [sv]
                    "Såld",
                    // [de]
                    "Verkauft",
                    // [nl]
                    "Verkocht",
                ],
                meaning: StageMeaning::Won,
                probability: 1.0,
            },
            PipelineStage {
                names: &[
                    // [en]
                    "Lost",
                    // [nb]
                    "Tapt",
                    // [sv]
                    "Förlorad",
                    // [da]
                    "Tabt",
                    // [de nl]
                    "Verloren",
                ],
                meaning: StageMeaning::Lost,
                probability: 0.0,
            },
        ],
    },
];
