#![no_main]
// Plain-text and Markdown import, including the encoding fallback.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = faultline::io::import::import_bytes(data, faultline::io::import::Format::Text, "fuzz");
});
