//! Building blocks of the page. Each reads the shared state from context and
//! shows derived values only; edits go to the draft scenario.

mod activity;
mod assumption_fields;
mod assumptions;
mod charts;
mod compare;
mod deal_table;
mod explainer;
pub mod fields;
mod import;
mod inputs_panel;
mod language_toggle;
mod later;
mod notices;
mod page;
mod plan_comparison;
mod risk;
mod scenario_bar;
mod second_module;
mod source_mark;
mod split_bar;
mod stale_notice;
mod undo_buttons;
mod verdict_card;

pub use activity::ActivityCard;
pub use assumptions::AssumptionsPanel;
pub use charts::{OutcomeCharts, TradeoffChart};
pub use compare::ComparePanel;
pub use deal_table::DealTable;
pub use explainer::Explainer;
pub use import::ImportDialog;
pub use inputs_panel::InputsPanel;
pub use language_toggle::LanguageToggle;
pub use later::{deal_table, explanations, results_details, sharing};
pub use notices::Notices;
pub use page::App;
pub use plan_comparison::PlanComparison;
pub use risk::RiskCard;
pub use scenario_bar::{ScenarioBar, SharePanel, SharedBanner};
pub use second_module::{SecondModule, SecondModuleArrived};
pub use source_mark::ClosedSourceMark;
pub use split_bar::SplitBar;
pub use stale_notice::StaleNotice;
pub use undo_buttons::UndoButtons;
pub use verdict_card::VerdictCard;
