//! `update(state, msg) -> effects`: the only place the state changes. It handles
//! what every screen shares (overlays, help, quitting, moving between steps, the
//! results of effects) once, and hands everything else to the current screen.
//! No I/O here: saving, exporting and opening are effects the runtime carries out.

mod clock;
mod commands;
mod draft;
mod keys;
mod steps;

pub use commands::persist;
pub use keys::{bindings, help_bindings};

use crate::model::session::DraftForm;
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::{DRAFT_DELAY, Effect, Msg, OpenFailed, Opened, SavedTo};
use crate::tui::notice::{Notice, Question};
use crate::tui::screens::scoring::room;
use crate::tui::screens::{Reply, Screen, edit_field};
use crate::tui::state::{Overlay, State, Step, Work};
use commands::carry_out;
use draft::{drop_closed_draft, keep_draft};
use steps::{go, model, remember};

pub use draft::drafting;

/// Applies `msg` to `state` and returns the effects to carry out.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let place = clock::place(state);
    let mut effects = apply(state, msg);
    effects.extend(clock::after(state, place));
    // A read-only session is never saved to its file; its changes stay in memory
    // (and quitting asks) until the user saves it somewhere else.
    if state
        .shared
        .work
        .as_ref()
        .is_some_and(|w| w.read_only.is_some())
    {
        effects.retain(|e| !matches!(e, Effect::Save | Effect::Record(_)));
    }
    effects
}

fn apply(state: &mut State, msg: Msg) -> Vec<Effect> {
    let shared = &mut state.shared;
    match msg {
        Msg::Resize(w, h) => shared.size = (w, h),
        // Quitting while saves fail, or with changes to a read-only session, would
        // lose votes: that is asked, even for Ctrl-C.
        Msg::ForceQuit | Msg::Quit if shared.unsaved() => {
            state.overlay = Some(Overlay::Ask(Question::QuitUnsaved));
        }
        Msg::ForceQuit => return vec![Effect::Quit],
        Msg::Listed(saved) => shared.saved = saved,
        Msg::Saved(Ok(SavedTo { path, taken })) => {
            shared.save_error = None;
            if let Some(work) = &mut shared.work {
                work.path = Some(path);
                // A file taken now is one of its own: a read-only session saved
                // somewhere else is written there from now on.
                if taken {
                    work.read_only = None;
                    work.unsaved = false;
                }
            }
        }
        // Stays until a save succeeds: the room must know its votes are only in memory.
        Msg::Saved(Err(failure)) => shared.save_error = Some(failure),
        Msg::Exported(Ok((format, path))) => {
            if let Some(work) = &mut shared.work {
                work.exports.push((format, path.clone()));
            }
            shared.notice = Some(Notice::Exported(format, path));
        }
        Msg::Exported(Err(failure)) => shared.notice = Some(Notice::ExportFailed(failure)),
        Msg::ExportExists(format, path) => {
            state.overlay = Some(Overlay::Ask(Question::Overwrite(format, path)));
        }
        Msg::Opened(Ok(opened)) => {
            // Another session: its room, if any, is not this one.
            let effects = room::close(shared);
            open(state, opened);
            return effects;
        }
        Msg::RoomOpened(result) => return room::opened(shared, result),
        Msg::RoomCalls(requests) => return room::serve(shared, requests),
        Msg::RoomQuiet => room::quiet(shared),
        // Not a key: only the header is drawn again.
        Msg::ClockTick => {}
        Msg::Opened(Err(OpenFailed { error, backup })) => {
            shared.notice = Some(Notice::Failed(error));
            // A file that cannot be read is left alone; its backup is offered.
            if let Some(backup) = backup {
                state.overlay = Some(Overlay::Ask(Question::OpenBackup(backup)));
            }
        }
        // Not a key: the notice on screen stays.
        Msg::DraftDue => return keep_draft(state),
        msg @ Msg::EarlierRead(_) => return to_screen(state, msg),
        msg => return input(state, msg),
    }
    Vec::new()
}

/// A message from the user's keys or mouse.
fn input(state: &mut State, msg: Msg) -> Vec<Effect> {
    if !state.shared.fits() {
        // Nothing the room cannot see may change; everything is saved, so quitting
        // needs no question.
        return match msg {
            Msg::Quit => vec![Effect::Quit],
            _ => Vec::new(),
        };
    }
    if let Some(overlay) = state.overlay.take() {
        return overlay_update(state, overlay, msg);
    }
    state.shared.notice = None;
    match msg {
        Msg::Help => state.overlay = Some(Overlay::Help(None)),
        Msg::SaveAs if state.shared.work.is_some() => {
            let path = save_as_default(state);
            state.overlay = Some(Overlay::SaveAs(TextField::new(Kind::Path, &path)));
        }
        Msg::Quit if state.screen.page().in_round() => {
            state.overlay = Some(Overlay::Ask(Question::QuitDuringRound));
        }
        Msg::Quit => return vec![Effect::Quit],
        Msg::NextStep => return go(state, state.step().next_in(model(state))),
        Msg::PrevStep => return go(state, state.step().prev_in(model(state))),
        Msg::BackToRoom if state.shared.room.is_some() => {
            return go(state, Some(Step::Scoring));
        }
        msg @ (Msg::ClockToggle | Msg::ClockExtend | Msg::ClockNext | Msg::OpenAgenda) => {
            return clock::update(state, msg);
        }
        msg => return to_screen(state, msg),
    }
    Vec::new()
}

/// Hands `msg` to the current screen and finishes what it started.
fn to_screen(state: &mut State, msg: Msg) -> Vec<Effect> {
    let before = Before::of(state);
    let reply = state.screen.page_mut().update(&mut state.shared, msg);
    finish(state, before, reply)
}

/// What the router compares after a screen's update: the screen itself, kept to
/// put back if its commands are refused; the open form's text, to keep as a
/// draft once the typing pauses if it changed; the challenge in focus, to
/// remember in the session if it moved.
struct Before {
    screen: Screen,
    form: Option<DraftForm>,
    challenge: Option<usize>,
}

impl Before {
    fn of(state: &State) -> Before {
        Before {
            screen: state.screen.clone(),
            form: state.screen.page().draft(&state.shared).map(|d| d.form),
            challenge: state.shared.work.as_ref().map(|w| w.challenge),
        }
    }
}

fn save_as_default(state: &State) -> String {
    let name = state
        .shared
        .work
        .as_ref()
        .and_then(|w| w.path.as_ref())
        .and_then(|p| p.file_name())
        .map_or_else(
            || "session.ron".into(),
            |n| n.to_string_lossy().into_owned(),
        );
    state.shared.export_dir.join(name).display().to_string()
}

fn overlay_update(state: &mut State, overlay: Overlay, msg: Msg) -> Vec<Effect> {
    match (overlay, msg) {
        (Overlay::Help(under), Msg::Help) => state.overlay = under.map(|o| *o),
        (Overlay::Ask(q), Msg::Yes) => match q {
            Question::QuitDuringRound => return vec![Effect::Quit],
            Question::QuitUnsaved => return vec![Effect::QuitUnsaved],
            Question::OpenBackup(path) => return vec![Effect::OpenBackup(path)],
            Question::Overwrite(format, path) => {
                return vec![Effect::Export {
                    format,
                    path,
                    overwrite: true,
                }];
            }
            // Questions a screen asked are answered to that screen.
            Question::CloseRoomForStart => {
                let mut effects = room::close(&mut state.shared);
                effects.extend(go(state, Some(Step::Start)));
                return effects;
            }
            Question::RemoveParticipant
            | Question::HandsOverRoom { .. }
            | Question::DropWriting => {
                return to_screen(state, Msg::Yes);
            }
        },
        (Overlay::Ask(_), Msg::No) => {}
        (Overlay::SaveAs(_), Msg::Back) => {}
        (Overlay::SaveAs(field), Msg::Confirm) => {
            return vec![Effect::SaveAs(field.trimmed().into())];
        }
        (overlay @ (Overlay::SaveAs(_) | Overlay::Ask(_) | Overlay::Agenda(_)), Msg::Help) => {
            state.overlay = Some(Overlay::Help(Some(Box::new(overlay))));
        }
        (Overlay::SaveAs(mut field), msg) => {
            edit_field(&mut field, &mut state.shared, &msg);
            state.overlay = Some(Overlay::SaveAs(field));
        }
        (Overlay::Agenda(mut view), msg) => {
            let (commands, open) = view.update(&state.shared, msg);
            if open {
                state.overlay = Some(Overlay::Agenda(view));
            }
            return clock::run(state, commands);
        }
        (overlay, _) => state.overlay = Some(overlay),
    }
    Vec::new()
}

/// Takes in an opened session and shows it where it was left.
fn open(state: &mut State, opened: Opened) {
    let Opened {
        session,
        model,
        path,
        read_only,
        replayed,
    } = opened;
    let shared = &mut state.shared;
    if !shared.lang_fixed {
        shared.lang = session.language();
    }
    // A step the model no longer has (its file changed) resumes at the next
    // one it has.
    let step = model.step_from(
        Step::from_key_in(&session.resume().step, &model)
            .filter(|s| *s > Step::Setup)
            .unwrap_or(Step::Participants),
    );
    let mut work = Work::new(*session, *model, Some(path));
    work.read_only = read_only;
    let draft = work.session.draft().clone();
    shared.work = Some(work);
    shared.save_error = None;
    state.overlay = None;
    // Text typed but not saved when klarhet last stopped goes back into its form.
    let restored = draft.and_then(|d| Screen::restored(&d, &mut state.shared));
    state.screen = match restored {
        Some(screen) => {
            state.shared.notice = Some(Notice::DraftRestored);
            screen
        }
        None => Screen::enter(step, &state.shared),
    };
    // Said after the draft: votes put back matter more than a form's text.
    if replayed > 0 {
        state.shared.notice = Some(Notice::JournalReplayed(replayed));
    }
}

/// Finishes what a screen started: carry out its commands, recompute, remember,
/// move on, ask, and keep the changes.
fn finish(state: &mut State, before: Before, reply: Reply) -> Vec<Effect> {
    let Reply {
        mut effects,
        commands,
        mut go,
        mut ask,
    } = reply;
    let mut changes = Vec::new();
    if let Some(work) = &mut state.shared.work
        && let Err(problem) = carry_out(work, commands, &mut changes)
    {
        // A refused command refuses the message: the screen is as it was, and
        // says why. What commands before it changed is kept.
        state.screen = before.screen;
        state.shared.notice = Some(Notice::Refused(problem));
        effects.clear();
        (go, ask) = (None, None);
    }
    if !changes.is_empty()
        && let Some(work) = &mut state.shared.work
    {
        work.refresh();
        if work.read_only.is_some() {
            work.unsaved = true;
        }
        crate::tui::screens::scoring::room::recount(&mut state.shared);
    }
    if let Some(q) = ask {
        state.overlay = Some(Overlay::Ask(q));
    }
    let moved = state.shared.work.as_ref().map(|w| w.challenge) != before.challenge;
    let mut whole = false;
    if let Some(step) = go {
        effects.extend(self::go(state, Some(step)));
    } else if (moved || !changes.is_empty())
        && let Some(place) = remember(state)
    {
        // Votes alone are appended to the journal instead of saving the whole
        // session, unless the place in the workshop moved as well.
        whole = moved;
        changes.extend(place);
    }
    let dropped = drop_closed_draft(state);
    let only_draft = changes.is_empty() && !whole && !dropped.is_empty();
    changes.extend(dropped);
    if let Some(work) = &state.shared.work
        && let Some(keep) = persist(&work.session, &work.model, &changes, whole)
        && !effects.contains(&Effect::Save)
    {
        // A draft closed alone is saved first, so that a list of sessions made
        // after it sees it.
        if only_draft {
            effects.insert(0, keep);
        } else {
            effects.push(keep);
        }
    }
    // A session to keep it in, and a form still open whose text changed.
    let form = state.screen.page().draft(&state.shared).map(|d| d.form);
    let typed = before.form.is_some() && form.is_some() && form != before.form;
    if typed && state.shared.work.is_some() {
        effects.push(Effect::after(
            crate::tui::msg::Timer::Draft,
            DRAFT_DELAY,
            Msg::DraftDue,
        ));
    }
    effects.dedup();
    effects
}
