//! Reading and writing files: projects, imports and exports.

pub mod decode;
pub mod export;
mod html_meta;
pub mod import;
pub mod import_html;
pub mod import_qdpx;
pub mod import_text;
mod migrate;
pub mod project_file;
pub mod recovery;
pub mod repair;
