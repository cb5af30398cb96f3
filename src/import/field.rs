//! The deal facts a column of an imported file can hold.

/// A deal fact that one column of a file can be chosen for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The deal's name or title.
    Name,
    /// The deal's value (amount).
    Value,
    /// The sales stage (pipeline phase).
    Stage,
    /// The win probability.
    Probability,
    /// The expected (or, for a closed deal, actual) close date.
    CloseDate,
    /// Open, won or lost.
    Status,
    /// The seller who owns the deal.
    Owner,
    /// When the deal was created.
    Created,
    /// When a closed deal was actually closed (won, or either).
    ClosedOn,
    /// When a lost deal was lost, where a file keeps that apart.
    LostOn,
}

impl Field {
    /// Every field, in the order the import dialog lists them.
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::Value,
        Field::Stage,
        Field::Probability,
        Field::CloseDate,
        Field::Status,
        Field::Owner,
        Field::Created,
        Field::ClosedOn,
        Field::LostOn,
    ];

    /// Stable id, used in element ids, tests and remembered choices.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Value => "value",
            Field::Stage => "stage",
            Field::Probability => "probability",
            Field::CloseDate => "close_date",
            Field::Status => "status",
            Field::Owner => "owner",
            Field::Created => "created",
            Field::ClosedOn => "closed_on",
            Field::LostOn => "lost_on",
        }
    }

    /// The field with this id.
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == id)
    }

    /// Whether a deal cannot be imported without a column for this field.
    pub fn required(self) -> bool {
        matches!(self, Field::Name | Field::Value)
    }
}
