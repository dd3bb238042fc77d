//! Saving and autosaving off the UI thread, so a 60 MB project never stalls a frame. The
//! worker gets a clone of the project, which shares its records rather than copying them (see
//! `model::table`), and reports back through a channel polled once a frame. Each job names the
//! document it wrote (`Document::id`), so a save that finishes after another project was
//! opened is not taken as a save of that one.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::edit::Document;
use crate::io::project_file::{self, FileStamp};
use crate::io::recovery;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    Save,
    Autosave,
}

/// A finished job: which document and state it wrote, where, and how it went.
#[derive(Debug)]
pub struct Finished {
    pub job: Job,
    pub doc: u64,
    pub state: u64,
    pub path: PathBuf,
    pub result: Result<Option<FileStamp>, String>,
}

pub struct Background {
    tx: Sender<Finished>,
    rx: Receiver<Finished>,
    running: Vec<Job>,
}

impl Default for Background {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self { tx, rx, running: Vec::new() }
    }
}

impl Background {
    pub fn is_running(&self, job: Job) -> bool {
        self.running.contains(&job)
    }

    /// Writes the document as it is now to `path`.
    pub fn start(&mut self, job: Job, doc: &Document, path: PathBuf) {
        self.running.push(job);
        let tx = self.tx.clone();
        let (project, doc, state) = (doc.project().clone(), doc.id(), doc.state());
        super::worker::spawn("save", move || {
            let result = match job {
                Job::Save => project_file::save(&project, &path).map(Some).map_err(|e| e.to_string()),
                Job::Autosave => recovery::write(&project, &path).map(|()| None).map_err(|e| e.to_string()),
            };
            let _ = tx.send(Finished { job, doc, state, path, result });
        });
    }

    /// Jobs that finished since the last call.
    pub fn poll(&mut self) -> Vec<Finished> {
        let done: Vec<Finished> = self.rx.try_iter().collect();
        for f in &done {
            self.retire(f.job);
        }
        done
    }

    fn retire(&mut self, job: Job) {
        if let Some(i) = self.running.iter().position(|j| *j == job) {
            self.running.remove(i);
        }
    }

    /// Waits for running jobs (at exit, so a save in flight is not cut off).
    pub fn wait(&mut self) -> Vec<Finished> {
        let mut done = Vec::new();
        while !self.running.is_empty() {
            match self.rx.recv() {
                Ok(f) => {
                    self.retire(f.job);
                    done.push(f);
                }
                Err(_) => break,
            }
        }
        done
    }
}
