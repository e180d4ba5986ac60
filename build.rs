//! Work that does not depend on a run, done once when klarhet is built instead
//! of on every start (issue 26): the linear light of each sRGB channel value,
//! which WCAG's contrast takes with a `powf` per channel (matching a theme to a
//! terminal of 256 colours weighs every colour of the palette against each
//! slot's ground, so the start paid several thousand of them); and how wide the
//! footer's words are in the widest language (`build/widths.rs`), which
//! needed every language's catalogue parsed before the first frame.

use std::fmt::Write as _;

/// A channel 0–255 as linear light 0–1, as WCAG 2 defines it (the same formula
/// as `src/tui/colours.rs`, whose test checks every value of the table).
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

#[path = "build/widths.rs"]
mod widths;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build/widths.rs");
    println!("cargo::rerun-if-changed=i18n");
    widths::write();
    let mut table = String::from(
        "/// Each sRGB channel value 0–255 as linear light, as WCAG 2 defines it\n\
         /// (made by `build.rs`).\n\
         const SRGB_LINEAR: [f64; 256] = [\n",
    );
    for c in 0..=255u8 {
        // `{:?}` writes the shortest text that reads back as the same f64.
        let _ = writeln!(table, "    {:?},", linear(c));
    }
    table.push_str("];\n");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for a build script");
    let path = std::path::Path::new(&out).join("srgb_linear.rs");
    std::fs::write(&path, table).expect("the build's own folder is writable");
}
