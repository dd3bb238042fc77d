//! What the commands print, made safe for a terminal: control characters from article texts
//! and titles (an escape sequence can recolour, retitle or wipe the analyst's terminal) are
//! shown as `\u{1b}`-style escapes, and a reader that stops early (`| head`) ends the output
//! quietly instead of failing the command halfway, so an import still saves what it read.

use std::io::{self, Write};

/// Wraps the standard output (or error) of a command.
pub struct Terminal<W: Write> {
    inner: W,
    /// The reader went away: the rest of the output is dropped.
    closed: bool,
    /// A 0xC2 byte that may begin a C1 control character (U+0080 to U+009F), held until the
    /// next byte says whether it does.
    pending_c2: bool,
}

impl<W: Write> Terminal<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, closed: false, pending_c2: false }
    }

    /// Whether the reader closed its end.
    pub fn closed(&self) -> bool {
        self.closed
    }

    fn forward(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.write_all(bytes) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

/// Whether a byte below 0x80 is a control character to escape: all of C0 and DEL, except the
/// line breaks and tabs that output is laid out with.
fn is_escaped(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f
}

impl<W: Write> Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 8);
        for &b in buf {
            if std::mem::take(&mut self.pending_c2) {
                if (0x80..=0x9f).contains(&b) {
                    out.extend_from_slice(format!("\\u{{{b:x}}}").as_bytes());
                    continue;
                }
                out.push(0xc2);
            }
            if b == 0xc2 {
                self.pending_c2 = true;
            } else if is_escaped(b) {
                out.extend_from_slice(format!("\\u{{{b:x}}}").as_bytes());
            } else {
                out.push(b);
            }
        }
        self.forward(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.pending_c2) {
            self.forward(&[0xc2])?;
        }
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        let mut t = Terminal::new(Vec::new());
        // A byte at a time, so a C1 character split across writes is still caught.
        for b in text.as_bytes() {
            t.write_all(std::slice::from_ref(b)).unwrap();
        }
        t.flush().unwrap();
        String::from_utf8(t.inner).unwrap()
    }

    #[test]
    fn escape_sequences_and_bells_are_shown_not_obeyed() {
        assert_eq!(shown("a\u{1b}]0;owned\u{7}b"), "a\\u{1b}]0;owned\\u{7}b");
        assert_eq!(shown("x\ry\u{7f}"), "x\\u{d}y\\u{7f}");
        assert_eq!(shown("csi\u{9b}2J"), "csi\\u{9b}2J");
    }

    #[test]
    fn text_line_breaks_tabs_and_accented_letters_pass_unchanged() {
        let text = "Président Xi — “tariffs”\n\tnext line £5 é\u{a0}Â";
        assert_eq!(shown(text), text);
    }

    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
    }

    #[test]
    fn a_closed_pipe_swallows_the_rest_of_the_output_quietly() {
        let mut t = Terminal::new(ClosedPipe);
        writeln!(t, "first").unwrap();
        writeln!(t, "second").unwrap();
        t.flush().unwrap();
        assert!(t.closed());
    }
}
