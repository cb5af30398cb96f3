//! The two plans the charts compare, each with its own colour and pattern.

use crate::i18n::Lang;
use crate::text::charts as words;

/// Which plan a series shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// The recommended plan.
    Recommended,
    /// The trap plan, shown for contrast.
    Trap,
}

impl Which {
    /// Both series, in drawing order.
    pub const BOTH: [Which; 2] = [Which::Recommended, Which::Trap];

    /// CSS class of the series (colour and pattern).
    pub fn class(self) -> &'static str {
        match self {
            Which::Recommended => "recommended",
            Which::Trap => "trap",
        }
    }

    /// The series' name as shown in the legend and labels.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Which::Recommended => words::RECOMMENDED.get(lang),
            Which::Trap => words::PUSH_EVERYTHING.get(lang),
        }
    }
}
