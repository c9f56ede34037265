//! QR codes drawn on the device (qrcodegen): the hand-off of a page's link to the person's own
//! phone. Pure; tests decode the drawing with an independent decoder (rqrr).

use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone around the code, in modules (ISO/IEC 18004: 4).
pub const QUIET: i32 = 4;

/// The dark modules as a grid (row-major), quiet zone included. `None` when the text is too long
/// for any QR version.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    // Low error correction keeps the code small (fewer, larger modules) for a screen-to-camera hand-off.
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size() + 2 * QUIET;
    let grid = (0..size).flat_map(|y| (0..size).map(move |x| (x, y))).map(|(x, y)| code.get_module(x - QUIET, y - QUIET)).collect();
    Some((size as usize, grid))
}

/// The same grid as an SVG path (`size` modules square, quiet zone included), one `h1v1h-1z`
/// square per dark module.
pub fn svg(text: &str) -> Option<(i32, String)> {
    let (size, grid) = modules(text)?;
    let mut path = String::new();
    for (i, _) in grid.iter().enumerate().filter(|(_, dark)| **dark) {
        path.push_str(&format!("M{},{}h1v1h-1z", i % size, i / size));
    }
    Some((size as i32, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes a grid with rqrr, drawn at 4 pixels per module.
    fn decode(size: usize, grid: &[bool]) -> String {
        let scale = 4;
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| if grid[(y / scale) * size + x / scale] { 0 } else { 255 });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn a_shared_link_decodes_back_exactly() {
        let link = "http://127.0.0.1:8080/#/viec-cua-toi/sinh-con?ngay=20%2F11%2F2026&thuong-tru=co&muc2=khong&as_of=2026-12-02";
        let (size, grid) = modules(link).unwrap();
        assert_eq!(decode(size, &grid), link);
        let (svg_size, path) = svg(link).unwrap();
        assert_eq!(svg_size as usize, size);
        assert_eq!(path.matches('M').count(), grid.iter().filter(|d| **d).count(), "one square per dark module");
    }

    #[test]
    fn vietnamese_text_and_an_overlong_text() {
        let text = "Tờ khai đăng ký khai sinh – Nguyễn Minh Khang";
        let (size, grid) = modules(text).unwrap();
        assert_eq!(decode(size, &grid), text);
        assert!(svg(&"x".repeat(5000)).is_none(), "too long for any QR version: no code, no panic");
    }
}
