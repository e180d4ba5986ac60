//! Start to first frame as a whole process: starts a program in an 80×24
//! pseudo-terminal and times how long until `MARKER` is on its screen (a vt100
//! screen fed with everything the program writes), then ends it. With an empty
//! marker it times the program until it exits (`/bin/true`, the floor).
//!
//! ```text
//! cargo run --release --example first_frame -- RUNS MARKER PROGRAM [ARGS…]
//! ```
//!
//! The program gets this process's environment (set `TERM`, `COLORTERM`,
//! `KLARHET_DATA_DIR`, `HOME` before). Prints one line: the median, the fastest
//! and the slowest of `RUNS` starts, in milliseconds. The pseudo-terminal is
//! opened before the clock starts, so its cost is not counted.
//! `scripts/first-frame.sh` runs it side by side for docs/performance.md.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(runs), Some(marker), Some(program)) = (
        args.first().and_then(|r| r.parse::<usize>().ok()),
        args.get(1),
        args.get(2),
    ) else {
        eprintln!("usage: first_frame RUNS MARKER PROGRAM [ARGS…]");
        std::process::exit(2);
    };
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| once(marker, program, &args[3..]))
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "median {:.2} ms  fastest {:.2} ms  slowest {:.2} ms  ({runs} runs)",
        ms(times[runs / 2]),
        ms(times[0]),
        ms(times[runs - 1])
    );
}

/// One start: the time until `marker` is on screen, or until the program exits.
fn once(marker: &str, program: &str, args: &[String]) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut reader = pair.master.try_clone_reader().expect("its reader");
    // Kept open so that a program that reads keys does not see the end of input.
    let _writer = pair.master.take_writer().expect("its writer");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    let (sent, chunks) = mpsc::channel::<Vec<u8>>();
    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("the program starts");
    drop(pair.slave);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || sent.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let rows = std::num::NonZero::new(24).expect("24");
    let cols = std::num::NonZero::new(80).expect("80");
    let mut screen = vt100::Parser::new(rows, cols, 0);
    if marker.is_empty() {
        // Output (if any) is drained on the thread; the exit is what is timed.
        let _ = child.wait();
        return started.elapsed();
    }
    let took = loop {
        match chunks.recv_timeout(Duration::from_secs(10)) {
            Ok(chunk) => {
                screen.process(&chunk);
                if screen.screen().contents().contains(marker) {
                    break started.elapsed();
                }
            }
            Err(_) => panic!(
                "{marker:?} never appeared; the screen:\n{}",
                screen.screen().contents()
            ),
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    took
}
