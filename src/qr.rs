//! QR codes for share links, drawn as SVG path data. Pure.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as SVG: the side length in modules (quiet zone included) and a
/// path of one-module squares. `None` when the text is too long for a QR code.
pub fn qr_svg_path(text: &str) -> Option<(i32, String)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let border = 4;
    let size = code.size();
    let mut path = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some((size + 2 * border, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_links_and_refuses_what_does_not_fit() {
        let (side, path) = qr_svg_path("https://example.org/#s1.abc").expect("short text fits");
        assert!(side >= 21 + 8 && path.starts_with('M'));
        assert!(qr_svg_path(&"x".repeat(5000)).is_none());
    }
}
