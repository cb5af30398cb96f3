//! Skippertak: a sales-planning calculator. The model, the text helpers and
//! the charts' layout are pure Rust and build everywhere; the web app is
//! compiled for the browser only.

#![warn(missing_docs)]

pub mod chart_layout;
pub mod codec;
pub mod explain;
pub mod export;
pub mod format;
pub mod i18n;
pub mod import;
pub mod model;
pub mod parse;
pub mod qr;
pub mod sample;
pub mod store;
pub mod text;
pub mod undo;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
