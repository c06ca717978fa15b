#![no_main]
//! The whole decode path (probe, budget, turbojpeg / zune / image / libheif, resize,
//! orientation) on arbitrary bytes. Errors are fine; panics, aborts and OOM are not.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("pd-fuzz-{}", std::process::id()));
    if std::fs::write(&path, data).is_ok() {
        let _ = photodrop::media::thumb::thumbnail(&path, 64);
    }
});
