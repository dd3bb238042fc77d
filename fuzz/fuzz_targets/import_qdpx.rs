#![no_main]
// REFI-QDA archives: zip and XML parsing and position checks.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = faultline::io::import::qdpx::parse_qdpx(data);
});
