//! Searches run off the UI thread, so a regular expression over a 60 MB project never stalls a
//! frame. At most one search runs at a time: a query given meanwhile waits, and only the newest
//! waiting one runs (typing "rare earth" does not queue ten searches). An answer is only ever
//! for the document polling it: one worked out in a project closed meanwhile is searched again.
//!
//! The worker reads a clone of the project, which shares its records (see `model::table`):
//! taking one per search costs nothing.

use std::sync::mpsc::{Receiver, channel};

use crate::analysis::search::{Query, Results, search};
use crate::edit::Document;

/// A finished search: the query and its results, or why there are none.
pub type Answer = (Query, Result<Results, String>);

#[derive(Default)]
pub struct SearchJob {
    /// The search running, with the document it searches (`Document::id`).
    running: Option<(u64, Receiver<Answer>)>,
    waiting: Option<Query>,
}

impl SearchJob {
    /// Whether a search is running or waiting.
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || self.waiting.is_some()
    }

    /// Searches the document as it is now, as soon as the running search (if any) is done.
    pub fn start(&mut self, doc: &Document, query: Query) {
        if self.running.is_some() {
            self.waiting = Some(query);
            return;
        }
        let project = doc.project().clone();
        let (tx, rx) = channel();
        super::worker::spawn("search", move || {
            let answer = search(&project, &query).map_err(|e| e.to_string());
            // The receiver is gone only when the pane was dropped: nobody wants the answer.
            let _ = tx.send((query, answer));
        });
        self.running = Some((doc.id(), rx));
    }

    /// The answer of the search that just finished, unless a newer query is waiting (it is
    /// started instead, and its answer comes later) or another project was opened meanwhile
    /// (the query is searched again in it: hits name the searched project's articles).
    pub fn poll(&mut self, doc: &Document) -> Option<Answer> {
        let (searched, rx) = self.running.as_ref()?;
        let searched = *searched;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(std::sync::mpsc::TryRecvError::Empty) => return None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                // The worker panicked: say so rather than spin forever.
                self.running = None;
                return Some((Query::default(), Err("the search stopped unexpectedly".into())));
            }
        };
        self.running = None;
        let again = (searched != doc.id()).then(|| answer.0.clone());
        match self.waiting.take().or(again) {
            Some(next) => {
                self.start(doc, next);
                None
            }
            None => Some(answer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_project;

    fn wait(job: &mut SearchJob, doc: &Document) -> Answer {
        for _ in 0..1000 {
            if let Some(answer) = job.poll(doc) {
                return answer;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("the search did not finish in 5 seconds");
    }

    #[test]
    fn only_the_newest_waiting_query_is_answered() {
        let doc = Document::new(sample_project(), None);
        let mut job = SearchJob::default();
        job.start(&doc, Query::plain("rare"));
        job.start(&doc, Query::plain("rare e"));
        job.start(&doc, Query::plain("rare earth"));
        // "rare" ran; its answer is dropped for the newest query, which runs next.
        let (query, answer) = wait(&mut job, &doc);
        assert_eq!(query.text, "rare earth");
        assert!(answer.unwrap().total > 0);
        assert!(!job.is_busy());
        job.start(&doc, Query { regex: true, ..Query::plain("(") });
        let error = wait(&mut job, &doc).1.unwrap_err();
        assert!(error.starts_with("not a valid regular expression"), "{error}");
    }

    #[test]
    fn an_answer_for_a_project_closed_meanwhile_is_searched_again_in_the_open_one() {
        let closed = Document::new(sample_project(), None);
        let mut job = SearchJob::default();
        job.start(&closed, Query::plain("rare earth"));
        // The project opened meanwhile holds no articles, so no hit can come from it.
        let mut empty = sample_project();
        empty.articles = Default::default();
        let open = Document::new(empty, None);
        let (query, answer) = wait(&mut job, &open);
        assert_eq!(query.text, "rare earth");
        assert_eq!(answer.unwrap().total, 0, "no hit from the closed project's articles");
    }
}
