//! Reading a file the analyst named: ordinary files only, and never more than a cap.
//!
//! A named pipe (FIFO) blocks whoever opens it until something writes into it, and a device
//! such as `/dev/zero` never ends, so both are refused by their type before they are opened;
//! the size cap is applied to what is actually read, since a file can grow after its size was
//! looked at and some files report no size at all.

use std::fs;
use std::io::Read;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(std::io::Error),
    #[error("it is a folder")]
    Folder,
    #[error("it is {0}, not an ordinary file; Faultline reads only ordinary files (save it as a file first)")]
    Special(&'static str),
    #[error("it is over the {limit}-byte limit ({read} bytes read before stopping)")]
    TooLarge { read: u64, limit: u64 },
}

/// The bytes of the ordinary file at `path` (through links), refused past `limit` bytes.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = fs::metadata(path).map_err(ReadError::Io)?;
    if meta.is_dir() {
        return Err(ReadError::Folder);
    }
    if !meta.is_file() {
        return Err(ReadError::Special(special_kind(&meta)));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { read: meta.len(), limit });
    }
    let file = fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { read: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn special_kind(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::Metadata) -> &'static str {
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_file_within_the_cap_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "twelve bytes").unwrap();
        assert_eq!(read_capped(&path, 12).unwrap(), b"twelve bytes");
        let err = read_capped(&path, 11).unwrap_err().to_string();
        assert_eq!(err, "it is over the 11-byte limit (12 bytes read before stopping)");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_by_its_type_before_anything_is_read() {
        let err = read_capped(Path::new("/dev/zero"), 1 << 20).unwrap_err().to_string();
        assert!(err.starts_with("it is a device, not an ordinary file"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.ron");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read_capped(&fifo, 1 << 20).unwrap_err().to_string();
        assert!(err.starts_with("it is a named pipe (FIFO)"), "{err}");
    }

    #[test]
    fn a_folder_is_named_as_one() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_capped(dir.path(), 10).unwrap_err().to_string(), "it is a folder");
    }
}
