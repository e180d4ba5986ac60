//! The HTML reports as the people they are forwarded to see them: on a phone
//! 390 px wide and printed on A4. Headless Chromium, driven over WebDriver
//! (chromedriver) as in `browser.rs`, lays out the demo report, a report on a
//! model with long names and a challenge of seven statements, and the
//! comparison; the test measures what only a browser knows (rendered text sizes
//! and boxes), then prints the report with `scripts/pdf.sh` and reads the PDF
//! with poppler. It leaves `target/report-390.png`, `target/compare-390.png` and
//! `target/report-page-N.png` for a human to look at.
//!
//! Nothing here is timed: every wait is for an element or a process.

use crate::common;

use common::browser::{Driver, PHONE, installed};
use common::{date, export, halmstad};
use fantoccini::{Client, Locator};
use klarhet::model::Assessment;
use klarhet::report::{Format, compare};
use klarhet::text::Lang;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The smallest text a figure may have on the phone, in CSS pixels.
const SMALLEST: f64 = 11.0;

/// The Halmstad model with challenge names of 40 characters (åäö, a compound
/// longer than a line of the circle) and a first challenge of seven statements.
fn long_model() -> Assessment {
    let mut m = halmstad();
    for (k, c) in m.challenges.iter_mut().enumerate() {
        let long = format!("Ärendehanteringens återkommande övergång{k}");
        c.name.set("sv", long.clone());
        c.name.set("en", long);
    }
    let mut extra: Vec<_> = m.challenges[1].statements[..3].to_vec();
    for (k, s) in extra.iter_mut().enumerate() {
        s.id = format!("otydlighet.extra-{k}");
    }
    m.challenges[0].statements.extend(extra);
    m
}

/// The three pages, written into `dir`: report, long-named report, comparison.
fn pages(dir: &Path) -> [PathBuf; 3] {
    let m = halmstad();
    let s = klarhet::demo::session(&m, date(), Lang::SV);
    let long = long_model();
    let ls = klarhet::demo::session(&long, date(), Lang::SV);
    let old = klarhet::demo::session(&m, date(), Lang::SV);
    let new = klarhet::demo::year_later(&m, date(), Lang::SV);
    let c = compare::compare(&old, &m, &new, &m).expect("the same model");
    let files = [
        ("report.html", Format::Html.render(&s, &m, &export())),
        ("long.html", Format::Html.render(&ls, &long, &export())),
        ("compare.html", compare::html(&c, &old, &new, &m)),
    ];
    files.map(|(name, html)| {
        let path = dir.join(name);
        std::fs::write(&path, html).expect("the page is written");
        path
    })
}

/// What the page measures of itself: horizontal overflow, and every SVG
/// text's (or, for wrapped text, every line's) rendered size and box.
const MEASURE: &str = r#"
const out = { scroll: document.documentElement.scrollWidth, width: window.innerWidth,
              smallest: 1e9, texts: 0, problems: [] };
for (const svg of document.querySelectorAll('svg')) {
  const frame = svg.getBoundingClientRect();
  if (frame.right > out.width + 0.5) out.problems.push(`svg ${svg.id || svg.getAttribute('aria-labelledby')} is ${frame.width} wide`);
  const boxes = [];
  for (const t of svg.querySelectorAll('text')) {
    const lines = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
    const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    for (const line of lines) {
      const r = line.getBoundingClientRect();
      if (!line.textContent.trim()) continue;
      out.texts += 1;
      out.smallest = Math.min(out.smallest, size, r.height);
      const name = JSON.stringify(line.textContent);
      if (size < SMALLEST || r.height < SMALLEST) out.problems.push(`${name}: ${size.toFixed(1)} px, ${r.height.toFixed(1)} high`);
      if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
        out.problems.push(`${name} is cut off: ${JSON.stringify(r)} outside ${JSON.stringify(frame)}`);
      for (const [other, o] of boxes) {
        if (r.left < o.right - 0.5 && o.left < r.right - 0.5 && r.top < o.bottom - 0.5 && o.top < r.bottom - 0.5)
          out.problems.push(`${name} overlaps ${other}`);
      }
      boxes.push([name, r]);
    }
  }
}
for (const box of document.querySelectorAll('.wide')) {
  if (box.getBoundingClientRect().right > out.width + 0.5) out.problems.push('a table box is wider than the page');
}
return out;
"#;

#[derive(serde::Deserialize, Debug)]
struct Measured {
    scroll: f64,
    width: f64,
    smallest: f64,
    texts: u32,
    problems: Vec<String>,
}

/// Opens `page` on the phone, measures it, and returns what it measured and
/// a screenshot of each of `figures`, scrolled to the top of the screen.
async fn on_the_phone(
    client: Client,
    page: PathBuf,
    figures: &'static [&'static str],
) -> (Measured, Vec<Vec<u8>>) {
    client
        .goto(&format!("file://{}", page.display()))
        .await
        .expect("the report opens");
    let wait = client.wait().at_most(Duration::from_secs(10));
    let first = figures.first().copied().unwrap_or("svg");
    let found = wait.for_element(Locator::Css(first)).await;
    found.unwrap_or_else(|e| panic!("no {first} in {}: {e}", page.display()));
    let script = MEASURE.replace("SMALLEST", &SMALLEST.to_string());
    let value = client
        .execute(&script, vec![])
        .await
        .expect("the page measures itself");
    let measured: Measured = serde_json::from_value(value).expect("the measurements");
    let mut shots = Vec::new();
    for figure in figures {
        let svg = client.find(Locator::Css(figure)).await;
        let svg = svg.unwrap_or_else(|e| panic!("no {figure} in {}: {e}", page.display()));
        let svg = serde_json::to_value(&svg).expect("an element");
        client
            .execute("arguments[0].scrollIntoView()", vec![svg])
            .await
            .expect("the figure scrolls into view");
        shots.push(client.screenshot().await.expect("a screenshot"));
    }
    (measured, shots)
}

fn target(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir).expect("target/ is writable");
    dir.join(name)
}

#[test]
fn the_reports_read_on_a_phone_390_px_wide() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let [report, long, comparison] = pages(dir.path());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let client = runtime.block_on(driver.phone());
    let runs = [
        (
            report,
            &["#cirkeln svg", "#roller svg", "#pastaendena svg"][..],
            "report-390",
        ),
        (
            long,
            &["#cirkeln svg", "#roller svg", "#pastaendena svg"][..],
            "long-390",
        ),
        (comparison, &["figure svg"][..], "compare-390"),
    ];
    // The steps run as their own task, so that when one fails the browser
    // still closes before the panic goes on.
    let steps = runtime.spawn({
        let client = client.clone();
        let runs = runs.clone();
        async move {
            let mut out = Vec::new();
            for (page, figure, _) in runs {
                out.push(on_the_phone(client.clone(), page, figure).await);
            }
            out
        }
    });
    let outcome = runtime.block_on(async { (steps.await, client.close().await) });
    drop(driver);
    let results = outcome
        .0
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
    outcome.1.expect("the browser session closes");
    for ((page, _, png), (m, shots)) in runs.iter().zip(results) {
        // The first figure's is NAME.png, the others' NAME-2.png and on.
        for (k, shot) in shots.iter().enumerate() {
            let name = match k {
                0 => format!("{png}.png"),
                k => format!("{png}-{}.png", k + 1),
            };
            std::fs::write(target(&name), shot).expect("the screenshot is written");
        }
        eprintln!(
            "{png}: {} texts, the smallest {:.1} px",
            m.texts, m.smallest
        );
        assert!(
            m.texts > 15,
            "{}: few texts measured: {m:?}",
            page.display()
        );
        // A phone widens its layout viewport to a page that overflows (the
        // report before these checks had 809 px): both must stay the phone's.
        let phone = f64::from(PHONE.0);
        assert!(
            m.width == phone && m.scroll <= phone,
            "{}: the page is wider than the phone: {m:?}",
            page.display()
        );
        assert!(
            m.problems.is_empty(),
            "{}:\n{}",
            page.display(),
            m.problems.join("\n")
        );
        assert!(m.smallest >= SMALLEST, "{m:?}");
    }
}

mod print;
