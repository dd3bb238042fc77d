//! Threads that work for the UI in the background (saving, importing, searching, scanning
//! articles) run at the lowest scheduling priority, so that on a 2-core machine the UI thread
//! keeps a core and frames stay smooth while they work: writing a 60 MB project at normal
//! priority made a few frames in a thousand take over 16 ms, at the lowest none did
//! (`cargo bench --bench frames -- save`).

/// Spawns a named background thread at the lowest priority.
pub fn spawn<T: Send + 'static>(name: &str, work: impl FnOnce() -> T + Send + 'static) -> std::thread::JoinHandle<T> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            lower_priority();
            work()
        })
        // As `std::thread::spawn` does: a thread that cannot be made is not something to go on from.
        .expect("cannot start a background thread")
}

#[cfg(target_os = "linux")]
fn lower_priority() {
    // On Linux a nice value set with `who` 0 applies to the calling thread alone. A failure
    // leaves the thread at normal priority, which still works.
    // SAFETY: a plain system call about the calling thread, with no memory passed.
    unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, 19) };
}

/// Elsewhere the scheduler's default is kept (macOS and Windows favour the focused window's
/// UI thread already).
#[cfg(not(target_os = "linux"))]
fn lower_priority() {}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    fn nice() -> i32 {
        // SAFETY: as in `lower_priority`.
        unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) }
    }

    #[test]
    fn background_threads_run_at_the_lowest_priority_and_leave_the_caller_alone() {
        let before = nice();
        assert_eq!(super::spawn("test", nice).join().unwrap(), 19);
        assert_eq!(nice(), before);
    }
}
