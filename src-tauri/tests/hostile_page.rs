//! A compromised page (SECURITY.md): script injected into the real app's
//! page through WebDriver tries to widen its file access, send stored secrets
//! to its own server, point a watch rule at the home folder, open links and
//! call every command and plugin it can reach with out-of-bounds arguments.
//! Every attempt is refused, and nothing leaves the machine: the attacker's
//! server (a second sandbox) records every request it gets.
//!
//! (The test build has the `e2e` hooks, which a hostile page could call; the
//! packaged app does not — scripts/test-bundle checks its binary.)

mod common;

use common::*;
use photodrop::app::App;
use photodrop::config::{Paths, Profile};
use photodrop::credentials::{KeyringStore, Secret};
use photodrop::sandbox::{creds, Sandbox};
use serde_json::{json, Value};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Call a command from the page; `{ok, v}` or `{ok: false, e}`.
async fn call(t: &Ctx, cmd: &str, args: Value) -> Value {
    t.js(&format!(
        "return window.__TAURI_INTERNALS__.invoke({cmd:?}, {args}).then(v => ({{ok: true, v}}), e => ({{ok: false, e}}));"
    ))
    .await
}

fn refused(r: &Value, what: &str) {
    assert_eq!(r["ok"], json!(false), "{what} was allowed: {r}");
}

fn code(r: &Value) -> String {
    r["e"]["code"].as_str().unwrap_or_default().to_string()
}

/// Answer the shell's native dialog (title containing `title`) with Escape:
/// no window manager runs under Xvfb, so keys go to the window under the pointer.
fn cancel_native_dialog(title: &str) -> bool {
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(15) {
        let out = Command::new("xdotool")
            .args(["search", "--name", title])
            .output()
            .unwrap();
        let ids = String::from_utf8_lossy(&out.stdout);
        if let Some(id) = ids.split_whitespace().last() {
            let _ = Command::new("xdotool")
                .args(["mousemove", "--window", id, "30", "30"])
                .status();
            std::thread::sleep(Duration::from_millis(300));
            let _ = Command::new("xdotool").args(["key", "Escape"]).status();
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_page_gets_nothing_the_shell_does_not_check() {
    let attacker = Sandbox::start(0).await.unwrap();
    let private = tempfile::tempdir().unwrap();
    let secret_photo = private.path().join("secret.jpg");
    std::fs::copy(&photos(1)[0], &secret_photo).unwrap();
    let ctx = start_with(|dir, sb| {
        // A real profile with its secrets in the keyring, as the user left it.
        let app = App::with_store(
            Paths {
                config_dir: dir.join("config"),
                data_dir: dir.join("data"),
            },
            Arc::new(KeyringStore::from_env()),
        )
        .unwrap();
        let p = Profile::new("crm", "zoho-crm", Some(&sb.url()), Default::default()).unwrap();
        app.add_profile(&p, false).unwrap();
        for (f, v) in [
            ("client_id", creds::ZOHO_CLIENT_ID),
            ("client_secret", creds::ZOHO_CLIENT_SECRET),
            ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
        ] {
            app.set_credential("crm", f, &Secret::new(v)).unwrap();
        }
        vec![]
    })
    .await;
    let t = &ctx;
    let secret = secret_photo.display().to_string();

    // 1. The page emits a drop of a file nobody dropped.
    let r = call(
        t,
        "plugin:event|emit",
        json!({"event": "tauri://drag-drop", "payload": {"paths": [secret], "position": {"x": 1, "y": 1}}}),
    )
    .await;
    refused(&r, "emitting an event");
    let r = call(
        t,
        "plugin:event|emit_to",
        json!({"target": {"kind": "AnyLabel", "label": "main"}, "event": "tauri://drag-drop", "payload": {"paths": [secret]}}),
    )
    .await;
    refused(&r, "emitting an event to the window");
    // ...and then reads it every way the shell offers.
    let r = call(t, "expand_paths", json!({"paths": [secret]})).await;
    refused(&r, "listing an undropped file");
    assert_eq!(code(&r), "PATH_NOT_GIVEN");
    let r = call(t, "expand_paths", json!({"paths": [private.path()]})).await;
    assert_eq!(code(&r), "PATH_NOT_GIVEN", "a folder: {r}");
    let r = call(
        t,
        "expand_paths",
        json!({"paths": ["/etc", "/", "\\\\attacker\\share\\x.jpg"]}),
    )
    .await;
    assert_eq!(code(&r), "PATH_NOT_GIVEN", "{r}");
    let r = call(
        t,
        "plan_files",
        json!({"profile": "crm", "target": null, "paths": [secret]}),
    )
    .await;
    assert_eq!(r["v"][0]["error"]["code"], "PATH_NOT_GIVEN", "{r}");
    let r = call(
        t,
        "enqueue",
        json!({"profile": "crm", "target": "Leads/3000000038009", "paths": [secret], "allowDuplicates": true}),
    )
    .await;
    assert_eq!(r["v"][0]["error"]["code"], "PATH_NOT_GIVEN", "{r}");
    call(t, "prefetch_thumbs", json!({"paths": [secret], "size": 64})).await;
    let thumb = t
        .js(&format!(
            "return new Promise(res => {{ const i = new Image(); i.onload = () => res('loaded'); i.onerror = () => res('refused'); i.src = 'thumb://localhost/' + encodeURIComponent({secret:?}) + '?size=64'; }});"
        ))
        .await;
    assert_eq!(thumb, json!("refused"));

    // 2. The page re-points the real profile at its own server. The shell asks
    //    in a native dialog; the person says no.
    let save = tokio::spawn({
        let c = t.c.clone();
        let url = attacker.url();
        async move {
            c.execute(
                &format!("return window.__TAURI_INTERNALS__.invoke('save_profile', {{input: {{name: 'crm', provider: 'zoho-crm', base_url: {url:?}, options: {{}}, replace: true}}}}).then(v => ({{ok: true, v}}), e => ({{ok: false, e}}));"),
                vec![],
            )
            .await
            .unwrap()
        }
    });
    assert!(
        tokio::task::spawn_blocking(|| cancel_native_dialog("change a profile"))
            .await
            .unwrap(),
        "no native confirmation appeared"
    );
    let r = save.await.unwrap();
    refused(&r, "re-pointing a profile without the person's yes");
    assert_eq!(code(&r), "DECLINED");
    let list = call(t, "list_profiles", json!({})).await;
    let crm = list["v"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "crm")
        .unwrap()
        .clone();
    assert_eq!(crm["base_url"], json!(ctx.sandbox.url()), "{crm}");
    // The page cannot read a secret back either.
    assert_no_secrets("profile list", &list.to_string());

    // 3. A watch rule on the home folder, recursive, deleting after upload.
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    for dir in [home.as_str(), "/", private.path().to_str().unwrap()] {
        let r = call(
            t,
            "save_rule",
            json!({"rule": {"name": "x", "dir": dir, "recursive": true, "profile": "crm", "target": "Leads/3000000038009", "after": "delete"}, "replace": null}),
        )
        .await;
        refused(&r, "a rule on a folder the person did not pick");
        assert_eq!(code(&r), "RULE_DIR_NOT_PICKED", "{dir}: {r}");
    }
    let rules = call(t, "watch_rules", json!({})).await;
    assert_eq!(rules["v"], json!([]), "{rules}");

    // 4. Links, and plugins the page was never given.
    let r = call(t, "open_link", json!({"job": 999999})).await;
    assert_eq!(code(&r), "NO_LINK", "{r}");
    let r = call(t, "zoho_device_open", json!({"profile": "crm"})).await;
    assert_eq!(code(&r), "NO_SIGN_IN", "{r}");
    for (cmd, args) in [
        (
            "plugin:opener|open_url",
            json!({"url": "file:///etc/passwd"}),
        ),
        ("plugin:opener|open_path", json!({"path": "/bin/sh"})),
        ("plugin:dialog|open", json!({"options": {}})),
        (
            "plugin:dialog|message",
            json!({"message": "Enter your password"}),
        ),
        ("plugin:autostart|enable", json!({})),
        ("plugin:updater|check", json!({})),
        (
            "plugin:notification|notify",
            json!({"options": {"title": "x"}}),
        ),
        ("plugin:window|set_focus", json!({})),
        ("plugin:app|app_hide", json!({})),
    ] {
        let r = call(t, cmd, args).await;
        refused(&r, cmd);
    }

    // 5. The app's own commands with out-of-bounds arguments.
    for (cmd, args) in [
        (
            "check_target",
            json!({"profile": "crm", "target": "../../oauth/v2/token"}),
        ),
        (
            "check_target",
            json!({"profile": "nobody", "target": "Leads/1"}),
        ),
        (
            "set_secret",
            json!({"profile": "../crm", "field": "client_secret", "value": "x"}),
        ),
        (
            "set_secret",
            json!({"profile": "crm", "field": "zoho_token_cache", "value": "x"}),
        ),
        (
            "set_secret",
            json!({"profile": "crm", "field": "bound_origins", "value": "{}"}),
        ),
        (
            "clear_secret",
            json!({"profile": "crm", "field": "../../etc"}),
        ),
        ("remove_profile", json!({"name": "no-such"})),
        (
            "history",
            json!({"query": {"state": "'; DROP TABLE jobs; --"}}),
        ),
        (
            "preview_template",
            json!({"target": "{re:(}", "pattern": null, "sample": "x.jpg"}),
        ),
    ] {
        let r = call(t, cmd, args.clone()).await;
        refused(&r, &format!("{cmd} {args}"));
    }
    let r = call(t, "retry", json!({"ids": [-1, 999999], "target": "../x"})).await;
    assert_eq!(r["v"], json!([]), "nothing to retry: {r}");
    let r = call(t, "history", json!({"query": {"limit": 1_000_000_000}})).await;
    assert_eq!(r["ok"], json!(true), "{r}");

    // Still the user's: the real profile works against its own server.
    let r = call(t, "test_connection", json!({"profile": "crm"})).await;
    assert_eq!(r["ok"], json!(true), "{r}");

    // Nothing reached the attacker, and the private photo never left.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        attacker.requests().is_empty(),
        "the attacker's server was reached: {:?}",
        attacker.requests()
    );
    let secret_hash = sha256_file(&secret_photo);
    assert!(ctx
        .sandbox
        .uploads()
        .iter()
        .all(|u| u.sha256 != secret_hash));
    t.shot("hostile-page").await;
}

fn sha256_file(p: &std::path::Path) -> String {
    photodrop::upload::sha256_file(p).unwrap()
}

fn assert_no_secrets(what: &str, text: &str) {
    for s in [
        creds::ZOHO_CLIENT_SECRET,
        creds::ZOHO_REFRESH_TOKEN,
        creds::ZOHO_CLIENT_ID,
    ] {
        assert!(
            !text.contains(s),
            "a secret reached the page through {what}"
        );
    }
}

/// A shared folder someone else can write to, watched by the real app: links
/// to the person's private photos, a second name (hard link) of one, result
/// folders planted as links out of the folder, a FIFO. Only the real photo
/// leaves the machine; nothing outside the folder is moved or touched; the
/// rule's events say why each planted entry stays.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_watched_folder_gets_nothing_through_the_app() {
    let ctx = start_with(|dir, sb| {
        let app = App::with_store(
            Paths {
                config_dir: dir.join("config"),
                data_dir: dir.join("data"),
            },
            Arc::new(KeyringStore::from_env()),
        )
        .unwrap();
        let p = Profile::new("chakra", "chakrahq", Some(&sb.url()), Default::default()).unwrap();
        app.add_profile(&p, false).unwrap();
        app.set_credential("chakra", "token", &Secret::new(creds::CHAKRA_TOKEN))
            .unwrap();
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
    let good_hash = sha256_file(&good);

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
    while !ctx.sandbox.uploads().iter().any(|u| u.sha256 == good_hash) {
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
