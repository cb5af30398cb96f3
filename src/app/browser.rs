//! The few facts the app takes from the browser: today's local date, the
//! preferred language and the width of the page.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::Date;

/// The browser's local date (docs/model.md: `period.today` null means this).
pub fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_else(|| Date::from_days_since_epoch((now.get_time() / 86_400_000.0).floor() as i64))
}

/// Today's date as a signal that follows the clock: it moves to the new day
/// a moment after local midnight, and is checked again whenever the page
/// becomes visible (a laptop waking up, a tab brought back), since timers
/// do not run while a device sleeps.
pub fn follow_the_date() -> ReadSignal<Date> {
    let (today, set_today) = signal(local_today());
    let check = move || {
        let now = local_today();
        if today.get_untracked() != now {
            set_today.set(now);
        }
    };
    fn at_next_midnight(check: impl Fn() + Copy + 'static) {
        let now = js_sys::Date::new_0();
        let midnight = js_sys::Date::new_with_year_month_day(now.get_full_year(), now.get_month() as i32, now.get_date() as i32 + 1);
        // A second past midnight, so the date has surely turned.
        let wait = (midnight.get_time() - now.get_time()).max(0.0) + 1000.0;
        set_timeout(
            move || {
                check();
                at_next_midnight(check);
            },
            std::time::Duration::from_millis(wait as u64),
        );
    }
    at_next_midnight(check);
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check();
        }
    });
    let _ = window_event_listener(leptos::ev::pageshow, move |_| check());
    today
}

/// `?lang=nb|en` wins; then the language chosen earlier; then the browser's
/// languages (nb/nn/no → Norwegian), else English.
pub fn initial_lang(remembered: Option<Lang>) -> Lang {
    let from_url = window()
        .location()
        .search()
        .ok()
        .and_then(|query| query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("lang=").map(str::to_string)))
        .and_then(|tag| Lang::from_tag(&tag));
    if let Some(lang) = from_url.or(remembered) {
        return lang;
    }
    let navigator = window().navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

/// Whether the page is as wide as `query` says, e.g. `(min-width: 1100px)`;
/// false where the browser cannot tell.
pub fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().is_some_and(|list| list.matches())
}

/// Keeps `<html lang>` in step so screen readers pronounce the text right.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.as_str());
    }
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(anchor) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The page's address for share links: without the fragment, and without
/// `lang=`, so each recipient reads the scenario in their own language.
pub fn base_url() -> String {
    let location = window().location();
    let origin_and_path = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    let query: Vec<String> = location
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .map(str::to_string)
        .collect();
    if query.is_empty() { origin_and_path } else { format!("{origin_and_path}?{}", query.join("&")) }
}

/// A file name made from a scenario name (letters, digits, dashes).
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() { "skippertak".to_string() } else { stem.chars().take(60).collect() }
}

/// Starts copying `text` to the clipboard; `None` where the browser offers
/// no Clipboard API (plain HTTP, older browsers) or refuses at once. The
/// promise fails when the user or the browser denies it.
pub fn copy_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined() && !c.is_null())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
}
