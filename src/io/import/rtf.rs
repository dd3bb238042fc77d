//! RTF as plain text, for Factiva's "Save as RTF": paragraphs as lines, table cells separated by
//! tabs, characters decoded from the file's code page (`\ansicpg`, `\'xx` bytes) and Unicode
//! escapes (`\uN` with its `\uc` fallback skipped, a UTF-16 surrogate pair written as two `\uN`
//! joined into one character). Binary data (`\binN`) is skipped.
//!
//! A reader of the control words such exports use rather than a crate: the RTF crates on
//! crates.io are lexers for whole documents and panic on some malformed input, while what an
//! importer needs is the text. Destinations that hold no body text (font and colour tables,
//! style sheets, document information, pictures, headers and footers, `{\*...}` groups) are
//! skipped. Work is one pass over the bytes with an explicit stack, so hostile nesting or size
//! costs memory in proportion to the file and nothing more.

use encoding_rs::{Encoding, WINDOWS_1252};

/// Destinations whose contents are not the document's text.
const SKIPPED: [&str; 20] = [
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "themedata",
    "object",
    "fldinst",
];

/// Whether `bytes` are an RTF document.
pub fn is_rtf(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    bytes[start..].starts_with(b"{\\rtf")
}

/// One group's state: whether its text is skipped, and how many fallback characters follow a
/// `\uN`.
#[derive(Clone, Copy)]
struct Group {
    skip: bool,
    uc: usize,
}

/// The text being written, holding back the first half of a UTF-16 surrogate pair until the
/// second arrives: Word writes a character beyond the 16-bit range (an emoji, a rare CJK
/// ideograph) as two `\uN`, each a signed 16-bit unit (😀 is `\u-10179?\u-8704?`).
#[derive(Default)]
struct Text {
    text: String,
    high: Option<u16>,
}

impl Text {
    /// A first half with no second half after it is a broken character: U+FFFD.
    fn lone_half(&mut self) {
        if self.high.take().is_some() {
            self.text.push('\u{fffd}');
        }
    }

    fn push(&mut self, c: char) {
        self.lone_half();
        self.text.push(c);
    }

    fn push_str(&mut self, s: &str) {
        self.lone_half();
        self.text.push_str(s);
    }

    /// One `\uN` unit: a character, or half of a surrogate pair.
    fn unit(&mut self, unit: u16) {
        match unit {
            0xD800..=0xDBFF => {
                self.lone_half();
                self.high = Some(unit);
            }
            0xDC00..=0xDFFF => match self.high.take() {
                Some(high) => {
                    let c = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                    self.text.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                }
                None => self.text.push('\u{fffd}'),
            },
            _ => self.push(char::from_u32(u32::from(unit)).unwrap_or('\u{fffd}')),
        }
    }

    fn finish(mut self) -> String {
        self.lone_half();
        self.text
    }
}

/// The text of an RTF document, lines ending paragraphs and rows, tabs between table cells.
pub fn to_text(bytes: &[u8]) -> String {
    let mut out = Text::default();
    // Bytes of `\'xx` escapes waiting to be decoded together (a double-byte code page writes
    // one character as two escapes).
    let mut pending: Vec<u8> = Vec::new();
    let mut encoding: &'static Encoding = WINDOWS_1252;
    let mut stack: Vec<Group> = Vec::new();
    let mut group = Group { skip: false, uc: 1 };
    // Fallback characters still to drop after a `\uN`.
    let mut fallback = 0usize;
    let mut i = 0;
    let flush = |pending: &mut Vec<u8>, out: &mut Text, encoding: &'static Encoding| {
        if !pending.is_empty() {
            out.push_str(&encoding.decode_without_bom_handling(pending).0);
            pending.clear();
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' => {
                flush(&mut pending, &mut out, encoding);
                stack.push(group);
                fallback = 0;
                i += 1;
            }
            b'}' => {
                flush(&mut pending, &mut out, encoding);
                group = stack.pop().unwrap_or(group);
                fallback = 0;
                i += 1;
            }
            b'\\' => {
                let (word, arg, next) = control(bytes, i + 1);
                i = next;
                if word == "'" {
                    // A byte in the code page: `\'e9`.
                    let byte =
                        bytes.get(i..i + 2).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
                    i += if byte.is_some() { 2 } else { 0 };
                    if fallback > 0 {
                        fallback -= 1;
                    } else if let (Some(byte), false) = (byte, group.skip) {
                        pending.push(byte);
                    }
                    continue;
                }
                flush(&mut pending, &mut out, encoding);
                if word == "bin" {
                    // Binary data (a picture's bytes), skipped even in a skipped group since
                    // its bytes may be braces; a length past the end ends the document.
                    let len = arg.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
                    i = i.saturating_add(len).min(bytes.len());
                    continue;
                }
                if word == "*" || SKIPPED.contains(&word) {
                    group.skip = true;
                    continue;
                }
                match word {
                    "ansicpg" => {
                        let page = arg.and_then(|n| u16::try_from(n).ok());
                        encoding = page.and_then(code_page).unwrap_or(WINDOWS_1252);
                    }
                    "uc" => group.uc = arg.and_then(|n| usize::try_from(n).ok()).unwrap_or(1).min(8),
                    _ if group.skip => {}
                    "u" => {
                        // Negative values are the upper half of the 16-bit range; a value outside
                        // it is no character.
                        let n = arg.unwrap_or(0);
                        let n = if n < 0 { n + 65536 } else { n };
                        match u16::try_from(n) {
                            Ok(unit) => out.unit(unit),
                            Err(_) => out.push('\u{fffd}'),
                        }
                        fallback = group.uc;
                    }
                    "par" | "line" | "row" | "sect" | "page" => out.push('\n'),
                    "cell" | "tab" => out.push('\t'),
                    "~" => out.push('\u{a0}'),
                    "_" => out.push('-'),
                    "emdash" => out.push('—'),
                    "endash" => out.push('–'),
                    "lquote" => out.push('‘'),
                    "rquote" => out.push('’'),
                    "ldblquote" => out.push('“'),
                    "rdblquote" => out.push('”'),
                    "bullet" => out.push('•'),
                    "\\" | "{" | "}" => out.push_str(word),
                    _ => {}
                }
            }
            // Line breaks in the file are not text; RTF says where lines end.
            b'\r' | b'\n' => i += 1,
            _ => {
                // A run of plain bytes up to the next control character.
                let end = bytes[i..]
                    .iter()
                    .position(|c| matches!(c, b'{' | b'}' | b'\\' | b'\r' | b'\n'))
                    .map_or(bytes.len(), |p| i + p);
                let mut run = &bytes[i..end];
                let dropped = fallback.min(run.len());
                run = &run[dropped..];
                fallback -= dropped;
                if !group.skip {
                    pending.extend_from_slice(run);
                    flush(&mut pending, &mut out, encoding);
                }
                i = end;
            }
        }
    }
    flush(&mut pending, &mut out, encoding);
    out.finish()
}

/// The control word or symbol after a backslash at `at`: its name, its numeric argument and
/// where the text after it (and after the one space that ends a word) begins.
fn control(bytes: &[u8], at: usize) -> (&str, Option<i64>, usize) {
    let Some(&first) = bytes.get(at) else {
        return ("", None, at);
    };
    if !first.is_ascii_alphabetic() {
        // A control symbol: `\'`, `\~`, `\*`, `\\`, `\{`; `\` before a line break is a paragraph.
        let symbol = match first {
            b'\r' | b'\n' => "par",
            _ => std::str::from_utf8(&bytes[at..at + 1]).unwrap_or(""),
        };
        return (symbol, None, at + 1);
    }
    let name_end =
        bytes[at..].iter().position(|c| !c.is_ascii_alphabetic()).map_or(bytes.len(), |p| at + p).min(at + 32);
    let name = std::str::from_utf8(&bytes[at..name_end]).unwrap_or("");
    let mut end = name_end;
    if bytes.get(end) == Some(&b'-') {
        end += 1;
    }
    let digits_end =
        bytes[end..].iter().position(|c| !c.is_ascii_digit()).map_or(bytes.len(), |p| end + p).min(end + 10);
    let arg =
        (digits_end > end).then(|| std::str::from_utf8(&bytes[name_end..digits_end]).ok()?.parse().ok()).flatten();
    let end = if arg.is_some() { digits_end } else { name_end };
    let end = if bytes.get(end) == Some(&b' ') { end + 1 } else { end };
    (name, arg, end)
}

/// The encoding of a Windows code page number (`\ansicpg1251`, `\ansicpg936`).
fn code_page(page: u16) -> Option<&'static Encoding> {
    let label = match page {
        65001 => "utf-8".to_owned(),
        936 => "gbk".to_owned(),
        950 => "big5".to_owned(),
        932 => "shift_jis".to_owned(),
        949 => "euc-kr".to_owned(),
        874 => "windows-874".to_owned(),
        p => format!("windows-{p}"),
    };
    Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_cells_and_escapes_become_text() {
        let rtf = br"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}
{\*\generator Factiva;}\pard\plain\f0 Caf\'e9 talks \u8212? resumed\par
{\b Second} line\line next\par
\trowd\cellx100\cellx200 HD\cell Headline\cell\row
\ldblquote quoted\rdblquote\~end\par}";
        assert!(is_rtf(rtf));
        assert_eq!(to_text(rtf), "Café talks — resumed\nSecond line\nnext\nHD\tHeadline\t\n“quoted”\u{a0}end\n");
    }

    #[test]
    fn code_pages_and_unicode_fallbacks_decode_as_written() {
        // Cyrillic in Windows-1251, and Chinese as GBK byte pairs.
        assert_eq!(to_text(br"{\rtf1\ansi\ansicpg1251 \'cc\'e8\'f0\par}"), "Мир\n");
        assert_eq!(to_text(br"{\rtf1\ansi\ansicpg936 \'d6\'d0\'b9\'fa\par}"), "中国\n");
        // \uc2: two fallback bytes after each \u are dropped, escaped or not.
        assert_eq!(to_text(br"{\rtf1\uc2\u26085\'93\'fa\u26412 ab\par}"), "日本\n");
        assert_eq!(to_text(br"{\rtf1 \u-3913?\par}"), "\u{f0b7}\n");
    }

    #[test]
    fn a_surrogate_pair_as_word_writes_it_is_one_character_and_a_lone_half_is_a_replacement() {
        // 😀 U+1F600 and 𠀋 U+2000B (a rare CJK ideograph), as two signed 16-bit units each.
        assert_eq!(to_text(br"{\rtf1 Hi \u-10179?\u-8704? and \u-10176?\u-9205?\par}"), "Hi 😀 and 𠀋\n");
        // With escaped fallback bytes in between, as `\uc2` writers do.
        assert_eq!(to_text(br"{\rtf1\uc2 \u-10179\'3f\'3f\u-8704\'3f\'3f!}"), "😀!");
        // A first half followed by text, a second half alone, a first half at the end.
        assert_eq!(to_text(br"{\rtf1 a\u-10179?b\u-8704?c\u-10179?}"), "a\u{fffd}b\u{fffd}c\u{fffd}");
        // Two first halves in a row: the first is broken, the second pairs.
        assert_eq!(to_text(br"{\rtf1 \u-10179?\u-10179?\u-8704?}"), "\u{fffd}😀");
    }

    #[test]
    fn binary_data_is_skipped_even_when_it_holds_braces_and_a_huge_length_ends_the_text() {
        let mut rtf = br"{\rtf1 before {\pict\bin5 ".to_vec();
        rtf.extend_from_slice(b"}{\\\x00\xff");
        rtf.extend_from_slice(br"}after\bin3 xyzdone\par}");
        assert_eq!(to_text(&rtf), "before afterdone\n");
        assert_eq!(to_text(br"{\rtf1 kept \bin99999999999 lost}"), "kept ");
        assert_eq!(to_text(br"{\rtf1 kept \bin-5 also}"), "kept also");
    }

    #[test]
    fn hostile_rtf_gives_text_or_nothing_without_a_panic() {
        let deep = format!("{{\\rtf1 {}x{}", "{".repeat(100_000), "}".repeat(100_001));
        assert_eq!(to_text(deep.as_bytes()), "x");
        for bad in [
            &b"{\\rtf1 \\"[..],
            b"{\\rtf1 \\'",
            b"{\\rtf1 \\'zz",
            b"{\\u99999999999999}",
            b"}}}}{\\uc9999999 x",
            b"\\ansicpg99999",
        ] {
            let _ = to_text(bad);
        }
        assert!(!is_rtf(b"plain text"));
    }
}
