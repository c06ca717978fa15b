//! The photo pipeline with real photos from ../shared/corpus and generated
//! hostile files: orientation, thumbnails, fitting, privacy, robustness.

mod common;

use common::*;
use photodrop::media::metadata;
use photodrop::media::thumb::{self, ThumbCache};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn dims(p: &Path) -> (u32, u32) {
    let s = imagesize::size(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    (s.width as u32, s.height as u32)
}

fn sos(b: &[u8]) -> usize {
    b.windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .expect("JPEG has a scan")
}

#[test]
fn every_exif_orientation_comes_out_upright() {
    for kind in ["Landscape", "Portrait"] {
        let reference =
            thumb::thumbnail(&corpus(&format!("orientation/recurser_{kind}_1.jpg")), 128)
                .unwrap()
                .to_luma8();
        for n in 0..=8 {
            let t = thumb::thumbnail(
                &corpus(&format!("orientation/recurser_{kind}_{n}.jpg")),
                128,
            )
            .unwrap()
            .to_luma8();
            let expect = if kind == "Landscape" {
                (128, 85)
            } else {
                (85, 128)
            };
            assert_eq!(t.dimensions(), expect, "{kind}_{n}");
            // Same picture (only the drawn digit differs): a wrong rotation or mirror differs a lot.
            let diff: f64 = t
                .pixels()
                .zip(reference.pixels())
                .map(|(a, b)| (a[0] as f64 - b[0] as f64).abs())
                .sum::<f64>()
                / (t.width() * t.height()) as f64;
            assert!(
                diff < 20.0,
                "{kind}_{n} differs from orientation 1 by {diff:.1}/255: not upright"
            );
        }
    }
}

#[test]
fn thumbnails_of_every_format() {
    for f in [
        "png/basn6a16.png",
        "png/basi6a08.png",
        "gif/cogs.gif",
        "bmp/small.bmp",
        "bmp/rgb16-565.bmp",
        "webp/denali.webp",
        "heic/IMG_1034.heic",
        "heic/HMD_Nokia_8.3_5G.heif",
        "jpeg-XL/Issue_266.jpg",
        "jpeg-L/book-beside-flowers.jpg",
    ] {
        let t = thumb::thumbnail(&corpus(f), 256).unwrap_or_else(|e| panic!("{f}: {}", e.message));
        assert!(
            t.width().max(t.height()) <= 256 && t.width() > 0,
            "{f}: {}x{}",
            t.width(),
            t.height()
        );
    }
    // The Nokia HEIF is portrait (3456×4608): it must stay portrait.
    let t = thumb::thumbnail(&corpus("heic/HMD_Nokia_8.3_5G.heif"), 256).unwrap();
    assert!(t.height() > t.width());
    // An orientation-6 phone JPEG (stored landscape) becomes portrait.
    let t = thumb::thumbnail(&corpus("jpeg-L/Apple_iPhone_4S.jpg"), 256).unwrap();
    assert_eq!((t.width(), t.height()), (192, 256));
}

#[test]
fn thumbnail_cache_is_keyed_by_content_and_size_and_batches_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let cache = ThumbCache::new(dir.path());
    let a = corpus("jpeg-M/Nikon_D40.jpg");
    let p1 = cache.get(&a, 256).unwrap();
    let m1 = std::fs::metadata(&p1).unwrap().modified().unwrap();
    let copy = dir.path().join("same-content.jpg");
    std::fs::copy(&a, &copy).unwrap();
    assert_eq!(
        cache.get(&copy, 256).unwrap(),
        p1,
        "same content, same thumbnail"
    );
    assert_eq!(
        std::fs::metadata(&p1).unwrap().modified().unwrap(),
        m1,
        "served from the cache"
    );
    assert_ne!(cache.get(&a, 128).unwrap(), p1);
    let bad = dir.path().join("bad.jpg");
    std::fs::write(&bad, b"nope").unwrap();
    let paths: Vec<PathBuf> = vec![
        corpus("jpeg-S/DSCN0010.jpg"),
        bad.clone(),
        corpus("png/sample.png"),
        corpus("jpeg-M/HTC_One_M8.jpg"),
    ];
    let out = cache.batch(&paths, 200);
    assert!(out[0].is_ok() && out[1].is_err() && out[2].is_ok() && out[3].is_ok());
    assert_eq!(dims(out[3].as_ref().unwrap()), (200, 113));
}

/// Run `photodrop thumbnail` on a hostile file: it must end (≤ 20 s), exit 0 or 1
/// with a message — never a crash — and stay within 1.5 GB.
fn survive(path: &Path) -> (bool, String) {
    let out = std::env::temp_dir().join(format!("pd-hostile-{}.jpg", uuid::Uuid::new_v4()));
    let t0 = Instant::now();
    let o = std::process::Command::new("/usr/bin/time")
        .args(["-f", "MAXRSS=%M"])
        .arg(env!("CARGO_BIN_EXE_photodrop"))
        .arg("thumbnail")
        .arg(path)
        .arg(&out)
        .output()
        .expect("/usr/bin/time (Debian package 'time'; scripts/test installs it)");
    let took = t0.elapsed();
    let _ = std::fs::remove_file(&out);
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let rss: u64 = stderr
        .lines()
        .find_map(|l| l.strip_prefix("MAXRSS="))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let code = o.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "{}: crashed ({code:?}): {stderr}",
        path.display()
    );
    if code == Some(1) {
        assert!(
            stderr.contains("error:") && stderr.contains(&path.display().to_string()),
            "{}: unclear error: {stderr}",
            path.display()
        );
    }
    assert!(
        took < Duration::from_secs(20),
        "{}: took {took:?}",
        path.display()
    );
    assert!(
        rss < 1_500_000,
        "{}: used {} MB",
        path.display(),
        rss / 1024
    );
    (code == Some(0), stderr)
}

fn png_with_header(w: u32, h: u32, depth: u8, color: u8, idat: &[u8]) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |ty: &[u8], data: &[u8]| {
        out.extend((data.len() as u32).to_be_bytes());
        let mut c = ty.to_vec();
        c.extend(data);
        out.extend(&c);
        out.extend(crc32fast::hash(&c).to_be_bytes());
    };
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([depth, color, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", idat);
    chunk(b"IEND", &[]);
    out
}

#[test]
fn hostile_files_get_clean_errors_in_bounded_time_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let w = |name: &str, b: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, b).unwrap();
        p
    };
    // A real, valid 1-bit PNG of 20000×20000 that would inflate to gigabytes of pixels.
    let bomb = {
        let mut enc_out = Vec::new();
        {
            let mut e = png::Encoder::new(&mut enc_out, 20000, 20000);
            e.set_color(png::ColorType::Grayscale);
            e.set_depth(png::BitDepth::One);
            e.set_compression(png::Compression::Fast);
            let mut wr = e.write_header().unwrap();
            let mut s = wr.stream_writer().unwrap();
            let row = vec![0u8; 2500];
            for _ in 0..20000 {
                std::io::Write::write_all(&mut s, &row).unwrap();
            }
            s.finish().unwrap();
        }
        w("bomb.png", &enc_out)
    };
    let (ok, err) = survive(&bomb);
    assert!(!ok && err.contains("megapixels"), "{err}");
    let (ok, _) = survive(&w(
        "lying.png",
        &png_with_header(
            65535,
            65535,
            8,
            6,
            &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ),
    ));
    assert!(!ok);

    let real = std::fs::read(corpus("jpeg-M/Nikon_D40.jpg")).unwrap();
    // Main SOF dimensions patched to 65535×65535 (the last SOF: the first may be the EXIF thumbnail's).
    let mut lying = real.clone();
    let sof = lying
        .windows(2)
        .rposition(|x| x[0] == 0xFF && (x[1] == 0xC0 || x[1] == 0xC2))
        .unwrap();
    lying[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
    assert!(!survive(&w("lying.jpg", &lying)).0);
    // Truncations at several offsets, and no end marker: a partial image or a clean error.
    for pct in [1, 10, 50, 90, 99] {
        survive(&w(
            &format!("trunc{pct}.jpg"),
            &real[..real.len() * pct / 100],
        ));
    }
    survive(&w("noeoi.jpg", &real[..real.len() - 2]));
    // Bit flips in the scan data (deterministic).
    let start = sos(&real) + 20;
    for i in 0..12usize {
        let mut b = real.clone();
        for k in 0..(i + 1) * 3 {
            let pos = start + (k * 7919 + i * 104729) % (real.len() - start - 2);
            b[pos] ^= 1 << (k % 8);
        }
        survive(&w(&format!("flip{i}.jpg"), &b));
    }
    // Truncated other formats.
    for f in [
        "png/sample.png",
        "gif/cogs.gif",
        "webp/denali.webp",
        "heic/IMG_2682.heic",
        "bmp/small.bmp",
    ] {
        let b = std::fs::read(corpus(f)).unwrap();
        let name = format!(
            "half-{}",
            Path::new(f).file_name().unwrap().to_str().unwrap()
        );
        survive(&w(&name, &b[..b.len() / 2]));
    }
    // Zero bytes, SOI only, text named .jpg.
    let (ok, err) = survive(&w("zero.jpg", b""));
    assert!(!ok && err.contains("empty file"), "{err}");
    assert!(!survive(&w("soi.jpg", &[0xFF, 0xD8, 0xFF])).0);
    let (ok, err) = survive(&w("text.jpg", b"hello, I am a text file\n"));
    assert!(!ok && err.contains("text file"), "{err}");
}

#[test]
fn gps_is_removed_losslessly_and_the_original_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("gps.jpg");
    std::fs::copy(corpus("jpeg-S/DSCN0010.jpg"), &src).unwrap();
    let before = std::fs::read(&src).unwrap();
    let limits = photodrop::providers::chakrahq::INFO.limits;
    let p = photodrop::media::prepare::prepare(
        &src,
        &limits,
        Default::default(),
        "ChakraHQ",
        dir.path(),
    )
    .unwrap();
    assert!(p.report.stripped.contains(&"gps"), "{:?}", p.report);
    assert!(!p.report.reencoded && !p.report.resized);
    let sent = std::fs::read(&p.path).unwrap();
    assert!(!metadata::has_gps(&sent));
    assert_eq!(
        &sent[sos(&sent)..],
        &before[sos(&before)..],
        "image data not recompressed"
    );
    assert_eq!(std::fs::read(&src).unwrap(), before, "original untouched");
    let temp = p.path.clone();
    drop(p);
    assert!(!temp.exists(), "prepared copy cleaned up");
}

const ZOHO: &str = "Leads/3000000038009";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoho_gets_big_heic_and_webp_photos_fitted_and_upright() {
    let env = Env::new().await;
    env.profile("crm", "zoho-crm", &[]).await;
    let big = env.copy("jpeg-XL/Issue_266.jpg", "big.jpg"); // 5760×3840, 22 MP
    let leica = env.copy("jpeg-XL/Leica_T_Typ_701.jpg", "leica.jpg"); // 4928×3264, orientation 8
    let heic = env.copy("heic/iphone_13_pro_max.HEIC", "phone.HEIC"); // 3024×4032
    let webp = env.copy("webp/denali.webp", "denali.webp");
    let gps = env.copy("jpeg-S/DSCN0010.jpg", "gps.jpg");
    let originals: Vec<(PathBuf, String)> = [&big, &leica, &heic, &webp, &gps]
        .iter()
        .map(|p| (p.to_path_buf(), sha256(p)))
        .collect();
    // The Windows cross build has no libheif (scripts/test-windows says so):
    // there the HEIC photo must be refused, clearly, and the rest still go.
    let heic_built = windows_exe().is_none();
    let r = env
        .upload("crm", Some(ZOHO), &[&big, &leica, &heic, &webp, &gps])
        .await;
    assert_eq!(r.code, if heic_built { 0 } else { 1 }, "{r:?}");
    if !heic_built {
        let l = r.line_for(&heic);
        assert_eq!(l["status"], "failed", "{l}");
        assert!(
            l["error"]["message"].as_str().unwrap().contains("HEIC"),
            "{l}"
        );
    }
    let ups = env.sandbox.uploads();
    assert_eq!(ups.len(), if heic_built { 5 } else { 4 });
    let up = |name: &str| {
        ups.iter()
            .find(|u| u.file_name.starts_with(name))
            .unwrap_or_else(|| panic!("{name} did not arrive: {ups:?}"))
    };
    for u in &ups {
        let (w, h) = (u.width.unwrap(), u.height.unwrap());
        assert!(
            w as u64 * h as u64 <= 10_000_000 && u.size <= 10 * 1024 * 1024,
            "{}: {w}x{h} {} bytes",
            u.file_name,
            u.size
        );
        assert!(matches!(u.format.as_deref(), Some("JPEG" | "PNG")), "{u:?}");
    }
    let b = up("big");
    assert!(
        b.width.unwrap() > b.height.unwrap()
            && b.width.unwrap() as u64 * b.height.unwrap() as u64 > 9_900_000
    );
    let l = up("leica");
    assert!(
        l.height.unwrap() > l.width.unwrap(),
        "orientation 8 baked in: portrait, got {l:?}"
    );
    if heic_built {
        let h = up("phone");
        assert_eq!(h.file_name, "phone.jpg");
        assert!(h.height.unwrap() > h.width.unwrap(), "{h:?}");
        let line = r.line_for(&heic);
        assert_eq!(line["prepared"]["reencoded"], true);
        assert_eq!(line["prepared"]["converted_from"], "heic");
    }
    assert_eq!(up("denali").file_name, "denali.jpg");
    assert_eq!(r.line_for(&big)["prepared"]["resized"], true);
    // The GPS-tagged photo fits as it is: it arrives without GPS and without recompression.
    let g = up("gps");
    let sent = reqwest::get(format!("{}/__sandbox/files/{}", env.url(), g.id))
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    assert!(!metadata::has_gps(&sent));
    let orig = std::fs::read(&gps).unwrap();
    assert_eq!(&sent[sos(&sent)..], &orig[sos(&orig)..]);
    let gl = r.line_for(&gps);
    assert_eq!(gl["prepared"]["reencoded"], false);
    assert!(gl["prepared"]["stripped"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "gps"));
    for (p, sha) in originals {
        assert_eq!(sha256(&p), sha, "{} was modified", p.display());
    }
    // Prepared copies are cleaned up.
    let prepared_dir = env.path("data/prepared");
    assert!(!prepared_dir.exists() || std::fs::read_dir(&prepared_dir).unwrap().next().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prepare_writes_what_upload_would_send_and_refuse_mode_refuses() {
    let env = Env::new().await;
    env.ok(&[
        "profile",
        "add",
        "crm",
        "--provider",
        "zoho-crm",
        "--base-url",
        &env.url(),
    ])
    .await;
    let big = env.copy("jpeg-XL/Issue_266.jpg", "big.jpg");
    let out = env.path("out.jpg");
    let r = env
        .ok(&[
            "prepare",
            "--json",
            "--profile",
            "crm",
            &big.display().to_string(),
            &out.display().to_string(),
        ])
        .await;
    let v = &r.lines()[0];
    assert_eq!(v["prepared"]["resized"], true);
    let (w, h) = dims(&out);
    assert!(w as u64 * h as u64 <= 10_000_000 && (w, h) != (5760, 3840));
    let r = env
        .ok(&[
            "prepare",
            "--profile",
            "crm",
            &big.display().to_string(),
            &out.display().to_string(),
        ])
        .await;
    assert!(r.stdout.contains("resized 5760×3840"), "{r:?}");

    env.ok(&[
        "profile",
        "add",
        "strict",
        "--provider",
        "zoho-crm",
        "--base-url",
        &env.url(),
        "--set",
        "fit=refuse",
        "--set",
        "privacy=keep",
    ])
    .await;
    let r = env
        .run(&[
            "prepare",
            "--profile",
            "strict",
            &big.display().to_string(),
            &out.display().to_string(),
        ])
        .await;
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stderr.contains("fit=auto"), "{r:?}");
    let webp = env.copy("webp/denali.webp", "d.webp");
    let r = env
        .run(&[
            "prepare",
            "--profile",
            "strict",
            &webp.display().to_string(),
            &out.display().to_string(),
        ])
        .await;
    assert!(
        r.stderr.contains("WebP") && r.stderr.contains("fit=auto"),
        "{r:?}"
    );
    // privacy=keep sends the file exactly as it is.
    let gps = env.copy("jpeg-S/DSCN0010.jpg", "gps.jpg");
    env.ok(&[
        "prepare",
        "--profile",
        "strict",
        &gps.display().to_string(),
        &out.display().to_string(),
    ])
    .await;
    assert_eq!(sha256(&out), sha256(&gps));
    // A transparent PNG within limits stays PNG, untouched.
    let png = env.copy("png/basn6a16.png", "alpha.png");
    let out_png = env.path("out.png");
    env.ok(&[
        "prepare",
        "--profile",
        "crm",
        &png.display().to_string(),
        &out_png.display().to_string(),
    ])
    .await;
    assert_eq!(sha256(&out_png), sha256(&png));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thumbnail_command_writes_jpeg_or_png() {
    let env = Env::new().await;
    let src = corpus("orientation/recurser_Portrait_6.jpg");
    let jpg = env.path("t.jpg");
    let png = env.path("t.png");
    env.ok(&[
        "thumbnail",
        &src.display().to_string(),
        &jpg.display().to_string(),
    ])
    .await;
    env.ok(&[
        "thumbnail",
        "--size",
        "64",
        &src.display().to_string(),
        &png.display().to_string(),
    ])
    .await;
    assert_eq!(dims(&jpg), (171, 256));
    assert_eq!(dims(&png), (43, 64));
    assert_eq!(&std::fs::read(&png).unwrap()[..4], b"\x89PNG");
    let webp = env.path("t.webp");
    env.ok(&[
        "thumbnail",
        &src.display().to_string(),
        &webp.display().to_string(),
    ])
    .await;
    assert_eq!(dims(&webp), (171, 256));
    assert_eq!(&std::fs::read(&webp).unwrap()[8..12], b"WEBP");
    let r = env
        .run(&[
            "thumbnail",
            &src.display().to_string(),
            &env.path("t.svg").display().to_string(),
        ])
        .await;
    assert_eq!(r.code, 2);
}

/// Inputs the fuzzers (scripts/fuzz) once crashed on: they must stay clean errors or images.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        survive(&p);
        let bytes = std::fs::read(&p).unwrap();
        for f in photodrop::media::ImageFormat::ALL {
            let mut b = bytes.clone();
            let _ = metadata::strip_private(&mut b, *f);
        }
    }
}

#[test]
fn plan_predicts_what_prepare_does_without_decoding() {
    use photodrop::media::prepare::{plan, prepare, FitMode, Policy};
    let dir = tempfile::tempdir().unwrap();
    let zoho = photodrop::providers::zoho_crm::INFO.limits;
    let chakra = photodrop::providers::chakrahq::INFO.limits;
    let cases = [
        (corpus("jpeg-S/DSCN0010.jpg"), chakra, "ChakraHQ"),
        (
            corpus("jpeg-XL/Canon_Powershot_A2500.JPG"),
            zoho,
            "Zoho CRM",
        ),
        (corpus("heic/IMG_1034.heic"), zoho, "Zoho CRM"),
    ];
    for (src, limits, dest) in cases {
        let predicted = plan(&src, &limits, Policy::default(), dest).unwrap();
        let done = prepare(&src, &limits, Policy::default(), dest, dir.path()).unwrap();
        let r = done.report;
        assert_eq!(predicted.resized, r.resized, "{src:?}");
        assert_eq!(predicted.reencoded, r.reencoded, "{src:?}");
        assert_eq!(predicted.converted_from, r.converted_from, "{src:?}");
        for s in &predicted.stripped {
            assert!(r.stripped.contains(s), "{src:?}: {s} predicted, not done");
        }
        if r.resized {
            assert_eq!(predicted.dimensions, r.dimensions, "{src:?}");
        }
    }
    let gps = plan(
        &corpus("jpeg-S/DSCN0010.jpg"),
        &chakra,
        Policy::default(),
        "ChakraHQ",
    )
    .unwrap();
    assert!(gps.stripped.contains(&metadata::GPS));
    let refuse = Policy {
        fit: FitMode::Refuse,
        strip_private: true,
    };
    let e = plan(&corpus("heic/IMG_1034.heic"), &zoho, refuse, "Zoho CRM").unwrap_err();
    assert!(e.message.contains("Zoho CRM"), "{}", e.message);
}
