#![no_main]
// Project loading: any text must give a project or an error, never a panic.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = faultline::io::project_file::parse_checked(text);
    }
});
