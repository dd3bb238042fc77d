//! Importing files and pasted text: reading them (off the UI thread when there are several),
//! holding back texts already in the project, and adding the rest as one undoable edit.

use std::path::{Path, PathBuf};

use crate::edit::{Edit, Op, Record};
use crate::io::import::qdpx::QdpxImport;
use crate::io::import::{self, Incoming};
use crate::model::Article;
use crate::model::fingerprint::find_duplicate;
use crate::ui::dialogs::Dialog;
use crate::ui::jobs::import_job::{self, ImportJob, Read};
use crate::ui::state::Selection;

use super::FaultlineApp;

impl FaultlineApp {
    /// Imports every readable file as one undoable edit; unreadable files are reported and
    /// leave the project untouched. Several files are read off the UI thread, with progress.
    pub(super) fn import(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let paths = import::folders::expand(&paths);
        if self.importing.is_some() {
            self.state.error("An import is still running; wait for it or cancel it");
        } else if paths.len() > 1 {
            self.importing = Some(ImportJob::start(paths, ctx.clone()));
        } else {
            let reads = paths.into_iter().map(|p| {
                let r = import_job::read(&p);
                (p, r)
            });
            self.add_reads(reads.collect());
        }
    }

    /// Adds what reading the files gave: REFI-QDA projects are merged (each as one undoable
    /// edit), articles are added together, and failures are reported.
    pub(super) fn add_reads(&mut self, reads: Vec<(PathBuf, Read)>) {
        let mut articles = Vec::new();
        let mut notes = Vec::new();
        for (path, read) in reads {
            match read {
                Ok(Incoming::Articles(imported)) => {
                    for one in imported {
                        notes.extend(one.notices.iter().map(|n| format!("{}: {n}", path.display())));
                        articles.push(one.article);
                    }
                }
                Ok(Incoming::Qdpx(qdpx)) => self.merge_qdpx(&path, qdpx, &mut notes),
                Err(e) => notes.push(e),
            }
        }
        self.add_articles(articles, notes);
    }

    /// Merges a REFI-QDA project's sources, codes and codings as one undoable edit.
    pub(super) fn merge_qdpx(&mut self, path: &Path, qdpx: QdpxImport, notes: &mut Vec<String>) {
        notes.extend(qdpx.problems.iter().map(|p| format!("{}: {p}", path.display())));
        let edit = qdpx.merge_edit(self.doc.project());
        if !edit.ops.is_empty() && self.apply(edit) {
            self.state.info(format!("Imported {} sources from {}", qdpx.articles.len(), path.display()));
        }
    }

    /// Whether files are still being read for an import.
    pub fn is_importing(&self) -> bool {
        self.importing.is_some()
    }

    /// Shows the running import's progress; adds its results once every file is read.
    pub(super) fn import_progress(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.importing else { return };
        if job.poll() {
            let reads = job.take_results();
            self.importing = None;
            self.add_reads(reads);
        } else if job.show(ctx) {
            self.importing = None;
            self.state.info("Import cancelled: nothing was added");
        }
    }

    /// Adds imported or pasted articles. Texts already in the project are held back and the
    /// analyst is asked; notices and refusals are shown.
    pub(super) fn add_articles(&mut self, articles: Vec<Article>, notes: Vec<String>) {
        let mut scratch = self.doc.project().clone();
        let (mut fresh, mut dupes) = (Vec::new(), Vec::new());
        for a in articles {
            match find_duplicate(&scratch, &a) {
                Some(existing) => {
                    let title = scratch.articles.get(existing).map_or(String::new(), |e| e.title.clone());
                    dupes.push((a, title));
                }
                None => {
                    scratch.articles.put(a.clone());
                    fresh.push(a);
                }
            }
        }
        self.add_fresh(fresh);
        if !dupes.is_empty() {
            self.dialog = Some(Dialog::Duplicates { articles: dupes, notes });
        } else if !notes.is_empty() {
            self.dialog = Some(Dialog::Message { title: "Import".into(), text: notes.join("\n") });
        }
    }

    /// Adds articles as one undoable edit and opens the first.
    pub(super) fn add_fresh(&mut self, articles: Vec<Article>) {
        let count = articles.len();
        let Some(first) = articles.first().map(|a| a.id) else { return };
        let label = if count == 1 { "import article".to_owned() } else { format!("import {count} articles") };
        let ops = articles.into_iter().map(|a| Op::Put(Record::Article(a))).collect();
        if self.apply(Edit::new(label, ops)) {
            self.state.selection = Selection { article: Some(first), ..Selection::default() };
            self.workbench.focus_reader();
            self.state.info(format!("Imported {count} article(s)"));
        }
    }
}
