//! The whole project as JSON, field for field the RON project file; described by the JSON
//! Schema in `assets/schema/project.schema.json`.

use crate::model::Project;

pub fn project_json(p: &Project) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(p)?;
    bytes.push(b'\n');
    Ok(bytes)
}
