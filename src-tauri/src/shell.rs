//! The shell's state: the core `App`, one queue `Runner` working in the
//! background, the watched folders, the demo sandbox, and the set of paths the
//! user handed over (drop, picker, paste, watch rule) — the only files the
//! commands will read.

use crate::secrets::ShellSecrets;
use crate::settings::Settings;
use photodrop::app::App;
use photodrop::config::Paths;
use photodrop::media::thumb::ThumbCache;
use photodrop::queue::runner::{Runner, RunnerConfig};
use photodrop::sandbox::Sandbox;
use photodrop::watch::{WatchEvent, WatchRule};
use photodrop::{Error, Result};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio_util::sync::CancellationToken;

/// The profile created on first start, backed by the built-in sandbox.
pub const DEMO_PROFILE: &str = "sandbox-demo";

/// What a watch rule is doing, for the Watched folders screen.
#[derive(Debug, Clone, Serialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleStatus {
    /// "watching" | "stopped" | "problem"
    pub state: String,
    pub message: Option<String>,
    pub queued: u64,
    pub last_file: Option<String>,
    pub last_at: Option<i64>,
}

pub struct Shell {
    pub app: App,
    pub runner: Arc<Runner>,
    pub thumbs: ThumbCache,
    pub demo: Option<Sandbox>,
    pub cancel: CancellationToken,
    allowed: Mutex<HashSet<PathBuf>>,
    /// Folders chosen in the native folder picker: the only ones a new watch rule may take.
    picked: Mutex<HashSet<PathBuf>>,
    watch_cancel: Mutex<Option<CancellationToken>>,
    pub watch_status: Mutex<BTreeMap<String, RuleStatus>>,
    pub settings: Mutex<Settings>,
    /// Device sign-ins the profile dialog is showing.
    pub sign_ins: photodrop::app::signin::DeviceSignIns,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shell {
    /// Open the config, data and queue; on first start create the demo profile.
    /// Must run inside the Tokio runtime (the sandbox and runner spawn tasks).
    /// The demo sandbox runs only while the demo profile can be in use: with
    /// the window shown, or for a watch rule of the demo profile (not for a
    /// start at login into the tray).
    pub async fn open(minimized: bool) -> Result<Shell> {
        let paths = Paths::from_env()?;
        let secrets = Arc::new(ShellSecrets::new(DEMO_PROFILE));
        let app = App::with_store(paths, secrets)?;
        // Names only: `list_profiles` would also ask the keyring about every field.
        let names = photodrop::config::Profiles::load(&app.paths)?.names();
        let demo_rule = photodrop::watch::load_rules(&app.paths)
            .is_ok_and(|rs| rs.iter().any(|r| r.profile == DEMO_PROFILE));
        let wants_demo = (names.is_empty() || names.iter().any(|n| n == DEMO_PROFILE))
            && (!minimized || demo_rule);
        let demo = if wants_demo {
            Some(start_demo(&app).await?)
        } else {
            None
        };
        let runner = Runner::new(app.clone(), RunnerConfig::default())?;
        let settings = Settings::load(&app.paths);
        photodrop::i18n::choose(Some(&settings.language));
        Ok(Shell {
            thumbs: ThumbCache::new(&app.paths.data_dir),
            app,
            runner,
            demo,
            cancel: CancellationToken::new(),
            allowed: Mutex::new(HashSet::new()),
            picked: Mutex::new(HashSet::new()),
            watch_cancel: Mutex::new(None),
            watch_status: Mutex::new(BTreeMap::new()),
            settings: Mutex::new(settings),
            sign_ins: Default::default(),
        })
    }

    /// Remember paths the user handed over (a drop, the picker, a paste), as
    /// given and as resolved.
    pub fn allow(&self, paths: impl IntoIterator<Item = PathBuf>) {
        let mut a = lock(&self.allowed);
        for p in paths {
            if let Ok(abs) = std::path::absolute(&p) {
                a.insert(abs);
            }
            let p = std::fs::canonicalize(&p).unwrap_or(p);
            a.insert(p);
        }
    }

    /// Remember a folder the person chose in the native folder picker.
    pub fn picked_folder(&self, dir: &Path) {
        lock(&self.picked).insert(dir.to_path_buf());
        if let Ok(c) = std::fs::canonicalize(dir) {
            lock(&self.picked).insert(c);
        }
    }

    /// Whether `dir` came from the native folder picker.
    pub fn was_picked(&self, dir: &Path) -> bool {
        let p = lock(&self.picked);
        p.contains(dir) || std::fs::canonicalize(dir).is_ok_and(|c| p.contains(&c))
    }

    /// Whether the user handed over `path`, or a folder holding it, or it
    /// belongs to a job or a watch rule.
    pub fn is_allowed(&self, path: &Path) -> bool {
        // First by name alone: a path from the page is not touched on disk
        // before it is known to be the user's. Resolving a UNC path would
        // already connect to that server (and send it the user's NTLM hash).
        if let Ok(abs) = std::path::absolute(path) {
            let a = lock(&self.allowed);
            if abs.ancestors().any(|anc| a.contains(anc)) {
                return true;
            }
        }
        if photodrop::fsx::is_network_path(path) {
            return false;
        }
        let Ok(p) = std::fs::canonicalize(path) else {
            return false;
        };
        {
            let a = lock(&self.allowed);
            if p.ancestors().any(|anc| a.contains(anc)) {
                return true;
            }
        }
        if let Ok(rules) = photodrop::watch::load_rules(&self.app.paths) {
            if rules.iter().any(|r| {
                let root = std::fs::canonicalize(&r.dir).unwrap_or_else(|_| r.dir.clone());
                p.starts_with(root)
            }) {
                return true;
            }
        }
        // Jobs store the absolute path as given, which may differ from the canonical one.
        matches!(self.runner.queue.latest_for_path(&p), Ok(Some(_)))
            || (p != path && matches!(self.runner.queue.latest_for_path(path), Ok(Some(_))))
    }

    pub fn check_allowed(&self, path: &Path) -> Result<()> {
        if self.is_allowed(path) {
            Ok(())
        } else {
            Err(Error::config(
                "PATH_NOT_GIVEN",
                photodrop::tr!("error-path-not-given", file = path.display()),
            ))
        }
    }

    /// (Re)start every saved watch rule, each on its own so one broken rule
    /// does not stop the others.
    pub fn restart_watchers(self: &Arc<Self>, on_event: Arc<dyn Fn(WatchEvent) + Send + Sync>) {
        let token = self.cancel.child_token();
        if let Some(old) = lock(&self.watch_cancel).replace(token.clone()) {
            old.cancel();
        }
        let rules = photodrop::watch::load_rules(&self.app.paths).unwrap_or_default();
        {
            let mut st = lock(&self.watch_status);
            st.retain(|k, _| rules.iter().any(|r| &r.name == k));
            for r in &rules {
                let s = st.entry(r.name.clone()).or_default();
                s.state = "starting".into();
                s.message = None;
            }
        }
        for rule in rules {
            self.spawn_rule(rule, token.clone(), on_event.clone());
        }
    }

    fn spawn_rule(
        self: &Arc<Self>,
        rule: WatchRule,
        token: CancellationToken,
        on_event: Arc<dyn Fn(WatchEvent) + Send + Sync>,
    ) {
        let me = self.clone();
        let name = rule.name.clone();
        tauri::async_runtime::spawn(async move {
            let me2 = me.clone();
            let cb: photodrop::watch::WatchEventFn = Arc::new(move |ev: WatchEvent| {
                me2.note_watch_event(&ev);
                on_event(ev);
            });
            let r = photodrop::app::watching::run_rules(
                me.runner.clone(),
                vec![rule],
                token.clone(),
                cb,
            )
            .await;
            let mut st = lock(&me.watch_status);
            let s = st.entry(name).or_default();
            match r {
                Err(e) => {
                    s.state = "problem".into();
                    s.message = Some(e.message);
                }
                Ok(()) => s.state = "stopped".into(),
            }
        });
    }

    fn note_watch_event(&self, ev: &WatchEvent) {
        let mut st = lock(&self.watch_status);
        match ev {
            WatchEvent::Watching { rule, .. } => {
                let s = st.entry(rule.clone()).or_default();
                s.state = "watching".into();
                s.message = None;
            }
            WatchEvent::Queued { rule, path, .. } => {
                let s = st.entry(rule.clone()).or_default();
                s.queued += 1;
                s.last_file = path.file_name().map(|n| n.to_string_lossy().into_owned());
                s.last_at = Some(photodrop::queue::now_ms());
            }
            WatchEvent::Problem { rule, message } => {
                let s = st.entry(rule.clone()).or_default();
                s.message = Some(message.clone());
            }
        }
    }

    pub fn has_watch_rules(&self) -> bool {
        photodrop::watch::load_rules(&self.app.paths).is_ok_and(|r| !r.is_empty())
    }
}

/// Ask the person, in a native dialog raised from Rust, whether to go on.
/// The page can neither answer nor imitate it (it has no dialog permission).
pub async fn confirm(handle: &tauri::AppHandle, title: &str, text: &str, ok: &str) -> bool {
    use tauri::Manager;
    #[cfg(feature = "e2e")]
    if let Some(yes) = crate::e2e::take_answer() {
        return yes;
    }
    use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut d = handle
        .dialog()
        .message(text)
        .title(photodrop::tr!("dialog-title", title = title))
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            ok.into(),
            photodrop::tr!("dialog-cancel"),
        ));
    if let Some(w) = handle.get_webview_window("main") {
        d = d.parent(&w);
    }
    d.show(move |yes| {
        let _ = tx.send(yes);
    });
    rx.await.unwrap_or(false)
}

/// The error a host gives when the person said no in a native dialog.
/// Ask each of the core's confirmations in turn; a no stops with `DECLINED`.
pub async fn confirm_all(
    handle: &tauri::AppHandle,
    asks: &[photodrop::app::Confirmation],
) -> Result<(), Error> {
    for a in asks {
        if !confirm(handle, &a.action, &a.text, &a.yes).await {
            return Err(a.declined());
        }
    }
    Ok(())
}

pub fn declined(what: &str) -> Error {
    Error::config("DECLINED", photodrop::tr!("error-declined", action = what))
}

/// Start the sandbox and point the demo profile at it (its port can change
/// between runs). Its secrets are the sandbox's own and live in memory only.
async fn start_demo(app: &App) -> Result<Sandbox> {
    // A new port and secret path every run: nothing else on this machine can
    // reach it (SECURITY.md).
    let sb = Sandbox::start_demo().await.map_err(|e| {
        Error::internal(photodrop::tr!("demo-cannot-listen", reason = e.to_string()))
    })?;
    app.point_demo_profile(DEMO_PROFILE, &sb.url())?;
    Ok(sb)
}

/// Counts of finished jobs since the queue was last idle, for the
/// "batch finished" notification.
#[derive(Default)]
pub struct BatchTally {
    pub done: u64,
    pub attention: u64,
    pub seen: HashSet<i64>,
}
