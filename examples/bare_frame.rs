//! The yardstick for start to first frame (DESIGN.md §7): a bare ratatui program
//! that takes the terminal as klarhet does (raw mode, the alternate screen),
//! draws one frame and waits for a key. `examples/first_frame.rs` times it, and
//! klarhet, in a pseudo-terminal; see docs/performance.md.
//!
//! `cargo run --release --example bare_frame`

use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| {
        let text = Paragraph::new("bare ratatui: one frame, q quits").block(Block::bordered());
        frame.render_widget(text, frame.area());
    });
    // Blocks as klarhet does once its first frame is on screen.
    let waited = drawn.and_then(|_| crossterm::event::read());
    ratatui::restore();
    waited.map(|_| ())
}
