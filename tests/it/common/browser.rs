//! Headless Chromium driven over WebDriver, for the tests that need what only a
//! browser knows: chromedriver on a free port, and a browser at a phone's size.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A phone's viewport, in CSS pixels.
pub const PHONE: (u32, u32) = (390, 844);

/// `program`'s path on the PATH; a clear failure naming the Debian `package`,
/// never a skip, without it.
pub fn installed(program: &str, package: &str) -> PathBuf {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
        .unwrap_or_else(|| {
            panic!(
                "{program} is not installed: apt-get install {package} (bash scripts/test.sh does)"
            )
        })
}

/// chromedriver on a free port of 127.0.0.1, stopped when dropped, also when
/// the test panics.
pub struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    /// The installed chromedriver, started and answering.
    pub fn start() -> Driver {
        let program = installed("chromedriver", "chromium-driver");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port on 127.0.0.1")
            .port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("chromedriver does not start ({e}): apt-get install chromium-driver")
            });
        let url = format!("http://127.0.0.1:{port}");
        let mut driver = Driver { child, url };
        let deadline = Instant::now() + Duration::from_secs(20);
        while ureq::get(format!("{}/status", driver.url)).call().is_err() {
            if let Ok(Some(exit)) = driver.child.try_wait() {
                panic!("chromedriver stopped before it answered: {exit}");
            }
            assert!(Instant::now() < deadline, "no answer on {}", driver.url);
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    /// A headless Chromium at a phone's size. Headless Chromium keeps a window
    /// at least 500 px wide and takes 143 px of its height for a browser's bars,
    /// so --window-size alone gives a 500×701 viewport; mobile emulation gives
    /// the phone's: 390×844, touch, and the page's <meta name=viewport> honoured
    /// (without it, a page is laid out 980 px wide).
    pub async fn phone(&self) -> Client {
        let chromium = installed("chromium", "chromium");
        let (width, height) = PHONE;
        let options = serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--window-size=390,844"],
            "binary": chromium,
            "mobileEmulation": {
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1 }
            },
        });
        ClientBuilder::new(HttpConnector::new())
            .capabilities(serde_json::Map::from_iter([(
                "goog:chromeOptions".into(),
                options,
            )]))
            .connect(&self.url)
            .await
            .expect("chromedriver opens a headless chromium")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Asked politely first, chromedriver also quits any browser still open.
        let _ = ureq::get(format!("{}/shutdown", self.url)).call();
        let deadline = Instant::now() + Duration::from_secs(3);
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
