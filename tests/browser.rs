//! The room in a real browser at a phone's size: headless Chromium, driven over
//! WebDriver (chromedriver), takes a seat and answers a statement by tapping the
//! page's buttons, as a participant does. It checks what only a browser shows:
//! the page decodes as UTF-8 (åäö, not mojibake), the 303 after an answer lands
//! on a page that says "✓ Sparat", every button is a touch target a thumb can
//! hit at 390 px, and the vote reaches the session file. It leaves a screenshot
//! in `target/room-phone.png` for a human to look at.

mod common;

use common::browser::{Driver, PHONE};
use common::phone::RoomProcess;
use fantoccini::{Client, Locator};
use klarhet::model::Assessment;
use klarhet::store::{self, Store};
use std::path::Path;
use std::time::Duration;

#[test]
fn a_phone_takes_a_seat_and_answers_in_a_real_browser() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the shipped model loads");
    let path = Store::new(dir.path())
        .create(&klarhet::demo::crowd(&model, 4, false))
        .expect("the session is saved");
    let id = path
        .file_stem()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    let next = model.challenges[0].statements[1].text.sv.clone();
    assert!(next.contains(['å', 'ä', 'ö']), "needs åäö: {next}");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let client = runtime.block_on(driver.phone());
    let room = RoomProcess::start(dir.path(), &id, &[]);
    // The steps run as their own task, so that when a check fails the browser
    // and the room still close before the panic goes on.
    let steps = runtime.spawn(on_the_phone(client.clone(), room.url.clone(), next));
    let outcome = runtime.block_on(async { (steps.await, client.close().await) });
    room.close();
    drop(driver);
    let shot = outcome
        .0
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
    outcome.1.expect("the browser session closes");

    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/room-phone.png");
    std::fs::create_dir_all(file.parent().expect("target/")).expect("target/ is writable");
    std::fs::write(&file, &shot).expect("the screenshot is written");
    assert_eq!(&shot[1..4], b"PNG", "the screenshot is a PNG");
    let size = |at: usize| u32::from_be_bytes(shot[at..at + 4].try_into().expect("4 bytes"));
    // At the pixel ratio of 1 asked for, the PNG's pixels are CSS pixels (a real
    // phone of this size draws at 3: the same layout, three times the pixels).
    assert_eq!(
        (size(16), size(20)),
        PHONE,
        "viewport of {}",
        file.display()
    );

    let catalog = klarhet::model::assessment::Catalog::load(None).expect("the catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    let first = &model.challenges[0].statements[0].id;
    assert_eq!(session.responses.tally(first).n(), 1, "the vote is kept");
}

/// Seat P1, the answer 3 to the first statement; gives a screenshot of the page
/// the phone lands on, which says it is saved and asks `next`.
async fn on_the_phone(client: Client, url: String, next: String) -> Vec<u8> {
    client.goto(&url).await.expect("the room's page loads");
    touch_targets(&client, 4).await;
    let p1 = "//button[@name='seat'][starts-with(normalize-space(), 'P1 ')]";
    tap(&client, Locator::XPath(p1)).await;
    let three = "button[name=answer][value='3']";
    tap(&client, Locator::Css(three)).await;

    assert_eq!(text(&client, "p.ok[role=status]").await, "✓ Sparat");
    let quote = text(&client, "blockquote").await;
    assert_eq!(quote.trim(), next.trim(), "the next statement, åäö intact");
    let page = text(&client, "body").await;
    assert!(!page.contains(['Ã', '�']), "mojibake: {page}");
    touch_targets(&client, 7).await;
    client.screenshot().await.expect("a screenshot")
}

/// Waits for the element `at` and clicks it; the click waits for the next page.
async fn tap(client: &Client, at: Locator<'_>) {
    let wait = client.wait().at_most(Duration::from_secs(10));
    let element = wait.for_element(at).await;
    let element = element.unwrap_or_else(|e| panic!("no {at:?} on the page: {e}"));
    element.click().await.expect("the tap goes through");
}

/// The text of the element `css`, once it is there.
async fn text(client: &Client, css: &str) -> String {
    let wait = client.wait().at_most(Duration::from_secs(10));
    let element = wait.for_element(Locator::Css(css)).await;
    let element = element.unwrap_or_else(|e| panic!("no {css} on the page: {e}"));
    element.text().await.expect("an element's text")
}

/// The page has `count` buttons, each a touch target: 300 px wide, 44 high.
async fn touch_targets(client: &Client, count: usize) {
    let buttons = client.find_all(Locator::Css("button")).await;
    let buttons = buttons.expect("the page's buttons");
    assert_eq!(buttons.len(), count, "buttons on the page");
    for button in buttons {
        let (_, _, width, height) = button.rectangle().await.expect("a button's size");
        let label = button.text().await.expect("a button's text");
        assert!(
            width >= 300.0 && height >= 44.0,
            "{label:?}: {width}×{height}"
        );
    }
}
