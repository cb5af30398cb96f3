//! The charts' layout as data: scales and round ticks, the trade-off curve
//! with its markers and what-if handle, the two outcome charts, and the
//! sentences and tables that stand in for them. The views in
//! `src/components/charts/` only turn this into SVG and handle the pointer
//! and keys.
//!
//! Pure functions only (no signals, no browser types), built and tested
//! natively: every number that ends up in an SVG attribute is checked here,
//! and nothing returned is NaN or infinite, whatever comes in.

pub mod amounts;
pub mod bars;
pub mod distribution;
pub mod handle;
pub mod histogram;
pub mod labels;
pub mod scale;
pub mod series;
pub mod svg;
pub mod text_equivalents;
pub mod tradeoff;
pub mod what_if;
