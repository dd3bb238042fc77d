//! Reading and writing files: projects, imports and exports.

pub mod dictionary;
pub mod export;
pub mod import;
pub mod lock;
pub mod merge;
mod migrate;
pub mod project_file;
pub mod read;
pub mod recovery;
pub mod repair;
