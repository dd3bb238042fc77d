//! Merging another analyst's project file off the UI thread (File ▸ Merge project…): reading,
//! merging and checking two 60 MB projects takes seconds, and the window must keep drawing
//! meanwhile. The result comes back as one edit, built against the document state the merge
//! started from; if the project changed meanwhile, the merge is worked out again. The job
//! belongs to the document it started on: if the analyst opens another project meanwhile, the
//! result is dropped with a message and never applied there.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::edit::Document;
use crate::io::merge::{MergedIn, merge_into};

/// What merging gave: the edit and its report, or why nothing was merged.
pub type Merged = Result<MergedIn, String>;

pub struct MergeJob {
    theirs: PathBuf,
    base: Option<PathBuf>,
    /// The document the merge is for (`Document::id`), and how to name it in a message.
    doc: u64,
    project: String,
    /// The document state the merge was worked out against.
    state: u64,
    rx: Receiver<Merged>,
}

impl MergeJob {
    /// Starts merging `theirs` (with `base`, their common ancestor, if known) into the document
    /// as it is now; the worker wakes the UI when it is done.
    pub fn start(doc: &Document, theirs: PathBuf, base: Option<PathBuf>, ctx: egui::Context) -> Self {
        let (tx, rx) = channel();
        let ours = doc.project().clone();
        let (their_path, base_path) = (theirs.clone(), base.clone());
        super::worker::spawn("merge", move || {
            // The receiver is gone only when the pane was dropped: nobody wants the result.
            let _ = tx.send(merge_into(&ours, &their_path, base_path.as_deref()));
            ctx.request_repaint();
        });
        let project = match doc.path() {
            Some(path) => format!("“{}” ({})", doc.project().name, path.display()),
            None => format!("“{}”", doc.project().name),
        };
        Self { theirs, base, doc: doc.id(), project, state: doc.state(), rx }
    }

    /// The file being merged in.
    pub fn theirs(&self) -> &std::path::Path {
        &self.theirs
    }

    /// The result once the merge is done, or `None` while it runs. A result worked out against
    /// a document that has changed since is not returned: the merge starts again on the
    /// current one, so the edit never undoes what the analyst did meanwhile. `doc` being another
    /// document than the one the merge started on (another project was opened) gives a
    /// reason instead, at once: the merge was not asked for on it.
    pub fn poll(&mut self, doc: &Document, ctx: &egui::Context) -> Option<Merged> {
        if doc.id() != self.doc {
            return Some(Err(format!(
                "the merge of {} was started on {}, which was closed before it finished; this project is as it was",
                self.theirs.display(),
                self.project
            )));
        }
        let merged = match self.rx.try_recv() {
            Ok(merged) => merged,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                return Some(Err(format!(
                    "the merge of {} stopped unexpectedly; the project is as it was",
                    self.theirs.display()
                )));
            }
        };
        if doc.state() != self.state {
            *self = Self::start(doc, self.theirs.clone(), self.base.take(), ctx.clone());
            return None;
        }
        Some(merged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::builders;
    use crate::io::project_file;
    use crate::sample::sample_project;

    fn wait(job: &mut MergeJob, doc: &Document, ctx: &egui::Context) -> Merged {
        for _ in 0..2000 {
            if let Some(merged) = job.poll(doc, ctx) {
                return merged;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("the merge did not finish in 10 seconds");
    }

    /// The sample with one claim more, saved as the other analyst's copy.
    fn their_copy(dir: &std::path::Path) -> PathBuf {
        let mut theirs = Document::new(sample_project(), None);
        let article = theirs.project().articles.ids().next().unwrap();
        theirs.apply(builders::new_claim(theirs.project(), article, 0, 25).unwrap().0).unwrap();
        let path = dir.join("theirs.ron");
        project_file::write_project(theirs.project(), &path).unwrap();
        path
    }

    #[test]
    fn a_merge_finished_after_the_project_changed_is_worked_out_again_on_the_current_project() {
        let dir = tempfile::tempdir().unwrap();
        let theirs = their_copy(dir.path());
        let base = dir.path().join("base.ron");
        project_file::write_project(&sample_project(), &base).unwrap();
        let ctx = egui::Context::default();
        let mut doc = Document::new(sample_project(), None);
        let mut job = MergeJob::start(&doc, theirs, Some(base), ctx.clone());
        // The analyst renames an actor while the merge runs.
        let mut actor = doc.project().actors.iter().next().unwrap().clone();
        actor.name = "Renamed meanwhile".into();
        doc.apply(crate::edit::Edit::one("rename", crate::edit::Op::Put(crate::edit::Record::Actor(actor.clone()))))
            .unwrap();
        let edit = wait(&mut job, &doc, &ctx).unwrap().edit.expect("their claim comes in");
        doc.apply(edit).unwrap();
        assert_eq!(doc.project().actors.get(actor.id).unwrap().name, "Renamed meanwhile", "the rename stands");
        assert_eq!(doc.project().claims.len(), sample_project().claims.len() + 1, "their claim came in");
    }

    #[test]
    fn a_merge_polled_with_another_project_open_is_dropped_with_a_reason_and_never_started_there() {
        let dir = tempfile::tempdir().unwrap();
        let theirs = their_copy(dir.path());
        let ctx = egui::Context::default();
        let first = Document::new(sample_project(), Some(dir.path().join("first.ron")));
        let mut job = MergeJob::start(&first, theirs, None, ctx.clone());
        // The analyst opens another project (the same sample, so a merge would change it) meanwhile.
        let other = Document::new(sample_project(), None);
        let why = wait(&mut job, &other, &ctx).err().expect("a reason, not an edit for the other project");
        assert!(why.contains("theirs.ron") && why.contains("first.ron"), "{why}");
        assert!(why.contains("this project is as it was"), "{why}");
    }

    #[test]
    fn a_file_that_cannot_be_read_comes_back_as_a_reason() {
        let ctx = egui::Context::default();
        let doc = Document::new(sample_project(), None);
        let mut job = MergeJob::start(&doc, PathBuf::from("/no/such/theirs.ron"), None, ctx.clone());
        let why = wait(&mut job, &doc, &ctx).err().expect("a reason");
        assert!(why.contains("/no/such/theirs.ron"), "{why}");
    }
}
