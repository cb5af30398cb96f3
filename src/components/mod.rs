//! Building blocks of the page. Each reads the shared state from context and
//! shows derived values only.

mod language_toggle;
mod plan_comparison;
mod split_bar;
mod verdict_card;

pub use language_toggle::LanguageToggle;
pub use plan_comparison::PlanComparison;
pub use split_bar::SplitBar;
pub use verdict_card::VerdictCard;
