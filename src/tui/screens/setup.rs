//! Setup: organisation, facilitator, date, municipality code, language,
//! assessment model, and whether the session is one person's self-assessment.

use crate::model::command::Command;
use crate::model::session::{Draft, DraftForm, Session};
use crate::text::Lang;
use crate::tui::bindings::{self, Binding, Key};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::{Page, Reply, Shares, edit_field};
use crate::tui::shared::{Shared, Work};
use crate::tui::step::Step;
use crate::tui::widgets::{block, choice, field};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

mod rows;

const FIELDS: usize = 8;
const DATE: usize = 2;
// After the date, so that the fields a session always needs come first.
const KOMMUNKOD: usize = 3;
const LANGUAGE: usize = 4;
const MODEL: usize = 5;
const ALONE: usize = 6;
const NAMES: usize = 7;

/// The setup form: for a new session, or the open one's details.
#[derive(Debug, Clone)]
pub struct Setup {
    organisation: TextField,
    facilitator: TextField,
    date: TextField,
    /// The municipality code, four digits or empty.
    kommunkod: TextField,
    language: Lang,
    /// Index into the catalog's models.
    pub(super) model: usize,
    /// One person's self-assessment: their answers are shown in full.
    alone: bool,
    /// The room and reports show participants' aliases (who has answered,
    /// never what); otherwise seat numbers only.
    names: bool,
    /// The focused field.
    focus: usize,
}

impl Setup {
    /// The form for the open session, or an empty one for a new session.
    pub fn new(shared: &Shared) -> Setup {
        let position = |id: &str| shared.models.all().position(|m| m.id == id).unwrap_or(0);
        match &shared.work {
            Some(work) => {
                let s = &work.session;
                Setup {
                    organisation: TextField::new(Kind::Organisation, s.organisation()),
                    facilitator: TextField::new(Kind::Facilitator, s.facilitator()),
                    date: TextField::new(Kind::Date, &s.date().to_string()),
                    kommunkod: TextField::new(Kind::Kommunkod, s.kommunkod().unwrap_or_default()),
                    language: s.language(),
                    model: position(&work.model.id),
                    alone: s.privacy().self_assessment,
                    names: s.privacy().show_names,
                    focus: 0,
                }
            }
            None => Setup {
                organisation: TextField::empty(Kind::Organisation),
                facilitator: TextField::empty(Kind::Facilitator),
                date: TextField::new(Kind::Date, &shared.today.to_string()),
                kommunkod: TextField::empty(Kind::Kommunkod),
                language: shared.lang,
                model: position(crate::model::DEFAULT_MODEL_ID),
                alone: false,
                names: false,
                focus: 0,
            },
        }
    }

    fn text(&mut self) -> Option<&mut TextField> {
        match self.focus {
            0 => Some(&mut self.organisation),
            1 => Some(&mut self.facilitator),
            DATE => Some(&mut self.date),
            KOMMUNKOD => Some(&mut self.kommunkod),
            _ => None,
        }
    }

    /// The municipality code typed: `Ok(None)` when the field is empty,
    /// `Err(())` when it is not four digits.
    fn kommunkod(&self) -> Result<Option<String>, ()> {
        match self.kommunkod.trimmed() {
            "" => Ok(None),
            k if crate::model::session::is_kommunkod(k) => Ok(Some(k.to_owned())),
            _ => Err(()),
        }
    }

    fn apply(&mut self, shared: &mut Shared) -> Reply {
        let Ok(date) = self.date.trimmed().parse::<jiff::civil::Date>() else {
            self.focus = 2;
            shared.notice = Some(Notice::bad_date(self.date.trimmed()));
            return Reply::none();
        };
        if self.organisation.trimmed().is_empty() {
            self.focus = 0;
            shared.notice = Some(Notice::OrganisationMissing);
            return Reply::none();
        }
        let Ok(kommunkod) = self.kommunkod() else {
            self.focus = KOMMUNKOD;
            shared.notice = Some(Notice::BadKommunkod);
            return Reply::none();
        };
        let organisation = self.organisation.trimmed().to_owned();
        let facilitator = self.facilitator.trimmed().to_owned();
        // A new session is made bare, and described like an open one.
        if shared.work.is_none() {
            let Some(model) = shared.models.all().nth(self.model).cloned() else {
                return Reply::none();
            };
            let session = Session::new(&model, &organisation, date, self.language);
            shared.work = Some(Work::new(session, model, None));
        }
        let Some(work) = &shared.work else {
            return Reply::none();
        };
        let commands = vec![
            Command::Describe {
                organisation,
                facilitator,
                date,
                language: self.language,
                kommunkod,
            },
            Command::ChoosePrivacy {
                min_group: work.session.privacy().min_group,
                show_names: self.names,
                self_assessment: self.alone,
            },
        ];
        if !shared.lang_fixed {
            shared.lang = self.language;
        }
        Reply {
            go: Some(Step::Participants),
            ..Reply::commands(commands)
        }
    }
}

impl Page for Setup {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let models = shared.models.all().count();
        let locked = shared.work.is_some();
        // A wrong date is said when the field is left, not only at the end.
        let leaving = matches!(msg, Msg::Next | Msg::Prev | Msg::Confirm);
        if leaving && self.focus == DATE && !self.date.is_date() {
            shared.notice = Some(Notice::bad_date(self.date.trimmed()));
            return Reply::none();
        }
        if leaving && self.focus == KOMMUNKOD && self.kommunkod().is_err() {
            shared.notice = Some(Notice::BadKommunkod);
            return Reply::none();
        }
        match msg {
            Msg::Next => self.focus = (self.focus + 1) % FIELDS,
            Msg::Prev => self.focus = (self.focus + FIELDS - 1) % FIELDS,
            Msg::Back => return Reply::go(Step::Start),
            Msg::Confirm if self.focus + 1 < FIELDS => self.focus += 1,
            Msg::Confirm => return self.apply(shared),
            Msg::Left | Msg::Right if self.focus == LANGUAGE => {
                let all = Lang::all();
                let at = all.iter().position(|l| *l == self.language).unwrap_or(0);
                let forward = msg == Msg::Right;
                self.language = all[super::step_selection(at, all.len(), forward)];
            }
            Msg::Left | Msg::Right if self.focus == ALONE => self.alone = !self.alone,
            Msg::Left | Msg::Right if self.focus == NAMES => self.names = !self.names,
            Msg::Left | Msg::Right if self.focus == MODEL && !locked && models > 0 => {
                self.model = super::step_selection(self.model, models, msg == Msg::Right);
            }
            msg => {
                if let Some(field) = self.text() {
                    edit_field(field, shared, &msg);
                    return Reply::none();
                }
            }
        }
        Reply::none()
    }

    /// The open session's details as typed. A new session has no file to keep
    /// a draft in until the form is saved, so it has none.
    fn draft(&self, shared: &Shared) -> Option<Draft> {
        shared.work.as_ref()?;
        Some(Draft {
            form: DraftForm::Setup {
                organisation: self.organisation.value().to_owned(),
                facilitator: self.facilitator.value().to_owned(),
                date: self.date.value().to_owned(),
                kommunkod: self.kommunkod.value().to_owned(),
            },
            focus: self.focus,
        })
    }

    fn restore(&mut self, _shared: &mut Shared, draft: &Draft) -> bool {
        let DraftForm::Setup {
            organisation,
            facilitator,
            date,
            kommunkod,
        } = &draft.form
        else {
            return false;
        };
        self.organisation = TextField::new(Kind::Organisation, organisation);
        self.facilitator = TextField::new(Kind::Facilitator, facilitator);
        self.date = TextField::new(Kind::Date, date);
        self.kommunkod = TextField::new(Kind::Kommunkod, kommunkod);
        self.focus = draft.focus.min(KOMMUNKOD);
        true
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let last = self.focus + 1 == FIELDS;
        let mut list = vec![
            Binding::new(
                &[Key::Code(KeyCode::Enter)],
                Msg::Confirm,
                if last {
                    crate::tr!(lang, "tui-save-the-session")
                } else {
                    crate::tr!(lang, "tui-next-field")
                },
            )
            .footer(0),
            Binding::new(
                &[Key::Code(KeyCode::Esc)],
                Msg::Back,
                crate::tr!(lang, "tui-back-to-start"),
            )
            .footer(1),
        ];
        let field = match self.focus {
            0 => Some(&self.organisation),
            1 => Some(&self.facilitator),
            DATE => Some(&self.date),
            KOMMUNKOD => Some(&self.kommunkod),
            _ => None,
        };
        let mut form = bindings::form(lang, field);
        if self.focus == MODEL && shared.work.is_some() {
            // The model of a session with votes cannot change.
            form[1].enabled = false;
        }
        list.extend(form);
        list
    }

    fn shares(&self) -> Shares {
        Shares::ControlKeys
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let lang = shared.lang;
        let t = &shared.theme;
        let heading = format!(" {} ", crate::tr!(lang, "tui-new-workshop"));
        let outer = block(&heading, t);
        let inner = outer.inner(area);
        frame.render_widget(outer, area);
        // A blank row above the fields, none below: the hint needs both rows.
        let padded = inner.inner(ratatui::layout::Margin::new(2, 0));
        let padded = Rect {
            y: padded.y + 1,
            height: padded.height.saturating_sub(1),
            ..padded
        };
        let hint = Paragraph::new(Line::styled(crate::tr!(lang, "tui-setup-hint"), t.muted))
            .wrap(Wrap { trim: true });
        let (model_rows, hinted) = self.model_rows(shared, padded, &hint);
        let mut heights = [Constraint::Length(2); FIELDS + 1];
        heights[MODEL] = Constraint::Length(model_rows);
        heights[FIELDS] = Constraint::Min(0);
        let rows = Layout::vertical(heights).split(padded);
        let labels = [
            crate::tr!(lang, "tui-organisation"),
            crate::tr!(lang, "tui-facilitator"),
            crate::tr!(lang, "tui-date"),
            crate::tr!(lang, "tui-kommunkod"),
        ];
        for (i, (label, value)) in labels
            .iter()
            .zip([
                &self.organisation,
                &self.facilitator,
                &self.date,
                &self.kommunkod,
            ])
            .enumerate()
        {
            field(frame, rows[i], label, value, self.focus == i, t);
        }
        choice(
            frame,
            rows[LANGUAGE],
            &crate::tr!(lang, "tui-language"),
            &self.language.name(),
            self.focus == LANGUAGE,
            t,
        );
        self.draw_model(frame, rows[MODEL], shared);
        let alone = if self.alone {
            crate::tr!(lang, "tui-self-assessment-yes")
        } else {
            let k = shared.work.as_ref().map_or(
                crate::model::ballots::DEFAULT_MIN_GROUP
                    .max(crate::model::ballots::MIN_GROUP_FLOOR),
                |w| w.session.privacy().min_group(),
            );
            crate::tr!(lang, "tui-self-assessment-no", count = k)
        };
        choice(
            frame,
            rows[ALONE],
            &crate::tr!(lang, "tui-self-assessment"),
            &alone,
            self.focus == ALONE,
            t,
        );
        self.draw_names(frame, rows[NAMES], shared);
        if hinted {
            frame.render_widget(hint, rows[FIELDS]);
        }
    }
}

impl Setup {
    /// The model's rows in `form` and whether the hint is shown: the choice
    /// and a line of its first caveat, and as many lines more as the caveat
    /// needs that the form has spare under its hint, up to four in all: a
    /// tall terminal shows the caveat whole, the smallest one its start and
    /// its source. While the model is being chosen, a caveat that needs more
    /// is given the hint's rows (the hint is about the last field and the
    /// municipal code): the caveat is what the facilitator reads then.
    fn model_rows(&self, shared: &Shared, form: Rect, hint: &Paragraph) -> (u16, bool) {
        const MOST_CAVEAT_LINES: u16 = 4;
        let hint_rows = u16::try_from(hint.line_count(form.width)).unwrap_or(u16::MAX);
        let fields = form.height.saturating_sub(2 * FIELDS as u16);
        let text_width = form.width.saturating_sub(16);
        let wanted = u16::try_from(self.caveat_lines(shared, text_width, usize::MAX).len())
            .unwrap_or(u16::MAX)
            .clamp(1, MOST_CAVEAT_LINES);
        let with_hint = 1 + fields.saturating_sub(hint_rows);
        if wanted <= with_hint || self.focus != MODEL {
            return (1 + wanted.min(with_hint), true);
        }
        (1 + wanted.min(1 + fields), false)
    }
}
