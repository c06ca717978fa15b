//! Fit a photo to what its destination accepts, and remove what should not travel.
//!
//! A photo that breaks a limit of the destination (`ProviderInfo::limits`) is
//! converted: downscaled to the pixel limit, orientation baked into the pixels,
//! re-encoded as JPEG with the quality stepped down until it fits the byte
//! limit (a PNG with transparency stays PNG when it fits); a refused format
//! (HEIC, WebP, TIFF for Zoho) becomes JPEG. Otherwise, with privacy on (the
//! default), GPS and serial numbers are removed losslessly. The original is
//! never modified: the result is a temporary copy, deleted when dropped.

use super::decode::{self, Want};
use super::Limits;
use super::{metadata, probe, ImageFormat};
use crate::error::{Error, ErrorKind, Result};
use crate::tr;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FitMode {
    /// Convert what the destination would refuse.
    Auto,
    /// Refuse with a clear message instead.
    Refuse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub fit: FitMode,
    /// Remove GPS location, serial numbers and maker notes.
    pub strip_private: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            fit: FitMode::Auto,
            strip_private: true,
        }
    }
}

/// What preparation changed (`"prepared"` in `upload --json`).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    pub resized: bool,
    pub reencoded: bool,
    /// Private metadata removed: `gps`, `xmp_location`, `serial_numbers`, `maker_notes`.
    pub stripped: Vec<&'static str>,
    /// The original format, when the photo was converted to another one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub converted_from: Option<ImageFormat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub original_dimensions: Option<(u32, u32)>,
    /// Dimensions as sent (upright), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dimensions: Option<(u32, u32)>,
}

impl Report {
    pub fn changed(&self) -> bool {
        self.resized || self.reencoded || !self.stripped.is_empty()
    }

    /// One line for people: "resized 6000×4000 → 3872×2581, converted from HEIC, removed gps".
    pub fn describe(&self) -> String {
        let parts = Changes {
            // (A resize always knows both sizes: it is decided by them.)
            resized: self.resized,
            sizes: self.original_dimensions.zip(self.dimensions),
            converted_from: self.converted_from.map(|f| f.name()),
            reencoded: self.reencoded,
            stripped: &self.stripped,
        }
        .phrases();
        if parts.is_empty() {
            crate::tr!("prepared-unchanged")
        } else {
            parts.join(", ")
        }
    }
}

/// What preparation did, as [`Report`] holds it or as a job's stored report
/// reads back from JSON (the CLI's result lines): one phrase per change, in
/// the language in use.
pub struct Changes<'a> {
    pub resized: bool,
    /// The sizes before and after, when known.
    pub sizes: Option<((u32, u32), (u32, u32))>,
    pub converted_from: Option<&'a str>,
    pub reencoded: bool,
    pub stripped: &'a [&'a str],
}

impl Changes<'_> {
    pub fn phrases(&self) -> Vec<String> {
        let mut parts = vec![];
        match (self.resized, self.sizes) {
            (true, Some(((w, h), (nw, nh)))) => parts.push(crate::tr!(
                "cli-resized",
                from = format!("{w}×{h}"),
                to = format!("{nw}×{nh}")
            )),
            (true, None) => parts.push(crate::tr!("cli-resized-plain")),
            (false, _) => {}
        }
        if let Some(f) = self.converted_from {
            parts.push(crate::tr!("cli-converted", format = f));
        } else if self.reencoded {
            parts.push(crate::tr!("cli-reencoded"));
        }
        if !self.stripped.is_empty() {
            parts.push(crate::tr!("cli-removed", what = self.stripped.join(", ")));
        }
        parts
    }
}

/// The file to send: the original, or a prepared temporary copy.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub path: PathBuf,
    pub format: ImageFormat,
    pub size: u64,
    pub report: Report,
    /// Keeps a temporary copy alive; deleted when the last clone is dropped.
    pub temp: Option<Arc<tempfile::TempPath>>,
    /// The original's SHA-256, when asked for ([`prepare_with`]) and a
    /// prepared copy is what is sent (the original is what later files are
    /// compared with): computed in the pass that made the copy.
    pub source_sha256: Option<String>,
    /// What is sent, still open from the preparation: the first upload
    /// attempt reads it without opening the file again.
    pub handoff: Handoff,
}

/// An open handle passed from the preparation to the first upload attempt,
/// which takes it; later attempts open the file by its path. (Kept no longer:
/// on Windows an open file cannot be renamed or deleted by anyone else.)
/// With it may go the file's first bytes, as the probe read them, so the
/// upload does not read them again.
#[derive(Debug, Clone, Default)]
pub struct Handoff(Arc<std::sync::Mutex<Option<(std::fs::File, bytes::Bytes)>>>);

impl Handoff {
    pub fn new(f: std::fs::File) -> Handoff {
        Handoff::with_head(f, Vec::new())
    }
    /// `head`: the file's first bytes, already read.
    pub fn with_head(f: std::fs::File, head: Vec<u8>) -> Handoff {
        Handoff(Arc::new(std::sync::Mutex::new(Some((f, head.into())))))
    }
    /// The file's first bytes and the handle just after them, once.
    pub fn take(&self) -> Option<(bytes::Bytes, std::fs::File)> {
        use std::io::{Seek, SeekFrom};
        let (mut f, head) = self.0.lock().unwrap_or_else(|p| p.into_inner()).take()?;
        f.seek(SeekFrom::Start(head.len() as u64)).ok()?;
        Some((head, f))
    }
}

/// Quality steps tried, highest first, until the byte limit is met.
const QUALITIES: &[i32] = &[85, 80, 75, 70, 65, 60, 55, 50];

/// Prepare `path` for a destination with `limits`. `dest` names it in messages;
/// `work_dir` holds prepared copies.
pub fn prepare(
    path: &Path,
    limits: &Limits,
    policy: Policy,
    dest: &str,
    work_dir: &Path,
) -> Result<Prepared> {
    prepare_with(path, limits, policy, dest, work_dir, false)
}

/// [`prepare`], reading the file through one open handle (probe, metadata
/// walk, stripped copy), which is handed on to the upload when the original
/// is sent as it is. With `hash_source`, a file that is sent as a prepared
/// copy has its own SHA-256 computed in the same pass.
pub fn prepare_with(
    path: &Path,
    limits: &Limits,
    policy: Policy,
    dest: &str,
    work_dir: &Path,
    hash_source: bool,
) -> Result<Prepared> {
    let mut opened = super::Opened::probe(path)?;
    let p = opened.probe.clone();
    let shown = path.display();
    let accepted = limits.formats.contains(&p.format);
    let too_many_px = matches!((limits.max_pixels, p.pixels()), (Some(m), Some(px)) if px > m);
    let too_big = limits.max_bytes.is_some_and(|m| p.size > m);
    if !accepted || too_many_px || too_big {
        if policy.fit == FitMode::Refuse {
            return Err(refusal(path, &p, limits, dest, accepted, too_many_px));
        }
        return reencode(
            opened,
            path,
            &p,
            limits,
            policy,
            work_dir,
            dest,
            hash_source,
        );
    }
    let unreadable = |e: std::io::Error| Error::unreadable(&shown, &e);
    let edits = if !policy.strip_private || matches!(p.format, ImageFormat::Gif | ImageFormat::Bmp)
    {
        metadata::Edits::default()
    } else {
        // Streamed: only the metadata blocks are read into memory, whatever the file's size.
        metadata::scan(&mut opened.reader(), p.format).map_err(unreadable)?
    };
    if edits.is_empty() {
        return Ok(Prepared {
            path: path.to_path_buf(),
            format: p.format,
            size: p.size,
            report: Report {
                dimensions: p.dimensions,
                ..Default::default()
            },
            temp: None,
            source_sha256: None,
            handoff: Handoff::with_head(opened.file, opened.head),
        });
    }
    let stripped = edits.removed();
    tracing::debug!(file = %shown, ?stripped, "removed private metadata losslessly");
    let mut size = 0;
    let mut source_sha256 = None;
    let (temp, copy) = write_temp_with(work_dir, p.format.ext(), |w| {
        let mut src = opened.reader();
        if hash_source {
            let mut src = crate::media::hash::HashingReader::new(src, p.size)?;
            size = metadata::write_stripped(&mut src, &edits, w)?;
            source_sha256 = Some(src.finish()?.0);
        } else {
            size = metadata::write_stripped(&mut src, &edits, w)?;
        }
        Ok(())
    })?;
    Ok(Prepared {
        path: temp.to_path_buf(),
        format: p.format,
        size,
        report: Report {
            stripped,
            dimensions: p.dimensions,
            ..Default::default()
        },
        temp: Some(Arc::new(temp)),
        source_sha256,
        handoff: Handoff::new(copy),
    })
}

/// What [`prepare`] would do to `path`, without doing it: read from the header
/// and the metadata at the start of the file, so it is cheap enough to show on
/// every tile as soon as a photo is dropped. A file that `fit = refuse` would
/// turn away comes back as that error.
pub fn plan(path: &Path, limits: &Limits, policy: Policy, dest: &str) -> Result<Report> {
    let p = probe(path)?;
    let accepted = limits.formats.contains(&p.format);
    let too_many_px = matches!((limits.max_pixels, p.pixels()), (Some(m), Some(px)) if px > m);
    let too_big = limits.max_bytes.is_some_and(|m| p.size > m);
    let convert = !accepted || too_many_px || too_big;
    if convert && policy.fit == FitMode::Refuse {
        return Err(refusal(path, &p, limits, dest, accepted, too_many_px));
    }
    let mut report = Report {
        dimensions: p.dimensions,
        ..Default::default()
    };
    if convert {
        report.reencoded = true;
        report.original_dimensions = p.dimensions;
        if too_many_px {
            report.resized = true;
            report.dimensions = p
                .dimensions
                .map(|(w, h)| fit_dims(w, h, limits.max_pixels.unwrap_or(u64::MAX)));
        }
        if !accepted {
            report.converted_from = Some(p.format);
        }
    }
    if policy.strip_private && !matches!(p.format, ImageFormat::Gif | ImageFormat::Bmp) {
        // Reads only the metadata blocks (seeking over the image data).
        report.stripped = metadata::scan(&mut std::fs::File::open(path)?, p.format)?.removed();
    }
    Ok(report)
}

fn refusal(
    path: &Path,
    p: &super::Probe,
    limits: &Limits,
    dest: &str,
    accepted: bool,
    too_many_px: bool,
) -> Error {
    let hint = tr!("error-fit-off-hint");
    if !accepted {
        let names: Vec<&str> = limits.formats.iter().map(|f| f.name()).collect();
        return Error::new(
            ErrorKind::UnsupportedFormat,
            "UNSUPPORTED_FORMAT",
            tr!(
                "error-unsupported-format",
                path = path.display(),
                format = p.format.name(),
                service = dest,
                formats = names.join(", "),
                hint = &hint
            ),
        );
    }
    if too_many_px {
        let (w, h) = p.dimensions.unwrap_or_default();
        return Error::new(
            ErrorKind::TooLarge,
            "TOO_MANY_PIXELS",
            tr!(
                "error-too-many-pixels",
                path = path.display(),
                width = w.to_string(),
                height = h.to_string(),
                service = dest,
                megapixels = crate::i18n::number(limits.max_pixels.unwrap_or(0) as f64 / 1e6, 0),
                hint = &hint
            ),
        );
    }
    Error::new(
        ErrorKind::TooLarge,
        "FILE_TOO_LARGE",
        tr!(
            "error-file-too-large",
            path = path.display(),
            // The services' limits are in MiB ("10 MB" is 10485760 bytes).
            size = format!("{} MB", crate::i18n::number(p.size as f64 / 1048576.0, 1)),
            service = dest,
            limit = format!(
                "{} MB",
                crate::i18n::number(limits.max_bytes.unwrap_or(0) as f64 / 1048576.0, 0)
            ),
            hint = &hint
        ),
    )
}

fn write_temp(dir: &Path, bytes: &[u8], ext: &str) -> Result<(tempfile::TempPath, std::fs::File)> {
    write_temp_with(dir, ext, |f| f.write_all(bytes))
}

/// A private temporary file in `dir` filled by `fill`.
fn write_temp_with(
    dir: &Path,
    ext: &str,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(tempfile::TempPath, std::fs::File)> {
    crate::fsx::private_dir_all(dir).map_err(|e| {
        Error::config(
            "WORKDIR_UNWRITABLE",
            tr!("error-workdir", dir = dir.display(), reason = e.to_string()),
        )
    })?;
    let mut f = tempfile::Builder::new()
        .prefix("prepared-")
        .suffix(&format!(".{ext}"))
        .tempfile_in(dir)
        .map_err(|e| {
            Error::config(
                "WORKDIR_UNWRITABLE",
                tr!("error-workdir", dir = dir.display(), reason = e.to_string()),
            )
        })?;
    fill(f.as_file_mut())
        .and_then(|_| f.as_file_mut().flush())
        .map_err(|e| {
            Error::config(
                "WORKDIR_UNWRITABLE",
                tr!("error-workdir", dir = dir.display(), reason = e.to_string()),
            )
        })?;
    // The copy's own read-write handle serves the upload: no second open.
    let handle = f.as_file().try_clone().map_err(|e| {
        Error::config(
            "WORKDIR_UNWRITABLE",
            tr!("error-workdir", dir = dir.display(), reason = e.to_string()),
        )
    })?;
    Ok((f.into_temp_path(), handle))
}

/// Delete prepared copies left behind by a process that was killed mid-upload.
/// Only `prepared-*` files older than `max_age` are touched (another process may be using newer ones).
pub fn cleanup_stale(work_dir: &Path, max_age: std::time::Duration) {
    let Ok(entries) = std::fs::read_dir(work_dir) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > max_age);
        if old && e.file_name().to_string_lossy().starts_with("prepared-") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Dimensions that fit `max` pixels, keeping the aspect ratio.
pub fn fit_dims(w: u32, h: u32, max: u64) -> (u32, u32) {
    let px = w as u64 * h as u64;
    if px <= max {
        return (w, h);
    }
    let s = (max as f64 / px as f64).sqrt();
    let (mut nw, mut nh) = (
        ((w as f64) * s).floor() as u32,
        ((h as f64) * s).floor() as u32,
    );
    while nw as u64 * nh as u64 > max {
        nw -= 1;
        nh = ((h as u64 * nw as u64) / w as u64) as u32;
    }
    (nw.max(1), nh.max(1))
}

#[allow(clippy::too_many_arguments)] // one call site, each argument a different thing
fn reencode(
    opened: super::Opened,
    path: &Path,
    p: &super::Probe,
    limits: &Limits,
    policy: Policy,
    work_dir: &Path,
    dest: &str,
    hash_source: bool,
) -> Result<Prepared> {
    let max_px = limits.max_pixels.unwrap_or(u64::MAX);
    let want = match p.dimensions {
        Some((w, h)) if (w as u64 * h as u64) > max_px => {
            let (tw, th) = fit_dims(w, h, max_px);
            Want::AtLeast(tw, th)
        }
        _ => Want::Full,
    };
    // One read serves both the decode and the privacy report below.
    let bytes = decode::read_capped_from(opened, path)?;
    // The whole original is in memory: its hash costs no read.
    let source_sha256 = hash_source.then(|| {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&bytes))
    });
    let d = decode::decode_bytes(path, &bytes, p, want)?;
    let (fw, fh) = d.full;
    let (tw, th) = fit_dims(fw, fh, max_px);
    let resized = (tw, th) != (fw, fh);
    let img = if (d.image.width(), d.image.height()) == (tw, th) {
        d.image
    } else {
        decode::resize(&d.image, tw, th)?
    };
    let mut img = decode::orient(img, d.orientation);
    // Re-encoded files carry no metadata at all; report which private items that removed
    // (scanning the buffer we already hold is the cheapest way to find out).
    let stripped = if policy.strip_private {
        metadata::scan(&mut std::io::Cursor::new(&bytes), p.format)
            .map(|e| e.removed())
            .unwrap_or_default()
    } else {
        vec![]
    };
    drop(bytes);

    let max_bytes = limits.max_bytes.unwrap_or(u64::MAX);
    let jpeg_ok = limits.formats.contains(&ImageFormat::Jpeg);
    let png_ok = limits.formats.contains(&ImageFormat::Png);
    let mut extra_shrink = false;
    for _round in 0..6 {
        if png_ok && (decode::has_transparency(&img) || !jpeg_ok) {
            let png = decode::encode_png(&img)?;
            if png.len() as u64 <= max_bytes {
                return finish(
                    png,
                    ImageFormat::Png,
                    p,
                    &img,
                    resized || extra_shrink,
                    stripped,
                    work_dir,
                )
                .map(|r| Prepared { source_sha256, ..r });
            }
        }
        if jpeg_ok {
            for q in QUALITIES {
                let jpg = decode::encode_jpeg(&img, *q)?;
                if jpg.len() as u64 <= max_bytes {
                    return finish(
                        jpg,
                        ImageFormat::Jpeg,
                        p,
                        &img,
                        resized || extra_shrink,
                        stripped,
                        work_dir,
                    )
                    .map(|r| Prepared { source_sha256, ..r });
                }
            }
        }
        // Even the lowest quality is too big (a noisy panorama): shrink further.
        let (w, h) = (img.width(), img.height());
        img = decode::resize(&img, (w as f64 * 0.8) as u32, (h as f64 * 0.8) as u32)?;
        extra_shrink = true;
    }
    Err(Error::new(
        ErrorKind::TooLarge,
        "CANNOT_FIT",
        tr!("error-cannot-fit", path = path.display(), service = dest),
    ))
}

fn finish(
    bytes: Vec<u8>,
    format: ImageFormat,
    p: &super::Probe,
    img: &image::DynamicImage,
    resized: bool,
    stripped: Vec<&'static str>,
    work_dir: &Path,
) -> Result<Prepared> {
    let (temp, copy) = write_temp(work_dir, &bytes, format.ext())?;
    let report = Report {
        resized,
        reencoded: true,
        stripped,
        converted_from: (format != p.format).then_some(p.format),
        original_dimensions: p.dimensions,
        dimensions: Some((img.width(), img.height())),
    };
    Ok(Prepared {
        path: temp.to_path_buf(),
        format,
        size: bytes.len() as u64,
        report,
        temp: Some(Arc::new(temp)),
        source_sha256: None,
        handoff: Handoff::new(copy),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn fit_dims_respects_the_limit() {
        for (w, h) in [
            (6000, 4000),
            (8688, 5754),
            (4000, 6000),
            (12000, 1000),
            (3873, 2582),
        ] {
            let (nw, nh) = fit_dims(w, h, 10_000_000);
            assert!(nw as u64 * nh as u64 <= 10_000_000, "{w}x{h} -> {nw}x{nh}");
            assert!(
                nw as u64 * nh as u64 > 9_900_000,
                "{w}x{h} -> {nw}x{nh} wastes pixels"
            );
            let r0 = w as f64 / h as f64;
            assert!(((nw as f64 / nh as f64) - r0).abs() / r0 < 0.01);
        }
        assert_eq!(fit_dims(100, 100, 10_000_000), (100, 100));
    }
}
