//! The few facts the app takes from the browser: today's local date, the
//! preferred language and the width of the page.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::model::Date;

/// The browser's local date (MODEL.md: `period.today` null means this).
pub fn local_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_else(|| Date::from_days_since_epoch((now.get_time() / 86_400_000.0).floor() as i64))
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
