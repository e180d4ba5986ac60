//! The panel beside the participants: who votes in this room.

use ratatui::text::Line;

/// Who votes in this room, as it is: the named participants, each on a seat of
/// their own, and whether the room shows their names; or the anonymous head
/// count, or that there is none yet.
pub(super) fn who_votes(
    s: &crate::model::Session,
    lang: crate::text::Lang,
    t: &crate::tui::theme::Theme,
) -> Vec<Line<'static>> {
    if s.participants().is_empty() {
        return vec![
            Line::styled(crate::tr!(lang, "tui-anonymous-room"), t.title),
            Line::styled(
                match s.headcount() {
                    Some(n) => crate::tr!(lang, "tui-head-count-is", count = n),
                    None => crate::tr!(lang, "tui-no-head-count-given"),
                },
                t.text,
            ),
            Line::styled(crate::tr!(lang, "tui-participants-anonymous-hint"), t.muted),
        ];
    }
    let names = if s.privacy().show_names {
        crate::tr!(lang, "tui-names-in-room-shown")
    } else {
        crate::tr!(lang, "tui-names-in-room-hidden")
    };
    vec![
        Line::styled(crate::tr!(lang, "tui-named-room"), t.title),
        Line::styled(
            crate::tr!(lang, "tui-named-room-is", count = s.participants().len()),
            t.text,
        ),
        Line::styled(names, t.muted),
    ]
}
