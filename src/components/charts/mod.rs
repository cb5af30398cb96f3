//! Charts drawn as SVG by the app itself: the trade-off curve with its
//! what-if handle, and the outcomes of the two plans. Each chart has a text
//! equivalent (an `aria-label` summary and a visually hidden table).
//!
//! The layout, the summaries and the table rows are computed as data by
//! [`crate::chart_layout`] (pure, tested natively); these components only
//! turn that data into SVG, read derived values from
//! [`crate::app::AppState`] and send what-if edits.

mod distribution;
mod outcome;
mod period_bars;
mod tables;
mod tradeoff;
mod tradeoff_svg;
mod what_if_handle;
mod what_if_panel;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::chart_layout::scale::{DEFAULT_WIDTH, drawing_width};
use crate::text::Text;

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

    /// Reports size changes of observed elements after layout.
    type ResizeObserver;

    #[wasm_bindgen(constructor)]
    fn new(callback: &js_sys::Function) -> ResizeObserver;

    #[wasm_bindgen(method)]
    fn observe(this: &ResizeObserver, target: &web_sys::Element);

    #[wasm_bindgen(method)]
    fn disconnect(this: &ResizeObserver);

    type ResizeObserverEntry;

    #[wasm_bindgen(method, getter, js_name = contentRect)]
    fn content_rect(this: &ResizeObserverEntry) -> ShownBox;
}

/// Where `element` is drawn on screen: (left edge, width) in CSS pixels.
fn shown_left_and_width(element: &web_sys::Element) -> (f64, f64) {
    let shown = element.unchecked_ref::<Measurable>().bounding_client_rect();
    (shown.left(), shown.width())
}

/// The viewBox width a chart should draw at: follows the width of `frame`,
/// so that one viewBox unit stays close to one CSS pixel and labels keep a
/// readable size on a phone, a laptop and a projector. The width comes from
/// a `ResizeObserver`, which reports after the browser has laid the page
/// out: reading the element's width instead forced a layout of the whole
/// page per chart (a quarter of a second each at 500 deals).
fn drawing_width_of(frame: NodeRef<leptos::html::Div>) -> RwSignal<f64> {
    let width = RwSignal::new(DEFAULT_WIDTH);
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries.iter().last() else { return };
        let shown = entry.unchecked_into::<ResizeObserverEntry>().content_rect().width();
        if shown <= 0.0 {
            return; // hidden: keep the last width
        }
        let wanted = drawing_width(shown.round());
        if (width.get_untracked() - wanted).abs() >= 1.0 {
            width.set(wanted);
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref());
    let observer = StoredValue::new_local((observer, on_resize));
    Effect::new(move |_| {
        if let Some(element) = frame.get() {
            observer.with_value(|(observer, _)| observer.observe(&element));
        }
    });
    on_cleanup(move || {
        observer.try_with_value(|(observer, _)| observer.disconnect());
    });
    width
}

/// `text` in the page's language (the page is drawn afresh when it changes).
fn say(state: crate::app::AppState, text: Text) -> &'static str {
    text.get(state.lang.get_untracked())
}

/// The id of the hatch pattern that marks the trap's series.
const TRAP_HATCH_ID: &str = "skippertak-trap-hatch";

/// A hatch pattern for the trap's bars: colour is never the only cue.
pub(super) fn trap_hatch() -> impl IntoView {
    view! {
        <defs>
            <pattern id=TRAP_HATCH_ID patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect class="hatch-ground" width="6" height="6"></rect>
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
        </defs>
    }
}
