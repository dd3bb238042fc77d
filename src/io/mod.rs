//! Reading and writing files: projects, imports and exports.

pub mod export;
pub mod import_qdpx;
pub mod import_text;
pub mod project_file;
pub mod recovery;
pub mod repair;
