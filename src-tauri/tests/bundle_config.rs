//! What the installers promise (issue #6), checked in the bundle configuration:
//! per-user on Windows, every icon present, the Linux desktop entry handing
//! images over, and the updater wired but off until a release address is set.
//! `scripts/test-bundle` checks the built .deb/.rpm themselves.

use serde_json::Value;
use std::path::Path;

fn conf() -> Value {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(dir.join("tauri.conf.json")).unwrap()).unwrap()
}

#[test]
fn windows_installs_per_user_with_nsis_only() {
    let c = conf();
    assert_eq!(c["bundle"]["windows"]["nsis"]["installMode"], "currentUser");
    let targets: Vec<&str> = c["bundle"]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(targets.contains(&"nsis"));
    assert!(
        !targets.contains(&"msi"),
        "an MSI always installs per machine"
    );
    for t in ["deb", "rpm", "appimage", "app", "dmg"] {
        assert!(targets.contains(&t), "{t}");
    }
    assert_eq!(
        c["bundle"]["windows"]["webviewInstallMode"]["type"],
        "downloadBootstrapper"
    );
    assert!(c["bundle"]["macOS"]["minimumSystemVersion"].is_string());
}

#[test]
fn every_icon_exists_including_icns_and_ico() {
    let c = conf();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let icons: Vec<&str> = c["bundle"]["icon"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_str().unwrap())
        .collect();
    for ext in [
        ".icns",
        ".ico",
        "32x32.png",
        "128x128.png",
        "128x128@2x.png",
    ] {
        assert!(icons.iter().any(|i| i.ends_with(ext)), "no {ext} icon");
    }
    for i in icons {
        let p = dir.join(i);
        assert!(p.is_file(), "{} is missing", p.display());
        assert!(std::fs::metadata(&p).unwrap().len() > 500, "{i} is empty");
    }
    assert!(
        dir.join("../icons/source.svg").is_file(),
        "the source artwork"
    );
}

#[test]
fn linux_desktop_entry_opens_images() {
    let c = conf();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    for kind in ["deb", "rpm"] {
        let t = c["bundle"]["linux"][kind]["desktopTemplate"]
            .as_str()
            .unwrap();
        let text = std::fs::read_to_string(dir.join(t)).unwrap();
        assert!(text.contains("Exec={{exec}} %F"), "files are handed over");
        for mime in ["image/jpeg", "image/png", "image/heic", "image/webp"] {
            assert!(text.contains(mime), "{kind}: {mime}");
        }
        assert!(text.contains("Categories=Office;Photography;"));
    }
    assert!(c["bundle"]["linux"]["deb"]["depends"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d == "libheif1"));
}

#[test]
fn updater_is_wired_but_off_until_a_release_address_is_set() {
    let c = conf();
    let u = &c["plugins"]["updater"];
    let key = u["pubkey"].as_str().unwrap();
    assert!(key.len() > 100, "a minisign public key");
    assert_eq!(u["endpoints"], serde_json::json!([]));
    assert_eq!(c["bundle"]["createUpdaterArtifacts"], false);
}
