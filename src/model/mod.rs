//! The planning model of docs/model.md, as pure Rust: no browser types, no
//! signals, no I/O. Each submodule maps to sections of docs/model.md:
//!
//! - [`scenario`], [`validate`]: §1–§2, the document and its rules
//! - [`derived`]: §3, derived quantities
//! - [`plan`]: §4, one split of the remaining hours, and the trade-off curve
//! - [`evaluation`]: §5 and §5b, the recommendation and further outputs
//! - [`stress`]: §5b, the stress test (evaluation and simulation without the biggest deal)
//! - [`montecarlo`]: §6, uncertainty

pub mod date;
pub mod derived;
pub mod evaluation;
pub mod montecarlo;
pub mod plan;
pub mod report;
pub mod scenario;
pub mod stress;
pub mod validate;

pub use date::Date;
pub use evaluation::{Advice, Evaluation, Verdict, evaluate, evaluate_after};
pub use scenario::Scenario;
pub use stress::{stress_outcome, stress_test};
pub use validate::{FieldError, parse_scenario};
