//! Values of a deal's status column, by status. Pipedrive writes
//! Open/Won/Lost/Deleted in the user's language (a deleted deal counts as
//! lost); Dynamics 365 writes Open/Won/Lost in "Status" and In Progress/On
//! Hold/Won/Canceled/Out-Sold in "Status Reason"; SuperOffice writes
//! Open/Sold/Lost/Stalled. A stalled (postponed) SuperOffice sale is still
//! open: it is on hold with a re-open date, not closed. HubSpot's
//! true/false "Is Closed Won" columns are not a status and are not here.
//! Sources: docs/import-vocabulary.md.

use super::Status;

/// Words for open, won and lost, in every language the import reads.
pub const STATUS_WORDS: &[(Status, &[&str])] = &[
    (
        Status::Open,
        &[
            // [en] Pipedrive, Dynamics ("Open", "In Progress", "On Hold"), SuperOffice ("Open", "Stalled"), spreadsheets
            "Open",
            "In Progress",
            "On Hold",
            "Stalled",
            "Active",
            "Pending",
            "Ongoing",
            // [nb] Pipedrive nb, SuperOffice nb ("Åpen", "Utsatt"), spreadsheets
            "Åpen",
            "Åpent",
            "Utsatt",
            "Pågår",
            "Pågående",
            "Aktiv",
            "På vent",
            "Pause",
            // [nn]
            "Utsett",
            "Pågåande",
            // [sv] Pipedrive sv, SuperOffice sv ("Öppen", "Vilande")
            "Öppen",
            "Öppet",
            "Vilande",
            "Uppskjuten",
            "Pausad",
            // [da] Pipedrive da, SuperOffice da ("Åben", "Udsat")
            "Åben",
            "Åbent",
            "Udsat",
            "Igangværende",
            "I gang",
            // [fi] Pipedrive fi, Dynamics fi
            "Avoin",
            "Auki",
            "Käynnissä",
            "Aktiivinen",
            "Odottaa",
            "Pysähtynyt",
            // [de] Pipedrive de ("Offen"), Dynamics ("In Bearbeitung", "Zurückgestellt"), SuperOffice de
            "Offen",
            "In Bearbeitung",
            "Zurückgestellt",
            "Angehalten",
            "Laufend",
            // [nl] Pipedrive nl ("Open" as en), Dynamics, SuperOffice nl
            "Actief",
            "Lopend",
            "In behandeling",
            "Uitgesteld",
            "In de wacht",
            // [fr] Pipedrive fr ("Ouvert"), Dynamics ("En cours", "En attente")
            "Ouvert",
            "Ouverte",
            "En cours",
            "En attente",
            "Suspendu",
            // [es] Pipedrive es ("Abierto"), Dynamics ("En curso", "En espera")
            "Abierto",
            "Abierta",
            "En curso",
            "En progreso",
            "En espera",
            "Activo",
            // [pt] Pipedrive pt-BR ("Aberto"), Dynamics ("Em andamento", "Em espera"), pt-PT ("Em curso")
            "Aberto",
            "Aberta",
            "Em aberto",
            "Em andamento",
            "Em curso",
            "Em espera",
            "Ativo",
        ],
    ),
    (
        Status::Won,
        &[
            // [en] Pipedrive, Dynamics ("Won"), SuperOffice ("Sold")
            "Won",
            "Sold",
            "Closed won",
            // [nb] Pipedrive nb ("Vunnet"), SuperOffice nb ("Solgt", also da)
            "Vunnet",
            "Vunnen",
            "Solgt",
            // [nn]
            "Vunne",
            "Seld",
            // [sv] Pipedrive sv ("Vunnen" as nb), SuperOffice sv ("Såld")
            "Vunna",
            "Såld",
            // [da] Pipedrive da, SuperOffice da
            "Vundet",
            // [fi]
            "Voitettu",
            "Myyty",
            // [de] Pipedrive de, Dynamics ("Gewonnen", also nl), SuperOffice de ("Verkauft")
            "Gewonnen",
            "Verkauft",
            // [nl] SuperOffice nl
            "Verkocht",
            // [fr] Pipedrive fr, Dynamics
            "Gagné",
            "Gagnée",
            "Vendu",
            // [es] Pipedrive es, Dynamics
            "Ganado",
            "Ganada",
            "Vendido",
            // [pt] Pipedrive pt-BR, Dynamics ("Vendido" as es)
            "Ganho",
            "Ganha",
            "Vendida",
        ],
    ),
    (
        Status::Lost,
        &[
            // [en] Pipedrive ("Lost", "Deleted": a deleted deal counts as lost), Dynamics ("Canceled", "Out-Sold"), SuperOffice
            "Lost",
            "Deleted",
            "Closed lost",
            "Canceled",
            "Cancelled",
            "Out-Sold",
            // [nb] Pipedrive nb ("Tapt", "Slettet", also da), SuperOffice nb
            "Tapt",
            "Slettet",
            "Kansellert",
            // [nn]
            "Sletta",
            // [sv] Pipedrive sv, SuperOffice sv
            "Förlorad",
            "Förlorat",
            "Raderad",
            "Borttagen",
            "Avbruten",
            // [da] Pipedrive da, SuperOffice da
            "Tabt",
            "Annulleret",
            // [fi] Pipedrive fi, Dynamics
            "Hävitty",
            "Menetetty",
            "Poistettu",
            "Peruttu",
            // [de] Pipedrive de, Dynamics ("Verloren", also nl; "Storniert", "Abgesagt")
            "Verloren",
            "Gelöscht",
            "Storniert",
            "Abgesagt",
            "Ausgestochen",
            // [nl] Pipedrive nl, Dynamics
            "Verwijderd",
            "Geannuleerd",
            // [fr] Pipedrive fr, Dynamics
            "Perdu",
            "Perdue",
            "Supprimé",
            "Annulé",
            // [es] Pipedrive es, Dynamics ("Cancelado", also pt)
            "Perdido",
            "Perdida",
            "Eliminado",
            "Borrado",
            "Cancelado",
            // [pt] Pipedrive pt-BR ("Perdido" as es, "Excluído"), pt-PT ("Eliminado" as es, "Apagado")
            "Excluído",
            "Apagado",
            "Cancelada",
        ],
    ),
];
