//! Share links in the address: read by a wasm module of their own, fetched
//! only on a visit that opens a link (and hinted early by the page's first
//! script, so it arrives with the main module). A visit without a link
//! downloads none of the code that decodes one.

use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::codec::{self, CodecError, LinkMode};
use crate::model::Scenario;

/// What a share link in the address gave.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenedLink {
    /// Read: the scenario and how it opens, or why it cannot.
    Read(Result<(Scenario, LinkMode), CodecError>),
    /// The part of the app that reads links could not be fetched.
    NotLoaded,
}

/// Decodes a link fragment, in the link module.
#[wasm_split(link, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decode(fragment: String) -> Result<Result<(Scenario, LinkMode), CodecError>, SplitLoaderError> {
    Ok(codec::from_link_fragment(&fragment))
}

/// Reads a link fragment, fetching the link module on first use.
pub async fn read(fragment: String) -> OpenedLink {
    match decode(fragment).await {
        Ok(read) => OpenedLink::Read(read),
        Err(_) => OpenedLink::NotLoaded,
    }
}

/// The address's fragment without its `#`, when it is (or looks meant to
/// be) a share link. Only the one `#` that starts the fragment is taken
/// off: one added by hand stays, and the link is refused.
pub fn link_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    codec::is_link_fragment(fragment).then(|| fragment.to_string())
}
