//! Skippertak: a sales-planning calculator. The model is pure Rust and
//! builds everywhere; the web app is compiled for the browser only.

pub mod i18n;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
