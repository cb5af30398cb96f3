//! Charts drawn as SVG by the app itself: the trade-off curve with its
//! what-if handle, and the outcomes of the two plans. Each chart has a text
//! equivalent (an `aria-label` summary and a visually hidden table).
//!
//! The layout maths lives in [`geometry`] as pure functions; the components
//! only read derived values from [`crate::app::AppState`] and send what-if edits.

pub mod geometry;
mod outcome;
mod tradeoff;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

pub use outcome::OutcomeCharts;
pub use tradeoff::TradeoffChart;

#[wasm_bindgen]
extern "C" {
    /// Any element, seen only as something with a bounding box. Bound here
    /// (with [`ShownBox`]) so the crate needs no extra `web-sys` feature.
    type Measurable;

    #[wasm_bindgen(method, js_name = getBoundingClientRect)]
    fn bounding_client_rect(this: &Measurable) -> ShownBox;

    /// The part of a `DOMRect` the charts read.
    type ShownBox;

    #[wasm_bindgen(method, getter)]
    fn left(this: &ShownBox) -> f64;

    #[wasm_bindgen(method, getter)]
    fn width(this: &ShownBox) -> f64;
}

/// Where `element` is drawn on screen: (left edge, width) in CSS pixels.
fn shown_left_and_width(element: &web_sys::Element) -> (f64, f64) {
    let shown = element.unchecked_ref::<Measurable>().bounding_client_rect();
    (shown.left(), shown.width())
}

/// The viewBox width a chart should draw at: follows the width of `frame`
/// (measured once it is in the page and again when the window resizes), so
/// that one viewBox unit stays close to one CSS pixel and labels keep a
/// readable size on a phone, a laptop and a projector.
fn drawing_width_of(frame: NodeRef<leptos::html::Div>) -> RwSignal<f64> {
    let width = RwSignal::new(geometry::DEFAULT_WIDTH);
    let measure = move || {
        let Some(element) = frame.get_untracked() else { return };
        let shown = f64::from(element.client_width());
        if shown <= 0.0 {
            return; // hidden or not laid out yet: keep the last width
        }
        let wanted = geometry::drawing_width(shown.round());
        if (width.get_untracked() - wanted).abs() >= 1.0 {
            width.set(wanted);
        }
    };
    Effect::new(move |_| {
        if frame.get().is_some() {
            measure();
        }
    });
    let listener = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || listener.remove());
    width
}
