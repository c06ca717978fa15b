//! Content hashes of files: the SHA-256 that identifies a photo (thumbnail
//! cache, duplicate checks, what was sent), remembered per file so a photo is
//! hashed once, and the cheap sample hash that tells most files apart
//! without a full read.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Hex SHA-256 of a file, streamed; a file hashed before in this process
/// and unchanged since is not read again ([`remember`]).
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path).map_err(|e| Error::unreadable(path.display(), &e))?;
    let read_failed = |e: std::io::Error| Error::unreadable(path.display(), &e);
    let meta = f.metadata().map_err(read_failed)?;
    if let Some(h) = recall(path, &meta) {
        return Ok(h);
    }
    let h = sha256_copy(&mut f, &mut std::io::sink()).map_err(read_failed)?;
    remember(path, &meta, &h);
    Ok(h)
}

/// What a file was when it was hashed: equal identity, size and
/// modification time (to the nanosecond where the file system keeps it)
/// mean the same content, as far as a file's metadata can tell.
#[derive(PartialEq, Eq)]
struct Stamp {
    size: u64,
    modified: Option<std::time::SystemTime>,
    id: Option<String>,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            size: meta.len(),
            modified: meta.modified().ok(),
            id: crate::fsx::file_id(meta),
        }
    }
}

type Memo = std::collections::HashMap<std::path::PathBuf, (Stamp, String)>;

/// Full hashes computed in this process, so that one photo is hashed once
/// however many parts need it: the app's thumbnail cache (keyed on content)
/// and the job that uploads the same file later.
static KNOWN: std::sync::LazyLock<std::sync::Mutex<Memo>> =
    std::sync::LazyLock::new(Default::default);

/// Beyond this many entries the memo starts again (a batch is far smaller).
const KNOWN_MAX: usize = 20_000;

/// Note that `path`, as `meta` describes it, hashes to `hex`.
pub fn remember(path: &Path, meta: &std::fs::Metadata, hex: &str) {
    let Ok(abs) = std::path::absolute(path) else {
        return;
    };
    let mut m = KNOWN.lock().unwrap_or_else(|p| p.into_inner());
    if m.len() >= KNOWN_MAX {
        m.clear();
    }
    m.insert(abs, (Stamp::of(meta), hex.to_string()));
}

/// The hash of `path` if it was hashed in this process and `meta` still
/// describes the file as it was then.
pub fn recall(path: &Path, meta: &std::fs::Metadata) -> Option<String> {
    let abs = std::path::absolute(path).ok()?;
    let m = KNOWN.lock().unwrap_or_else(|p| p.into_inner());
    m.get(&abs)
        .filter(|(stamp, _)| *stamp == Stamp::of(meta))
        .map(|(_, h)| h.clone())
}

/// Bytes read from each end of a file for [`sample_hash`].
pub const SAMPLE_BYTES: u64 = 64 * 1024;

/// XXH3-128 of a file's size, first and last 64 KiB, as `xxh3:` and hex:
/// equal files have equal samples, so files whose samples differ need no
/// full hash to tell them apart (what duplicate finders such as jdupes do
/// before hashing whole files). `head` is what was already read from the
/// file's start (the probe's bytes): only what it lacks is read, from the
/// same handle.
///
/// Not a cryptographic hash, on purpose: a sample only picks the files that
/// get a full SHA-256 before anything is called a duplicate, so a collision
/// costs one extra hash, never a skipped photo; and XXH3 takes a tenth of
/// SHA-256's time, which every queued file pays.
pub fn sample_hash(f: &mut std::fs::File, size: u64, head: &[u8]) -> std::io::Result<String> {
    use std::io::{Seek, SeekFrom};
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(&size.to_le_bytes());
    let first = size.min(SAMPLE_BYTES) as usize;
    let mut buf = vec![];
    let first_bytes = if head.len() >= first {
        &head[..first]
    } else {
        buf.resize(first, 0);
        f.seek(SeekFrom::Start(0))?;
        f.read_exact(&mut buf)?;
        &buf[..]
    };
    h.update(first_bytes);
    if size > SAMPLE_BYTES {
        let tail = (size - SAMPLE_BYTES).max(SAMPLE_BYTES);
        let n = (size - tail) as usize;
        if head.len() as u64 >= size {
            h.update(&head[tail as usize..]);
        } else {
            buf.resize(n, 0);
            f.seek(SeekFrom::Start(tail))?;
            f.read_exact(&mut buf[..n])?;
            h.update(&buf[..n]);
        }
    }
    Ok(format!("{SAMPLE_PREFIX}{:032x}", h.digest128()))
}

/// What every sample [`sample_hash`] makes starts with; older versions'
/// samples (SHA-256) did not, and the queue forgets those (`Queue::open`).
pub const SAMPLE_PREFIX: &str = "xxh3:";

/// Hashes every byte of a file read through it, once, whatever the reader
/// seeks: a forward seek past bytes not yet hashed reads them instead
/// (metadata blocks a stripped copy leaves out), so the file's full SHA-256
/// comes out of the same pass that copies it, without a second read.
pub struct HashingReader<R> {
    inner: R,
    len: u64,
    /// Where the caller is, and where `inner` is (seeks are lazy).
    pos: u64,
    inner_pos: u64,
    /// Every byte before this has been hashed, in order.
    hashed: u64,
    h: Sha256,
}

impl<R: Read + std::io::Seek> HashingReader<R> {
    /// `inner` positioned anywhere; `len` is the file's length.
    pub fn new(mut inner: R, len: u64) -> std::io::Result<Self> {
        inner.seek(std::io::SeekFrom::Start(0))?;
        Ok(HashingReader {
            inner,
            len,
            pos: 0,
            inner_pos: 0,
            hashed: 0,
            h: Sha256::new(),
        })
    }

    /// Read and hash `inner` from `hashed` up to `to`.
    fn catch_up(&mut self, to: u64) -> std::io::Result<()> {
        if self.inner_pos != self.hashed {
            self.inner.seek(std::io::SeekFrom::Start(self.hashed))?;
            self.inner_pos = self.hashed;
        }
        let mut buf = vec![0u8; 64 * 1024];
        while self.hashed < to {
            let want = (to - self.hashed).min(buf.len() as u64) as usize;
            let n = self.inner.read(&mut buf[..want])?;
            if n == 0 {
                break;
            }
            self.h.update(&buf[..n]);
            self.hashed += n as u64;
            self.inner_pos += n as u64;
        }
        Ok(())
    }

    /// The hex SHA-256 of the whole file (what was not read yet is read now).
    pub fn finish(mut self) -> std::io::Result<(String, R)> {
        self.catch_up(self.len)?;
        if self.hashed != self.len {
            return Err(std::io::Error::other(crate::tr!("io-changed-while-read")));
        }
        Ok((hex::encode(self.h.finalize()), self.inner))
    }
}

impl<R: Read + std::io::Seek> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos > self.hashed {
            self.catch_up(self.pos)?;
        }
        if self.inner_pos != self.pos {
            self.inner.seek(std::io::SeekFrom::Start(self.pos))?;
            self.inner_pos = self.pos;
        }
        let n = self.inner.read(buf)?;
        let end = self.pos + n as u64;
        if self.pos <= self.hashed && end > self.hashed {
            self.h.update(&buf[(self.hashed - self.pos) as usize..n]);
            self.hashed = end;
        }
        self.pos = end;
        self.inner_pos = end;
        Ok(n)
    }
}

impl<R: Read + std::io::Seek> std::io::Seek for HashingReader<R> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        self.pos = super::seek_target(to, self.pos, self.len)?;
        Ok(self.pos)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Seek, SeekFrom};

    fn file_of(bytes: &[u8]) -> (tempfile::NamedTempFile, std::fs::File) {
        let mut t = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut t, bytes).unwrap();
        let f = std::fs::File::open(t.path()).unwrap();
        (t, f)
    }

    fn bytes(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 7 + i / 251) as u8).collect()
    }

    #[test]
    fn the_hashing_reader_hashes_every_byte_once_whatever_is_skipped() {
        let data = bytes(300_000);
        let whole = hex::encode(Sha256::digest(&data));
        let (_t, f) = file_of(&data);
        let mut r = HashingReader::new(f, data.len() as u64).unwrap();
        // What write_stripped does: the length, then ranges with gaps between,
        // after a look at the start and a look ahead.
        assert_eq!(r.seek(SeekFrom::End(0)).unwrap(), 300_000);
        let mut b = [0u8; 10];
        r.seek(SeekFrom::Start(0)).unwrap();
        r.read_exact(&mut b).unwrap();
        assert_eq!(&b[..], &data[..10]);
        r.seek(SeekFrom::Start(100_000)).unwrap();
        r.read_exact(&mut b).unwrap();
        assert_eq!(&b[..], &data[100_000..100_010]);
        r.seek(SeekFrom::Start(5)).unwrap();
        let mut mid = vec![0u8; 50_000];
        r.read_exact(&mut mid).unwrap();
        assert_eq!(mid, &data[5..50_005]);
        r.seek(SeekFrom::Start(250_000)).unwrap();
        r.read_exact(&mut mid[..20_000]).unwrap();
        assert_eq!(&mid[..20_000], &data[250_000..270_000]);
        let (h, _) = r.finish().unwrap();
        assert_eq!(h, whole);
    }

    #[test]
    fn the_hashing_reader_notices_a_file_cut_short() {
        let data = bytes(1000);
        let (_t, f) = file_of(&data);
        let r = HashingReader::new(f, 2000).unwrap();
        assert!(r.finish().is_err());
    }

    #[test]
    fn the_sample_is_the_same_with_or_without_the_probed_head() {
        for n in [10usize, 64 * 1024, 100_000, 200_000, 300_000] {
            let data = bytes(n);
            let (_t, mut f) = file_of(&data);
            let none = sample_hash(&mut f, n as u64, &[]).unwrap();
            let some = sample_hash(&mut f, n as u64, &data[..n.min(256 * 1024)]).unwrap();
            assert_eq!(none, some, "{n} bytes");
            let short = sample_hash(&mut f, n as u64, &data[..n.min(100)]).unwrap();
            assert_eq!(none, short, "{n} bytes, short head");
        }
    }

    #[test]
    fn a_file_is_hashed_once_until_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jpg");
        std::fs::write(&p, b"one").unwrap();
        let h1 = sha256_file(&p).unwrap();
        assert_eq!(
            recall(&p, &std::fs::metadata(&p).unwrap()),
            Some(h1.clone())
        );
        // Another size: not the same file any more.
        std::fs::write(&p, b"other").unwrap();
        assert_eq!(recall(&p, &std::fs::metadata(&p).unwrap()), None);
        let h2 = sha256_file(&p).unwrap();
        assert_ne!(h1, h2);
        assert_eq!(h2, hex::encode(Sha256::digest(b"other")));
    }
}
