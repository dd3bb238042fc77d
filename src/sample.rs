//! The sample project, embedded so `faultline` opens it from any working directory.

use crate::model::Project;

/// `projects/us-china-rare-earths-2025.ron` as shipped.
pub const SAMPLE_RON: &str = include_str!("../projects/us-china-rare-earths-2025.ron");

/// The sample project. It is checked by tests, so it always parses.
pub fn sample_project() -> Project {
    crate::io::project_file::parse(SAMPLE_RON).expect("the embedded sample project is valid (checked by tests)")
}
