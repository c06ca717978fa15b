//! Content hashes of files: the SHA-256 that identifies a photo (thumbnail
//! cache, duplicate checks, what was sent) and the cheap sample hash the
//! watcher uses to recognise a file it has seen.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Hex SHA-256 of a file, streamed.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path).map_err(|e| {
        Error::input(
            "FILE_UNREADABLE",
            format!("{}: cannot open ({e}).", path.display()),
        )
    })?;
    sha256_copy(&mut f, &mut std::io::sink()).map_err(|e| {
        Error::input(
            "FILE_UNREADABLE",
            format!("{}: read failed ({e}).", path.display()),
        )
    })
}

/// Bytes read from each end of a file for [`sample_hash`].
const SAMPLE_BYTES: u64 = 64 * 1024;

/// Hex SHA-256 of a file's size, first and last 64 KiB: equal files have
/// equal samples, so files whose samples differ need no full hash to tell
/// them apart (what duplicate finders such as jdupes do before hashing whole
/// files). Two reads, whatever the size.
pub fn sample_hash(f: &mut std::fs::File, size: u64) -> std::io::Result<String> {
    use std::io::{Seek, SeekFrom};
    let mut h = Sha256::new();
    h.update(size.to_le_bytes());
    let mut buf = vec![0u8; SAMPLE_BYTES as usize];
    f.seek(SeekFrom::Start(0))?;
    let head = size.min(SAMPLE_BYTES) as usize;
    f.read_exact(&mut buf[..head])?;
    h.update(&buf[..head]);
    if size > SAMPLE_BYTES {
        let tail = (size - SAMPLE_BYTES).max(SAMPLE_BYTES);
        f.seek(SeekFrom::Start(tail))?;
        let n = (size - tail) as usize;
        f.read_exact(&mut buf[..n])?;
        h.update(&buf[..n]);
    }
    Ok(hex::encode(h.finalize()))
}

/// Hex SHA-256 of everything `from` yields, written to `to` on the way
/// (`io::sink()` to only hash).
pub fn sha256_copy(from: &mut impl Read, to: &mut impl std::io::Write) -> std::io::Result<String> {
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = from.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        to.write_all(&buf[..n])?;
    }
    Ok(hex::encode(h.finalize()))
}
