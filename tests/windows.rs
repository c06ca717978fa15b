//! What only Windows has, exercised with the Windows build of the CLI under
//! Wine (`scripts/test-windows` builds it and sets `PHOTODROP_TEST_WINDOWS_EXE`):
//! drive-letter and backslash paths, non-ASCII names, paths over 260
//! characters, `%APPDATA%` / `%LOCALAPPDATA%` as the default folders, CRLF
//! settings files, and a watched file its writer still holds open. The rest of
//! the CLI's behaviour runs under Wine through the ordinary test files.
//! Ignored in the Linux run: there is nothing to run them against.

#[macro_use]
mod common;

use common::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const NEEDS_WINE: &str = "needs the Windows build under Wine: scripts/test-windows";

fn wine_prefix() -> PathBuf {
    PathBuf::from(
        std::env::var_os("WINEPREFIX").expect("WINEPREFIX (scripts/test-windows sets it)"),
    )
}

/// `%APPDATA%`-style folder of the Wine prefix's user (`Roaming`, `Local`).
fn app_data(kind: &str) -> PathBuf {
    let users = wine_prefix().join("drive_c/users");
    let me = std::fs::read_dir(&users)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.join("AppData").is_dir())
        .expect("a user profile in the Wine prefix");
    me.join("AppData").join(kind)
}

fn uploaded_sha(env: &Env, file_name: &str) -> Vec<String> {
    env.sandbox
        .uploads()
        .into_iter()
        .filter(|u| u.file_name == file_name)
        .map(|u| u.sha256)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the Windows build under Wine: scripts/test-windows"]
async fn drive_letters_backslashes_non_ascii_and_long_paths() {
    assert!(windows_exe().is_some(), "{NEEDS_WINE}");
    let env = Env::new().await;
    env.profile("chakra", "chakrahq", &[]).await;
    // Folder and file names in Cyrillic, CJK, accents and spaces.
    let dir = env.path("Фото 写真 Café");
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = vec![];
    for (i, name) in ["Ünïcödé 1.jpg", "照片 2.jpg", "снимок 3.jpg"]
        .iter()
        .enumerate()
    {
        let p = dir.join(name);
        std::fs::write(&p, jpeg_bytes(100 + i as u32)).unwrap();
        files.push(p);
    }
    // Deeper than Windows' old 260-character limit.
    let mut deep = env.path("long");
    while deep.to_string_lossy().len() < 300 {
        deep = deep.join("a-folder-name-of-forty-characters-long-x");
    }
    std::fs::create_dir_all(&deep).unwrap();
    let long = deep.join("deep photo.jpg");
    std::fs::write(&long, jpeg_bytes(104)).unwrap();
    files.push(long.clone());
    let native: Vec<String> = files.iter().map(|p| native_path(p)).collect();
    for n in &native {
        assert!(
            n.starts_with("Z:\\") && !n.contains('/'),
            "a drive-letter path: {n}"
        );
    }
    assert!(native.last().unwrap().len() > 260);
    let mut args = vec!["upload", "--profile", "chakra", "--json"];
    args.extend(native.iter().map(String::as_str));
    let r = env.run(&args).await;
    assert_eq!(r.code, 0, "{r:?}");
    let lines = r.lines();
    assert_eq!(lines.len(), files.len(), "{r:?}");
    for (p, n) in files.iter().zip(&native) {
        let line = lines
            .iter()
            .find(|l| l["file"] == n.as_str())
            .unwrap_or_else(|| panic!("no line for {n}: {r:?}"));
        assert_eq!(line["status"], "uploaded", "{line}");
        let name = p.file_name().unwrap().to_str().unwrap();
        assert_eq!(
            uploaded_sha(&env, name),
            [sha256(p)],
            "{name} arrived byte for byte"
        );
    }
    // History shows the Windows paths it was given.
    let h = env.ok(&["history", "--json"]).await;
    assert!(h.stdout.contains("Фото 写真 Café"), "{}", h.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the Windows build under Wine: scripts/test-windows"]
async fn default_folders_are_appdata_and_crlf_settings_read() {
    assert!(windows_exe().is_some(), "{NEEDS_WINE}");
    let env = Env::new().await;
    let name = format!("win-defaults-{}", std::process::id());
    // No PHOTODROP_CONFIG_DIR / _DATA_DIR: the Windows defaults.
    let bare = || {
        let mut c = env.command();
        c.env_remove("PHOTODROP_CONFIG_DIR")
            .env_remove("PHOTODROP_DATA_DIR");
        c
    };
    let r = env
        .run_with(
            bare(),
            &[
                "profile",
                "add",
                &name,
                "--provider",
                "chakrahq",
                "--base-url",
                &env.url(),
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let config = app_data("Roaming").join("PhotoDrop/photodrop/config/profiles.toml");
    let text =
        std::fs::read_to_string(&config).unwrap_or_else(|e| panic!("{}: {e}", config.display()));
    assert!(text.contains(&name), "{text}");
    let r = env
        .run_with(
            bare(),
            &["credential", "set", &name, "token"],
            Some(photodrop::sandbox::creds::CHAKRA_TOKEN),
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    let photo = env.jpeg("default-dirs.jpg", 7);
    let r = env
        .run_with(
            bare(),
            &["upload", "--profile", &name, "--json", &native_path(&photo)],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    // The queue lives in the local (not roaming) application data.
    let queue = app_data("Local").join("PhotoDrop/photodrop/data");
    assert!(
        std::fs::read_dir(&queue).is_ok_and(|d| d
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".db"))),
        "no queue database in {}",
        queue.display()
    );
    // Settings saved by a Windows editor (CRLF line ends) still read.
    std::fs::write(&config, text.replace("\r\n", "\n").replace('\n', "\r\n")).unwrap();
    let r = env
        .run_with(bare(), &["profile", "list", "--json"], None)
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains(&name), "{r:?}");
    let r = env
        .run_with(bare(), &["profile", "remove", &name], None)
        .await;
    assert_eq!(r.code, 0, "{r:?}");
}

/// A Windows program that writes a photo into the watched folder and keeps
/// its handle open afterwards (writers and deleters denied, readers allowed):
/// the watcher waits until it is closed — nothing is sent early, nothing is
/// lost — then uploads it once and moves it into `Uploaded\`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the Windows build under Wine: scripts/test-windows"]
async fn a_watched_file_its_writer_holds_open_is_waited_for() {
    assert!(windows_exe().is_some(), "{NEEDS_WINE}");
    let holdopen = PathBuf::from(
        std::env::var_os("PHOTODROP_TEST_HOLDOPEN").expect("PHOTODROP_TEST_HOLDOPEN"),
    );
    let env = Env::new().await;
    env.profile("chakra", "chakrahq", &[]).await;
    let inbox = env.path("Scanner Eingang");
    std::fs::create_dir_all(&inbox).unwrap();
    let mut w = start_watch(
        &env,
        &[
            &native_path(&inbox),
            "--profile",
            "chakra",
            "--after",
            "move",
            "--json",
        ],
    );
    tokio::time::sleep(Duration::from_secs(3)).await; // watching
    let src = env.jpeg("source.jpg", 21);
    let dest = inbox.join("scan 0001.jpg");
    let mut writer = tokio::process::Command::new("wine")
        .arg(&holdopen)
        .args([native_path(&src), native_path(&dest), "5000".into()])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = writer.stdout.take().unwrap();
    let mut lines = tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(out));
    assert_eq!(lines.next_line().await.unwrap().as_deref(), Some("written"));
    let written = Instant::now();
    // Complete on disk, but still open for ~5 s: nothing may be taken yet.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(
        uploaded_sha(&env, "scan 0001.jpg").is_empty(),
        "uploaded while its writer still held it open ({:?} after writing)",
        written.elapsed()
    );
    assert_eq!(lines.next_line().await.unwrap().as_deref(), Some("closed"));
    assert!(writer.wait().await.unwrap().success());
    wait_for(60, "the closed file uploaded", || {
        !uploaded_sha(&env, "scan 0001.jpg").is_empty()
    })
    .await;
    wait_for(30, "the file moved into Uploaded", || {
        inbox.join("Uploaded").join("scan 0001.jpg").exists()
    })
    .await;
    assert_eq!(
        uploaded_sha(&env, "scan 0001.jpg"),
        [sha256(&src)],
        "sent once, complete"
    );
    assert!(!dest.exists());
    let _ = w.start_kill();
    let _ = w.wait().await;
}
