#![no_main]
// Saved-page import: readability extraction and metadata.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = faultline::io::import::import_bytes(data, faultline::io::import::Format::Html, "fuzz");
});
