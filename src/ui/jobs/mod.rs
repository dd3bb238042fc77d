//! Work the UI hands to other threads (saving, importing, merging, searching, scanning articles), each
//! polled once a frame so that no frame waits for it.

pub mod background;
pub mod deferred;
pub mod import_job;
pub mod merge_job;
pub mod search_job;
pub mod worker;
