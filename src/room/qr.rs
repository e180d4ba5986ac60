//! The room's address as a QR code in text: two rows of modules per line of half
//! blocks, so that a code of 29 modules takes 17 lines and fits an 80×24 terminal
//! beside its address. Drawn dark on light whatever the theme, as scanners expect,
//! with a quiet zone of two modules (on a screen, the frame around it helps too).

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code.
const QUIET: usize = 2;

/// The code for `text` as lines of half blocks, where a drawn half is a dark
/// module: print them dark on light. Level L: a projected code is clean, and the
/// lowest level keeps the modules largest. `None` if `text` is too long for any
/// QR code.
pub fn lines(text: &str) -> Option<Vec<String>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let dark = |x: usize, y: usize| -> bool {
        if x < QUIET || y < QUIET || x >= width + QUIET || y >= width + QUIET {
            return false;
        }
        colors[(y - QUIET) * width + (x - QUIET)] == Color::Dark
    };
    let lines = (0..size.div_ceil(2))
        .map(|row| {
            (0..size)
                .map(|x| match (dark(x, 2 * row), dark(x, 2 * row + 1)) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect();
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn a_room_address_fits_beside_itself_at_80_by_24() {
        let url = "http://192.168.100.123:7373/ABCDEFGHIJKLMNOPQRSTUVWXYZ/";
        let code = lines(url).unwrap();
        let width = code[0].chars().count();
        assert!(code.len() <= 19, "{} lines", code.len());
        assert!(width <= 37, "{width} columns");
        assert!(code.iter().all(|l| l.chars().count() == width));
        assert!(code[0].trim().is_empty(), "a quiet zone above");
        // The finder pattern's top: a dark row of seven over dark, light ×5, dark.
        assert!(code[1].starts_with("  █▀▀▀▀▀█"), "{:?}", code[1]);
    }
}
