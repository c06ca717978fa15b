#![no_main]
use libfuzzer_sys::fuzz_target;
use photodrop::media::{metadata, ImageFormat};

fuzz_target!(|data: &[u8]| {
    for f in ImageFormat::ALL {
        let mut b = data.to_vec();
        let _ = metadata::strip_private(&mut b, *f);
        if *f != ImageFormat::Jpeg {
            assert_eq!(b.len(), data.len(), "in-place rewrite must keep the length");
        }
    }
});
