//! The room in a real browser at a phone's size: headless Chromium, driven over
//! WebDriver (chromedriver), takes a seat and answers every statement of a
//! challenge by tapping the page's buttons, as a participant does, to the
//! thanks page. It checks what only a browser shows: the page decodes as UTF-8
//! (åäö, not mojibake), the 303 after an answer lands on a page that says
//! "✓ Sparat", every button is a touch target a thumb can hit at 390 px, and
//! the votes reach the session file; and that the pages work under their
//! Content-Security-Policy: the browser applies their style (which the policy
//! allows by its hash) and refuses a script put into the page. It leaves
//! screenshots in `target/room-phone.png` (a statement after an answer),
//! `target/room-phone-done.png` (the thanks page) and
//! `target/room-phone-revisit.png` (a statement gone back to, its saved answer
//! highlighted) for a human to look at.

use crate::common;

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
    let challenge = model.challenges[0].clone();
    let next = challenge.statements[1]
        .text
        .in_language("sv")
        .unwrap()
        .to_owned();
    assert!(next.contains(['å', 'ä', 'ö']), "needs åäö: {next}");
    let statements: Vec<String> = challenge.statements.iter().map(|s| s.id.clone()).collect();

    let (runtime, client) = phone_browser(&driver);
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge.id]);
    let phone = on_the_phone(client.clone(), room.url.clone(), next, statements);
    let shots = last_steps(&runtime, client, phone, room, driver);
    for (name, shot) in [
        ("room-phone.png", &shots.0),
        ("room-phone-done.png", &shots.1),
        ("room-phone-revisit.png", &shots.2),
    ] {
        keep_screenshot(name, shot);
    }

    let catalog = klarhet::model::assessment::Catalog::embedded().expect("the catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    for s in &challenge.statements {
        assert_eq!(session.responses().tally(&s.id).n(), 1, "the vote is kept");
    }
}

/// A later round on the phone: the participant answers the first challenge, its
/// results are shown and a second round opens on two of its statements for the
/// phones; the room opens again, and the same browser (its cookies kept, as a
/// phone keeps them) is asked the two statements only, each page saying what
/// this phone answered in round 1, which the phone kept itself. Leaves
/// `target/room-phone-round2.png` for a human to look at.
#[test]
fn a_phone_in_round_two_shows_its_own_round_one_answer_in_a_real_browser() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the shipped model loads");
    let (id, path) = common::phone::saved_crowd(dir.path(), 4, |_| {});
    let challenge = model.challenges[0].clone();
    let ids: Vec<String> = challenge.statements.iter().map(|s| s.id.clone()).collect();
    let again = vec![ids[1].clone(), ids[3].clone()];
    let (runtime, client) = phone_browser(&driver);
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge.id]);
    let first = runtime.spawn(round_one(client.clone(), room.url.clone(), ids.clone()));
    let first = runtime.block_on(first);
    room.close();
    if let Err(e) = first {
        let _ = runtime.block_on(client.close());
        std::panic::resume_unwind(e.into_panic());
    }
    common::phone::reveal_and_vote_again(&path, &model, &again);
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge.id]);
    let second = round_two(client.clone(), room.url.clone(), again.clone());
    let shot = last_steps(&runtime, client, second, room, driver);
    keep_screenshot("room-phone-round2.png", &shot);
    let catalog = klarhet::model::assessment::Catalog::embedded().expect("the catalogue");
    let (session, _) = store::open(&path, &catalog).expect("the session reads");
    let rounds = session.rounds_of(&challenge);
    let closed = rounds[0].round.closed.as_ref().expect("round 1 closed");
    // One ballot: counted, never shown alone (too few to show).
    assert_eq!((rounds.len(), closed.counted()), (2, 1), "round 1 is kept");
    for s in &again {
        assert_eq!(
            session.responses().tally(s).n(),
            1,
            "round 2's answer is kept"
        );
    }
}

/// A runtime to drive the browser from, and the browser at a phone's size.
fn phone_browser(driver: &Driver) -> (tokio::runtime::Runtime, Client) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let client = runtime.block_on(driver.phone());
    (runtime, client)
}

/// Runs the phone's last `steps` as a task of their own, so that when a check
/// fails the browser and the room still close before the panic goes on; gives
/// what the steps gave.
fn last_steps<T: Send + 'static>(
    runtime: &tokio::runtime::Runtime,
    client: Client,
    steps: impl std::future::Future<Output = T> + Send + 'static,
    room: RoomProcess,
    driver: Driver,
) -> T {
    let steps = runtime.spawn(steps);
    let outcome = runtime.block_on(async { (steps.await, client.close().await) });
    room.close();
    drop(driver);
    let done = outcome
        .0
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
    outcome.1.expect("the browser session closes");
    done
}

/// Seat P1 answers 3 to every statement of round 1, to the thanks page.
async fn round_one(client: Client, url: String, statements: Vec<String>) {
    client.goto(&url).await.expect("the room's page loads");
    let p1 = "//button[@name='seat'][starts-with(normalize-space(), 'P1 ')]";
    tap(&client, Locator::XPath(p1)).await;
    for id in &statements {
        let form = format!("input[name=statement][value='{id}']");
        let wait = client.wait().at_most(Duration::from_secs(10));
        let asked = wait.for_element(Locator::Css(&form)).await;
        asked.unwrap_or_else(|e| panic!("{id} is not asked: {e}"));
        assert!(
            client.find(Locator::Css("p.earlier")).await.is_err(),
            "round 1 has no earlier answer"
        );
        tap(&client, Locator::Css("button[name=answer][value='3']")).await;
    }
    assert_eq!(text(&client, "h1").await, "Klart, tack!", "the thanks page");
}

/// In round 2, the phone is asked `statements` only, each with its own round-1
/// answer shown; gives a screenshot of the first.
async fn round_two(client: Client, url: String, statements: Vec<String>) -> Vec<u8> {
    client
        .goto(&url)
        .await
        .expect("the room's page loads again");
    let mut shot = Vec::new();
    for (i, id) in statements.iter().enumerate() {
        let form = format!("input[name=statement][value='{id}']");
        let wait = client.wait().at_most(Duration::from_secs(10));
        let asked = wait.for_element(Locator::Css(&form)).await;
        asked.unwrap_or_else(|e| panic!("{id} is not asked in round 2: {e}"));
        let meta = text(&client, "p.meta").await;
        assert!(
            meta.contains("runda 2") && meta.contains(&format!("påstående {} av 2", i + 1)),
            "{meta}"
        );
        let earlier = text(&client, "p.earlier").await;
        assert!(
            earlier.starts_with("Ditt svar i runda 1: 3 · ") && earlier.contains("telefon"),
            "{earlier}"
        );
        assert!(
            client.find(Locator::Css("button.chosen")).await.is_err(),
            "nothing is chosen yet in round 2"
        );
        under_its_policy(&client, "a statement's page in round 2").await;
        touch_targets(&client, 7).await;
        if i == 0 {
            shot = client.screenshot().await.expect("a screenshot");
        }
        tap(&client, Locator::Css("button[name=answer][value='4']")).await;
    }
    assert_eq!(
        text(&client, "h1").await,
        "Klart, tack!",
        "round 2's thanks page"
    );
    let links = client.find_all(Locator::Css("ol li a")).await;
    assert_eq!(links.expect("the list").len(), 2, "round 2's statements");
    shot
}

/// Writes `shot` to `target/NAME` and checks it is a PNG of the phone's size.
fn keep_screenshot(name: &str, shot: &[u8]) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(name);
    std::fs::create_dir_all(file.parent().expect("target/")).expect("target/ is writable");
    std::fs::write(&file, shot).expect("the screenshot is written");
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
}

/// Seat P1, the answer 3 to each of the challenge's `statements` (ids); gives a
/// screenshot of the page the phone lands on after the first answer, which says
/// it is saved and asks `next`, one of the thanks page at the end, and one of
/// the first statement gone back to, which shows the answer saved.
async fn on_the_phone(
    client: Client,
    url: String,
    next: String,
    statements: Vec<String>,
) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    client.goto(&url).await.expect("the room's page loads");
    under_its_policy(&client, "the seat page").await;
    touch_targets(&client, 4).await;
    let p1 = "//button[@name='seat'][starts-with(normalize-space(), 'P1 ')]";
    tap(&client, Locator::XPath(p1)).await;
    // The statement's page, once it has replaced the seats.
    let wait = client.wait().at_most(Duration::from_secs(10));
    let asked = wait
        .for_element(Locator::Css("input[name=statement]"))
        .await;
    asked.expect("a statement is asked");
    under_its_policy(&client, "a statement's page").await;
    let three = "button[name=answer][value='3']";
    tap(&client, Locator::Css(three)).await;

    assert_eq!(text(&client, "p.ok[role=status]").await, "✓ Sparat");
    let quote = text(&client, "blockquote").await;
    assert_eq!(quote.trim(), next.trim(), "the next statement, åäö intact");
    let page = text(&client, "body").await;
    assert!(!page.contains(['Ã', '�']), "mojibake: {page}");
    touch_targets(&client, 7).await;
    under_its_policy(&client, "the page after an answer").await;
    let answered = client.screenshot().await.expect("a screenshot");

    for id in &statements[1..] {
        // The statement's own page, not the last one still on its way out.
        let form = format!("input[name=statement][value='{id}']");
        let wait = client.wait().at_most(Duration::from_secs(10));
        let asked = wait.for_element(Locator::Css(&form)).await;
        asked.unwrap_or_else(|e| panic!("{id} is not asked: {e}"));
        tap(&client, Locator::Css(three)).await;
    }
    assert_eq!(text(&client, "h1").await, "Klart, tack!", "the thanks page");
    assert_eq!(text(&client, "p.ok[role=status]").await, "✓ Sparat");
    let links = client.find_all(Locator::Css("ol li a")).await;
    let links = links.expect("the list").len();
    assert_eq!(links, statements.len(), "each can be changed");
    under_its_policy(&client, "the thanks page").await;
    let done = client.screenshot().await.expect("a screenshot");
    // Back to the first statement: the answer this phone saved is highlighted.
    tap(&client, Locator::Css("ol li:first-child a")).await;
    let form = format!("input[name=statement][value='{}']", statements[0]);
    let wait = client.wait().at_most(Duration::from_secs(10));
    wait.for_element(Locator::Css(&form))
        .await
        .expect("the first statement again");
    let chosen = text(&client, "button.chosen[aria-pressed=true]").await;
    assert!(chosen.starts_with("✓ 3 · "), "the saved answer: {chosen}");
    let chosen = client
        .find_all(Locator::Css("button[aria-pressed]"))
        .await
        .expect("the buttons");
    assert_eq!(chosen.len(), 1, "one answer is highlighted");
    let revisit = client.screenshot().await.expect("a screenshot");
    (answered, done, revisit)
}

/// The page works under its Content-Security-Policy as a browser enforces it:
/// its style applies (the body is 40rem wide at most, buttons have a border of
/// 2 px), and a script put into the page does not run but is reported as a
/// violation of the policy. (WebDriver's own scripts are not the page's: the
/// browser lets them run whatever the policy says.)
async fn under_its_policy(client: &Client, what: &str) {
    let styled = client
        .execute(
            "const body = getComputedStyle(document.body);
             const button = document.querySelector('button');
             return [body.maxWidth,
                     button ? getComputedStyle(button).borderTopWidth : '2px'];",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("{what}: the page's style is read: {e}"));
    assert_eq!(
        styled,
        serde_json::json!(["640px", "2px"]),
        "{what}: unstyled"
    );
    let injected = client
        .execute_async(
            "const done = arguments[0];
             let refused = null;
             document.addEventListener('securitypolicyviolation',
               e => { refused = e.violatedDirective; });
             window.ran = false;
             const script = document.createElement('script');
             script.textContent = 'window.ran = true;';
             document.body.appendChild(script);
             setTimeout(() => done([window.ran, refused]), 200);",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("{what}: a script is tried: {e}"));
    assert_eq!(
        injected,
        serde_json::json!([false, "script-src-elem"]),
        "{what}: a script in the page ran, or was not refused by the policy"
    );
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
