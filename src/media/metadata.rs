//! EXIF orientation, and lossless removal of location and serial numbers.
//!
//! Orientation is read with `kamadak-exif`. Removal is written by hand on
//! purpose: no maintained crate rewrites EXIF *in place*. We walk the TIFF
//! structure inside the file (JPEG APP1, PNG eXIf, WebP EXIF, TIFF, HEIC's Exif
//! item) and overwrite the GPS directory and the serial-number values with
//! zeros, keeping every offset and the file length. The compressed image data
//! is never touched, so nothing is recompressed. JPEG XMP packets that carry
//! GPS are dropped as a whole segment.

use super::ImageFormat;
use image::metadata::Orientation;

/// EXIF orientation (1–8) of an image file's bytes; `NoTransforms` when absent.
pub fn orientation(bytes: &[u8]) -> Orientation {
    let r = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes));
    let Ok(exif) = r else {
        return Orientation::NoTransforms;
    };
    exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
        .and_then(|f| f.value.get_uint(0))
        .and_then(|v| u8::try_from(v).ok())
        .and_then(Orientation::from_exif)
        .unwrap_or(Orientation::NoTransforms)
}

/// What [`strip_private`] removed.
pub const GPS: &str = "gps";
pub const SERIALS: &str = "serial_numbers";
pub const MAKER_NOTES: &str = "maker_notes";
pub const XMP_LOCATION: &str = "xmp_location";

const TAG_GPS_IFD: u16 = 0x8825;
const TAG_EXIF_IFD: u16 = 0x8769;
const TAG_CAMERA_SERIAL: u16 = 0xC62F; // DNG CameraSerialNumber (IFD0)
const TAG_BODY_SERIAL: u16 = 0xA431;
const TAG_LENS_SERIAL: u16 = 0xA435;
const TAG_MAKER_NOTE: u16 = 0x927C;

/// Remove location and serial numbers from `bytes` in place (plus, for JPEG, XMP
/// segments that hold GPS). Returns what was removed; empty when there was nothing.
pub fn strip_private(bytes: &mut Vec<u8>, format: ImageFormat) -> Vec<&'static str> {
    let mut found = Found::default();
    match format {
        ImageFormat::Jpeg => strip_jpeg(bytes, &mut found),
        ImageFormat::Png => strip_png(bytes, &mut found),
        ImageFormat::Webp => {
            if let Some((start, len)) = riff_chunk(bytes, b"EXIF") {
                let chunk = &mut bytes[start..start + len];
                let off = if chunk.starts_with(b"Exif\0\0") { 6 } else { 0 };
                scrub_tiff(&mut chunk[off..], &mut found);
            }
        }
        ImageFormat::Tiff => scrub_tiff(bytes, &mut found),
        ImageFormat::Heic => {
            if let Some(pos) = find_exif_tiff(bytes) {
                scrub_tiff(&mut bytes[pos..], &mut found);
            }
        }
        ImageFormat::Gif | ImageFormat::Bmp => {}
    }
    found.list()
}

#[derive(Default)]
struct Found {
    gps: bool,
    serials: bool,
    maker: bool,
    xmp: bool,
}

impl Found {
    fn list(&self) -> Vec<&'static str> {
        let mut v = vec![];
        if self.gps {
            v.push(GPS);
        }
        if self.xmp {
            v.push(XMP_LOCATION);
        }
        if self.serials {
            v.push(SERIALS);
        }
        if self.maker {
            v.push(MAKER_NOTES);
        }
        v
    }
}

fn strip_jpeg(bytes: &mut Vec<u8>, found: &mut Found) {
    let mut pos = 2;
    let mut drop: Vec<(usize, usize)> = vec![];
    while pos + 4 <= bytes.len() && bytes[pos] == 0xFF {
        let marker = bytes[pos + 1];
        if marker == 0xD8 || (0xD0..=0xD7).contains(&marker) || marker == 0x01 || marker == 0xFF {
            pos += if marker == 0xFF { 1 } else { 2 };
            continue;
        }
        if marker == 0xDA || marker == 0xD9 {
            break; // image data starts: metadata lives before it
        }
        let len = u16::from_be_bytes([bytes[pos + 2], bytes[pos + 3]]) as usize;
        let end = pos + 2 + len;
        if len < 2 || end > bytes.len() {
            break;
        }
        if marker == 0xE1 {
            let body = pos + 4;
            if bytes[body..end].starts_with(b"Exif\0\0") {
                scrub_tiff(&mut bytes[body + 6..end], found);
            } else if bytes[body..end].starts_with(b"http://ns.adobe.com/xap/1.0/\0") {
                let xmp = &bytes[body..end];
                if contains(xmp, b"GPSLatitude")
                    || contains(xmp, b"GPSLongitude")
                    || contains(xmp, b"exif:GPS")
                {
                    drop.push((pos, end));
                    found.xmp = true;
                }
            }
        }
        pos = end;
    }
    for (s, e) in drop.into_iter().rev() {
        bytes.drain(s..e);
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn strip_png(bytes: &mut [u8], found: &mut Found) {
    let mut pos = 8;
    while pos + 12 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[pos..pos + 4].try_into().expect("4 bytes")) as usize;
        let data = pos + 8;
        let Some(end) = data.checked_add(len).filter(|e| e + 4 <= bytes.len()) else {
            break;
        };
        if &bytes[pos + 4..pos + 8] == b"eXIf" {
            scrub_tiff(&mut bytes[data..end], found);
            let crc = crc32fast::hash(&bytes[pos + 4..end]);
            bytes[end..end + 4].copy_from_slice(&crc.to_be_bytes());
        }
        if &bytes[pos + 4..pos + 8] == b"IDAT" || &bytes[pos + 4..pos + 8] == b"IEND" {
            // eXIf must precede IDAT; stop early on big images.
            break;
        }
        pos = end + 4;
    }
}

fn riff_chunk(bytes: &[u8], id: &[u8; 4]) -> Option<(usize, usize)> {
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" {
        return None;
    }
    let mut pos = 12;
    while pos + 8 <= bytes.len() {
        let len = u32::from_le_bytes(bytes[pos + 4..pos + 8].try_into().ok()?) as usize;
        let data = pos + 8;
        if data + len > bytes.len() {
            return None;
        }
        if &bytes[pos..pos + 4] == id {
            return Some((data, len));
        }
        pos = data + len + (len & 1);
    }
    None
}

/// HEIC keeps EXIF in an item whose data starts with "Exif\0\0" then the TIFF header.
fn find_exif_tiff(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(10)
        .position(|w| &w[..6] == b"Exif\0\0" && (&w[6..10] == b"II*\0" || &w[6..10] == b"MM\0*"))
        .map(|p| p + 6)
}

/// A bounds-checked view of a TIFF structure.
struct Tiff<'a> {
    t: &'a mut [u8],
    le: bool,
}

impl Tiff<'_> {
    fn u16(&self, at: usize) -> Option<u16> {
        let b = self.t.get(at..at + 2)?;
        Some(if self.le {
            u16::from_le_bytes([b[0], b[1]])
        } else {
            u16::from_be_bytes([b[0], b[1]])
        })
    }
    fn u32(&self, at: usize) -> Option<u32> {
        let b = self.t.get(at..at + 4)?;
        let a = [b[0], b[1], b[2], b[3]];
        Some(if self.le {
            u32::from_le_bytes(a)
        } else {
            u32::from_be_bytes(a)
        })
    }
    fn zero(&mut self, at: usize, len: usize) {
        if let Some(s) = self.t.get_mut(at..at.saturating_add(len)) {
            s.fill(0);
        }
    }
    /// Entries of the IFD at `off`: (entry position, tag).
    fn entries(&self, off: usize) -> Vec<(usize, u16)> {
        let Some(n) = self.u16(off) else {
            return vec![];
        };
        (0..n as usize)
            .map(|i| off + 2 + i * 12)
            .take_while(|p| p + 12 <= self.t.len())
            .filter_map(|p| Some((p, self.u16(p)?)))
            .collect()
    }
    /// Zero an entry's value, wherever it is stored.
    fn zero_value(&mut self, entry: usize) {
        let (Some(ty), Some(count)) = (self.u16(entry + 2), self.u32(entry + 4)) else {
            return;
        };
        let size = match ty {
            1 | 2 | 6 | 7 => 1,
            3 | 8 => 2,
            4 | 9 | 11 | 13 => 4,
            5 | 10 | 12 => 8,
            _ => 1,
        } * count as usize;
        if size <= 4 {
            self.zero(entry + 8, 4);
        } else if let Some(off) = self.u32(entry + 8) {
            self.zero(off as usize, size);
        }
    }
}

fn scrub_tiff(t: &mut [u8], found: &mut Found) {
    let le = match t.get(0..4) {
        Some(b"II*\0") => true,
        Some(b"MM\0*") => false,
        _ => return,
    };
    let mut tiff = Tiff { t, le };
    let Some(ifd0) = tiff.u32(4) else { return };
    let ifd0 = ifd0 as usize;
    for (entry, tag) in tiff.entries(ifd0) {
        match tag {
            TAG_GPS_IFD => {
                let Some(gps) = tiff.u32(entry + 8).map(|o| o as usize) else {
                    continue;
                };
                let gps_entries = tiff.entries(gps);
                if !gps_entries.is_empty() {
                    found.gps = true;
                }
                for (e, _) in &gps_entries {
                    tiff.zero_value(*e);
                }
                // Leave an empty directory where the GPS one was (pointer stays valid).
                let n = gps_entries.len();
                tiff.zero(gps, 2 + n * 12);
            }
            TAG_EXIF_IFD => {
                let Some(exif) = tiff.u32(entry + 8).map(|o| o as usize) else {
                    continue;
                };
                if exif == ifd0 {
                    continue;
                }
                for (e, t) in tiff.entries(exif) {
                    match t {
                        TAG_BODY_SERIAL | TAG_LENS_SERIAL => {
                            tiff.zero_value(e);
                            found.serials = true;
                        }
                        // Maker notes hold serial numbers (and sometimes location) in vendor formats.
                        TAG_MAKER_NOTE => {
                            tiff.zero_value(e);
                            found.maker = true;
                        }
                        _ => {}
                    }
                }
            }
            TAG_CAMERA_SERIAL => {
                tiff.zero_value(entry);
                found.serials = true;
            }
            _ => {}
        }
    }
}

/// Whether the bytes carry GPS coordinates (for tests and reports).
pub fn has_gps(bytes: &[u8]) -> bool {
    let Ok(exif) = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) else {
        return false;
    };
    let found = exif.fields().any(|f| {
        f.ifd_num == exif::In::PRIMARY
            && matches!(f.tag, exif::Tag::GPSLatitude | exif::Tag::GPSLongitude)
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_gps_from_a_real_jpeg_without_touching_image_data() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/real/jpeg-S/DSCN0010.jpg");
        let orig = std::fs::read(path).unwrap();
        assert!(has_gps(&orig), "test photo has GPS");
        let mut b = orig.clone();
        let removed = strip_private(&mut b, ImageFormat::Jpeg);
        assert!(removed.contains(&GPS), "{removed:?}");
        assert!(!has_gps(&b));
        assert_eq!(b.len(), orig.len(), "rewritten in place");
        let sos = |x: &[u8]| x.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
        assert_eq!(&b[sos(&b)..], &orig[sos(&orig)..], "image data untouched");
        assert_eq!(orientation(&b), orientation(&orig));
        // Idempotent.
        let mut again = b.clone();
        assert!(!strip_private(&mut again, ImageFormat::Jpeg).contains(&GPS));
    }

    #[test]
    fn survives_garbage() {
        for n in 0..200usize {
            let mut junk: Vec<u8> = (0..n).map(|i| (i * 31 % 251) as u8).collect();
            junk.splice(
                0..0,
                b"\xFF\xD8\xFF\xE1\x00\x20Exif\0\0II*\0\x08\0\0\0"
                    .iter()
                    .copied(),
            );
            let _ = strip_private(&mut junk, ImageFormat::Jpeg);
            let mut t: Vec<u8> = b"II*\0\x08\0\0\0\xff\xff".to_vec();
            t.extend((0..n).map(|i| (i * 7) as u8));
            let _ = strip_private(&mut t, ImageFormat::Tiff);
        }
    }
}
