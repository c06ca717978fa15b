//! What a file really is: content sniffing and header-only dimensions.
//!
//! Files are judged by their bytes, never by their extension, and refused
//! before a byte is sent when they are not an image the destination accepts.
//! Dimensions come from the header alone (`imagesize`), so a 1 GB file costs
//! one small read.

use crate::error::{Error, ErrorKind, Result};
use crate::tr;
use serde::Serialize;
use std::io::Read;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ImageFormat {
    Jpeg,
    Png,
    Gif,
    Bmp,
    Webp,
    Tiff,
    Heic,
}

impl ImageFormat {
    pub const ALL: &'static [ImageFormat] = &[
        ImageFormat::Jpeg,
        ImageFormat::Png,
        ImageFormat::Gif,
        ImageFormat::Bmp,
        ImageFormat::Webp,
        ImageFormat::Tiff,
        ImageFormat::Heic,
    ];

    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Png => "image/png",
            ImageFormat::Gif => "image/gif",
            ImageFormat::Bmp => "image/bmp",
            ImageFormat::Webp => "image/webp",
            ImageFormat::Tiff => "image/tiff",
            ImageFormat::Heic => "image/heic",
        }
    }

    /// Canonical file extension (no dot).
    pub fn ext(self) -> &'static str {
        match self {
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Png => "png",
            ImageFormat::Gif => "gif",
            ImageFormat::Bmp => "bmp",
            ImageFormat::Webp => "webp",
            ImageFormat::Tiff => "tiff",
            ImageFormat::Heic => "heic",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::Png => "PNG",
            ImageFormat::Gif => "GIF",
            ImageFormat::Bmp => "BMP",
            ImageFormat::Webp => "WebP",
            ImageFormat::Tiff => "TIFF",
            ImageFormat::Heic => "HEIC",
        }
    }

    /// Whether `ext` (any case, no dot) is a usual extension for this format.
    pub fn matches_ext(self, ext: &str) -> bool {
        let e = ext.to_ascii_lowercase();
        match self {
            ImageFormat::Jpeg => matches!(e.as_str(), "jpg" | "jpeg" | "jpe" | "jfif"),
            ImageFormat::Tiff => matches!(e.as_str(), "tif" | "tiff"),
            ImageFormat::Heic => matches!(e.as_str(), "heic" | "heif" | "hif"),
            f => e == f.ext(),
        }
    }
}

/// Identify an image format from the first bytes of a file.
pub fn sniff(head: &[u8]) -> Option<ImageFormat> {
    let starts = |m: &[u8]| head.starts_with(m);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(ImageFormat::Gif)
    } else if starts(b"BM") && head.len() >= 26 && bmp_header_plausible(head) {
        Some(ImageFormat::Bmp)
    } else if head.len() >= 12 && &head[0..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(ImageFormat::Webp)
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some(ImageFormat::Tiff)
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" && is_heif_brand(&head[8..12]) {
        Some(ImageFormat::Heic)
    } else {
        None
    }
}

fn bmp_dimensions(h: &[u8]) -> Option<(u32, u32)> {
    let dib = u32::from_le_bytes(h.get(14..18)?.try_into().ok()?);
    if dib == 12 {
        let w = u16::from_le_bytes(h.get(18..20)?.try_into().ok()?);
        let ht = u16::from_le_bytes(h.get(20..22)?.try_into().ok()?);
        return Some((w as u32, ht as u32));
    }
    let w = i32::from_le_bytes(h.get(18..22)?.try_into().ok()?);
    let ht = i32::from_le_bytes(h.get(22..26)?.try_into().ok()?);
    Some((w.unsigned_abs(), ht.unsigned_abs()))
}

fn bmp_header_plausible(h: &[u8]) -> bool {
    // DIB header size at offset 14 is one of the known sizes; plain "BM" text is not a bitmap.
    let dib = u32::from_le_bytes([h[14], h[15], h[16], h[17]]);
    matches!(dib, 12 | 16 | 40 | 52 | 56 | 64 | 108 | 124)
}

fn is_heif_brand(b: &[u8]) -> bool {
    matches!(
        b,
        b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1" | b"avif"
    )
}

/// A short human description of what a non-image file looks like, for the refusal message.
pub fn describe_other(head: &[u8]) -> String {
    crate::tr!(other_kind(head))
}

/// The catalog key of [`describe_other`].
fn other_kind(head: &[u8]) -> &'static str {
    let starts = |m: &[u8]| head.starts_with(m);
    if head.is_empty() {
        "other-empty"
    } else if starts(b"%PDF") {
        "other-pdf"
    } else if starts(b"PK\x03\x04") {
        "other-zip"
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
        "other-iso-media"
    } else if starts(b"\x1f\x8b") {
        "other-gzip"
    } else if starts(b"<?xml") || starts(b"<svg") {
        "other-xml"
    } else if starts(b"\x7fELF") || starts(b"MZ") {
        "other-program"
    } else if head.len() >= 12 && &head[0..4] == b"RIFF" {
        "other-riff"
    } else {
        let sample = &head[..head.len().min(512)];
        if std::str::from_utf8(sample).is_ok() && !sample.contains(&0) {
            let lower = String::from_utf8_lossy(sample).to_ascii_lowercase();
            if lower.contains("<html") || lower.contains("<!doctype") {
                "other-html"
            } else {
                "other-text"
            }
        } else {
            "other-unknown"
        }
    }
}

/// What pre-flight learned about a local file.
#[derive(Debug, Clone, Serialize)]
pub struct Probe {
    pub format: ImageFormat,
    pub size: u64,
    /// Pixel dimensions from the header, when it could be read.
    pub dimensions: Option<(u32, u32)>,
}

impl Probe {
    pub fn pixels(&self) -> Option<u64> {
        self.dimensions.map(|(w, h)| w as u64 * h as u64)
    }
}

const HEAD_BYTES: usize = 256 * 1024;

/// Check that `path` is a readable image file and learn its format, size and dimensions.
/// Errors name the file and say what it really is.
pub fn probe(path: &Path) -> Result<Probe> {
    Opened::probe(path).map(|o| o.probe)
}

/// A photo opened once for everything read from it on its way out: the
/// probe's header bytes stay in memory (the whole file, for most photos
/// under 256 KiB), and the open handle serves what follows (the sample hash,
/// the metadata walk, the stripped copy, the upload) without opening the
/// file again.
#[derive(Debug)]
pub struct Opened {
    pub probe: Probe,
    pub file: std::fs::File,
    pub meta: std::fs::Metadata,
    /// The file's first bytes (up to 256 KiB), as read by the probe.
    pub head: Vec<u8>,
}

impl Opened {
    /// Open `path`, check it is a readable image file and probe it.
    pub fn probe(path: &Path) -> Result<Opened> {
        let mut opened = Opened::sniff(path, HEAD_BYTES)?;
        opened.probe.dimensions = opened.dimensions();
        Ok(opened)
    }

    /// Open `path` and check it is a readable image file from its first
    /// `head_bytes` only, without reading its dimensions: all a job needs
    /// when it is queued (its kind, size and sample); the upload probes it
    /// in full later.
    pub fn sniff(path: &Path, head_bytes: usize) -> Result<Opened> {
        let shown = path.display().to_string();
        let refused = |e: std::io::Error| match e.kind() {
            std::io::ErrorKind::NotFound => {
                Error::input("FILE_NOT_FOUND", tr!("error-file-not-found", path = &shown))
            }
            std::io::ErrorKind::PermissionDenied => Error::input(
                "FILE_UNREADABLE",
                tr!("error-file-permission", path = &shown),
            ),
            _ => Error::unreadable(&shown, &e),
        };
        // Stat first: opening a FIFO or a device would block or read forever.
        let meta = std::fs::metadata(path).map_err(refused)?;
        if meta.is_dir() {
            return Err(Error::input(
                "IS_A_DIRECTORY",
                tr!("error-is-a-directory", path = &shown),
            ));
        }
        if !meta.is_file() {
            return Err(Error::input(
                "NOT_A_FILE",
                tr!("error-not-a-file", path = &shown),
            ));
        }
        let mut file = std::fs::File::open(path).map_err(|e| Error::unreadable(&shown, &e))?;
        // The handle's own metadata: what was opened, should the path have
        // been swapped between the stat and the open.
        let meta = file.metadata().map_err(refused)?;
        let mut head = Vec::with_capacity(head_bytes.min(meta.len() as usize));
        (&mut file)
            .take(head_bytes as u64)
            .read_to_end(&mut head)
            .map_err(|e| Error::unreadable(&shown, &e))?;
        let format = sniff(&head).ok_or_else(|| {
            Error::new(
                ErrorKind::Input,
                "NOT_AN_IMAGE",
                tr!(
                    "error-not-an-image",
                    path = &shown,
                    what = describe_other(&head)
                ),
            )
        })?;
        Ok(Opened {
            probe: Probe {
                format,
                size: meta.len(),
                dimensions: None,
            },
            file,
            meta,
            head,
        })
    }

    /// Pixel dimensions from the header. Usually it is within the head
    /// already read; big metadata blocks need the rest of the file (same handle).
    fn dimensions(&mut self) -> Option<(u32, u32)> {
        if self.probe.format == ImageFormat::Bmp {
            // imagesize reads a top-down bitmap's negative height as a huge number.
            if let Some(d) = bmp_dimensions(&self.head) {
                return Some(d);
            }
        }
        imagesize::blob_size(&self.head)
            .or_else(|_| {
                use std::io::Seek;
                self.file.rewind()?;
                imagesize::reader_size(std::io::BufReader::new(&mut self.file))
            })
            .ok()
            .map(|s| (s.width as u32, s.height as u32))
    }

    /// A reader over the whole file that serves the probed head from
    /// memory and only the rest from the handle: the metadata walk and the
    /// stripped copy after the probe read no byte twice.
    pub fn reader(&mut self) -> HeadFirst<'_> {
        HeadFirst {
            head: &self.head,
            file: &mut self.file,
            len: self.meta.len(),
            pos: 0,
            file_pos: None,
        }
    }
}

/// Where a seek lands in a file of `len` bytes read up to `pos`, for the
/// readers here that only move a position (the reads do the real seeking).
pub(crate) fn seek_target(to: std::io::SeekFrom, pos: u64, len: u64) -> std::io::Result<u64> {
    use std::io::SeekFrom;
    match to {
        SeekFrom::Start(n) => Some(n),
        SeekFrom::End(d) => len.checked_add_signed(d),
        SeekFrom::Current(d) => pos.checked_add_signed(d),
    }
    .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek before the start"))
}

/// See [`Opened::reader`].
pub struct HeadFirst<'a> {
    head: &'a [u8],
    file: &'a mut std::fs::File,
    len: u64,
    pos: u64,
    /// Where the handle is, when known (seeks are made only when needed).
    file_pos: Option<u64>,
}

impl Read for HeadFirst<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::io::{Seek, SeekFrom};
        if let Some(rest) = self.head.get(self.pos as usize..).filter(|r| !r.is_empty()) {
            let n = rest.len().min(buf.len());
            buf[..n].copy_from_slice(&rest[..n]);
            self.pos += n as u64;
            return Ok(n);
        }
        if self.file_pos != Some(self.pos) {
            self.file.seek(SeekFrom::Start(self.pos))?;
        }
        let n = self.file.read(buf)?;
        self.pos += n as u64;
        self.file_pos = Some(self.pos);
        Ok(n)
    }
}

impl std::io::Seek for HeadFirst<'_> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        self.pos = seek_target(to, self.pos, self.len)?;
        Ok(self.pos)
    }
}

/// What a destination accepts. `None` = no documented limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Limits {
    pub formats: &'static [ImageFormat],
    pub max_bytes: Option<u64>,
    pub max_pixels: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_first_reader_reads_the_file_as_it_is() {
        use std::io::{Seek, SeekFrom};
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.jpg");
        let mut data = vec![0xFF, 0xD8, 0xFF, 0xE0];
        data.extend((0..600_000u32).map(|i| (i % 253) as u8));
        std::fs::write(&p, &data).unwrap();
        let mut o = Opened::probe(&p).unwrap();
        assert_eq!(o.head.len(), HEAD_BYTES);
        let mut r = o.reader();
        let mut all = vec![];
        r.read_to_end(&mut all).unwrap();
        assert_eq!(all, data);
        // Across the end of the head, after seeks both ways.
        r.seek(SeekFrom::Start(HEAD_BYTES as u64 - 5)).unwrap();
        let mut b = [0u8; 10];
        r.read_exact(&mut b).unwrap();
        assert_eq!(&b[..], &data[HEAD_BYTES - 5..HEAD_BYTES + 5]);
        r.seek(SeekFrom::Start(3)).unwrap();
        r.read_exact(&mut b).unwrap();
        assert_eq!(&b[..], &data[3..13]);
        assert_eq!(r.seek(SeekFrom::End(-2)).unwrap(), data.len() as u64 - 2);
        let mut end = vec![];
        r.read_to_end(&mut end).unwrap();
        assert_eq!(end, &data[data.len() - 2..]);
    }

    #[test]
    fn sniffs_magic() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(ImageFormat::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nxxxx"), Some(ImageFormat::Png));
        assert_eq!(sniff(b"GIF89a...."), Some(ImageFormat::Gif));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageFormat::Webp));
        assert_eq!(
            sniff(b"\0\0\0\x18ftypheic\0\0\0\0"),
            Some(ImageFormat::Heic)
        );
        assert_eq!(sniff(b"\0\0\0\x18ftypisom\0\0\0\0"), None);
        assert_eq!(sniff(b"BM but just text that is long enough"), None);
        assert_eq!(sniff(b"hello"), None);
        assert_eq!(describe_other(b"%PDF-1.7"), "a PDF document");
        assert_eq!(describe_other(b"just some words"), "a text file");
    }
}

pub mod decode;
pub mod hash;
pub mod metadata;
pub mod prepare;
pub mod thumb;
