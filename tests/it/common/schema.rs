//! JSON exports checked against the schema of their version, as a reader of
//! an export from any klarhet would check it: every version's schema file
//! stays in `schemas/`.

use serde_json::Value;
use std::path::Path;

/// Checks `json` against `schemas/result-v{version}.schema.json`; the
/// schema's complaint in words when it does not match.
pub fn validate(version: u32, json: &Value) -> Result<(), String> {
    let name = format!("result-v{version}.schema.json");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(&name);
    let text = std::fs::read_to_string(&path).expect("the version's schema");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource(&name, serde_json::from_str::<Value>(&text).expect("JSON"))
        .expect("a schema");
    let index = compiler.compile(&name, &mut schemas).expect("it compiles");
    schemas.validate(json, index).map_err(|e| format!("{e:#}"))
}
