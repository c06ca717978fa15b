#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = photodrop::media::sniff(data);
    let _ = photodrop::media::describe_other(data);
    let _ = photodrop::media::metadata::orientation(data);
});
