//! EXIF orientation, and lossless removal of location and serial numbers.
//!
//! Orientation is read with `kamadak-exif`. Removal is written by hand on
//! purpose: no maintained crate rewrites metadata *in place* and streamed
//! (`img-parts` and `little_exif` load the whole file and re-serialise it,
//! which for a 1 GB TIFF means 1 GB in memory). [`scan`] walks the container
//! (JPEG segments, PNG chunks, RIFF chunks, TIFF IFDs, HEIF's `meta` box) with
//! seeks, reading only the metadata blocks, and returns [`Edits`]: the GPS
//! directory and the serial-number values overwritten with zeros (every offset
//! and length kept), and GPS properties of XMP packets (JPEG, extended JPEG
//! XMP, PNG iTXt, WebP, TIFF, HEIF) blanked with spaces, which XMP allows
//! anywhere between elements. [`write_stripped`] then copies the file through
//! a fixed buffer applying them, so memory stays flat whatever the file size.
//! The compressed image data is never touched, so nothing is recompressed.

use super::ImageFormat;
use image::metadata::Orientation;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::sync::LazyLock;

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
const TAG_XMP: u16 = 700; // XMLPacket (TIFF, IFD0)
const TAG_CAMERA_SERIAL: u16 = 0xC62F; // DNG CameraSerialNumber (IFD0)
const TAG_BODY_SERIAL: u16 = 0xA431;
const TAG_LENS_SERIAL: u16 = 0xA435;
const TAG_MAKER_NOTE: u16 = 0x927C;

/// The largest metadata block read into memory. Real ones are kilobytes
/// (JPEG caps a segment at 64 KiB); a bigger one is not looked into.
const MAX_BLOCK: u64 = 16 << 20;
/// The copy buffer of [`write_stripped`].
const COPY_BUF: usize = 256 << 10;

const XMP_MAIN: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
const XMP_EXTENSION: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";

/// Remove location and serial numbers from `bytes` (an in-memory file).
/// Returns what was removed; empty when there was nothing.
pub fn strip_private(bytes: &mut Vec<u8>, format: ImageFormat) -> Vec<&'static str> {
    let Ok(edits) = scan(&mut io::Cursor::new(&bytes[..]), format) else {
        return vec![];
    };
    if edits.is_empty() {
        return vec![];
    }
    let mut out = Vec::with_capacity(bytes.len());
    if write_stripped(&mut io::Cursor::new(&bytes[..]), &edits, &mut out).is_ok() {
        *bytes = out;
    }
    edits.removed()
}

/// What [`scan`] found to remove, and how.
#[derive(Debug, Default)]
pub struct Edits {
    /// Same-length overwrites.
    overlays: Vec<Overlay>,
    /// Whole PNG chunks replaced by new ones (compressed text re-deflated).
    replaced: Vec<(u64, u64, Vec<u8>)>,
    found: Found,
}

#[derive(Debug)]
enum Overlay {
    Zero { at: u64, len: u64 },
    Bytes { at: u64, bytes: Vec<u8> },
}

impl Overlay {
    fn span(&self) -> (u64, u64) {
        match self {
            Overlay::Zero { at, len } => (*at, at.saturating_add(*len)),
            Overlay::Bytes { at, bytes } => (*at, at + bytes.len() as u64),
        }
    }
}

impl Edits {
    pub fn is_empty(&self) -> bool {
        self.overlays.is_empty() && self.replaced.is_empty()
    }
    /// `gps`, `xmp_location`, `serial_numbers`, `maker_notes`, as found.
    pub fn removed(&self) -> Vec<&'static str> {
        self.found.list()
    }
    fn zero(&mut self, at: u64, len: u64) {
        if len > 0 {
            self.overlays.push(Overlay::Zero { at, len });
        }
    }
    fn bytes(&mut self, at: u64, bytes: Vec<u8>) {
        self.overlays.push(Overlay::Bytes { at, bytes });
    }
}

#[derive(Debug, Default)]
struct Found {
    gps: bool,
    serials: bool,
    maker: bool,
    xmp: bool,
}

impl Found {
    /// Add what a nested scan (a TIFF inside a JPEG segment or a PNG chunk) found.
    fn absorb(&mut self, o: &Found) {
        self.gps |= o.gps;
        self.serials |= o.serials;
        self.maker |= o.maker;
        self.xmp |= o.xmp;
    }

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

/// Find what to remove from a file, reading only its metadata blocks.
/// Malformed structures end the walk early: what was found so far is kept.
pub fn scan<R: Read + Seek>(r: &mut R, format: ImageFormat) -> io::Result<Edits> {
    let total = r.seek(SeekFrom::End(0))?;
    let mut f = File { r, total };
    let mut edits = Edits::default();
    match format {
        ImageFormat::Jpeg => scan_jpeg(&mut f, &mut edits),
        ImageFormat::Png => scan_png(&mut f, &mut edits),
        ImageFormat::Webp => scan_webp(&mut f, &mut edits),
        ImageFormat::Tiff => scrub_tiff(&mut f, 0, total, &mut edits),
        ImageFormat::Heic => scan_heif(&mut f, &mut edits),
        ImageFormat::Gif | ImageFormat::Bmp => {}
    }
    Ok(edits)
}

/// Copy `r` to `w` with `edits` applied, through one fixed buffer. Returns the bytes written.
pub fn write_stripped<R: Read + Seek, W: Write>(
    r: &mut R,
    edits: &Edits,
    w: &mut W,
) -> io::Result<u64> {
    let total = r.seek(SeekFrom::End(0))?;
    let mut overlays: Vec<&Overlay> = edits.overlays.iter().collect();
    overlays.sort_by_key(|o| o.span().0);
    let mut replaced: Vec<&(u64, u64, Vec<u8>)> = edits.replaced.iter().collect();
    replaced.sort_by_key(|x| x.0);
    let mut copy = Copier {
        buf: vec![0; COPY_BUF],
        pending: overlays.into_iter().peekable(),
        active: vec![],
        written: 0,
    };
    let mut pos = 0;
    for (at, len, bytes) in replaced {
        if *at < pos {
            continue; // overlapping replacements cannot come from one walk
        }
        copy.range(r, w, pos, *at)?;
        w.write_all(bytes)?;
        copy.written += bytes.len() as u64;
        pos = at + len;
    }
    copy.range(r, w, pos, total)?;
    Ok(copy.written)
}

struct Copier<'a, I: Iterator<Item = &'a Overlay>> {
    buf: Vec<u8>,
    pending: std::iter::Peekable<I>,
    /// Overlays that started before the current block and may reach into it.
    active: Vec<&'a Overlay>,
    written: u64,
}

impl<'a, I: Iterator<Item = &'a Overlay>> Copier<'a, I> {
    fn range<R: Read + Seek, W: Write>(
        &mut self,
        r: &mut R,
        w: &mut W,
        from: u64,
        to: u64,
    ) -> io::Result<()> {
        r.seek(SeekFrom::Start(from))?;
        let mut pos = from;
        while pos < to {
            let n = (to - pos).min(self.buf.len() as u64) as usize;
            let block = &mut self.buf[..n];
            r.read_exact(block)?;
            let end = pos + n as u64;
            while let Some(o) = self.pending.next_if(|o| o.span().0 < end) {
                self.active.push(o);
            }
            for o in &self.active {
                let (s, e) = o.span();
                let (s, e) = (s.max(pos), e.min(end));
                if s >= e {
                    continue;
                }
                let dst = &mut block[(s - pos) as usize..(e - pos) as usize];
                match o {
                    Overlay::Zero { .. } => dst.fill(0),
                    Overlay::Bytes { at, bytes } => {
                        dst.copy_from_slice(&bytes[(s - at) as usize..(e - at) as usize])
                    }
                }
            }
            self.active.retain(|o| o.span().1 > end);
            w.write_all(block)?;
            self.written += n as u64;
            pos = end;
        }
        Ok(())
    }
}

/// Random access to the file being scanned, bounds-checked.
struct File<'a, R> {
    r: &'a mut R,
    total: u64,
}

impl<R: Read + Seek> File<'_, R> {
    /// `n` bytes at `at`, or `None` past the end or over [`MAX_BLOCK`].
    fn read(&mut self, at: u64, n: u64) -> Option<Vec<u8>> {
        if n > MAX_BLOCK || at.checked_add(n)? > self.total {
            return None;
        }
        let mut b = vec![0; n as usize];
        self.r.seek(SeekFrom::Start(at)).ok()?;
        self.r.read_exact(&mut b).ok()?;
        Some(b)
    }
    fn array<const N: usize>(&mut self, at: u64) -> Option<[u8; N]> {
        self.read(at, N as u64)?.try_into().ok()
    }
}

/// Bounds-checked reads from a block already in memory.
struct Cur<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Cur<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_be_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.take(4)?.try_into().ok()?))
    }
    /// A big-endian unsigned of 0, 4 or 8 bytes (ISO BMFF `iloc` fields).
    fn uint(&mut self, size: u8) -> Option<u64> {
        match size {
            0 => Some(0),
            4 => self.u32().map(u64::from),
            8 => Some(u64::from_be_bytes(self.take(8)?.try_into().ok()?)),
            _ => None,
        }
    }
    /// Up to the next NUL (excluded), skipping it.
    fn cstr(&mut self) -> Option<&'a [u8]> {
        let rest = self.b.get(self.pos..)?;
        let n = rest.iter().position(|&c| c == 0)?;
        self.pos += n + 1;
        Some(&rest[..n])
    }
}

fn scan_jpeg<R: Read + Seek>(f: &mut File<R>, edits: &mut Edits) {
    if f.array::<2>(0) != Some([0xFF, 0xD8]) {
        return;
    }
    struct Piece {
        guid: Vec<u8>,
        full: u64,
        offset: u64,
        /// File offset of the GUID; the data follows 40 bytes later.
        at: u64,
        data: Vec<u8>,
    }
    let mut mains: Vec<(u64, Vec<u8>)> = vec![];
    let mut pieces: Vec<Piece> = vec![];
    let mut pos = 2u64;
    while let Some([ff, marker]) = f.array::<2>(pos) {
        if ff != 0xFF {
            break;
        }
        if marker == 0xFF {
            pos += 1; // fill byte
            continue;
        }
        if marker == 0xD8 || (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            pos += 2;
            continue;
        }
        if marker == 0xDA || marker == 0xD9 {
            break; // image data starts: metadata lives before it
        }
        let Some(len) = f.array::<2>(pos + 2).map(u16::from_be_bytes) else {
            break;
        };
        if len < 2 {
            break;
        }
        let (body_at, body_len) = (pos + 4, len as u64 - 2);
        if marker == 0xE1 {
            let Some(body) = f.read(body_at, body_len) else {
                break;
            };
            if let Some(tiff) = body.strip_prefix(b"Exif\0\0") {
                if let Some(new) = scrub_in_memory(tiff, &mut edits.found) {
                    edits.bytes(body_at + 6, new);
                }
            } else if let Some(x) = body.strip_prefix(XMP_MAIN) {
                mains.push((body_at + XMP_MAIN.len() as u64, x.to_vec()));
            } else if let Some(x) = body.strip_prefix(XMP_EXTENSION) {
                if x.len() >= 40 {
                    pieces.push(Piece {
                        guid: x[..32].to_vec(),
                        full: u32::from_be_bytes(x[32..36].try_into().expect("4")) as u64,
                        offset: u32::from_be_bytes(x[36..40].try_into().expect("4")) as u64,
                        at: body_at + XMP_EXTENSION.len() as u64,
                        data: x[40..].to_vec(),
                    });
                }
            }
        }
        pos = body_at + body_len;
    }
    // Extended XMP: one packet split over several segments (a property can
    // straddle two), so it is put together, blanked, and put back. Its GUID is
    // the MD5 of the packet, renamed in the main packet's HasExtendedXMP too.
    let mut renamed: Vec<(Vec<u8>, Vec<u8>)> = vec![];
    let mut guids: Vec<&Vec<u8>> = pieces.iter().map(|p| &p.guid).collect();
    guids.sort();
    guids.dedup();
    for guid in guids {
        let mine: Vec<&Piece> = pieces.iter().filter(|p| &p.guid == guid).collect();
        let full = mine[0].full;
        if full > MAX_BLOCK {
            continue;
        }
        let mut whole = vec![b' '; full as usize];
        for p in &mine {
            let s = p.offset as usize;
            if let Some(dst) = whole.get_mut(s..s + p.data.len()) {
                dst.copy_from_slice(&p.data);
            }
        }
        if !blank_location(&mut whole) {
            continue;
        }
        edits.found.xmp = true;
        use md5::{Digest, Md5};
        let new_guid = hex::encode_upper(Md5::digest(&whole)).into_bytes();
        for p in &mine {
            edits.bytes(p.at, new_guid.clone());
            let s = p.offset as usize;
            if let Some(part) = whole.get(s..s + p.data.len()) {
                edits.bytes(p.at + 40, part.to_vec());
            }
        }
        renamed.push((guid.clone(), new_guid));
    }
    for (at, mut x) in mains {
        let mut changed = blank_location(&mut x);
        edits.found.xmp |= changed;
        for (old, new) in &renamed {
            if let Some(p) = memchr::memmem::find(&x, old) {
                x[p..p + old.len()].copy_from_slice(new);
                changed = true;
            }
        }
        if changed {
            edits.bytes(at, x);
        }
    }
}

fn scan_png<R: Read + Seek>(f: &mut File<R>, edits: &mut Edits) {
    if f.array::<8>(0) != Some(*b"\x89PNG\r\n\x1a\n") {
        return;
    }
    let mut pos = 8u64;
    while let Some(h) = f.array::<8>(pos) {
        let len = u32::from_be_bytes(h[..4].try_into().expect("4")) as u64;
        let kind: [u8; 4] = h[4..].try_into().expect("4");
        let data = pos + 8;
        let next = data + len + 4;
        if next > f.total || &kind == b"IEND" {
            break;
        }
        // iTXt/tEXt/zTXt may also follow the image data, so every chunk is visited (IDAT by seeking over it).
        if matches!(&kind, b"eXIf" | b"iTXt" | b"tEXt" | b"zTXt") {
            if let Some(new) = f
                .read(data, len)
                .and_then(|body| png_chunk(&kind, &body, &mut edits.found))
            {
                let mut crc = crc32fast::Hasher::new();
                crc.update(&kind);
                crc.update(&new);
                let crc = crc.finalize().to_be_bytes();
                if new.len() as u64 == len {
                    edits.bytes(data, new);
                    edits.bytes(data + len, crc.to_vec());
                } else {
                    let mut chunk = (new.len() as u32).to_be_bytes().to_vec();
                    chunk.extend_from_slice(&kind);
                    chunk.extend_from_slice(&new);
                    chunk.extend_from_slice(&crc);
                    edits.replaced.push((pos, next - pos, chunk));
                }
            }
        }
        pos = next;
    }
}

/// The new body of a PNG metadata chunk, when it had something to remove.
fn png_chunk(kind: &[u8; 4], body: &[u8], found: &mut Found) -> Option<Vec<u8>> {
    if kind == b"eXIf" {
        return scrub_in_memory(body, found);
    }
    let mut c = Cur { b: body, pos: 0 };
    let keyword = c.cstr()?;
    match kind {
        b"iTXt" if keyword == b"XML:com.adobe.xmp" => {
            let compressed = c.u8()? == 1;
            c.u8()?; // method
            c.cstr()?; // language
            c.cstr()?; // translated keyword
            let (head, text) = body.split_at(c.pos);
            let mut text = if compressed {
                inflate(text)?
            } else {
                text.to_vec()
            };
            if !blank_location(&mut text) {
                return None;
            }
            found.xmp = true;
            let mut new = head.to_vec();
            new.extend(if compressed { deflate(&text) } else { text });
            Some(new)
        }
        // ImageMagick keeps EXIF and XMP of converted photos as hex text.
        b"tEXt" | b"zTXt" if keyword.starts_with(b"Raw profile type ") => {
            let compressed = kind == b"zTXt";
            if compressed {
                c.u8()?;
            }
            let (head, text) = body.split_at(c.pos);
            let text = if compressed {
                inflate(text)?
            } else {
                text.to_vec()
            };
            let text = raw_profile(&text, found)?;
            let mut new = head.to_vec();
            new.extend(if compressed { deflate(&text) } else { text });
            Some(new)
        }
        _ => None,
    }
}

/// A "Raw profile type …" text ("\nname\n   len\nhex…") with its decoded
/// payload scrubbed, re-encoded in the same positions; `None` if unchanged.
fn raw_profile(text: &[u8], found: &mut Found) -> Option<Vec<u8>> {
    let mut newlines = text.iter().enumerate().filter(|(_, &c)| c == b'\n');
    let start = newlines.nth(2)?.0 + 1;
    let digits: Vec<usize> = (start..text.len())
        .filter(|&i| text[i].is_ascii_hexdigit())
        .collect();
    let nibble = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
    let mut payload: Vec<u8> = digits
        .chunks_exact(2)
        .map(|p| nibble(text[p[0]]) << 4 | nibble(text[p[1]]))
        .collect();
    let changed = if payload.starts_with(b"Exif\0\0") {
        scrub_in_memory(&payload[6..], found)
            .map(|t| payload[6..].copy_from_slice(&t))
            .is_some()
    } else if payload.starts_with(b"II*\0") || payload.starts_with(b"MM\0*") {
        scrub_in_memory(&payload, found)
            .map(|t| payload.copy_from_slice(&t))
            .is_some()
    } else {
        let from = if payload.starts_with(XMP_MAIN) {
            XMP_MAIN.len()
        } else {
            0
        };
        let blanked = blank_location(&mut payload[from..]);
        found.xmp |= blanked;
        blanked
    };
    if !changed {
        return None;
    }
    let mut out = text.to_vec();
    for (p, b) in digits.chunks_exact(2).zip(&payload) {
        let h = hex::encode([*b]).into_bytes();
        (out[p[0]], out[p[1]]) = (h[0], h[1]);
    }
    Some(out)
}

fn inflate(z: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![];
    flate2::read::ZlibDecoder::new(z)
        .take(MAX_BLOCK)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(vec![], flate2::Compression::default());
    z.write_all(data).expect("writing to memory");
    z.finish().expect("writing to memory")
}

fn scan_webp<R: Read + Seek>(f: &mut File<R>, edits: &mut Edits) {
    if f.array::<4>(0) != Some(*b"RIFF") || f.array::<4>(8) != Some(*b"WEBP") {
        return;
    }
    let mut pos = 12u64;
    while let Some(h) = f.array::<8>(pos) {
        let len = u32::from_le_bytes(h[4..].try_into().expect("4")) as u64;
        let data = pos + 8;
        if data + len > f.total {
            break;
        }
        match &h[..4] {
            b"EXIF" => {
                if let Some(body) = f.read(data, len) {
                    let off = if body.starts_with(b"Exif\0\0") { 6 } else { 0 };
                    if let Some(new) = scrub_in_memory(&body[off..], &mut edits.found) {
                        edits.bytes(data + off as u64, new);
                    }
                }
            }
            b"XMP " => {
                if let Some(mut x) = f.read(data, len) {
                    if blank_location(&mut x) {
                        edits.found.xmp = true;
                        edits.bytes(data, x);
                    }
                }
            }
            _ => {}
        }
        pos = data + len + (len & 1);
    }
}

/// HEIF/HEIC: the top-level `meta` box names the `Exif` and XMP (`mime`,
/// `application/rdf+xml`) items and `iloc` says where their bytes are.
fn scan_heif<R: Read + Seek>(f: &mut File<R>, edits: &mut Edits) {
    let mut pos = 0u64;
    let meta = loop {
        let Some((size, kind, header)) = box_at(f, pos) else {
            return;
        };
        if &kind == b"meta" {
            match f.read(pos + header, size - header) {
                Some(m) => break m,
                None => return,
            }
        }
        pos += size;
    };
    let (mut exif, mut xmp, mut iloc) = (vec![], vec![], None);
    for (kind, body) in boxes(meta.get(4..).unwrap_or_default()) {
        match &kind {
            b"iinf" => items(body, &mut exif, &mut xmp),
            b"iloc" => iloc = Some(body),
            _ => {}
        }
    }
    for (id, at, len) in iloc.map(locations).unwrap_or_default() {
        if exif.contains(&id) {
            // The item starts with the offset of the TIFF header within it.
            if let Some(skip) = f.array::<4>(at).map(u32::from_be_bytes) {
                scrub_tiff(f, at + 4 + skip as u64, at + len, edits);
            }
        } else if xmp.contains(&id) {
            if let Some(mut x) = f.read(at, len) {
                if blank_location(&mut x) {
                    edits.found.xmp = true;
                    edits.bytes(at, x);
                }
            }
        }
    }
}

/// (size, type, header length) of the ISO BMFF box at `pos`.
fn box_at<R: Read + Seek>(f: &mut File<R>, pos: u64) -> Option<(u64, [u8; 4], u64)> {
    let h = f.array::<8>(pos)?;
    let kind: [u8; 4] = h[4..].try_into().ok()?;
    let (size, header) = match u32::from_be_bytes(h[..4].try_into().ok()?) {
        0 => (f.total - pos, 8),
        1 => (u64::from_be_bytes(f.array::<8>(pos + 8)?), 16),
        n => (n as u64, 8),
    };
    (size >= header && pos.checked_add(size)? <= f.total).then_some((size, kind, header))
}

/// The boxes in a block: (type, body).
fn boxes(mut b: &[u8]) -> Vec<([u8; 4], &[u8])> {
    let mut out = vec![];
    while b.len() >= 8 {
        let size = u32::from_be_bytes(b[..4].try_into().expect("4")) as usize;
        let kind: [u8; 4] = b[4..8].try_into().expect("4");
        let (size, header) = match size {
            0 => (b.len(), 8),
            1 => match b.get(8..16) {
                Some(l) => (u64::from_be_bytes(l.try_into().expect("8")) as usize, 16),
                None => break,
            },
            n => (n, 8),
        };
        if size < header || size > b.len() {
            break;
        }
        out.push((kind, &b[header..size]));
        b = &b[size..];
    }
    out
}

/// Item ids of `Exif` and XMP items from an `iinf` box body.
fn items(b: &[u8], exif: &mut Vec<u32>, xmp: &mut Vec<u32>) {
    let count_size = if b.first() == Some(&0) { 2 } else { 4 };
    for (kind, e) in boxes(b.get(4 + count_size..).unwrap_or_default()) {
        let version = e.first().copied().unwrap_or(0);
        if &kind != b"infe" || version < 2 {
            continue;
        }
        let mut c = Cur { b: e, pos: 4 };
        let id = if version == 2 {
            c.u16().map(u32::from)
        } else {
            c.u32()
        };
        let (Some(id), Some(_), Some(t)) = (id, c.u16(), c.take(4)) else {
            continue;
        };
        if t == b"Exif" {
            exif.push(id);
        } else if t == b"mime" && c.cstr().is_some_and(|ct| ct.ends_with(b"rdf+xml")) {
            xmp.push(id);
        }
    }
}

/// (item id, file offset, length) of single-extent items stored in the file
/// (construction method 0), from an `iloc` box body.
fn locations(b: &[u8]) -> Vec<(u32, u64, u64)> {
    let mut out = vec![];
    let mut c = Cur { b, pos: 0 };
    let mut go = || -> Option<()> {
        let version = c.u8()?;
        c.take(3)?;
        let sizes = c.u8()?;
        let (offset_size, length_size) = (sizes >> 4, sizes & 15);
        let sizes = c.u8()?;
        let base_size = sizes >> 4;
        let index_size = if version == 1 || version == 2 {
            sizes & 15
        } else {
            0
        };
        let count = if version < 2 {
            c.u16()? as u32
        } else {
            c.u32()?
        };
        for _ in 0..count {
            let id = if version < 2 {
                c.u16()? as u32
            } else {
                c.u32()?
            };
            let method = if version == 1 || version == 2 {
                c.u16()? & 15
            } else {
                0
            };
            c.u16()?; // data reference index
            let base = c.uint(base_size)?;
            let extents = c.u16()?;
            let mut one = None;
            for _ in 0..extents {
                c.uint(index_size)?;
                let (o, l) = (c.uint(offset_size)?, c.uint(length_size)?);
                one = Some((base.checked_add(o)?, l));
            }
            if let (0, 1, Some((at, len))) = (method, extents, one) {
                if len > 0 {
                    out.push((id, at, len));
                }
            }
        }
        Some(())
    };
    go();
    out
}

/// Scrub a TIFF block held in memory; its new bytes when something was removed.
fn scrub_in_memory(tiff: &[u8], found: &mut Found) -> Option<Vec<u8>> {
    let mut inner = Edits::default();
    let total = tiff.len() as u64;
    scrub_tiff(
        &mut File {
            r: &mut io::Cursor::new(tiff),
            total,
        },
        0,
        total,
        &mut inner,
    );
    found.absorb(&inner.found);
    if inner.is_empty() {
        return None;
    }
    // The same copy that streams files, applied to the block in memory.
    let mut out = Vec::with_capacity(tiff.len());
    write_stripped(&mut io::Cursor::new(tiff), &inner, &mut out).ok()?;
    Some(out)
}

/// A TIFF structure at `base` of the file, ending at `end`; offsets inside are from `base`.
struct Tiff<'a, 'b, R> {
    f: &'a mut File<'b, R>,
    base: u64,
    end: u64,
    le: bool,
}

impl<R: Read + Seek> Tiff<'_, '_, R> {
    fn u16(&mut self, at: u64) -> Option<u16> {
        let b = self.f.array::<2>(self.base.checked_add(at)?)?;
        Some(if self.le {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    }
    fn u32(&mut self, at: u64) -> Option<u32> {
        let b = self.f.array::<4>(self.base.checked_add(at)?)?;
        Some(if self.le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }
    /// Entries of the IFD at `off`: (entry position, tag).
    fn entries(&mut self, off: u64) -> Vec<(u64, u16)> {
        let Some(n) = self.u16(off) else {
            return vec![];
        };
        let (base, end) = (self.base, self.end);
        (0..n as u64)
            .map(|i| off + 2 + i * 12)
            .take_while(|p| base + p + 12 <= end)
            .filter_map(|p| Some((p, self.u16(p)?)))
            .collect()
    }
    /// Where an entry's value is stored in the file (clipped to the structure).
    fn value(&mut self, entry: u64) -> Option<(u64, u64)> {
        let (ty, count) = (self.u16(entry + 2)?, self.u32(entry + 4)?);
        let size = match ty {
            1 | 2 | 6 | 7 => 1,
            3 | 8 => 2,
            4 | 9 | 11 | 13 => 4,
            5 | 10 | 12 => 8,
            _ => 1,
        } * count as u64;
        let at = if size <= 4 {
            return Some((self.base + entry + 8, 4));
        } else {
            self.base + self.u32(entry + 8)? as u64
        };
        (at < self.end).then(|| (at, size.min(self.end - at)))
    }
    fn zero_value(&mut self, entry: u64, edits: &mut Edits) {
        if let Some((at, len)) = self.value(entry) {
            edits.zero(at, len);
        }
    }
}

fn scrub_tiff<R: Read + Seek>(f: &mut File<R>, base: u64, end: u64, edits: &mut Edits) {
    let le = match f.array::<4>(base) {
        Some(b) if &b == b"II*\0" => true,
        Some(b) if &b == b"MM\0*" => false,
        _ => return,
    };
    let end = end.min(f.total);
    let mut t = Tiff { f, base, end, le };
    let Some(ifd0) = t.u32(4).map(u64::from) else {
        return;
    };
    for (entry, tag) in t.entries(ifd0) {
        match tag {
            TAG_GPS_IFD => {
                let Some(gps) = t.u32(entry + 8).map(u64::from) else {
                    continue;
                };
                let gps_entries = t.entries(gps);
                if !gps_entries.is_empty() {
                    edits.found.gps = true;
                }
                for (e, _) in &gps_entries {
                    t.zero_value(*e, edits);
                }
                // Leave an empty directory where the GPS one was (pointer stays valid).
                edits.zero(base + gps, 2 + gps_entries.len() as u64 * 12);
            }
            TAG_EXIF_IFD => {
                let Some(exif) = t.u32(entry + 8).map(u64::from) else {
                    continue;
                };
                if exif == ifd0 {
                    continue;
                }
                for (e, tag) in t.entries(exif) {
                    match tag {
                        TAG_BODY_SERIAL | TAG_LENS_SERIAL => {
                            t.zero_value(e, edits);
                            edits.found.serials = true;
                        }
                        // Maker notes hold serial numbers (and sometimes location) in vendor formats.
                        TAG_MAKER_NOTE => {
                            t.zero_value(e, edits);
                            edits.found.maker = true;
                        }
                        _ => {}
                    }
                }
            }
            TAG_CAMERA_SERIAL => {
                t.zero_value(entry, edits);
                edits.found.serials = true;
            }
            TAG_XMP => {
                let Some((at, len)) = t.value(entry) else {
                    continue;
                };
                if let Some(mut x) = t.f.read(at, len) {
                    if blank_location(&mut x) {
                        edits.found.xmp = true;
                        edits.bytes(at, x);
                    }
                }
            }
            _ => {}
        }
    }
}

/// An XMP property whose name holds "GPS" (`exif:GPSLatitude`,
/// `drone-dji:GpsLongitude`, …), as an attribute…
static GPS_ATTR: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
        r#"(?i-u)\s[a-z_][a-z0-9_.-]*:gps[a-z0-9_]*\s*=\s*(?:"[^"]*"|'[^']*')"#,
    )
    .expect("valid pattern")
});
/// …or as an element (its content ends at the matching close tag).
static GPS_ELEMENT: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r#"(?i-u)<([a-z_][a-z0-9_.-]*:gps[a-z0-9_]*)(?:[\s/][^>]*)?>"#)
        .expect("valid pattern")
});

/// Blank (with spaces, keeping the length) every GPS property of an XMP
/// packet. Whitespace is allowed where they were, so the packet stays valid
/// and every other property (captions, ratings, keywords) stays.
fn blank_location(x: &mut [u8]) -> bool {
    let mut spans: Vec<(usize, usize)> = GPS_ATTR
        .find_iter(x)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut from = 0;
    while let Some(c) = GPS_ELEMENT.captures_at(x, from) {
        let (m, name) = (
            c.get(0).expect("match"),
            c.get(1).expect("group").as_bytes(),
        );
        let end = if m.as_bytes().ends_with(b"/>") {
            m.end()
        } else {
            // No close tag: blank to the end rather than leave the value.
            close_tag(x, m.end(), name).unwrap_or(x.len())
        };
        spans.push((m.start(), end));
        from = end;
    }
    for (s, e) in &spans {
        x[*s..*e].fill(b' ');
    }
    !spans.is_empty()
}

/// The end of `</name>` after `from`.
fn close_tag(x: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut needle = b"</".to_vec();
    needle.extend_from_slice(name);
    let mut at = from;
    loop {
        let p = at + memchr::memmem::find(&x[at..], &needle)?;
        let mut e = p + needle.len();
        while x.get(e).is_some_and(|c| c.is_ascii_whitespace()) {
            e += 1;
        }
        if x.get(e) == Some(&b'>') {
            return Some(e + 1);
        }
        at = p + 1;
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

    fn corpus(rel: &str) -> Vec<u8> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/real")
            .join(rel);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    const XMP: &str = concat!(
        r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">"#,
        r#"<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" "#,
        r#"exif:GPSLatitude="52,31.0N" exif:GPSLongitude='13,24.0E' dc:format="image/jpeg">"#,
        r#"<exif:GPSAltitude>34/1</exif:GPSAltitude><exif:GPSVersionID/>"#,
        r#"<drone-dji:GpsLongitude xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/">13.4</drone-dji:GpsLongitude >"#,
        r#"<dc:title>Site visit</dc:title></rdf:Description></rdf:RDF></x:xmpmeta>"#
    );

    fn assert_clean(x: &[u8]) {
        let s = String::from_utf8_lossy(x).to_ascii_lowercase();
        assert!(!s.contains("gps"), "location left in {s}");
        assert!(!s.contains("52,31"), "{s}");
        assert!(s.contains("site visit"), "other properties kept: {s}");
    }

    /// The EXIF TIFF block of a real camera JPEG (with GPS and a maker note).
    fn camera_tiff() -> Vec<u8> {
        let jpg = corpus("jpeg-S/DSCN0010.jpg");
        let at = memchr::memmem::find(&jpg, b"Exif\0\0").unwrap() + 6;
        let len = u16::from_be_bytes([jpg[at - 8], jpg[at - 7]]) as usize - 8;
        jpg[at..at + len].to_vec()
    }

    #[test]
    fn blanks_gps_properties_and_keeps_the_rest() {
        let mut x = XMP.as_bytes().to_vec();
        assert!(blank_location(&mut x));
        assert_eq!(x.len(), XMP.len(), "same length");
        assert_clean(&x);
        let s = String::from_utf8(x).unwrap();
        assert!(s.contains(r#"dc:format="image/jpeg">"#), "{s}");
        assert_eq!(s.matches('<').count(), s.matches('>').count(), "{s}");
        let mut none = b"<x:xmpmeta><dc:title>GPS-free</dc:title></x:xmpmeta>".to_vec();
        assert!(!blank_location(&mut none));
    }

    #[test]
    fn strips_gps_from_a_real_jpeg_without_touching_image_data() {
        let orig = corpus("jpeg-S/DSCN0010.jpg");
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

    fn app1(body: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, 0xE1];
        s.extend(((body.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(body);
        s
    }

    #[test]
    fn jpeg_extended_xmp_split_inside_a_property_is_blanked_and_renamed() {
        let ext = XMP.as_bytes();
        use md5::{Digest, Md5};
        let guid = hex::encode_upper(Md5::digest(ext));
        // Split in the middle of "GPSLatitude".
        let cut = XMP.find("GPSLat").unwrap() + 3;
        let main =
            format!(r#"<x:xmpmeta><rdf:Description xmpNote:HasExtendedXMP="{guid}"/></x:xmpmeta>"#);
        let orig = corpus("jpeg-S/DSCN0010.jpg");
        let mut jpg = orig[..2].to_vec();
        jpg.extend(app1(&[XMP_MAIN, main.as_bytes()].concat()));
        for (off, part) in [(0, &ext[..cut]), (cut, &ext[cut..])] {
            let mut body = XMP_EXTENSION.to_vec();
            body.extend(guid.as_bytes());
            body.extend((ext.len() as u32).to_be_bytes());
            body.extend((off as u32).to_be_bytes());
            body.extend(part);
            jpg.extend(app1(&body));
        }
        jpg.extend(&orig[2..]);

        let mut out = jpg.clone();
        let removed = strip_private(&mut out, ImageFormat::Jpeg);
        assert!(removed.contains(&XMP_LOCATION), "{removed:?}");
        assert!(removed.contains(&GPS), "{removed:?}");
        assert_eq!(out.len(), jpg.len());
        // Put the extended packet back together from the output.
        let mut whole = vec![0u8; ext.len()];
        let mut new_guid = None;
        let mut at = 0;
        while let Some(p) = memchr::memmem::find(&out[at..], XMP_EXTENSION) {
            let s = at + p + XMP_EXTENSION.len();
            new_guid = Some(out[s..s + 32].to_vec());
            let off = u32::from_be_bytes(out[s + 36..s + 40].try_into().unwrap()) as usize;
            let seg_len = u16::from_be_bytes([out[at + p - 2], out[at + p - 1]]) as usize;
            let n = seg_len - 2 - XMP_EXTENSION.len() - 40;
            whole[off..off + n].copy_from_slice(&out[s + 40..s + 40 + n]);
            at = s;
        }
        assert_clean(&whole);
        let new_guid = new_guid.unwrap();
        assert_eq!(
            new_guid,
            hex::encode_upper(Md5::digest(&whole)).into_bytes()
        );
        let main_at = memchr::memmem::find(&out, XMP_MAIN).unwrap();
        assert_eq!(
            memchr::memmem::find(&out, &new_guid),
            memchr::memmem::find(&out[main_at..], b"HasExtendedXMP=").map(|p| main_at + p + 16),
            "the main packet names the new GUID"
        );
        assert!(memchr::memmem::find(&out, guid.as_bytes()).is_none());
    }

    fn png_chunk_bytes(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend(kind);
        c.extend(data);
        let mut h = crc32fast::Hasher::new();
        h.update(kind);
        h.update(data);
        c.extend(h.finalize().to_be_bytes());
        c
    }

    fn raw_profile_text(name: &str, payload: &[u8]) -> Vec<u8> {
        let hex = hex::encode(payload);
        let lines: Vec<&str> = hex
            .as_bytes()
            .chunks(72)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        format!("\n{name}\n{:8}\n{}\n", payload.len(), lines.join("\n")).into_bytes()
    }

    #[test]
    fn png_text_chunks_are_scrubbed_before_and_after_the_image_data() {
        let orig = corpus("png/basn6a16.png");
        let idat = memchr::memmem::find(&orig, b"IDAT").unwrap() - 4;
        let tiff = camera_tiff();
        let itxt = |compressed: bool| {
            let mut d = b"XML:com.adobe.xmp\0".to_vec();
            d.extend([compressed as u8, 0, 0, 0]);
            d.extend(if compressed {
                deflate(XMP.as_bytes())
            } else {
                XMP.as_bytes().to_vec()
            });
            png_chunk_bytes(b"iTXt", &d)
        };
        let mut ztxt = b"Raw profile type exif\0\0".to_vec();
        ztxt.extend(deflate(&raw_profile_text(
            "exif",
            &[b"Exif\0\0".as_slice(), &tiff].concat(),
        )));
        let mut text = b"Raw profile type xmp\0".to_vec();
        text.extend(raw_profile_text("xmp", XMP.as_bytes()));

        let mut png = orig[..idat].to_vec();
        png.extend(png_chunk_bytes(b"eXIf", &tiff));
        png.extend(itxt(false));
        png.extend(png_chunk_bytes(b"zTXt", &ztxt));
        let iend = orig.len() - 12;
        png.extend(&orig[idat..iend]);
        png.extend(itxt(true));
        png.extend(png_chunk_bytes(b"tEXt", &text));
        png.extend(&orig[iend..]);
        assert!(has_gps(&png));

        let mut out = png.clone();
        let removed = strip_private(&mut out, ImageFormat::Png);
        assert_eq!(removed, [GPS, XMP_LOCATION, MAKER_NOTES], "{removed:?}");
        assert!(!has_gps(&out));
        // Every chunk is still well-formed (the decoder checks the CRCs) and the pixels are the same.
        let pixels = |b: &[u8]| image::load_from_memory(b).unwrap().into_bytes();
        assert_eq!(pixels(&out), pixels(&orig));
        let mut pos = 8;
        let mut texts = vec![];
        while pos < out.len() {
            let len = u32::from_be_bytes(out[pos..pos + 4].try_into().unwrap()) as usize;
            let (kind, data) = (&out[pos + 4..pos + 8], &out[pos + 8..pos + 8 + len]);
            let crc = crc32fast::hash(&out[pos + 4..pos + 8 + len]);
            assert_eq!(out[pos + 8 + len..pos + 12 + len], crc.to_be_bytes());
            match kind {
                b"iTXt" if data[18] == 1 => texts.push(inflate(&data[22..]).unwrap()),
                b"iTXt" => texts.push(data[22..].to_vec()),
                b"tEXt" => texts.push(data.to_vec()),
                b"zTXt" => {
                    let t = inflate(&data[23..]).unwrap();
                    let hex: String = t[t.iter().position(|&c| c.is_ascii_digit()).unwrap()..]
                        .split(|&c| c == b'\n')
                        .skip(1)
                        .map(|l| String::from_utf8_lossy(l).into_owned())
                        .collect();
                    assert!(!has_gps(&hex::decode(hex).unwrap()[6..]));
                }
                _ => {}
            }
            pos += 12 + len;
        }
        assert_eq!(texts.len(), 3);
        for t in &texts {
            let decoded = if t.starts_with(b"Raw profile") {
                let h: String = String::from_utf8_lossy(t)
                    .lines()
                    .skip(4)
                    .collect::<Vec<_>>()
                    .concat();
                hex::decode(h).unwrap()
            } else {
                t.clone()
            };
            assert_clean(&decoded);
        }
    }

    #[test]
    fn webp_exif_and_xmp_chunks_are_scrubbed() {
        let orig = corpus("webp/denali.webp");
        let mut riff = orig[..orig.len()].to_vec();
        let tiff = camera_tiff();
        for (id, data) in [(b"EXIF", tiff.as_slice()), (b"XMP ", XMP.as_bytes())] {
            riff.extend(id);
            riff.extend((data.len() as u32).to_le_bytes());
            riff.extend(data);
            if data.len() % 2 == 1 {
                riff.push(0);
            }
        }
        let size = (riff.len() - 8) as u32;
        riff[4..8].copy_from_slice(&size.to_le_bytes());
        let exif_gps = |b: &[u8]| {
            let at = memchr::memmem::rfind(b, b"EXIF").unwrap() + 8;
            has_gps(&b[at..at + tiff.len()])
        };
        assert!(has_gps(&tiff), "camera block");
        assert!(exif_gps(&riff));
        let mut out = riff.clone();
        let removed = strip_private(&mut out, ImageFormat::Webp);
        assert!(
            removed.contains(&GPS) && removed.contains(&XMP_LOCATION),
            "{removed:?}"
        );
        assert_eq!(out.len(), riff.len());
        assert!(!exif_gps(&out));
        image::load_from_memory(&out).expect("still a WebP");
        assert_clean(&out[memchr::memmem::rfind(&out, b"XMP ").unwrap()..]);
        let meta = memchr::memmem::find(&orig, b"EXIF").unwrap();
        assert_eq!(out[..meta], riff[..meta], "image untouched");
    }

    #[test]
    fn heif_exif_items_lose_their_gps() {
        let mut with_gps = 0;
        for name in [
            "IMG_1034.heic",
            "IMG_2682.heic",
            "iphone_13_pro_max.HEIC",
            "HMD_Nokia_8.3_5G.heif",
        ] {
            let orig = corpus(&format!("heic/{name}"));
            let mut out = orig.clone();
            let removed = strip_private(&mut out, ImageFormat::Heic);
            assert_eq!(out.len(), orig.len(), "{name}");
            assert!(!has_gps(&out), "{name}: {removed:?}");
            if has_gps(&orig) {
                with_gps += 1;
                assert!(removed.contains(&GPS), "{name}");
            }
        }
        assert!(with_gps > 0, "the corpus has a HEIC with GPS");
    }

    /// A TIFF whose GPS directory straddles a copy-buffer boundary, far into the file.
    #[test]
    fn streamed_copy_applies_edits_across_buffer_boundaries() {
        let gps = COPY_BUF as u32 * 3 - 13;
        let mut t = vec![0u8; COPY_BUF * 4];
        t[..8].copy_from_slice(b"II*\0\x08\0\0\0");
        let entry = |tag: u16, ty: u16, count: u32, value: u32| {
            let mut e = tag.to_le_bytes().to_vec();
            e.extend(ty.to_le_bytes());
            e.extend(count.to_le_bytes());
            e.extend(value.to_le_bytes());
            e
        };
        let mut ifd0 = 1u16.to_le_bytes().to_vec();
        ifd0.extend(entry(TAG_GPS_IFD, 4, 1, gps));
        ifd0.extend(0u32.to_le_bytes());
        t[8..8 + ifd0.len()].copy_from_slice(&ifd0);
        let rationals = gps + 2 + 2 * 12 + 4;
        let mut dir = 2u16.to_le_bytes().to_vec();
        dir.extend(entry(1, 2, 2, u32::from_le_bytes(*b"N\0\0\0")));
        dir.extend(entry(2, 5, 3, rationals));
        dir.extend(0u32.to_le_bytes());
        for v in [52u32, 1, 31, 1, 0, 1] {
            dir.extend(v.to_le_bytes());
        }
        let g = gps as usize;
        t[g..g + dir.len()].copy_from_slice(&dir);
        *t.last_mut().unwrap() = 0xAB;
        assert!(has_gps(&t));

        let edits = scan(&mut io::Cursor::new(&t), ImageFormat::Tiff).unwrap();
        assert_eq!(edits.removed(), [GPS]);
        let mut out = vec![];
        let n = write_stripped(&mut io::Cursor::new(&t), &edits, &mut out).unwrap();
        assert_eq!(n as usize, t.len());
        assert!(!has_gps(&out));
        assert!(out[g..g + dir.len()].iter().all(|&b| b == 0));
        assert_eq!(out[..g], t[..g]);
        assert_eq!(out[g + dir.len()..], t[g + dir.len()..]);
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
            for (format, head) in [
                (
                    ImageFormat::Png,
                    &b"\x89PNG\r\n\x1a\n\0\0\0\x10iTXtXML:com.adobe.xmp\0\x01"[..],
                ),
                (
                    ImageFormat::Heic,
                    b"\0\0\0\x18ftypheic\0\0\0\0\0\0\0\x40meta",
                ),
                (ImageFormat::Webp, b"RIFF\0\0\0\0WEBPXMP \xff\0\0\0"),
            ] {
                let mut b = head.to_vec();
                b.extend((0..n).map(|i| (i * 13 % 256) as u8));
                let _ = strip_private(&mut b, format);
            }
        }
    }
}
