//! Where the group places each area of its collaboration among the model's
//! phases (docs/model-format.md, "Phases", "The session's side"). The phases
//! are not a ladder: an area may stand in any phase and move to any other,
//! back as well as on, so nothing here compares two phases or calls a move
//! forward. A later placement of an area replaces the one before, which is
//! kept behind it in the order it was made, so that the report can say where
//! the area stood and where the group moved it.

use crate::error::{ConstructFault, Problem};
use crate::model::assessment::Assessment;
use crate::model::journal::Change;
use crate::model::phases::Phases;
use crate::model::session::Session;
use crate::text::Lang;
use serde::{Deserialize, Serialize};

/// An area the session named beside those the model suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnArea {
    /// Its id: one word, made from the name, no suggested area's id.
    pub id: String,
    /// Its name, as the facilitator typed it.
    pub name: String,
}

/// One placement of an area in a phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placed {
    /// The area's id: a suggested area's or the session's own.
    pub area: String,
    /// The phase's id.
    pub phase: String,
    /// What the group said about it, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where one area stands now, and where it stood before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The area's id.
    pub area: String,
    /// The phase it stands in now.
    pub phase: String,
    /// The note with the current placement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The placements this one replaced, oldest first; absent until the area
    /// has been placed twice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Placed>,
}

impl Placement {
    /// The placement as it stands, without what it replaced.
    pub fn now(&self) -> Placed {
        Placed {
            area: self.area.clone(),
            phase: self.phase.clone(),
            note: self.note.clone(),
        }
    }

    /// Every placement of the area, oldest first, the current one last.
    pub fn all(&self) -> impl Iterator<Item = Placed> + '_ {
        self.earlier
            .iter()
            .cloned()
            .chain(std::iter::once(self.now()))
    }
}

/// The session's side of the phases: the areas it added and where each area
/// stands. Absent from the file until one of them is used, so that sessions
/// on models without phases, and older files, read and write as before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseBoard {
    /// The areas the session added, in the order they were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<OwnArea>,
    /// The areas placed, in the order they were first placed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placed: Vec<Placement>,
}

/// An area as a screen or report lists it: suggested by the model or the
/// session's own, with its name in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaRow {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where in the report a suggested area comes from; none for the session's.
    pub source: Option<String>,
    /// True when the model marks the suggestion as klarhet's own.
    pub own: bool,
    /// Where it stands, if placed.
    pub placement: Option<Placement>,
}

/// The model's phases, or the refusal a session gets without them.
pub(in crate::model) fn phases_of(model: &Assessment) -> Result<&Phases, Problem> {
    (model.phases.as_ref()).ok_or_else(|| ConstructFault::NoPhasesToPlace.into())
}

impl Session {
    /// The session's side of the phases, if it has one yet.
    pub fn phase_board(&self) -> Option<&PhaseBoard> {
        self.phase_board.as_ref()
    }

    /// Every area the session can place, the model's suggestions first and
    /// then its own, each with where it stands.
    pub fn areas(&self, model: &Assessment, lang: Lang) -> Vec<AreaRow> {
        let Some(phases) = &model.phases else {
            return Vec::new();
        };
        let placed = |id: &str| {
            let board = self.phase_board.as_ref()?;
            board.placed.iter().find(|p| p.area == id).cloned()
        };
        let suggested = phases.areas.iter().map(|a| AreaRow {
            id: a.id.clone(),
            name: a.name.get(lang).to_owned(),
            source: Some(a.source.clone()),
            own: a.own,
            placement: placed(&a.id),
        });
        let own = (self.phase_board.iter())
            .flat_map(|b| b.areas.iter())
            .map(|a| AreaRow {
                id: a.id.clone(),
                name: a.name.clone(),
                source: None,
                own: false,
                placement: placed(&a.id),
            });
        suggested.chain(own).collect()
    }

    /// True when `id` names an area the model suggests or the session added.
    pub(in crate::model) fn has_area(&self, phases: &Phases, id: &str) -> bool {
        area_known(phases, self.own_areas(), id)
    }

    /// The areas the session added.
    fn own_areas(&self) -> &[OwnArea] {
        self.phase_board
            .as_ref()
            .map_or(&[], |b| b.areas.as_slice())
    }

    /// The change [`crate::model::Command::AddArea`] makes, checked.
    pub(in crate::model) fn add_area(
        &self,
        model: &Assessment,
        id: String,
        name: String,
    ) -> Result<Change, Problem> {
        let area = OwnArea {
            id: id.trim().to_owned(),
            name: name.trim().to_owned(),
        };
        may_add_area(phases_of(model)?, self.own_areas(), &area)?;
        Ok(Change::AreaAdded(area))
    }

    /// Replays [`Change::AreaAdded`]: checked as the command was, and added
    /// once, so that replaying it again changes nothing.
    pub(in crate::model) fn area_added(
        &mut self,
        model: &Assessment,
        area: &OwnArea,
    ) -> Result<(), Problem> {
        let known = (self.phase_board.iter()).any(|b| b.areas.contains(area));
        if known {
            return Ok(());
        }
        may_add_area(phases_of(model)?, self.own_areas(), area)?;
        let board = self.phase_board.get_or_insert_with(Default::default);
        board.areas.push(area.clone());
        Ok(())
    }

    /// The change [`crate::model::Command::PlaceArea`] makes, checked; none
    /// when the area already stands there with the same note.
    pub(in crate::model) fn place_area(
        &self,
        model: &Assessment,
        area: String,
        phase: String,
        note: Option<String>,
    ) -> Result<Option<Change>, Problem> {
        // A blank note is no note; a note is kept as typed around its words,
        // since the report quotes it.
        let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        let placed = Placed { area, phase, note };
        self.may_place(model, &placed)?;
        if self.placement(&placed.area).map(Placement::now).as_ref() == Some(&placed) {
            return Ok(None);
        }
        Ok(Some(Change::Placed(placed)))
    }

    /// Where area `id` stands, if placed.
    pub fn placement(&self, id: &str) -> Option<&Placement> {
        let board = self.phase_board.as_ref()?;
        board.placed.iter().find(|p| p.area == id)
    }

    /// A placement names an area the session can place and a phase the
    /// model has.
    pub(in crate::model) fn may_place(
        &self,
        model: &Assessment,
        placed: &Placed,
    ) -> Result<(), Problem> {
        let phases = phases_of(model)?;
        if !self.has_area(phases, &placed.area) {
            let (kind, id) = ("area", placed.area.clone());
            return Err(Problem::DanglingId { kind, id });
        }
        phase_of(phases, &placed.phase)
    }

    /// Replays [`Change::Placed`]: the placement becomes the area's, and the
    /// one it replaces is kept behind it. The placement that stands already is
    /// not made again, so replaying the change twice keeps one record of it.
    pub(in crate::model) fn placed(
        &mut self,
        model: &Assessment,
        placed: &Placed,
    ) -> Result<(), Problem> {
        self.may_place(model, placed)?;
        let board = self.phase_board.get_or_insert_with(Default::default);
        match board.placed.iter_mut().find(|p| p.area == placed.area) {
            Some(current) if current.now() == *placed => {}
            Some(current) => {
                let replaced = current.now();
                current.earlier.push(replaced);
                current.phase = placed.phase.clone();
                current.note = placed.note.clone();
            }
            None => board.placed.push(Placement {
                area: placed.area.clone(),
                phase: placed.phase.clone(),
                note: placed.note.clone(),
                earlier: Vec::new(),
            }),
        }
        Ok(())
    }
}

/// Checks that the phases have one with `id`.
pub(in crate::model) fn phase_of(phases: &Phases, id: &str) -> Result<(), Problem> {
    match phases.phase(id) {
        Some(_) => Ok(()),
        None => Err(Problem::DanglingId {
            kind: "phase",
            id: id.to_owned(),
        }),
    }
}

/// True when `id` names an area `phases` suggest or one of `own`.
fn area_known(phases: &Phases, own: &[OwnArea], id: &str) -> bool {
    phases.areas.iter().any(|a| a.id == id) || own.iter().any(|a| a.id == id)
}

/// An area a session adds beside `own` has a name no other area has (in any
/// of the model's languages, whatever the case: two rows that read alike
/// cannot be told apart on the screen), and a one-word id no other has.
pub(in crate::model) fn may_add_area(
    phases: &Phases,
    own: &[OwnArea],
    area: &OwnArea,
) -> Result<(), Problem> {
    if area.name.is_empty() {
        return Err(Problem::EmptyId { kind: "area" });
    }
    if !crate::model::groups::is_group_id(&area.id) {
        let id = area.id.clone();
        return Err(ConstructFault::BadAreaId { id }.into());
    }
    let same = |name: &str| name.trim().to_lowercase() == area.name.to_lowercase();
    let suggested = (phases.areas.iter()).any(|a| a.name.texts().any(same));
    if suggested || own.iter().any(|a| same(&a.name)) {
        let name = area.name.clone();
        return Err(ConstructFault::AreaNameTaken { name }.into());
    }
    if area_known(phases, own, &area.id) {
        let (kind, id) = ("area", area.id.clone());
        return Err(Problem::DuplicateId { kind, id });
    }
    Ok(())
}
