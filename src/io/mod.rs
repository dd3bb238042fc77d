//! Reading and writing files: projects, imports and exports.

pub mod decode;
mod html_meta;
pub mod import;
pub mod import_html;
pub mod import_text;
pub mod project_file;
