//! The few facts the app takes from the browser: today's local date and the
//! preferred language.

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
        .and_then(|query| {
            query
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("lang=").map(str::to_string))
        })
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

/// Keeps `<html lang>` in step so screen readers pronounce the text right.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.as_str());
    }
}
