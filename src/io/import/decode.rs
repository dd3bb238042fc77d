//! From file bytes to text: refuse what is not text, and decode what is, saying so when the
//! bytes were not UTF-8.
//!
//! Saved pages and old `.txt` exports from Windows are often Windows-1252 (curly quotes as bytes
//! 0x93/0x94). Refusing them, as the first importer did, sent analysts to a text editor; guessing
//! silently would hide a wrong guess. So: decode, and tell (`Decoded::notice`).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::TextProblem;
use crate::model::text::normalize_newlines;

/// Text decoded from bytes, newlines normalised, with a note for the analyst when it was not
/// plain UTF-8.
#[derive(Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub notice: Option<String>,
}

/// The encoding a file declares for itself (an HTML `<meta charset>`), if any.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Declared {
    None,
    Charset(&'static Encoding),
}

/// How much of a file is inspected for control characters.
const SNIFF_BYTES: usize = 64 << 10;

/// Decodes `bytes`: a byte-order mark wins, then the declared encoding, then UTF-8, and failing
/// that Windows-1252 (which maps every byte, so decoding cannot fail).
pub fn decode(bytes: &[u8], declared: Declared) -> Result<Decoded, TextProblem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(TextProblem::Empty);
    }
    let (text, notice) = match Encoding::for_bom(bytes) {
        // UTF-16 text is full of NUL bytes, so it is recognised before the binary check.
        Some((encoding, bom)) if encoding != UTF_8 => {
            let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
            (text.into_owned(), Some(format!("decoded as {}", encoding.name())))
        }
        _ => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            if looks_binary(bytes) {
                return Err(TextProblem::Binary);
            }
            match declared {
                Declared::Charset(encoding) if encoding != UTF_8 => {
                    let (text, _) = encoding.decode_without_bom_handling(bytes);
                    (text.into_owned(), Some(format!("decoded as {}, as the page declares", encoding.name())))
                }
                _ => match std::str::from_utf8(bytes) {
                    Ok(text) => (text.to_owned(), None),
                    Err(_) => {
                        let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
                        let notice = "not valid UTF-8: decoded as Windows-1252 (check quotes and accented letters)";
                        (text.into_owned(), Some(notice.to_owned()))
                    }
                },
            }
        }
    };
    if text.trim().is_empty() {
        return Err(TextProblem::Empty);
    }
    Ok(Decoded { text: normalize_newlines(&text), notice })
}

/// NUL bytes, or more than one byte in ten a control character other than layout (tab,
/// newlines, form feed): no article looks like that, while images, PDFs and archives do.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return true;
    }
    let controls =
        head.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    controls * 10 > head.len()
}

/// The charset an HTML page declares in a `<meta charset=...>` or `<meta http-equiv
/// content="...; charset=...">` within its first 1024 bytes, where the HTML standard's prescan
/// looks. A declared UTF-16 means UTF-8 (as browsers do: the bytes would have had a BOM).
pub fn html_charset(bytes: &[u8]) -> Declared {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    head.split("<meta")
        .skip(1)
        .filter_map(|tag| {
            let tag = tag.split('>').next()?;
            let after = tag.split_once("charset")?.1.trim_start().strip_prefix('=')?;
            let label: String = after
                .trim_start_matches([' ', '"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            Encoding::for_label(label.as_bytes())
        })
        .next()
        .map_or(Declared::None, |e| Declared::Charset(e.output_encoding()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_without_notice() {
        let d = decode("“Beijing” 协议\r\n".as_bytes(), Declared::None).unwrap();
        assert_eq!(d, Decoded { text: "“Beijing” 协议\n".into(), notice: None });
        let bom = decode(b"\xEF\xBB\xBFhi", Declared::None).unwrap();
        assert_eq!(bom.text, "hi");
    }

    #[test]
    fn windows_1252_is_decoded_with_a_notice() {
        let d = decode(b"\x93Seriously violating\x94 caf\xe9", Declared::None).unwrap();
        assert_eq!(d.text, "“Seriously violating” café");
        assert!(d.notice.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn declared_and_bom_encodings_win() {
        let latin = Declared::Charset(encoding_rs::WINDOWS_1252);
        // Valid UTF-8 bytes, but the page says windows-1252: the page is believed.
        assert_eq!(decode("é".as_bytes(), latin).unwrap().text, "Ã©");
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Zoll".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let d = decode(&utf16, Declared::None).unwrap();
        assert_eq!((d.text.as_str(), d.notice.as_deref()), ("Zoll", Some("decoded as UTF-16LE")));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b" \n\t", Declared::None), Err(TextProblem::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF  ", Declared::None), Err(TextProblem::Empty));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\x00\x00", Declared::None), Err(TextProblem::Binary));
        assert_eq!(decode(b"ab\x01\x02\x03\x04", Declared::None), Err(TextProblem::Binary));
        // A stray control character in a long text is not binary.
        assert!(decode(b"a long enough line of text\x0b with one vertical tab", Declared::None).is_ok());
    }

    #[test]
    fn html_charset_is_found_in_both_spellings() {
        let w = Declared::Charset(encoding_rs::WINDOWS_1252);
        assert_eq!(html_charset(b"<html><head><meta charset=\"windows-1252\">"), w);
        assert_eq!(html_charset(b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"), w);
        assert_eq!(html_charset(b"<meta charset='utf-16'>"), Declared::Charset(UTF_8));
        assert_eq!(html_charset(b"<meta name=description content=charset>"), Declared::None);
        assert_eq!(html_charset(b"<p>no meta</p>"), Declared::None);
    }
}
