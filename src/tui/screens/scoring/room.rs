//! The room on the scoring screen: while it is open, the overview gives way to
//! its panel (`room_panel`). The facilitator closes it, frees a seat for another
//! phone, and reveals a challenge as after any round: the reveal counts the
//! phones' open answers to it into the ballot box, and its phones are sent to
//! the screen.

use crate::model::command::Command;
use crate::model::picks::Poll;
use crate::model::round::Channel;
use crate::model::session::Session;
use crate::room::counts::Counts;
use crate::room::desk::{Desk, Request};
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::{Effect, Msg, ROOM_QUIET, RoomAddress, Timer};
use crate::tui::notice::Notice;
use crate::tui::screens::Reply;
use crate::tui::shared::Shared;
use jiff::Timestamp;

/// An open room, as the workbench keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenRoom {
    /// What it asks, and which challenges have been shown since it opened.
    pub desk: Desk,
    /// Where phones open it.
    pub url: String,
    /// The address as a QR code, lines of half blocks.
    pub qr: Vec<String>,
    /// It has been open a while with no phone: say what to try.
    pub quiet: bool,
    /// The claimed seat in focus, to free (index into the claimed seats).
    pub selected: usize,
    /// Its counts, kept as phones' calls come while it listens (none before):
    /// the panel is drawn after every batch, and counting every seat for each
    /// frame made a vote cost more the bigger the room (issue 26).
    pub counts: Option<Counts>,
}

impl OpenRoom {
    /// The code's width in columns (none before the room listens).
    pub fn code_width(&self) -> u16 {
        self.qr
            .first()
            .map_or(0, |l| u16::try_from(l.chars().count()).unwrap_or(u16::MAX))
    }

    /// Draws the code phones scan from the top left of `area`, dark on light
    /// whatever the theme (scanners read a code that way round), as many of
    /// its lines as fit; gives how many it drew.
    pub fn draw_code(&self, frame: &mut ratatui::Frame, area: ratatui::layout::Rect) -> u16 {
        use ratatui::style::{Color, Style};
        let ink = Style::new().fg(Color::Black).bg(Color::White);
        let lines: Vec<ratatui::text::Line> = (self.qr.iter())
            .map(|l| ratatui::text::Line::styled(l.clone(), ink))
            .collect();
        let height = area
            .height
            .min(u16::try_from(lines.len()).unwrap_or(u16::MAX));
        let at =
            ratatui::layout::Rect::new(area.x, area.y, self.code_width().min(area.width), height);
        frame.render_widget(ratatui::widgets::Paragraph::new(lines), at);
        height
    }

    /// A room about to listen, asking what `desk` asks: its address comes when
    /// the runtime has opened it.
    fn asking(desk: Desk) -> OpenRoom {
        OpenRoom {
            desk,
            url: String::new(),
            qr: Vec::new(),
            quiet: false,
            selected: 0,
            counts: None,
        }
    }
}

/// True when the open session can take answers from phones; otherwise a notice
/// says why not (it is only read, or has nobody to vote).
pub(super) fn can_open(shared: &mut Shared) -> bool {
    let Some(work) = &shared.work else {
        return false;
    };
    if work.read_only.is_some() {
        shared.notice = Some(Notice::RoomReadOnly);
        return false;
    }
    if work.session.voter_count() == 0 {
        shared.notice = Some(Notice::NeedVoters);
        return false;
    }
    true
}

/// The facilitator asks to open the room for the challenges `wanted` (the one
/// in focus when `None`): the runtime is asked to listen for those whose results
/// have not been shown, unless the session cannot take answers or every one of
/// them has been shown, which a notice says.
pub(super) fn open_for(shared: &mut Shared, wanted: Option<&[String]>) -> Reply {
    if !can_open(shared) {
        return Reply::none();
    }
    let Some(work) = &shared.work else {
        return Reply::none();
    };
    let focus: Vec<String> = work.current().map(|c| c.id.clone()).into_iter().collect();
    let scope = match work
        .session
        .room_scope(&work.model, Some(wanted.unwrap_or(&focus)))
    {
        Ok(scope) => scope,
        Err(problem) => {
            shared.notice = Some(Notice::Refused(problem));
            return Reply::none();
        }
    };
    shared.room = Some(OpenRoom::asking(Desk::new(scope)));
    Reply {
        effects: vec![Effect::OpenRoom],
        ..Reply::none()
    }
}

/// The facilitator opens the room for the set of open prompts `set` (or puts
/// it to the phones of the room already open): the phones write to it before
/// anything else. A room that asks no challenge is one for the set alone.
pub fn open_for_set(shared: &mut Shared, set: &str) -> Reply {
    open_putting(shared, |desk| desk.offer(set))
}

/// The facilitator opens the room for `poll` (or puts it to the phones of the
/// room already open): the phones vote in it before answering statements. A
/// room that asks no challenge is one for the poll alone.
pub fn open_for_poll(shared: &mut Shared, poll: Poll) -> Reply {
    open_putting(shared, |desk| desk.offer_poll(poll.clone()))
}

/// Puts something to the phones with `put`: to those of the room already
/// open, or to a room opened for it alone.
fn open_putting(shared: &mut Shared, put: impl Fn(&mut Desk)) -> Reply {
    if let Some(room) = &mut shared.room {
        put(&mut room.desk);
        return Reply::none();
    }
    if !can_open(shared) {
        return Reply::none();
    }
    let mut desk = Desk::new(Vec::new());
    put(&mut desk);
    shared.room = Some(OpenRoom::asking(desk));
    Reply {
        effects: vec![Effect::OpenRoom],
        ..Reply::none()
    }
}

/// A later round of the challenge in focus on `statements`, answered on the
/// phones in the room, opened at `at`: the entry for the room in the chooser
/// that votes again after a discussion. The round is opened by a command; the
/// room is opened for the challenge when it is closed, and asks about it too
/// when it is open (a seat that finished the round before answers again). A
/// round the domain would refuse (answers of the current round not yet
/// counted, no statement chosen) is refused here first, with a notice, so that
/// no room opens for it.
pub fn vote_again_in_room(shared: &mut Shared, statements: Vec<String>, at: Timestamp) -> Reply {
    if !can_open(shared) {
        return Reply::none();
    }
    let Some(work) = &shared.work else {
        return Reply::none();
    };
    let Some(c) = work.current() else {
        return Reply::none();
    };
    if let Err(problem) = work.session.may_open_round(c, &statements) {
        shared.notice = Some(Notice::Refused(problem));
        return Reply::none();
    }
    let command = Command::OpenRound {
        challenge: c.id.clone(),
        statements,
        channel: Channel::Room,
        at,
    };
    let id = c.id.clone();
    if let Some(room) = &mut shared.room {
        room.desk.ask(&work.model, &id);
        return Reply::command(command);
    }
    shared.room = Some(OpenRoom::asking(Desk::new(vec![id])));
    Reply {
        effects: vec![Effect::OpenRoom],
        commands: vec![command],
        ..Reply::none()
    }
}

/// The runtime answered [`Effect::OpenRoom`]: listening, or not.
pub fn opened(
    shared: &mut Shared,
    result: Result<RoomAddress, crate::tui::msg::Failure>,
) -> Vec<Effect> {
    match (result, &mut shared.room, &mut shared.work) {
        (Ok(address), Some(room), Some(work)) => {
            room.qr = crate::room::qr::lines(&address.url).unwrap_or_default();
            room.url = address.url;
            let open = Command::OpenRoom {
                token: address.token,
            };
            match work.session.apply(&work.model, open) {
                // The token is in the file before a phone can use it.
                Ok(_) => {
                    room.counts = Some(Counts::new(&work.session, &work.model, &room.desk));
                    vec![
                        Effect::Save,
                        Effect::after(Timer::RoomQuiet, ROOM_QUIET, Msg::RoomQuiet),
                    ]
                }
                Err(problem) => {
                    shared.room = None;
                    shared.notice = Some(Notice::Refused(problem));
                    vec![Effect::CloseRoom]
                }
            }
        }
        (Ok(_), _, _) => vec![Effect::CloseRoom],
        (Err(failure), _, _) => {
            shared.room = None;
            shared.notice = Some(Notice::Failed(failure));
            Vec::new()
        }
    }
}

/// Serves phones' requests that came together: every reply in order, after the
/// changes they made are kept (one journal write for all of them).
pub fn serve(shared: &mut Shared, requests: Vec<Request>) -> Vec<Effect> {
    let (Some(room), Some(work)) = (&mut shared.room, &mut shared.work) else {
        // Closed meanwhile: the runtime tells the phones nothing was saved.
        return vec![Effect::RoomReplies(Vec::new())];
    };
    let mut changes = Vec::new();
    let replies = requests
        .into_iter()
        .map(|request| {
            let (reply, mut made) =
                crate::room::desk::serve(&mut work.session, &work.model, &room.desk, request);
            changes.append(&mut made);
            reply
        })
        .collect();
    let mut effects = Vec::new();
    if !changes.is_empty() {
        work.refresh();
        if let Some(counts) = &mut room.counts {
            counts.changed(&work.session, &work.model, &changes);
        }
    }
    effects.extend(crate::tui::router::persist(
        &work.session,
        &work.model,
        &changes,
        false,
    ));
    effects.push(Effect::RoomReplies(replies));
    effects
}

/// Counts the open room again from the start: the facilitator changed the
/// session (a seat freed, a challenge revealed, a round opened, the room asked
/// about another challenge), which can change what every seat's share means.
/// Phones' calls are counted as they come instead ([`serve`]).
pub fn recount(shared: &mut Shared) {
    if let (Some(room), Some(work)) = (&mut shared.room, &shared.work)
        && room.counts.is_some()
    {
        room.counts = Some(Counts::new(&work.session, &work.model, &room.desk));
    }
}

/// The room has been open a while: with no phone yet, the screen says what to try.
pub fn quiet(shared: &mut Shared) {
    let nobody = claimed(shared).is_empty();
    if let Some(room) = &mut shared.room {
        room.quiet = nobody;
    }
}

/// Closes the room, if one is open.
pub fn close(shared: &mut Shared) -> Vec<Effect> {
    match shared.room.take() {
        Some(_) => vec![Effect::Cancel(Timer::RoomQuiet), Effect::CloseRoom],
        None => Vec::new(),
    }
}

/// Keys while the room is open on the overview.
pub(super) fn update(shared: &mut Shared, msg: Msg) -> Reply {
    let claimed = claimed(shared);
    let Some(room) = &mut shared.room else {
        return Reply::none();
    };
    match msg {
        Msg::CloseRoom => Reply {
            effects: close(shared),
            ..Reply::none()
        },
        Msg::Up => {
            room.selected = room.selected.saturating_sub(1);
            Reply::none()
        }
        Msg::Down => {
            room.selected = (room.selected + 1).min(claimed.len().saturating_sub(1));
            Reply::none()
        }
        Msg::FreeSeat => {
            let Some(&seat) = claimed.get(room.selected) else {
                return Reply::none();
            };
            room.selected = room.selected.min(claimed.len().saturating_sub(2));
            let name = shared
                .work
                .as_ref()
                .map(|w| seat_name(&w.session, seat, shared.lang))
                .unwrap_or_default();
            shared.notice = Some(Notice::SeatFreed(name));
            Reply::command(Command::FreeSeat { seat })
        }
        Msg::StartBallot | Msg::StartHands => {
            shared.notice = Some(Notice::RoomIsOpen);
            Reply::none()
        }
        _ => Reply::none(),
    }
}

/// The seats phones have claimed, in order.
pub(super) fn claimed(shared: &Shared) -> Vec<u32> {
    shared
        .work
        .as_ref()
        .and_then(|w| w.session.room().as_ref())
        .map(|r| r.seats().keys().copied().collect())
        .unwrap_or_default()
}

/// The keys of the open room.
pub(super) fn bindings(shared: &Shared) -> Vec<Binding> {
    let lang = shared.lang;
    let claimed = claimed(shared).len();
    vec![
        Binding::new(
            &[Key::ch('o')],
            Msg::CloseRoom,
            crate::tr!(lang, "tui-room-close"),
        )
        .short(crate::tr!(lang, "tui-short-room-close"))
        .footer(0),
        Binding::new(
            &[Key::ch('f')],
            Msg::FreeSeat,
            crate::tr!(lang, "tui-room-free-seat"),
        )
        .short(crate::tr!(lang, "tui-short-free-seat"))
        .footer(3)
        .when(claimed > 0),
        up_down(crate::tr!(lang, "tui-room-pick-seat"))
            .footer(4)
            .when(claimed > 1),
    ]
}

/// A seat as the facilitator sees it: the alias with the seat's number when the
/// session shows names, else the number alone.
pub(super) fn seat_name(session: &Session, seat: u32, lang: crate::text::Lang) -> String {
    match session.participant(seat) {
        Some(p) if session.privacy().show_names => crate::tr!(
            lang,
            "tui-room-seat-named",
            alias = p.alias.as_str(),
            seat = seat.to_string()
        ),
        _ => crate::tr!(lang, "room-seat", seat = seat.to_string()),
    }
}
