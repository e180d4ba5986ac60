//! The report printed on A4 by `scripts/pdf.sh` (headless Chromium), read back
//! with poppler: a sane number of pages, none mostly white, a page number on
//! every page, and no date broken over two lines.

use super::{installed, pages, target};
use std::path::Path;
use std::process::Command;

/// A page whose content ends above this share of its text area is mostly white.
const MOSTLY_WHITE: f64 = 0.5;
/// A4's height and the report's bottom margin (style.css's @page), in mm: the
/// page number sits in that margin, so it does not count as content.
const A4: f64 = 297.0;
const BOTTOM: f64 = 18.0;

fn run(program: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", program.display()));
    assert!(
        out.status.success(),
        "{} {args:?}: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The PDF of `html`, printed as scripts/pdf.sh prints it.
fn print(html: &Path) -> std::path::PathBuf {
    installed("chromium", "chromium");
    let pdf = html.with_extension("pdf");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/pdf.sh");
    let (html_s, pdf_s) = (html.to_string_lossy(), pdf.to_string_lossy());
    run(
        Path::new("bash"),
        &[&script.to_string_lossy(), &html_s, &pdf_s],
    );
    pdf
}

fn page_count(pdf: &Path) -> usize {
    let info = run(
        &installed("pdfinfo", "poppler-utils"),
        &[&pdf.to_string_lossy()],
    );
    String::from_utf8_lossy(&info)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the number of pages")
}

fn text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    let args = ["-layout", "-f", &n, "-l", &n, &pdf.to_string_lossy(), "-"];
    let out = run(&installed("pdftotext", "poppler-utils"), &args);
    String::from_utf8(out).expect("pdftotext writes UTF-8")
}

/// How far down its text area page `page`'s content reaches (0–1), from the
/// page drawn in grey at 30 dpi: the lowest row with a dark pixel.
fn filled(pdf: &Path, page: usize) -> f64 {
    let n = page.to_string();
    // Without a file name to write to, pdftoppm writes the page to stdout.
    let args = [
        "-gray",
        "-r",
        "30",
        "-f",
        &n,
        "-l",
        &n,
        &pdf.to_string_lossy(),
    ];
    let pgm = run(&installed("pdftoppm", "poppler-utils"), &args);
    // A binary PGM: "P5", width, height, max value, then one byte a pixel.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    let pixels = &pgm[at + 1..];
    let (w, h): (usize, usize) = (
        fields[1].parse().expect("a width"),
        fields[2].parse().expect("a height"),
    );
    let area = (h as f64 * (A4 - BOTTOM) / A4) as usize;
    let lowest = (0..area)
        .rev()
        .find(|row| pixels[row * w..(row + 1) * w].iter().any(|p| *p < 160))
        .unwrap_or(0);
    lowest as f64 / area as f64
}

#[test]
fn the_report_prints_on_a4_without_white_pages() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let [report, _, comparison] = pages(dir.path());
    // The demo's report has the whole workshop (its second round, what the
    // group discussed, the agenda): 21 pages, none of them mostly white.
    for (html, most) in [(report, 21), (comparison, 3)] {
        let pdf = print(&html);
        let pages = page_count(&pdf);
        eprintln!("{}: {pages} pages", html.display());
        // Before the forced page break per section went, the demo took 21 pages,
        // three of them mostly white.
        assert!((1..=most).contains(&pages), "{pages} pages");
        for page in 1..=pages {
            let text = text(&pdf, page);
            // pdftotext spaces "1 / 2" as it likes: compared without spaces.
            let number = format!("{page}/{pages}");
            let packed: String = text.split_whitespace().collect();
            assert!(
                packed.contains(&number),
                "page {page} has no {number:?}:\n{text}"
            );
            // A date cut at a hyphen leaves a line ending in "2026-" or "2026-11-".
            for line in text.lines() {
                let line = line.trim_end();
                let cut = line.len() >= 5
                    && line.ends_with('-')
                    && line[line.len() - 5..line.len() - 1]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'-');
                assert!(!cut, "a date wraps on page {page}: {line:?}");
            }
            let share = filled(&pdf, page);
            eprintln!("  page {page}: content to {:.0} %", share * 100.0);
            if page < pages {
                assert!(
                    share >= MOSTLY_WHITE,
                    "page {page} is mostly white ({share:.2})"
                );
            }
        }
        let stem = html
            .file_stem()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        let prefix = target(&format!("{stem}-page"));
        let prefix = prefix.to_string_lossy();
        let args = [
            "-png",
            "-r",
            "50",
            "-f",
            "1",
            "-l",
            "2",
            &pdf.to_string_lossy(),
            &prefix,
        ];
        run(&installed("pdftoppm", "poppler-utils"), &args);
    }
}
