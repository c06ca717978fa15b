//! Thumbnails for the UI grid and the `thumbnail` command.
//!
//! Longest edge N px, orientation applied, never decoding more pixels than the
//! thumbnail needs (see `decode`). [`ThumbCache`] keeps them on disk in the data
//! dir, keyed by content hash and size; [`ThumbCache::batch`] uses every core.

use super::decode::{self, Want};
use super::probe;
use crate::error::{Error, Result};
use image::DynamicImage;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

pub const DEFAULT_SIZE: u32 = 256;

/// Target size for a `w`×`h` image whose longest edge becomes `size` (never upscaled).
fn target(w: u32, h: u32, size: u32) -> (u32, u32) {
    let long = w.max(h);
    if long <= size {
        return (w, h);
    }
    let s = size as f64 / long as f64;
    (
        ((w as f64 * s).round() as u32).max(1),
        ((h as f64 * s).round() as u32).max(1),
    )
}

/// An upright thumbnail whose longest edge is at most `size`.
pub fn thumbnail(path: &Path, size: u32) -> Result<DynamicImage> {
    if size == 0 || size > 4096 {
        return Err(Error::config("BAD_SIZE", crate::tr!("thumb-bad-size")));
    }
    let p = probe(path)?;
    let (w, h) = p.dimensions.unwrap_or((size, size));
    let (tw, th) = target(w, h, size);
    let d = decode::decode(path, &p, Want::AtLeast(tw, th))?;
    // Resize what was decoded (maybe DCT-scaled or an embedded preview) to the target
    // for the full image, or for what was decoded when that came out smaller.
    let (fw, fh) = target(d.full.0, d.full.1, size);
    let (rw, rh) = if d.image.width() < fw || d.image.height() < fh {
        target(d.image.width(), d.image.height(), size)
    } else {
        (fw, fh)
    };
    let img = decode::resize(&d.image, rw, rh)?;
    Ok(decode::orient(img, d.orientation))
}

/// Encode a thumbnail by `out`'s extension: JPEG (q80, libjpeg-turbo), or PNG,
/// WebP (lossless), BMP, TIFF, GIF through `image`.
pub fn write(img: &DynamicImage, out: &Path) -> Result<()> {
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("jpg")
        .to_ascii_lowercase();
    let bytes = match ext.as_str() {
        "jpg" | "jpeg" => decode::encode_jpeg(img, 80)?,
        "png" => decode::encode_png(img)?,
        "webp" | "bmp" | "tif" | "tiff" | "gif" => {
            let fmt =
                image::ImageFormat::from_extension(&ext).expect("listed extensions are known");
            // These encoders take 8-bit RGB(A) only.
            let img8 = if img.color().has_alpha() && fmt != image::ImageFormat::Bmp {
                DynamicImage::ImageRgba8(img.to_rgba8())
            } else {
                DynamicImage::ImageRgb8(decode::flatten_rgb(img))
            };
            let mut buf = Vec::new();
            img8.write_to(&mut std::io::Cursor::new(&mut buf), fmt)
                .map_err(|e| Error::internal(format!("{ext} encoding failed: {e}")))?;
            buf
        }
        other => {
            return Err(Error::config(
                "BAD_OUTPUT",
                crate::tr!("thumb-bad-format", ext = other),
            ))
        }
    };
    write_atomic(out, &bytes)
}

/// Write via a temporary file in the same folder, then rename: readers never see half a file.
pub fn write_atomic(out: &Path, bytes: &[u8]) -> Result<()> {
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::unwritable(dir.display(), &e))?;
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::unwritable(dir.display(), &e))?;
    use std::io::Write;
    tmp.write_all(bytes)
        .map_err(|e| Error::unwritable(out.display(), &e))?;
    tmp.persist(out)
        .map_err(|e| Error::unwritable(out.display(), &e))?;
    Ok(())
}

/// Thumbnails cached on disk by content hash and size; safe to share between threads.
#[derive(Debug, Clone)]
pub struct ThumbCache {
    dir: PathBuf,
}

impl ThumbCache {
    pub fn new(data_dir: &Path) -> Self {
        ThumbCache {
            dir: data_dir.join("thumbnails"),
        }
    }

    /// The cached thumbnail of `path` at `size`, made if missing. Returns its path.
    pub fn get(&self, path: &Path, size: u32) -> Result<PathBuf> {
        let hash = crate::media::hash::sha256_file(path)?;
        let out = self.dir.join(&hash[..2]).join(format!("{hash}-{size}.jpg"));
        if out.exists() {
            return Ok(out);
        }
        let img = thumbnail(path, size)?;
        if let Some(d) = out.parent() {
            crate::fsx::private_dir_all(d)?;
        }
        write(&img, &out)?;
        Ok(out)
    }

    /// Many thumbnails at once, on every core. Results are in the order of `paths`.
    pub fn batch(&self, paths: &[PathBuf], size: u32) -> Vec<Result<PathBuf>> {
        paths.par_iter().map(|p| self.get(p, size)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn targets() {
        assert_eq!(target(4000, 3000, 256), (256, 192));
        assert_eq!(target(1200, 1800, 256), (171, 256));
        assert_eq!(target(100, 50, 256), (100, 50));
        assert_eq!(target(10000, 1, 256), (256, 1));
    }
}
