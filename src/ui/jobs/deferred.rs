//! A value computed from the document and cached on a key (usually the document state), worked
//! out on another thread when it is heavy, so that a frame never waits for it. Light work is
//! done at once: on a small article the analyst sees the result in the same frame.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

#[derive(Debug)]
pub struct Deferred<K, T> {
    done: Option<(K, Arc<T>)>,
    running: Option<(K, Receiver<T>)>,
}

impl<K, T> Default for Deferred<K, T> {
    fn default() -> Self {
        Self { done: None, running: None }
    }
}

/// How to compute a value that is not cached yet.
pub struct Work<F> {
    /// On another thread (the value arrives in a later frame) rather than at once.
    pub heavy: bool,
    pub compute: F,
}

impl<K: PartialEq + Clone, T: Send + 'static> Deferred<K, T> {
    /// The value for `key`: cached, computed now, or `None` while a thread works it out (the
    /// UI is asked to repaint when it is ready). `work` is called only when the key is new, so
    /// it may copy what the thread needs from the document.
    pub fn get<F>(&mut self, key: &K, ctx: &egui::Context, work: impl FnOnce() -> Work<F>) -> Option<Arc<T>>
    where
        F: FnOnce() -> T + Send + 'static,
    {
        if let Some((k, value)) = &self.done
            && k == key
        {
            return Some(Arc::clone(value));
        }
        if let Some((k, rx)) = &self.running
            && k == key
        {
            return match rx.try_recv() {
                Ok(value) => {
                    self.running = None;
                    let value = Arc::new(value);
                    self.done = Some((key.clone(), Arc::clone(&value)));
                    Some(value)
                }
                Err(TryRecvError::Empty) => None,
                // The worker panicked: try once more on the next frame rather than wait forever.
                Err(TryRecvError::Disconnected) => {
                    self.running = None;
                    None
                }
            };
        }
        let Work { heavy, compute } = work();
        if heavy {
            let (tx, rx) = channel();
            let ctx = ctx.clone();
            super::worker::spawn("scan", move || {
                // A closed channel means nobody wants the value any more.
                let _ = tx.send(compute());
                ctx.request_repaint();
            });
            self.running = Some((key.clone(), rx));
            None
        } else {
            self.running = None;
            let value = Arc::new(compute());
            self.done = Some((key.clone(), Arc::clone(&value)));
            Some(value)
        }
    }

    /// The last value computed and its key, whatever the key asked for now (to keep showing
    /// something while a newer value is worked out).
    pub fn latest(&self) -> Option<(&K, Arc<T>)> {
        self.done.as_ref().map(|(k, v)| (k, Arc::clone(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light_work_is_done_at_once_and_heavy_work_arrives_later_without_recomputing() {
        let ctx = egui::Context::default();
        let mut d: Deferred<u64, usize> = Deferred::default();
        let mut calls = 0;
        let mut light = |n: usize| {
            calls += 1;
            Work { heavy: false, compute: move || n }
        };
        assert_eq!(d.get(&1, &ctx, || light(10)).as_deref(), Some(&10));
        assert_eq!(d.get(&1, &ctx, || light(99)).as_deref(), Some(&10), "cached on the key");
        assert_eq!(calls, 1);

        assert_eq!(d.get(&2, &ctx, || Work { heavy: true, compute: || 20 }), None);
        assert_eq!(d.latest().map(|(k, v)| (*k, *v)), Some((1, 10)), "the old value stays meanwhile");
        let mut got = None;
        for _ in 0..500 {
            got = d.get(&2, &ctx, || -> Work<fn() -> usize> { panic!("a running key is not started again") });
            if got.is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(got.as_deref(), Some(&20));
        assert_eq!(d.latest().map(|(k, v)| (*k, *v)), Some((2, 20)));
    }
}
