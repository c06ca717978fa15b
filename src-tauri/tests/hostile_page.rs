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
use photodrop::sandbox::{creds, Sandbox};
use serde_json::json;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn a_hostile_page_gets_nothing_the_shell_does_not_check() {
    let attacker = Sandbox::start(0).await.unwrap();
    let private = tempfile::tempdir().unwrap();
    let secret_photo = private.path().join("secret.jpg");
    std::fs::copy(&photos(1)[0], &secret_photo).unwrap();
    let ctx = start_with(|dir, sb| {
        saved_profile(dir, sb, "crm", "zoho-crm", ZOHO_SECRETS);
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
    // The same through the mapping table's per-photo enqueue.
    let r = call(
        t,
        "enqueue_each",
        json!({"profile": "crm", "items": [[secret, "Leads/3000000038009"]], "allowDuplicates": true}),
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
    let crm = profile_named(&list, "crm");
    assert_eq!(crm["base_url"], json!(ctx.sandbox.url()), "{crm}");
    // The page cannot read a secret back either.
    assert_no_secrets("profile list", &list.to_string());

    // 2b. The person says yes to re-pointing it (their own choice this time):
    //     the profile changes, but its secrets stay bound to the origin they
    //     were entered for; the new host gets nothing until they are entered again.
    let elsewhere = Sandbox::start(0).await.unwrap();
    call(t, "e2e_answer_next_confirm", json!({"yes": true})).await;
    let r = call(
        t,
        "save_profile",
        json!({"input": {"name": "crm", "provider": "zoho-crm", "base_url": elsewhere.url(), "options": {}, "replace": true}}),
    )
    .await;
    assert_eq!(r["ok"], json!(true), "the person said yes: {r}");
    let list2 = call(t, "list_profiles", json!({})).await;
    let crm2 = profile_named(&list2, "crm");
    assert_eq!(crm2["base_url"], json!(elsewhere.url()), "{crm2}");
    assert!(
        crm2.to_string().contains("other_host"),
        "the secrets show as bound elsewhere: {crm2}"
    );
    let r = call(t, "test_connection", json!({"profile": "crm"})).await;
    refused(&r, "using the old host's secrets at the new host");
    assert_eq!(code(&r), "CREDENTIALS_FOR_OTHER_HOST", "{r}");
    assert_no_secrets("profile list", &list2.to_string());
    // Back to the real server (yes again), and the secrets entered again for
    // it (what the person would do), so the rest of the test has a working profile.
    call(t, "e2e_answer_next_confirm", json!({"yes": true})).await;
    let r = call(
        t,
        "save_profile",
        json!({"input": {"name": "crm", "provider": "zoho-crm", "base_url": ctx.sandbox.url(), "options": {}, "replace": true}}),
    )
    .await;
    assert_eq!(
        r["ok"],
        json!(true),
        "no stored secrets bound there: no question: {r}"
    );
    for (f, v) in ZOHO_SECRETS {
        let r = call(
            t,
            "set_secret",
            json!({"profile": "crm", "field": f, "value": v}),
        )
        .await;
        assert_eq!(r["ok"], json!(true), "{f}: {r}");
    }

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
    let r = call(t, "device_sign_in_open", json!({"profile": "crm"})).await;
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
        // Paths the page names but nobody handed over: not read.
        (
            "import_profiles",
            json!({"path": "/etc/passwd", "replace": true}),
        ),
        (
            "match_rows",
            json!({"rule": {"kind": "Leads", "field": "Email", "value": {"from": "stem"}, "rest": ""}, "paths": ["/etc/passwd"]}),
        ),
        // A search the field syntax cannot express is not sent.
        (
            "look_up_record",
            json!({"profile": "crm", "target": "Leads/3000000038009"}),
        ),
        (
            "enqueue_each",
            json!({"profile": "crm", "items": [["/etc/passwd", "../../oauth/v2/token"]], "allowDuplicates": false}),
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

    // Nothing reached the attacker or the re-pointed host, and the private photo never left.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        elsewhere.requests().is_empty(),
        "the re-pointed host got a request: {:?}",
        elsewhere.requests()
    );
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

/// The sandbox's Zoho client and refresh token.
const ZOHO_SECRETS: &[(&str, &str)] = &[
    ("client_id", creds::ZOHO_CLIENT_ID),
    ("client_secret", creds::ZOHO_CLIENT_SECRET),
    ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
];

/// A profile in `list_profiles`' answer, by name.
fn profile_named(list: &serde_json::Value, name: &str) -> serde_json::Value {
    list["v"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no profile {name} in {list}"))
        .clone()
}

fn sha256_file(p: &std::path::Path) -> String {
    photodrop::media::hash::sha256_file(p).unwrap()
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
