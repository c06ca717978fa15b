//! A shared watched folder someone else can write to, watched by the real
//! app (SECURITY.md): planted links, hard links and FIFOs get nothing out.

mod common;

use common::*;
use photodrop::sandbox::creds;
use serde_json::json;
use std::process::Command;
use std::time::{Duration, Instant};

/// A shared folder someone else can write to, watched by the real app: links
/// to the person's private photos, a second name (hard link) of one, result
/// folders planted as links out of the folder, a FIFO. Only the real photo
/// leaves the machine; nothing outside the folder is moved or touched; the
/// rule's events say why each planted entry stays.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_watched_folder_gets_nothing_through_the_app() {
    let ctx = start_with(|dir, sb| {
        saved_profile(
            dir,
            sb,
            "chakra",
            "chakrahq",
            &[("token", creds::CHAKRA_TOKEN)],
        );
        vec![]
    })
    .await;
    let t = &ctx;
    let root = ctx.dirs.path();
    let private = root.join("private");
    let elsewhere = root.join("elsewhere");
    let inbox = root.join("shared-inbox");
    for d in [&private, &elsewhere, &inbox] {
        std::fs::create_dir_all(d).unwrap();
    }
    let secret_photo = private.join("secret.jpg");
    std::fs::copy(&photos(2)[1], &secret_photo).unwrap();
    let secret_hash = sha256_file(&secret_photo);
    use std::os::unix::fs::symlink;
    symlink(&secret_photo, inbox.join("innocent.jpg")).unwrap();
    std::fs::hard_link(&secret_photo, inbox.join("hard.jpg")).unwrap();
    symlink(&elsewhere, inbox.join("Uploaded")).unwrap();
    symlink(&private, inbox.join("sub")).unwrap();
    let fifo = inbox.join("pipe.jpg");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let good = inbox.join("good.jpg");
    std::fs::copy(&photos(1)[0], &good).unwrap();

    // Record the rule's events as the page receives them.
    t.js("window.__pdWatch = []; const cb = window.__TAURI_INTERNALS__.transformCallback(e => window.__pdWatch.push(JSON.stringify(e.payload))); return window.__TAURI_INTERNALS__.invoke('plugin:event|listen', {event: 'watch', target: {kind: 'Any'}, handler: cb});").await;
    let dir = inbox.display().to_string();
    call(t, "e2e_pick_folder", json!({"path": dir})).await;
    let r = call(
        t,
        "save_rule",
        json!({"rule": {"name": "shared", "dir": dir, "recursive": true, "profile": "chakra", "target": null, "after": "move"}, "replace": null}),
    )
    .await;
    assert_eq!(r["ok"], json!(true), "{r}");

    let t0 = Instant::now();
    while !ctx
        .sandbox
        .uploads()
        .iter()
        .any(|u| u.file_name == "good.jpg")
    {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "the real photo was not uploaded"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(4)).await;

    let ups = ctx.sandbox.uploads();
    assert_eq!(
        ups.len(),
        1,
        "only the real photo: {:?}",
        ups.iter().map(|u| &u.file_name).collect::<Vec<_>>()
    );
    assert!(
        ups.iter().all(|u| u.sha256 != secret_hash),
        "the private photo left the machine"
    );
    // Nothing outside the folder moved or changed; the planted entries stay.
    assert_eq!(sha256_file(&secret_photo), secret_hash);
    assert_eq!(std::fs::read_dir(&private).unwrap().count(), 1);
    assert_eq!(
        std::fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "moved through a planted link"
    );
    for planted in ["innocent.jpg", "Uploaded", "sub"] {
        assert!(
            std::fs::symlink_metadata(inbox.join(planted))
                .unwrap()
                .file_type()
                .is_symlink(),
            "{planted} was touched"
        );
    }
    assert!(inbox.join("hard.jpg").exists() && fifo.exists());
    assert!(
        good.exists(),
        "the real photo is not moved into a planted Uploaded link"
    );
    let events = t.js("return window.__pdWatch.join('\\n');").await;
    let events = events.as_str().unwrap_or_default();
    for why in ["symbolic link", "hard link"] {
        assert!(
            events.contains(why),
            "the rule's events do not say '{why}': {events}"
        );
    }
    t.shot("hostile-folder").await;
}

fn sha256_file(p: &std::path::Path) -> String {
    photodrop::media::hash::sha256_file(p).unwrap()
}
