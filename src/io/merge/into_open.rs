//! Merging another analyst's project file into the project open in the workbench, as one
//! undoable edit.
//!
//! With a common ancestor given, this is the three-way merge `faultline merge` does. Without
//! one the ancestor is taken to be empty (as git does when two branches add the same file):
//! everything either analyst has is kept, nothing is deleted, and a record both hold with
//! different values keeps ours and lists theirs as a conflict. The last saved copy of the open
//! project is deliberately not used: it holds this analyst's work since the hand-over, which
//! would then look deleted by the other analyst and be dropped.

use std::path::Path;

use crate::edit::{Edit, EditError, builders};
use crate::io::project_file;
use crate::io::repair::{Problem, check_in_memory, refuse_losing_data};
use crate::model::Project;

use super::{MergeReport, merge};

/// What merging a file into the open project gives: the edit (none when nothing changes),
/// what came in, and what checking the result found.
pub struct MergedIn {
    pub edit: Option<Edit>,
    pub report: MergeReport,
    pub problems: Vec<Problem>,
}

/// Reads a project to merge as the workbench opens one: a file holding fields this version
/// does not know is refused rather than merged without them. Returns what loading repaired.
pub fn read_side(path: &Path) -> Result<(Project, Vec<Problem>), String> {
    let (p, problems) = project_file::load_checked(path).map_err(|e| e.to_string())?;
    refuse_losing_data(&problems, path)?;
    Ok((p, problems))
}

/// Merges `theirs` (and `base`, their common ancestor, if known) into `ours`.
pub fn merge_into(ours: &Project, theirs: &Path, base: Option<&Path>) -> Result<MergedIn, String> {
    let (theirs_p, mut problems) = read_side(theirs)?;
    let base_p = match base {
        Some(path) => read_side(path)?.0,
        None => Project::default(),
    };
    let merged = merge(&base_p, ours, &theirs_p);
    let (project, found) = check_in_memory(&merged.project);
    problems.extend(found);
    let name = theirs.file_name().map_or_else(|| theirs.display().to_string(), |n| n.to_string_lossy().into_owned());
    let edit = match builders::turn_into(ours, &project, &format!("merge {name}")) {
        Ok(edit) => Some(edit),
        Err(EditError::Empty) => None,
        Err(e) => return Err(format!("the merged project could not be made an edit: {e}")),
    };
    Ok(MergedIn { edit, report: merged.report, problems })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Document, Op, Record};
    use crate::model::{Actor, ActorKind, Colour};
    use crate::sample::sample_project;

    fn saved(p: &Project, dir: &Path, name: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        project_file::write_project(p, &path).unwrap();
        path
    }

    fn with(p: &Project, f: impl FnOnce(&mut Document)) -> Project {
        let mut doc = Document::new(p.clone(), None);
        f(&mut doc);
        doc.project().clone()
    }

    #[test]
    fn merging_in_the_other_side_is_one_edit_that_undo_takes_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let base = sample_project();
        let theirs = with(&base, |doc| {
            let claim = doc.project().claims.ids().nth(1).unwrap();
            doc.apply(builders::delete_claim(doc.project(), claim)).unwrap();
            let article = doc.project().articles.ids().next().unwrap();
            doc.apply(builders::new_claim(doc.project(), article, 5, 30).unwrap().0).unwrap();
            let actor = Actor::new("Wang Wentao", ActorKind::Person, Colour::palette(3));
            doc.apply(Edit::one("actor", Op::Put(Record::Actor(actor)))).unwrap();
        });
        let ours = with(&base, |doc| {
            let article = doc.project().articles.ids().nth(1).unwrap();
            doc.apply(builders::new_claim(doc.project(), article, 0, 20).unwrap().0).unwrap();
        });
        let (theirs_path, base_path) = (saved(&theirs, dir.path(), "b.ron"), saved(&base, dir.path(), "base.ron"));
        let merged = merge_into(&ours, &theirs_path, Some(&base_path)).unwrap();
        let mut doc = Document::new(ours.clone(), None);
        doc.apply(merged.edit.unwrap()).unwrap();
        let expected = check_in_memory(&merge(&base, &ours, &theirs).project).0;
        assert_eq!(doc.project().claims.len(), expected.claims.len());
        assert!(expected.claims.iter().all(|c| doc.project().claims.get(c.id) == Some(c)));
        assert!(expected.actors.iter().all(|a| doc.project().actors.get(a.id) == Some(a)));
        assert_eq!(doc.undo_label(), Some("merge b.ron"));
        doc.undo();
        assert_eq!(doc.project(), &ours);
    }

    #[test]
    fn without_an_ancestor_nothing_either_analyst_has_is_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let base = sample_project();
        // They deleted a claim we still have; we deleted one they still have.
        let theirs = with(&base, |doc| {
            let claim = doc.project().claims.ids().nth(1).unwrap();
            doc.apply(builders::delete_claim(doc.project(), claim)).unwrap();
        });
        let ours = with(&base, |doc| {
            let claim = doc.project().claims.ids().nth(2).unwrap();
            doc.apply(builders::delete_claim(doc.project(), claim)).unwrap();
        });
        let merged = merge_into(&ours, &saved(&theirs, dir.path(), "b.ron"), None).unwrap();
        let mut doc = Document::new(ours.clone(), None);
        doc.apply(merged.edit.unwrap()).unwrap();
        assert!(base.claims.iter().all(|c| doc.project().claims.contains(c.id)), "every claim of either side kept");
        assert!(merged.report.conflicts.is_empty(), "{:?}", merged.report.conflicts);
    }

    #[test]
    fn a_file_that_is_not_a_project_is_refused_with_its_reason_and_no_edit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.ron");
        std::fs::write(&path, "this is not a project").unwrap();
        let err = merge_into(&sample_project(), &path, None).err().unwrap();
        assert!(err.contains("notes.ron"), "{err}");
        let missing = merge_into(&sample_project(), &dir.path().join("gone.ron"), None).err().unwrap();
        assert!(missing.contains("gone.ron"), "{missing}");
    }

    #[test]
    fn merging_the_open_project_with_its_own_file_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = sample_project();
        let path = saved(&p, dir.path(), "same.ron");
        let merged = merge_into(&p, &path, Some(&path)).unwrap();
        assert!(merged.edit.is_none());
    }
}
