//! The keymap is data: one table handles the keys, draws the footer and draws the
//! `?` help, so the help can never drift from the real bindings.

use crate::model::session::Answer;
use crate::text::{Lang, pick};
use crate::tui::msg::Msg;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the keyboard is: each screen, and the modes within screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// Bindings that work everywhere except in text fields.
    Global,
    /// A form with text fields: letters are typed, not bound.
    Form,
    /// The start screen.
    Start,
    /// The participant list.
    Participants,
    /// The model ring.
    Model,
    /// A challenge before or after voting.
    Scoring,
    /// The blank screen between voters.
    Handover,
    /// One voter's private entry.
    Ballot,
    /// Counting a show of hands.
    Hands,
    /// The results of a challenge.
    Reveal,
    /// The circle with results.
    Circle,
    /// The recommendations.
    Recommendations,
    /// The action plan.
    Plan,
    /// The DiMiOS level.
    Level,
    /// The summary and export.
    Summary,
    /// Choosing and reading a comparison with an earlier session.
    Compare,
    /// A yes/no question.
    Confirm,
    /// The help overlay.
    HelpOverlay,
}

/// One binding: the keys, the message, and what it does in both languages.
#[derive(Debug)]
pub struct Binding {
    /// Where it applies.
    pub ctx: Ctx,
    /// The keys (without modifiers, except where `ctrl` is set).
    pub keys: &'static [KeyCode],
    /// True if the key needs Ctrl.
    pub ctrl: bool,
    /// How the keys are written in the footer and help.
    pub label: &'static str,
    /// The message sent.
    pub msg: Msg,
    /// What it does: Swedish, English.
    pub help: (&'static str, &'static str),
    /// Shown in the footer.
    pub footer: bool,
}

impl Binding {
    /// The help text in `lang`.
    pub fn describe(&self, lang: Lang) -> &'static str {
        pick(lang, self.help.0, self.help.1)
    }
}

use Ctx::*;
use KeyCode as K;

macro_rules! bind {
    ($ctx:expr, [$($k:expr),+], $label:expr, $msg:expr, $sv:expr, $en:expr, $footer:expr) => {
        Binding { ctx: $ctx, keys: &[$($k),+], ctrl: false, label: $label, msg: $msg, help: ($sv, $en), footer: $footer }
    };
}

/// Every binding. Order matters only for the footer and help listing.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // Start
    bind!(Start, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj", "choose", true),
    bind!(Start, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj", "choose", false),
    bind!(Start, [K::Enter], "Enter", Msg::Confirm, "öppna", "open", true),
    // Forms
    bind!(Form, [K::Tab, K::Down], "Tab", Msg::Next, "nästa fält", "next field", true),
    bind!(Form, [K::BackTab, K::Up], "⇧Tab", Msg::Prev, "föregående fält", "previous field", false),
    bind!(Form, [K::Enter], "Enter", Msg::Confirm, "nästa/spara", "next/save", true),
    bind!(Form, [K::Esc], "Esc", Msg::Back, "tillbaka", "back", true),
    bind!(Form, [K::Left], "←→", Msg::Left, "markör/val", "cursor/choice", true),
    bind!(Form, [K::Right], "←→", Msg::Right, "markör/val", "cursor/choice", false),
    bind!(Form, [K::Backspace], "⌫", Msg::Backspace, "radera bakåt", "delete back", false),
    bind!(Form, [K::Delete], "Del", Msg::Delete, "radera", "delete", false),
    bind!(Form, [K::Home], "Home", Msg::Home, "till början", "to start", false),
    bind!(Form, [K::End], "End", Msg::End, "till slutet", "to end", false),
    // Participants
    bind!(Participants, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj", "choose", false),
    bind!(Participants, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj", "choose", false),
    bind!(Participants, [K::Char('a')], "a", Msg::Add, "lägg till", "add", true),
    bind!(Participants, [K::Enter, K::Char('e')], "Enter", Msg::Edit, "ändra", "edit", true),
    bind!(Participants, [K::Char('r'), K::Char(' ')], "r", Msg::CycleRole, "byt roll", "change role", true),
    bind!(Participants, [K::Char('d'), K::Delete], "d", Msg::Remove, "ta bort", "remove", true),
    bind!(Participants, [K::Char('c')], "c", Msg::HeadCount, "anonymt antal", "anonymous head count", true),
    // Model
    bind!(Model, [K::Right, K::Char('l')], "←→", Msg::Right, "byt utmaning", "change challenge", true),
    bind!(Model, [K::Left, K::Char('h')], "←→", Msg::Left, "byt utmaning", "change challenge", false),
    bind!(Model, [K::Up, K::Char('k')], "↑↓", Msg::Up, "rulla texten", "scroll the text", true),
    bind!(Model, [K::Down, K::Char('j')], "↑↓", Msg::Down, "rulla texten", "scroll the text", false),
    // Circle
    bind!(Circle, [K::Right, K::Char('l')], "←→", Msg::Right, "byt utmaning", "change challenge", true),
    bind!(Circle, [K::Left, K::Char('h')], "←→", Msg::Left, "byt utmaning", "change challenge", false),
    bind!(Circle, [K::Up, K::Char('k')], "↑↓", Msg::Up, "rulla texten", "scroll the text", true),
    bind!(Circle, [K::Down, K::Char('j')], "↑↓", Msg::Down, "rulla texten", "scroll the text", false),
    // Scoring overview
    bind!(Scoring, [K::Right, K::Char('l')], "←→", Msg::Right, "byt utmaning", "change challenge", true),
    bind!(Scoring, [K::Left, K::Char('h')], "←→", Msg::Left, "byt utmaning", "change challenge", false),
    bind!(Scoring, [K::Char('b')], "b", Msg::StartBallot, "valomgång", "ballot round", true),
    bind!(Scoring, [K::Char('u')], "u", Msg::StartHands, "handuppräckning", "show of hands", true),
    bind!(Scoring, [K::Char('r')], "r", Msg::Reveal, "visa resultat", "reveal", true),
    bind!(Scoring, [K::Char('a')], "a", Msg::Agree, "överenskommen poäng", "agreed score", true),
    // Handover
    bind!(Handover, [K::Enter], "Enter", Msg::Confirm, "börja rösta", "start voting", true),
    bind!(Handover, [K::Esc], "Esc", Msg::Back, "avbryt omgången", "stop the round", true),
    bind!(Handover, [K::Char('q')], "q", Msg::Quit, "avsluta (frågar först)", "quit (asks first)", true),
    // Ballot
    bind!(Ballot, [K::Char('1')], "1–5", Msg::Answer(Answer::Value(1)), "svara 1–5", "answer 1–5", true),
    bind!(Ballot, [K::Char('2')], "1–5", Msg::Answer(Answer::Value(2)), "svara 1–5", "answer 1–5", false),
    bind!(Ballot, [K::Char('3')], "1–5", Msg::Answer(Answer::Value(3)), "svara 1–5", "answer 1–5", false),
    bind!(Ballot, [K::Char('4')], "1–5", Msg::Answer(Answer::Value(4)), "svara 1–5", "answer 1–5", false),
    bind!(Ballot, [K::Char('5')], "1–5", Msg::Answer(Answer::Value(5)), "svara 1–5", "answer 1–5", false),
    bind!(Ballot, [K::Char('v')], "v", Msg::Answer(Answer::Unknown), "vet ej", "don't know", true),
    bind!(Ballot, [K::Char('s')], "s", Msg::Skip, "hoppa över", "skip", true),
    bind!(Ballot, [K::Up, K::Left, K::Char('k')], "↑", Msg::Up, "föregående påstående", "previous statement", true),
    bind!(Ballot, [K::Char('q')], "q", Msg::Quit, "avsluta (frågar först)", "quit (asks first)", false),
    bind!(Ballot, [K::Down, K::Right, K::Char('j')], "↓", Msg::Down, "nästa påstående", "next statement", false),
    // Show of hands
    bind!(Hands, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj värde", "choose value", true),
    bind!(Hands, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj värde", "choose value", false),
    bind!(Hands, [K::Left], "←→", Msg::Left, "byt påstående", "change statement", true),
    bind!(Hands, [K::Right], "←→", Msg::Right, "byt påstående", "change statement", false),
    bind!(Hands, [K::Backspace], "⌫", Msg::Backspace, "radera siffra", "delete digit", false),
    bind!(Hands, [K::Enter], "Enter", Msg::Confirm, "spara och nästa", "save and next", true),
    bind!(Hands, [K::Esc], "Esc", Msg::Back, "tillbaka", "back", true),
    bind!(Hands, [K::Char('q')], "q", Msg::Quit, "avsluta (frågar först)", "quit (asks first)", false),
    // Reveal
    bind!(Reveal, [K::Right, K::Down, K::Char('l'), K::Char('j')], "←→", Msg::Right, "byt påstående", "change statement", true),
    bind!(Reveal, [K::Left, K::Up, K::Char('h'), K::Char('k')], "←→", Msg::Left, "byt påstående", "change statement", false),
    bind!(Reveal, [K::Char('a'), K::Enter], "a", Msg::Agree, "överenskommen poäng", "agreed score", true),
    bind!(Reveal, [K::Esc], "Esc", Msg::Back, "tillbaka", "back", true),
    // Recommendations
    bind!(Recommendations, [K::Tab, K::Right, K::Char('l')], "Tab", Msg::Next, "nästa princip", "next principle", true),
    bind!(Recommendations, [K::BackTab, K::Left, K::Char('h')], "⇧Tab", Msg::Prev, "föregående princip", "previous principle", false),
    bind!(Recommendations, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj", "choose", true),
    bind!(Recommendations, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj", "choose", false),
    bind!(Recommendations, [K::Char(' '), K::Enter], "Mellanslag", Msg::Toggle, "anta / ångra", "adopt / undo", true),
    // Plan
    bind!(Plan, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj", "choose", true),
    bind!(Plan, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj", "choose", false),
    bind!(Plan, [K::Enter, K::Char('e')], "Enter", Msg::Edit, "ändra åtgärden", "edit the action", true),
    // Level
    bind!(Level, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj nivå", "choose level", true),
    bind!(Level, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj nivå", "choose level", false),
    bind!(Level, [K::Enter, K::Char(' ')], "Enter", Msg::Confirm, "välj", "choose", true),
    // Summary
    bind!(Summary, [K::Char('e')], "e", Msg::Edit, "ändra sökväg", "edit path", true),
    bind!(Summary, [K::Enter, K::Char('x')], "Enter", Msg::Export, "exportera rapporten", "export the report", true),
    bind!(Summary, [K::Char('f')], "f", Msg::CycleFormat, "byt format", "change format", true),
    bind!(Summary, [K::Char('c')], "c", Msg::Compare, "jämför med tidigare", "compare with earlier", true),
    // Compare
    bind!(Compare, [K::Up, K::Char('k')], "↑↓", Msg::Up, "välj session", "choose session", true),
    bind!(Compare, [K::Down, K::Char('j')], "↑↓", Msg::Down, "välj session", "choose session", false),
    bind!(Compare, [K::Enter], "Enter", Msg::Confirm, "jämför", "compare", true),
    bind!(Compare, [K::Esc], "Esc", Msg::Back, "stäng", "close", true),
    // Confirm
    bind!(Confirm, [K::Char('j'), K::Char('y'), K::Enter], "j", Msg::Yes, "ja", "yes", true),
    bind!(Confirm, [K::Char('n'), K::Esc], "n", Msg::No, "nej", "no", true),
    // Help
    bind!(HelpOverlay, [K::Esc, K::Char('?'), K::Char('q'), K::Enter], "Esc", Msg::Help, "stäng hjälpen", "close help", true),
    // Everywhere but forms
    bind!(Global, [K::Char('n'), K::PageDown], "n", Msg::NextStep, "nästa steg", "next step", true),
    bind!(Global, [K::Esc, K::PageUp], "Esc", Msg::Back, "tillbaka", "back", true),
    bind!(Global, [K::Char('?')], "?", Msg::Help, "hjälp", "help", true),
    bind!(Global, [K::Char('q')], "q", Msg::Quit, "avsluta", "quit", true),
    Binding { ctx: Global, keys: &[K::F(1)], ctrl: false, label: "F1", msg: Msg::Help, help: ("hjälp (även i fält)", "help (also in fields)"), footer: false },
    Binding { ctx: Global, keys: &[K::Char('s')], ctrl: true, label: "Ctrl-S", msg: Msg::SaveAs, help: ("spara som (annan plats)", "save as (another place)"), footer: false },
    Binding { ctx: Global, keys: &[K::Char('c')], ctrl: true, label: "Ctrl-C", msg: Msg::ForceQuit, help: ("avsluta direkt (allt är sparat)", "quit at once (all is saved)"), footer: false },
];

/// Whether a context's global bindings apply. Forms and the ballot keep letters for
/// themselves; the help overlay and confirmations take every key.
fn globals_apply(ctx: Ctx) -> bool {
    !matches!(
        ctx,
        Form | Ballot | Handover | Hands | Confirm | HelpOverlay
    )
}

/// The message for a key in `ctx`, if any. In a form, unbound printable keys are typed;
/// in a show of hands, digits are.
pub fn lookup(ctx: Ctx, key: KeyEvent) -> Option<Msg> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let matches = |b: &&Binding| b.ctrl == ctrl && b.keys.contains(&key.code);
    let global_always = |b: &&Binding| b.ctx == Global && (b.ctrl || b.keys.contains(&K::F(1)));
    if let Some(b) = BINDINGS.iter().filter(|b| b.ctx == ctx).find(matches) {
        return Some(b.msg.clone());
    }
    if let Some(b) = BINDINGS.iter().filter(global_always).find(matches) {
        return Some(b.msg.clone());
    }
    if globals_apply(ctx)
        && let Some(b) = BINDINGS.iter().filter(|b| b.ctx == Global).find(matches)
    {
        return Some(b.msg.clone());
    }
    match (ctx, key.code) {
        (Form, K::Char(c)) if !ctrl => Some(Msg::Char(c)),
        (Hands, K::Char(c)) if c.is_ascii_digit() => Some(Msg::Char(c)),
        _ => None,
    }
}

/// The bindings to list for `ctx`: its own, then the global ones that apply.
pub fn for_context(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    let own = BINDINGS.iter().filter(move |b| b.ctx == ctx);
    let global = BINDINGS.iter().filter(move |b| {
        b.ctx == Global && (globals_apply(ctx) || b.ctrl || b.keys.contains(&K::F(1)))
    });
    own.chain(global)
}

/// The footer's hints for `ctx`: one entry per label, in table order.
pub fn footer(ctx: Ctx, lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut seen = Vec::new();
    for b in for_context(ctx).filter(|b| b.footer) {
        if !seen.iter().any(|(l, _)| *l == b.label) {
            seen.push((b.label, b.describe(lang)));
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn letters_are_typed_in_forms_and_bound_elsewhere() {
        assert_eq!(lookup(Form, key(K::Char('q'))), Some(Msg::Char('q')));
        assert_eq!(lookup(Form, key(K::Char('å'))), Some(Msg::Char('å')));
        assert_eq!(lookup(Start, key(K::Char('q'))), Some(Msg::Quit));
        assert_eq!(
            lookup(Ballot, key(K::Char('3'))),
            Some(Msg::Answer(Answer::Value(3)))
        );
        // In a voter's entry q only asks (update turns Quit into a question mid-round).
        assert_eq!(lookup(Ballot, key(K::Char('q'))), Some(Msg::Quit));
        assert_eq!(lookup(Ballot, key(K::Char('x'))), None);
        assert_eq!(lookup(Hands, key(K::Char('7'))), Some(Msg::Char('7')));
        assert_eq!(
            lookup(Form, KeyEvent::new(K::Char('c'), KeyModifiers::CONTROL)),
            Some(Msg::ForceQuit)
        );
        assert_eq!(lookup(Form, key(K::F(1))), Some(Msg::Help));
    }

    #[test]
    fn every_context_has_a_footer_and_no_key_is_bound_twice() {
        for ctx in [
            Start,
            Form,
            Participants,
            Model,
            Scoring,
            Handover,
            Ballot,
            Hands,
            Reveal,
            Recommendations,
            Plan,
            Level,
            Summary,
            Compare,
            Confirm,
            HelpOverlay,
        ] {
            assert!(!footer(ctx, Lang::SV).is_empty(), "{ctx:?}");
            let own: Vec<_> = BINDINGS.iter().filter(|b| b.ctx == ctx).collect();
            for (i, a) in own.iter().enumerate() {
                for b in &own[i + 1..] {
                    for k in a.keys {
                        assert!(
                            !(b.keys.contains(k) && a.ctrl == b.ctrl),
                            "{ctx:?}: {k:?} twice"
                        );
                    }
                }
            }
        }
    }
}
