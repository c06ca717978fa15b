//! End-to-end: the real app (debug build) driven through tauri-driver +
//! WebKitWebDriver, against the real sandbox over loopback, with secrets in a
//! real Secret Service. Run under `xvfb-run` inside `scripts/with-keyring`
//! (scripts/test does both). One test function: the scenarios build on each
//! other, so they run in order in one app session (the harness starts its own
//! tauri-driver on free ports).

mod common;

use common::*;
use photodrop::credentials::{KeyringStore, SecretStore};
use photodrop::sandbox::{creds, Faults};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's notification-daemon lives (scripts/install-deps installs it).
const NOTIFICATION_DAEMON: &[&str] = &[
    "/usr/lib/notification-daemon/notification-daemon",
    "/usr/libexec/notification-daemon",
];
const CHAKRA_TARGET: &str = "lead/6571a0c0e4b0a1b2c3d4e5f1/site_photo";

#[tokio::test(flavor = "multi_thread")]
async fn the_desktop_app_end_to_end() {
    let ctx = start().await;
    let t = &ctx;

    // 1. First start: the demo profile on the built-in sandbox is selected.
    let sel = t
        .js("return document.querySelector('#profile').value;")
        .await;
    assert_eq!(sel, json!("sandbox-demo"));
    // The shot shows the screen a person sees: the profile's name in the
    // box and its record search drawn (it was once taken before either).
    t.wait(
        "document.querySelector('#profile')?.selectedOptions[0]?.textContent?.includes('Sandbox (demo)') && document.querySelector('#search-input')",
        "the demo profile and its record search on screen",
    )
    .await;
    t.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));")
        .await;
    t.shot("01-first-start").await;

    // 2. Find a record by name through Zoho's search API and pick it.
    t.type_into("#search-input", "Ada").await;
    t.wait(
        "document.querySelector('#search-results li[role=option]')",
        "search results",
    )
    .await;
    t.shot("02-record-search").await;
    t.click("#search-results li[role=option]").await;
    let chosen = t
        .wait(
            "document.querySelector('#target-value')?.textContent",
            "the chosen target",
        )
        .await;
    assert_eq!(chosen, json!("Ada Lovelace (Leads/3000000038009)"));

    // 3. Drop one photo: thumbnail, then uploaded with a link.
    let demo_photo = photos(1);
    t.inject_drop(&demo_photo).await;
    t.wait(
        "document.querySelector('#tiles .tile[data-state=done] a.link')",
        "the demo upload to finish",
    )
    .await;
    t.wait(ALL_THUMBS_SHOWN, "the thumbnail").await;

    // 3b. Several photos on a Zoho record: the app says each would replace the
    //     last and offers record attachments, which take them all at full size.
    let pair: Vec<PathBuf> = ["Canon_IXUS_v2.jpg", "Pentax_ist_D.jpg"]
        .iter()
        .map(|n| corpus().join("jpeg-S").join(n))
        .collect();
    t.inject_drop(&pair).await;
    let warning = t
        .wait(
            "document.querySelector('#confirm-dialog[open] #cd-body')?.textContent",
            "the one-photo-slot question",
        )
        .await;
    assert!(
        warning.as_str().unwrap().contains("attachments"),
        "{warning}"
    );
    t.click("#cd-buttons button[data-choice=attach]").await;
    t.wait(
        "document.querySelectorAll('#tiles .tile[data-state=done]').length >= 3",
        "both photos attached",
    )
    .await;
    let targets = t
        .js("return window.__TAURI_INTERNALS__.invoke('history', {query: {limit: 10}}).then(js => js.map(j => j.target));")
        .await;
    let attached = targets
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x.as_str() == Some("Leads/3000000038009/Attachments"))
        .count();
    assert_eq!(attached, 2, "{targets}");

    // 4. Add a profile through the form: ChakraHQ on the test's own sandbox,
    //    its token typed into the form, "Save & test connection".
    t.click("#add-profile").await;
    t.select("#pd-provider", "chakrahq").await;
    t.type_into("#pd-name", "site-photos").await;
    t.type_into("#pd-base", &ctx.sandbox.url()).await;
    t.type_into("#pd-secret-token", "wrong-token").await;
    t.click("#pd-test").await;
    let msg = t
        .wait(
            "document.querySelector('#pd-msg.err')?.textContent",
            "the wrong token to be refused",
        )
        .await;
    assert!(
        msg.as_str().unwrap().to_lowercase().contains("token"),
        "a refused token is explained: {msg}"
    );
    t.type_into("#pd-secret-token", creds::CHAKRA_TOKEN).await;
    t.click("#pd-test").await;
    t.wait(
        "document.querySelector('#pd-msg.ok')?.textContent.includes('onnect')",
        "the connection test to pass",
    )
    .await;
    t.shot("03-add-profile").await;
    t.click("#pd-cancel").await;
    // The secret is in the keyring, not in any file, and the UI cannot read it back.
    let kr = KeyringStore::from_env();
    assert_eq!(
        kr.get("site-photos", "token")
            .unwrap()
            .map(|s| s.expose().to_string()),
        Some(creds::CHAKRA_TOKEN.to_string())
    );
    let profiles_toml =
        std::fs::read_to_string(ctx.dirs.path().join("config/profiles.toml")).unwrap();
    assert!(!profiles_toml.contains(creds::CHAKRA_TOKEN));
    let listed = t
        .js("return window.__TAURI_INTERNALS__.invoke('list_profiles').then(JSON.stringify);")
        .await;
    let listed = match listed {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    assert!(!listed.contains(creds::CHAKRA_TOKEN), "{listed}");

    // 5. Pick the new profile, then a process with the process picker
    //    (procedure → process search → photo field); drop three photos.
    t.select("#profile", "site-photos").await;
    t.wait(
        "document.querySelector('#search-module option[value=lead]') && !document.querySelector('#search-slot').hidden",
        "procedures and photo fields from the ChakraHQ config",
    )
    .await;
    t.select("#search-module", "lead").await;
    t.type_into("#search-input", "Harbour").await;
    t.wait(
        "document.querySelectorAll('#search-results li[role=option]').length === 1",
        "the process search",
    )
    .await;
    t.click("#search-results li[role=option]").await;
    t.wait(
        &format!(
            "document.querySelector('#target-value')?.textContent === 'Harbour Road 5 · site photo ({CHAKRA_TARGET})'"
        ),
        "the picked process and photo field",
    )
    .await;
    // Slow the sandbox so progress is visible.
    ctx.sandbox.set_faults(Faults {
        delay_ms: Some(700),
        ..Default::default()
    });
    let three = photos(4)[1..].to_vec();
    t.inject_drop(&three).await;
    t.wait(
        "document.querySelectorAll('#tiles .tile .bar[role=progressbar]').length > 0",
        "progress bars",
    )
    .await;
    t.shot("04-uploading").await;
    ctx.sandbox.set_faults(Faults {
        delay_ms: Some(0),
        ..Default::default()
    });
    t.wait(
        "document.querySelectorAll('#tiles .tile[data-state=done]').length >= 6",
        "the three uploads",
    )
    .await;
    assert_eq!(ctx.uploads_to("chakrahq"), 3);
    t.wait(ALL_THUMBS_SHOWN, "all thumbnails").await;
    t.shot("05-uploaded").await;

    // 6. A failing upload shows the service's message and succeeds on Retry.
    ctx.sandbox.set_faults(Faults {
        fail_next: Some(1),
        status: Some(403),
        ..Default::default()
    });
    let fail_photo = photos(5)[4..].to_vec();
    t.inject_drop(&fail_photo).await;
    t.wait(
        "document.querySelector('#tiles .tile[data-state=needs-attention] .status.err')?.textContent",
        "the failure message",
    )
    .await;
    t.shot("06-failed").await;
    assert_eq!(t.tiles_in("needs-attention").await, 1);
    t.click("#tiles .tile[data-state=needs-attention] button.retry")
        .await;
    t.wait(
        "document.querySelectorAll('#tiles .tile[data-state=done]').length >= 7",
        "the retried upload",
    )
    .await;

    // 7. History shows every upload with its link.
    t.click("#tab-history").await;
    t.wait(
        "document.querySelectorAll('#hist-viewport .hrow.done').length >= 5 \
         && document.querySelectorAll('#hist-viewport .hrow.done a.link').length >= 1",
        "history rows with links (Zoho gives one; ChakraHQ only an id)",
    )
    .await;
    t.type_into("#hist-search", "site_photo").await;
    t.wait(
        "document.querySelectorAll('#hist-viewport .hrow').length === 4",
        "history search",
    )
    .await;
    t.shot("07-history").await;

    // 8. A watch rule uploads a file copied into its folder.
    let watched = ctx.dirs.path().join("scanner");
    std::fs::create_dir_all(&watched).unwrap();
    t.click("#tab-watch").await;
    t.type_into("#rule-name", "scanner").await;
    // The folder comes from the native picker; the test build's hook stands in for it.
    t.js(&format!(
        "return window.__TAURI_INTERNALS__.invoke('e2e_pick_folder', {{path: {0:?}}}).then(() => {{ document.querySelector('#rule-dir').value = {0:?}; }});",
        watched.display().to_string()
    ))
    .await;
    t.select("#rule-profile", "site-photos").await;
    t.type_into("#rule-target", "lead/6571a0c0e4b0a1b2c3d4e5f1/{1}")
        .await;
    t.type_into("#rule-pattern", r"^([a-z_]+)-").await;
    t.type_into("#rule-sample", "site_photo-0001.jpg").await;
    t.wait(
        "document.querySelector('#rule-preview')?.textContent === '→ lead/6571a0c0e4b0a1b2c3d4e5f1/site_photo'",
        "the template preview",
    )
    .await;
    t.click("#rule-form button[type=submit]").await;
    t.wait(
        "document.querySelector('#rules li[data-rule=scanner] .pill')?.textContent === 'watching'",
        "the rule to start",
    )
    .await;
    let before = ctx.sandbox.uploads().len();
    std::fs::copy(&photos(6)[5], watched.join("site_photo-0001.jpg")).unwrap();
    let t0 = Instant::now();
    while ctx.sandbox.uploads().len() == before {
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "the watched file was not uploaded"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let t0 = Instant::now();
    while !watched.join("Uploaded/site_photo-0001.jpg").exists() {
        assert!(
            t0.elapsed() < Duration::from_secs(15),
            "the watched file was not moved to Uploaded/"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    t.wait(
        "document.querySelector('#rules li[data-rule=scanner] .msg')?.textContent.includes('site_photo-0001.jpg')",
        "the rule's activity",
    )
    .await;
    t.shot("08-watch").await;

    // 9. A real OS drag-and-drop (XDND from a GTK drag source, moved by xdotool).
    t.click("#tab-upload").await;
    let real = photos(8)[6..].to_vec();
    real_xdnd_drop(&real);
    t.wait_for(
        &format!(
            "document.querySelectorAll('#tiles .tile[data-state=done]').length >= 9 && {}",
            real.iter()
                .map(|p| format!(
                    "!!document.querySelector('#tiles .tile[data-path={:?}][data-state=done]')",
                    p.display().to_string()
                ))
                .collect::<Vec<_>>()
                .join(" && ")
        ),
        "the really dropped files to upload",
        Duration::from_secs(40),
    )
    .await;
    t.shot("09-after-real-drop").await;

    // 10. A big drop: only the rows in view are in the DOM, the list still
    // counts every photo, and paging to the end shows the oldest one with its
    // thumbnail.
    const BIG: usize = 90;
    let before = t.uploads_to("chakrahq");
    let shown0 = t
        .js("return Number(document.querySelector('#tiles').dataset.count);")
        .await
        .as_u64()
        .unwrap() as usize;
    let big_dir = ctx.dirs.path().join("big");
    std::fs::create_dir_all(&big_dir).unwrap();
    t.inject_drop(&distinct_photos(&big_dir, BIG)).await;
    let total = shown0 + BIG;
    t.wait(
        &format!("document.querySelector('#tiles').dataset.count === '{total}'"),
        "the big drop's tiles",
    )
    .await;
    let in_dom = t
        .js("return document.querySelectorAll('#tiles > li').length;")
        .await
        .as_u64()
        .unwrap() as usize;
    assert!(
        in_dom < total,
        "{in_dom} of {total} tiles are in the DOM: the grid should hold only the rows in view"
    );
    let setsize = t
        .js("return document.querySelector('#tiles > li').getAttribute('aria-setsize');")
        .await;
    assert_eq!(setsize, json!(total.to_string()));
    let t0 = Instant::now();
    while t.uploads_to("chakrahq") < before + BIG {
        assert!(
            t0.elapsed() < Duration::from_secs(120),
            "the big drop did not upload"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Newest first: photo-089 leads; the oldest photo of the session closes the list.
    assert_eq!(
        t.js("return document.querySelector('#tiles > li').dataset.path;")
            .await,
        json!(big_dir.join("photo-089.jpg").display().to_string())
    );
    // The keyboard is not lost to the virtual grid: a focused button stays
    // focused while rows come and go around it, the list keeps the focus
    // while its tile is scrolled away, and the button gets it back on return.
    // (The last uploads' "done" may still be on its way to the window.)
    let first = t
        .wait(
            "(() => { document.querySelector('main').scrollTop = 0;
               const li = document.querySelector('#tiles > li'); const b = li?.querySelector('button');
               if (!b) return null; b.focus(); return li.dataset.path; })()",
            "a button on the first tile",
        )
        .await;
    let focus_in_first = format!(
        "(document.activeElement?.tagName === 'BUTTON' && document.activeElement.closest('li')?.dataset.path === {first})"
    );
    t.wait(&focus_in_first, "the focused button of the first tile")
        .await;
    let rows_before = t
        .js("return document.querySelectorAll('#tiles > li').length;")
        .await;
    t.wait_for(
        &format!(
            "(() => {{ document.querySelector('main').scrollTop = 400;
               return document.querySelector('#tiles > li:last-child').getAttribute('aria-posinset') > {rows_before}; }})()"
        ),
        "more rows after a short scroll",
        Duration::from_secs(10),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        t.js(&format!("return {focus_in_first};")).await,
        json!(true),
        "the focus left the button when rows were added around its tile"
    );
    t.wait_for(
        "(() => { const m = document.querySelector('main'); m.scrollTop = m.scrollHeight;
           return document.activeElement?.id === 'tiles'; })()",
        "the list to hold the focus while the focused tile is scrolled away",
        Duration::from_secs(10),
    )
    .await;
    t.wait_for(
        &format!(
            "(() => {{ document.querySelector('main').scrollTop = 0; return {focus_in_first}; }})()"
        ),
        "the button to get the focus back when its tile returns",
        Duration::from_secs(10),
    )
    .await;

    t.wait_for(
        "(() => { const m = document.querySelector('main'); m.scrollTop = m.scrollHeight;
           const li = document.querySelector('#tiles > li:last-child');
           return li && li.getAttribute('aria-posinset') === li.getAttribute('aria-setsize')
             && li.querySelector('img.thumb').complete && li.querySelector('img.thumb').naturalWidth > 0; })()",
        "the last tile and its thumbnail after scrolling to the end",
        Duration::from_secs(60),
    )
    .await;
    t.shot("10-big-drop-end").await;

    // 11. Ctrl+V of an image copied in another program, then of photo files
    //     copied in a file manager (WebKitGTK gives the page neither; the shell
    //     reads them off the real X clipboard).
    let clip = ClipboardOwner::image(&corpus().join("png/sample.png"));
    press_ctrl_v(t).await;
    wait_at_top(
        t,
        "#tiles .tile[data-path*='/pasted/pasted-'][data-state=done]",
        "the pasted image to upload",
    )
    .await;
    drop(clip);
    let copied = distinct_photos_tagged(
        &ctx.dirs.path().join("copied"),
        2,
        "copied in a file manager",
    );
    let clip = ClipboardOwner::files(&copied);
    press_ctrl_v(t).await;
    for p in &copied {
        wait_uploaded_at_top(t, p, "the copied files to upload").await;
    }
    drop(clip);
    t.wait(ALL_THUMBS_SHOWN, "the pasted photos' thumbnails")
        .await;
    t.shot("11-pasted").await;

    // 12. A second launch with a photo (Open with PhotoDrop) hands it to the
    //     running window and exits at once.
    let opened =
        distinct_photos_tagged(&ctx.dirs.path().join("opened"), 1, "opened with").remove(0);
    let mut second = Command::new(app_binary())
        .arg(&opened)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    let status = loop {
        if let Some(s) = second.try_wait().unwrap() {
            break s;
        }
        if t0.elapsed() > Duration::from_secs(30) {
            let _ = second.kill();
            panic!("a second launch did not hand over its file and exit");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "second launch: {status}");
    wait_uploaded_at_top(
        t,
        &opened,
        "the file handed over by the second launch to upload",
    )
    .await;

    // 13. With another program in front, a finished batch raises a desktop
    //     notification (a real Notify call on the session bus, answered by a
    //     real notification daemon when one is installed).
    let daemon = NOTIFICATION_DAEMON
        .iter()
        .find(|p| Path::new(p).exists())
        .map(|p| Command::new(p).stderr(Stdio::null()).spawn().unwrap());
    let calls = ctx.dirs.path().join("notify-calls.txt");
    let monitor = Command::new("dbus-monitor")
        .args([
            "--session",
            "interface='org.freedesktop.Notifications',member='Notify'",
        ])
        .stdout(std::fs::File::create(&calls).unwrap())
        .spawn()
        .expect("dbus-monitor (dbus package)");
    let other = gtk_helper("other_window.py", &[], "python3-gi with GTK 3");
    t.wait("!document.hasFocus()", "another window to take the focus")
        .await;
    let later = distinct_photos_tagged(&ctx.dirs.path().join("later"), 1, "in the background");
    t.inject_drop(&later).await;
    wait_uploaded_at_top(t, &later[0], "the background upload").await;
    let t0 = Instant::now();
    while !std::fs::read_to_string(&calls)
        .unwrap()
        .contains("\"1 photo uploaded.\"")
    {
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "no notification for the finished batch; D-Bus saw:\n{}",
            std::fs::read_to_string(&calls).unwrap()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for mut p in [Some(monitor), Some(other), daemon].into_iter().flatten() {
        let _ = p.kill();
        let _ = p.wait();
    }

    // 14. A refused token: the failed tile offers what to do as a button (the
    //     error's action), which opens the profile with its token field
    //     focused; after that, Retry sends the photo.
    assert_eq!(
        t.js("return document.querySelector('#profile').value;")
            .await,
        json!("site-photos")
    );
    ctx.sandbox.set_faults(Faults {
        fail_next: Some(1),
        status: Some(401),
        ..Default::default()
    });
    let refused = distinct_photos_tagged(&ctx.dirs.path().join("refused"), 1, "refused token");
    t.inject_drop(&refused).await;
    const ACTION: &str = "#tiles .tile button.action[data-action=set_credentials]";
    let label = t
        .wait(
            &format!("document.querySelector('{ACTION}')?.textContent"),
            "the refused token's action button",
        )
        .await;
    assert_eq!(label, json!("Enter token"));
    t.click(ACTION).await;
    t.wait(
        "document.querySelector('#profile-dialog').open \
         && document.querySelector('#pd-name').value === 'site-photos' \
         && document.activeElement?.id === 'pd-secret-token'",
        "the profile dialog, at the token field",
    )
    .await;
    t.click("#pd-cancel").await;
    t.click("#tiles .tile:has(button.action) button.retry")
        .await;
    wait_uploaded_at_top(t, &refused[0], "the upload after the refused token").await;

    // 15. Profiles shared with colleagues: Settings → Export writes a file
    //      (chosen in the native save dialog, typed by keyboard) with every
    //      profile's settings and no secret; Import reads it back (the native
    //      open dialog), asking before it replaces profiles that exist; and a
    //      `.photodrop` file handed to the app (Open with PhotoDrop) is imported.
    let shared = ctx.dirs.path().join("team.photodrop");
    t.click("#tab-settings").await;
    t.click("#profiles-export").await;
    type_in_native_dialog("Export profiles", &shared.display().to_string());
    t.wait(
        "document.querySelector('#profiles-share-msg')?.className === 'ok'",
        "the export saved",
    )
    .await;
    let text = std::fs::read_to_string(&shared).unwrap();
    assert!(
        text.contains("[profiles.site-photos]") && text.contains("provider = \"chakrahq\""),
        "{text}"
    );
    for secret in [
        creds::CHAKRA_TOKEN,
        "client_secret",
        "refresh_token",
        "token =",
    ] {
        assert!(!text.contains(secret), "the export holds {secret}: {text}");
    }
    t.click("#profiles-import").await;
    type_in_native_dialog("Import profiles", &shared.display().to_string());
    // They exist already: the page asks before replacing their settings.
    t.wait(
        "document.querySelector('#confirm-dialog').open",
        "the replace question",
    )
    .await;
    t.click("#cd-buttons [data-choice=replace]").await;
    t.wait(
        "document.querySelector('#profiles-share-msg')?.textContent.startsWith('Imported ')",
        "the import done",
    )
    .await;
    // A colleague's file, opened with PhotoDrop: a new profile, and what it still needs.
    let colleague = ctx.dirs.path().join("colleague.photodrop");
    std::fs::write(
        &colleague,
        "[profiles.shared-site]\nprovider = \"chakrahq\"\n",
    )
    .unwrap();
    let status = Command::new(app_binary())
        .arg(&colleague)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .status()
        .unwrap();
    assert!(
        status.success(),
        "second launch with a .photodrop file: {status}"
    );
    let said = t
        .wait(
            "document.querySelector('#profiles-share-msg')?.textContent.includes('shared-site') && document.querySelector('#profiles-share-msg').textContent",
            "the handed-over file imported",
        )
        .await;
    assert!(
        said.as_str().unwrap().contains("shared-site needs token"),
        "{said}"
    );
    let listed = t
        .js("return [...document.querySelectorAll('#profile option')].map(o => o.value);")
        .await;
    assert!(
        listed.as_array().unwrap().contains(&json!("shared-site")),
        "{listed}"
    );
    t.click("#tab-upload").await;

    ctx.c.clone().close().await.unwrap();
    // The throwaway keyring service is ours alone; leave nothing behind.
    std::env::set_var("PHOTODROP_KEYRING_SERVICE", &ctx.service);
    let _ = KeyringStore::from_env().delete("site-photos", "token");
}

/// Wait until `css` matches a tile; new tiles come first, so the grid is kept
/// scrolled to the top (it draws only the rows in view).
async fn wait_at_top(t: &Ctx, css: &str, what: &str) {
    t.wait_for(
        &format!(
            "(() => {{ document.querySelector('main').scrollTop = 0; return !!document.querySelector({css:?}); }})()"
        ),
        what,
        Duration::from_secs(40),
    )
    .await;
}

async fn wait_uploaded_at_top(t: &Ctx, path: &Path, what: &str) {
    let css = format!(
        "#tiles .tile[data-path={:?}][data-state=done]",
        path.display().to_string()
    );
    wait_at_top(t, &css, what).await;
}

/// A program holding the X clipboard (tests/clipboard_source.py) until dropped.
struct ClipboardOwner(std::process::Child);

impl ClipboardOwner {
    fn image(png: &Path) -> Self {
        Self::start(&["--image".as_ref(), png.as_os_str()])
    }
    fn files(files: &[PathBuf]) -> Self {
        Self::start(&files.iter().map(|p| p.as_os_str()).collect::<Vec<_>>())
    }
    fn start(args: &[&std::ffi::OsStr]) -> Self {
        Self(gtk_helper(
            "clipboard_source.py",
            args,
            "python3-gi with GTK 4 (gir1.2-gtk-4.0) for the clipboard owner",
        ))
    }
}

impl Drop for ClipboardOwner {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A real Ctrl+V from the X keyboard, with nothing focused in the page. There
/// is no window manager under Xvfb, so keys go to the window under the pointer:
/// the pointer goes where step 9 dropped files on the window.
async fn press_ctrl_v(t: &Ctx) {
    t.js("document.activeElement?.blur(); return 1;").await;
    xdo(&["mousemove", "490", "380"]);
    xdo(&["key", "ctrl+v"]);
}

/// Start one of the Python GTK helpers in tests/ and wait for its "ready".
fn gtk_helper(script: &str, args: &[&std::ffi::OsStr], needs: &str) -> std::process::Child {
    let mut p = Command::new("/usr/bin/python3")
        .arg(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests")
                .join(script),
        )
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect(needs);
    use std::io::BufRead;
    let mut line = String::new();
    std::io::BufReader::new(p.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "ready", "{script} did not start");
    p
}

fn xdo(args: &[&str]) {
    let ok = Command::new("xdotool")
        .args(args)
        .status()
        .unwrap()
        .success();
    assert!(ok, "xdotool {args:?}");
}

/// Drag files from a GTK window onto the app window the way a user does.
fn real_xdnd_drop(files: &[PathBuf]) {
    let mut args: Vec<&std::ffi::OsStr> = vec!["1300".as_ref(), "100".as_ref()];
    args.extend(files.iter().map(|p| p.as_os_str()));
    let mut src = gtk_helper("drag_source.py", &args, "python3-gi drag source");
    std::thread::sleep(Duration::from_millis(800));
    xdo(&["mousemove", "1400", "150"]);
    xdo(&["mousedown", "1"]);
    for (x, y) in [
        (1390, 160),
        (1350, 200),
        (1200, 260),
        (900, 320),
        (600, 360),
        (500, 380),
        (490, 380),
    ] {
        xdo(&["mousemove", &x.to_string(), &y.to_string()]);
        std::thread::sleep(Duration::from_millis(200));
    }
    xdo(&["mouseup", "1"]);
    std::thread::sleep(Duration::from_millis(500));
    let _ = src.kill();
    let _ = src.wait();
}

/// Type a path into the shell's native file dialog (title containing
/// `title`) and press Return: the keyboard focus goes to the dialog's window
/// (no window manager runs under Xvfb); Ctrl+L opens GTK's location entry (a
/// no-op in a save dialog, whose name entry has the focus), Ctrl+A selects
/// what is there, and a typed absolute path is what the chooser takes. A
/// dialog still loading its folder can drop keys: it is typed again while
/// it stays open.
fn type_in_native_dialog(title: &str, path: &str) {
    let find = || {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .last()
            .map(str::to_string)
    };
    let t0 = Instant::now();
    let mut typed = 0;
    loop {
        match find() {
            Some(id) if typed < 4 => {
                std::thread::sleep(Duration::from_millis(500));
                xdo(&["windowfocus", "--sync", &id]);
                xdo(&["key", "ctrl+l"]);
                std::thread::sleep(Duration::from_millis(200));
                xdo(&["key", "ctrl+a"]);
                xdo(&["type", "--delay", "20", path]);
                std::thread::sleep(Duration::from_millis(300));
                xdo(&["key", "Return"]);
                typed += 1;
                std::thread::sleep(Duration::from_millis(1500));
            }
            Some(_) => panic!("the native dialog '{title}' did not take the path {path}"),
            None if typed > 0 => return,
            None => {
                assert!(
                    t0.elapsed() < Duration::from_secs(15),
                    "no native dialog '{title}'"
                );
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }
}
