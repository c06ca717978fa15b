//! Shared by the WebDriver tests: the real app (debug or release build)
//! through tauri-driver + WebKitWebDriver, a sandbox on loopback, and a
//! throwaway keyring service.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use photodrop::sandbox::Sandbox;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// JS: every tile's thumbnail has loaded and decoded.
pub const ALL_THUMBS_SHOWN: &str =
    "[...document.querySelectorAll('#tiles img.thumb')].every(i => i.complete && i.naturalWidth > 0)";

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/real")
}

pub fn photos(n: usize) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(corpus().join("jpeg-M"))
        .expect("../shared/corpus/real/jpeg-M")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("jpg")))
        .collect();
    v.sort();
    v.truncate(n);
    assert_eq!(v.len(), n, "not enough corpus photos");
    v
}

/// `n` different files (so neither the thumbnail cache nor duplicate
/// detection short-cuts anything): corpus JPEGs with a distinct comment
/// segment each, named `photo-000.jpg`….
pub fn distinct_photos(dir: &Path, n: usize) -> Vec<PathBuf> {
    distinct_photos_tagged(dir, n, "photodrop test")
}

/// Like [`distinct_photos`], different again from those of another `tag`.
pub fn distinct_photos_tagged(dir: &Path, n: usize, tag: &str) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let src = photos(10);
    (0..n)
        .map(|i| {
            let bytes = std::fs::read(&src[i % src.len()]).unwrap();
            let note = format!("{tag} {i}");
            let mut out = Vec::with_capacity(bytes.len() + 64);
            out.extend_from_slice(&bytes[..2]); // SOI
            out.extend_from_slice(&[0xFF, 0xFE]);
            out.extend_from_slice(&((note.len() + 2) as u16).to_be_bytes());
            out.extend_from_slice(note.as_bytes());
            out.extend_from_slice(&bytes[2..]);
            let p = dir.join(format!("photo-{i:03}.jpg"));
            std::fs::write(&p, out).unwrap();
            p
        })
        .collect()
}

pub fn screenshots_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// tauri-driver, stopped with SIGTERM so it also stops WebKitWebDriver
/// (SIGKILL would orphan it on port 4445).
pub struct Driver(Child);
impl Drop for Driver {
    fn drop(&mut self) {
        // The app it launched goes too: with a watch rule the app keeps running
        // after its window closes (by design), and a live instance would take
        // the next test's launch (single instance).
        let tree = descendants(self.0.id());
        // SAFETY: plain kill(2) on our own child and the processes it started.
        unsafe {
            libc::kill(self.0.id() as i32, libc::SIGTERM);
        }
        let _ = self.0.wait();
        for pid in tree {
            unsafe {
                libc::kill(pid as i32, libc::SIGKILL);
            }
        }
    }
}

/// Every process below `pid` (children, their children, ...).
fn descendants(pid: u32) -> Vec<u32> {
    let mut out = vec![];
    let mut todo = vec![pid];
    while let Some(p) = todo.pop() {
        let kids = Command::new("ps")
            .args(["-o", "pid=", "--ppid", &p.to_string()])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
            .unwrap_or_default();
        for k in kids
            .split_whitespace()
            .filter_map(|k| k.parse::<u32>().ok())
        {
            out.push(k);
            todo.push(k);
        }
    }
    out
}

pub struct Ctx {
    pub c: Client,
    _driver: Driver,
    pub sandbox: Sandbox,
    pub dirs: tempfile::TempDir,
    pub service: String,
}

/// The app under test: `PHOTODROP_APP` (the release build, for benchmarks) or
/// this package's debug build.
pub fn app_binary() -> PathBuf {
    std::env::var_os("PHOTODROP_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_photodrop-desktop").into())
}

/// A loopback port nobody listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub async fn start() -> Ctx {
    start_with(|_, _| vec![]).await
}

/// `prepare` runs before the app starts (config dir, sandbox) and returns extra
/// environment for the app.
pub async fn start_with(prepare: impl FnOnce(&Path, &Sandbox) -> Vec<(String, String)>) -> Ctx {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "the end-to-end test needs a display: run it under xvfb-run (scripts/test does)"
    );
    let dirs = tempfile::tempdir().unwrap();
    let service = format!("photodrop-e2e-{}", std::process::id());
    std::env::set_var("PHOTODROP_KEYRING_SERVICE", &service);
    let sandbox = Sandbox::start(0).await.unwrap();
    let extra_env = prepare(dirs.path(), &sandbox);
    let driver_bin = std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into());
    // Own ports, so a driver left over from another run (it would launch the app
    // with that run's environment) can never answer this test.
    let port = free_port();
    let native_port = free_port();
    let driver = Command::new(&driver_bin)
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("PHOTODROP_CONFIG_DIR", dirs.path().join("config"))
        .env("PHOTODROP_DATA_DIR", dirs.path().join("data"))
        .env("PHOTODROP_KEYRING_SERVICE", &service)
        // English whatever the machine's locale; a test that wants another
        // language passes PHOTODROP_LANG in `prepare`'s environment.
        .env("PHOTODROP_LANG", "en")
        .envs(extra_env)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {driver_bin} ({e}); scripts/test installs it"));
    let driver = Driver(driver);
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("wry"));
    caps.insert(
        "tauri:options".into(),
        json!({ "application": app_binary() }),
    );
    let t0 = Instant::now();
    let c = loop {
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => break c,
            Err(e) if t0.elapsed() < Duration::from_secs(20) => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
            Err(e) => panic!("could not reach tauri-driver: {e}"),
        }
    };
    let ctx = Ctx {
        c,
        _driver: driver,
        sandbox,
        dirs,
        service,
    };
    ctx.wait("document.body.dataset.ready === '1'", "the UI to start")
        .await;
    ctx
}

impl Ctx {
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.c
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Poll a JS expression until it is truthy.
    pub async fn wait(&self, expr: &str, what: &str) -> serde_json::Value {
        self.wait_for(expr, what, Duration::from_secs(30)).await
    }

    pub async fn wait_for(&self, expr: &str, what: &str, limit: Duration) -> serde_json::Value {
        let t0 = Instant::now();
        loop {
            // An element is reported as `true`: returning the node itself makes
            // WebDriver build a handle, which fails if the UI re-rendered it.
            let v = self
                .js(&format!(
                    "const v = ({expr}); return v instanceof Node ? true : v;"
                ))
                .await;
            let truthy = match &v {
                serde_json::Value::Null => false,
                serde_json::Value::Bool(b) => *b,
                serde_json::Value::Number(n) => n.as_f64() != Some(0.0),
                serde_json::Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return v;
            }
            if t0.elapsed() > limit {
                let state = self
                    .js("return document.querySelector('main').innerText.slice(0, 3000);")
                    .await;
                self.shot("failure").await;
                panic!(
                    "timed out waiting for {what} ({expr}).\nScreen text:\n{}",
                    state.as_str().unwrap_or("")
                );
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        // The UI may re-render the element between find and click (a stale
        // handle); find it again a few times before failing.
        let mut tries = 0;
        loop {
            // The page scrolls in <main>, not the window; at the smallest
            // window a control can sit below the fold, which WebKitWebDriver
            // does not scroll to by itself.
            self.js(&format!(
                "document.querySelector({css:?})?.scrollIntoView({{block: 'nearest'}}); return 1;"
            ))
            .await;
            let res = match self.c.find(Locator::Css(css)).await {
                Ok(el) => el.click().await,
                Err(e) => Err(e),
            };
            match res {
                Ok(()) => return,
                Err(e) if tries < 5 && e.to_string().to_lowercase().contains("stale") => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot click {css}: {e}"),
            }
        }
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.c.find(Locator::Css(css)).await.unwrap();
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.js(&format!(
            "const s = document.querySelector({css:?}); s.value = {value:?}; s.dispatchEvent(new Event('change'));"
        ))
        .await;
    }

    /// Show a tab by clicking it, and wait for its panel.
    pub async fn show_tab(&self, name: &str) {
        self.click(&format!("#tab-{name}")).await;
        self.wait(
            &format!("!document.querySelector('#view-{name}').hidden"),
            "the tab",
        )
        .await;
    }

    /// Wait two frames: what was just changed is laid out and drawn.
    pub async fn settle(&self) {
        self.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));")
            .await;
    }

    /// Fail with every problem a page check returned (a JSON list of
    /// strings), after a screenshot named `shot`.
    pub async fn assert_no_problems(&self, found: serde_json::Value, shot: &str, what: &str) {
        let list: Vec<&str> = found
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        if !list.is_empty() {
            self.shot(shot).await;
        }
        assert!(list.is_empty(), "{what}:\n  {}", list.join("\n  "));
    }

    pub async fn shot(&self, name: &str) {
        if let Ok(png) = self.c.screenshot().await {
            let _ = std::fs::write(screenshots_dir().join(format!("{name}.png")), &png);
            // A page that has not drawn is one colour, which PNG squeezes to
            // a few KB; every screen of the app is well above this (≥ 25 KB).
            assert!(
                png.len() > 12_000,
                "the screenshot {name} looks blank ({} bytes): the page had not drawn",
                png.len()
            );
        }
    }

    /// A drop of many files at once, through the test build's hook (`e2e_drop`,
    /// feature `e2e`): what the OS drop does, the same event to the page.
    /// (Step 9 of the E2E test makes a real XDND drop.)
    pub async fn inject_drop(&self, paths: &[PathBuf]) {
        let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        self.js(&format!(
            "return window.__TAURI_INTERNALS__.invoke('e2e_drop', {{ paths: {} }});",
            serde_json::to_string(&paths).unwrap()
        ))
        .await;
    }

    /// Uploads the sandbox accepted through one API (`chakrahq`, `zoho-crm`...).
    pub fn uploads_to(&self, api: &str) -> usize {
        self.sandbox
            .uploads()
            .iter()
            .filter(|u| u.api == api)
            .count()
    }

    pub async fn tiles_in(&self, state: &str) -> u64 {
        self.js(&format!(
            "return document.querySelectorAll('#tiles .tile[data-state=\"{state}\"]').length;"
        ))
        .await
        .as_u64()
        .unwrap_or(0)
    }
}

/// A profile on the sandbox with its secrets in the keyring, as a person would
/// have left it (for `start_with`, which runs before the app starts).
pub fn saved_profile(
    dir: &Path,
    sb: &Sandbox,
    name: &str,
    provider: &str,
    secrets: &[(&str, &str)],
) {
    use photodrop::credentials::{KeyringStore, Secret};
    let app = photodrop::app::App::with_store(
        photodrop::config::Paths {
            config_dir: dir.join("config"),
            data_dir: dir.join("data"),
        },
        std::sync::Arc::new(KeyringStore::from_env()),
    )
    .unwrap();
    let p = photodrop::config::Profile::new(name, provider, Some(&sb.url()), Default::default())
        .unwrap();
    app.add_profile(&p, false).unwrap();
    for (field, value) in secrets {
        app.set_credential(name, field, &Secret::new(*value))
            .unwrap();
    }
}

// The page's side of the shell, as a (hostile) script would use it.

/// Call a command from the page; `{ok, v}` or `{ok: false, e}`.
pub async fn call(t: &Ctx, cmd: &str, args: serde_json::Value) -> serde_json::Value {
    t.js(&format!(
        "return window.__TAURI_INTERNALS__.invoke({cmd:?}, {args}).then(v => ({{ok: true, v}}), e => ({{ok: false, e}}));"
    ))
    .await
}

pub fn refused(r: &serde_json::Value, what: &str) {
    assert_eq!(r["ok"], json!(false), "{what} was allowed: {r}");
}

pub fn code(r: &serde_json::Value) -> String {
    r["e"]["code"].as_str().unwrap_or_default().to_string()
}

/// Answer the shell's native dialog (title containing `title`) with Escape:
/// no window manager runs under Xvfb, so keys go to the window under the pointer.
pub fn cancel_native_dialog(title: &str) -> bool {
    answer_native_dialog(title, "Escape")
}

/// Press `key` in the shell's native dialog (Return: its first button, the yes).
pub fn answer_native_dialog(title: &str, key: &str) -> bool {
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
            let _ = Command::new("xdotool").args(["key", key]).status();
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}
