//! Watched folders: whatever lands in a folder is uploaded once, unattended.
//!
//! Detection is `notify` (inotify / FSEvents / ReadDirectoryChangesW) through
//! `notify-debouncer-full` (which pairs renames and coalesces bursts), plus a
//! scan at start and every 30 s, and a full scan whenever the OS says events
//! were dropped (inotify queue overflow in a burst of thousands of files).
//!
//! A file is taken only when it is complete — never after a fixed give-up
//! timeout:
//! * its size and mtime have not changed for a settle window;
//! * on Linux, no process has it open for writing (a read lease can only be
//!   taken when nobody writes it), and a close-after-write or a rename into
//!   the folder was seen; on Windows, it can be opened with writers denied
//!   (a writer still at work makes that a sharing violation);
//! * a JPEG or PNG that does not end like a complete file yet (no EOI / IEND)
//!   needs a much longer quiet spell, so a copy that stalls is waited for.
//!
//! The journal is the queue itself: each job records the file's path, size,
//! mtime and SHA-256, so after a restart a file already handled is recognised
//! and not sent again. Files are moved or deleted only after the server
//! confirmed the upload ([`after_job`], run by whichever process finished the job).

mod template;

pub use template::TargetTemplate;

use crate::config::Paths;
use crate::error::{Error, Result};
use crate::queue::runner::{mtime_ms, new_job, Runner};
use crate::queue::{AfterSuccess, NewJob, Origin, Queue, State};
use notify::{EventKind, RecursiveMode};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};
use tokio_util::sync::CancellationToken;

pub use crate::queue::after::{after_job, FAILED_DIR, UPLOADED_DIR};

/// What to do with a file whose upload failed for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum OnFailure {
    /// Into `Failed/` with a `.txt` reason beside it.
    #[default]
    Move,
    Leave,
}

/// A saved or ad-hoc watch rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WatchRule {
    pub name: String,
    pub dir: PathBuf,
    #[serde(default)]
    pub recursive: bool,
    pub profile: String,
    /// Target template: fixed (`Leads/3000000038009`), `{dir}`, `{parent}`,
    /// `{stem}`, `{1}` (a capture of `pattern`) or `{re:REGEX}`.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub target: Option<String>,
    /// A regex over the file name whose captures `{1}`, `{2}`... refer to.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub pattern: Option<String>,
    #[serde(default)]
    pub after: AfterSuccess,
    #[serde(default)]
    pub on_failure: OnFailure,
    /// Upload content already attached to the same target.
    #[serde(default)]
    pub allow_duplicates: bool,
    /// Set by the administrator (the system folder's `watch.toml`): runs for
    /// every user, who cannot change or remove it. Never read from or
    /// written to a user's own file.
    #[serde(
        default,
        skip_deserializing,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub managed: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct RulesFile {
    #[serde(default, rename = "rule")]
    rules: Vec<WatchRule>,
}

fn rules_file(paths: &Paths) -> PathBuf {
    paths.config_dir.join("watch.toml")
}

/// Every rule: the administrator's (the system folder's `watch.toml`, see
/// [`crate::config::system_dir`]), then the user's own (`watch.toml` in the
/// config directory) except those a managed rule of the same name hides.
pub fn load_rules(paths: &Paths) -> Result<Vec<WatchRule>> {
    let mut rules = managed_rules()?;
    let managed: std::collections::HashSet<String> = rules.iter().map(|r| r.name.clone()).collect();
    rules.extend(
        user_rules(paths)?
            .into_iter()
            .filter(|r| !managed.contains(&r.name)),
    );
    Ok(rules)
}

/// The rules of a `watch.toml` file; none when it does not exist.
fn read_rules(f: &Path) -> Result<Vec<WatchRule>> {
    match std::fs::read_to_string(f) {
        Ok(s) => toml::from_str::<RulesFile>(&s)
            .map(|r| r.rules)
            .map_err(|e| {
                Error::config(
                    "WATCH_RULES_INVALID",
                    crate::tr!(
                        "watch-rules-invalid",
                        file = f.display(),
                        reason = e.to_string()
                    ),
                )
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(vec![]),
        Err(e) => Err(Error::config(
            "WATCH_RULES_UNREADABLE",
            crate::tr!(
                "watch-rules-unreadable",
                file = f.display(),
                reason = e.to_string()
            ),
        )),
    }
}

fn user_rules(paths: &Paths) -> Result<Vec<WatchRule>> {
    read_rules(&rules_file(paths))
}

/// The administrator's rules. A folder written `~/Scans` is the user's own.
fn managed_rules() -> Result<Vec<WatchRule>> {
    let Some(f) = crate::config::system_dir().map(|d| d.join("watch.toml")) else {
        return Ok(vec![]);
    };
    let home = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf());
    Ok(read_rules(&f)?
        .into_iter()
        .map(|mut r| {
            if let (Ok(rest), Some(h)) = (r.dir.strip_prefix("~"), &home) {
                r.dir = h.join(rest);
            }
            r.managed = true;
            r
        })
        .collect())
}

/// A managed rule cannot be changed or removed by its user.
fn refuse_managed(name: &str) -> Result<()> {
    if managed_rules()?.iter().any(|r| r.name == name) {
        return Err(Error::config(
            "RULE_MANAGED",
            crate::tr!("watch-rule-managed", name = name),
        ));
    }
    Ok(())
}

pub fn save_rules(paths: &Paths, rules: &[WatchRule]) -> Result<()> {
    let f = rules_file(paths);
    let text = toml::to_string_pretty(&RulesFile {
        rules: rules.to_vec(),
    })
    .map_err(|e| Error::internal(e.to_string()))?;
    // Write-then-rename so a crash never leaves half a rules file.
    crate::fsx::write_private(&f, text.as_bytes())?;
    Ok(())
}

/// Add or replace (by name) a saved rule.
pub fn upsert_rule(paths: &Paths, rule: WatchRule) -> Result<()> {
    refuse_managed(&rule.name)?;
    let mut rules = user_rules(paths)?;
    rules.retain(|r| r.name != rule.name);
    rules.push(rule);
    save_rules(paths, &rules)
}

pub fn remove_rule(paths: &Paths, name: &str) -> Result<bool> {
    refuse_managed(name)?;
    let mut rules = user_rules(paths)?;
    let n = rules.len();
    rules.retain(|r| r.name != name);
    save_rules(paths, &rules)?;
    Ok(rules.len() != n)
}

/// A rule that passed its checks (`WatchRule::check` in [`crate::app::watching`]):
/// what running it needs.
pub struct Checked {
    pub rule: WatchRule,
    pub template: TargetTemplate,
    pub profile: crate::config::Profile,
    pub provider: Arc<dyn crate::providers::Provider>,
}

/// The saved rule called `name`, if any.
pub fn find_rule(paths: &Paths, name: &str) -> Result<Option<WatchRule>> {
    Ok(load_rules(paths)?.into_iter().find(|r| r.name == name))
}

/// Folders no rule may watch: the file-system root, the home folder itself,
/// the operating system's own folders and PhotoDrop's. A rule uploads and
/// may move or delete what it finds, unattended, so its folder must be one
/// made for it (a scanner's output, a camera import folder), never a tree
/// that holds everything.
pub fn check_root(dir: &Path, paths: &Paths) -> Result<()> {
    let canon = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    // `why` names a catalog message (`watch-why-…`).
    let refuse = |why: &str| {
        Err(Error::config(
            "WATCH_DIR_REFUSED",
            crate::tr!(
                "watch-refused",
                dir = crate::fsx::printable(&canon.display().to_string()),
                why = crate::i18n::message(why, &[])
            ),
        ))
    };
    if canon.parent().is_none() {
        return refuse("watch-why-root");
    }
    let home = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf());
    let same =
        |p: &Path| std::fs::canonicalize(p).is_ok_and(|c| c == canon) || p == canon.as_path();
    if home.as_deref().is_some_and(same) {
        return refuse("watch-why-home");
    }
    for own in [&paths.config_dir, &paths.data_dir] {
        let own = std::fs::canonicalize(own).unwrap_or_else(|_| own.clone());
        if canon.starts_with(&own) || own.starts_with(&canon) {
            return refuse("watch-why-own");
        }
    }
    #[cfg(unix)]
    {
        // Inside these nothing is a user's photo; their parents are shared by all users.
        const SYSTEM: &[&str] = &[
            "/bin",
            "/boot",
            "/dev",
            "/etc",
            "/lib",
            "/lib32",
            "/lib64",
            "/libx32",
            "/proc",
            "/run",
            "/sbin",
            "/sys",
            "/usr",
            "/System",
            "/Library",
            "/Applications",
            "/private/etc",
            "/private/var/db",
        ];
        const SHARED_PARENTS: &[&str] = &[
            "/home",
            "/Users",
            "/var",
            "/tmp",
            "/var/tmp",
            "/srv",
            "/mnt",
            "/media",
            "/opt",
            "/private",
            "/private/var",
            "/private/tmp",
            "/Volumes",
            "/root",
        ];
        if SYSTEM.iter().any(|s| canon.starts_with(s)) {
            return refuse("watch-why-system");
        }
        if SHARED_PARENTS.iter().any(|s| canon == Path::new(s)) {
            return refuse("watch-why-shared");
        }
    }
    #[cfg(windows)]
    {
        let vars = [
            "SystemRoot",
            "windir",
            "ProgramFiles",
            "ProgramFiles(x86)",
            "ProgramData",
            "ProgramW6432",
        ];
        for v in vars {
            if let Some(sys) = std::env::var_os(v) {
                let sys = std::fs::canonicalize(&sys).unwrap_or_else(|_| PathBuf::from(&sys));
                if canon.starts_with(&sys) {
                    return refuse("watch-why-system");
                }
            }
        }
        if let Some(users) = home.as_deref().and_then(Path::parent) {
            if same(users) {
                return refuse("watch-why-homes");
            }
        }
    }
    Ok(())
}

/// Something a watcher noticed, for the host to show.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WatchEvent {
    Watching {
        rule: String,
        dir: PathBuf,
    },
    /// A complete file became a job.
    Queued {
        rule: String,
        path: PathBuf,
        job: i64,
        state: State,
        target: Option<String>,
    },
    /// The watcher itself hit trouble (it keeps going).
    Problem {
        rule: String,
        message: String,
    },
}

pub type WatchEventFn = Arc<dyn Fn(WatchEvent) + Send + Sync>;

/// Names that are never uploaded: partial downloads, editor and Office temp files, dotfiles.
pub fn is_ignored_name(name: &str) -> bool {
    const TEMP_SUFFIXES: &[&str] = &[
        ".part",
        ".partial",
        ".tmp",
        ".temp",
        ".crdownload",
        ".download",
        ".filepart",
        ".!ut",
        ".swp",
        ".opdownload",
    ];
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || name.ends_with('~')
        || TEMP_SUFFIXES.iter().any(|s| lower.ends_with(s))
        || lower == "thumbs.db"
        || lower == "desktop.ini"
}

/// Whether `path` (under `root`) is something to consider at all.
fn wanted(root: &Path, path: &Path, recursive: bool) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let comps: Vec<_> = rel.components().collect();
    if comps.is_empty() || (!recursive && comps.len() > 1) {
        return false;
    }
    if let Some(std::path::Component::Normal(first)) = comps.first() {
        if comps.len() > 1 && (first == &UPLOADED_DIR || first == &FAILED_DIR) {
            return false;
        }
    }
    comps.iter().all(|c| match c {
        std::path::Component::Normal(n) => !is_ignored_name(&n.to_string_lossy()),
        _ => false,
    })
}

struct Candidate {
    size: u64,
    mtime: Option<SystemTime>,
    since: Instant,
    /// A close-after-write or a rename into the folder was seen since the last change.
    closed: bool,
}

/// One look at a pending file: when, and its size and time then.
#[derive(Clone, Copy)]
struct Look {
    now: Instant,
    size: u64,
    mtime: Option<SystemTime>,
}

/// Has a pending file settled, i.e. may it be uploaded now? It must have been
/// quiet (same size and time) for long enough: 250 ms once its writer closed
/// it (or no writer holds it: `writing`, asked only once it is quiet), 1.5 s
/// when that is unknown, 10 s when its content does not end like a whole file
/// (`complete`: a copy that stalls). A writer still holding it starts the
/// quiet time again. Pure, so the decisions are unit-tested with made-up
/// instants.
fn settled(
    c: &mut Candidate,
    look: Look,
    writing: impl FnOnce() -> Option<bool>,
    complete: impl FnOnce() -> bool,
) -> bool {
    if (look.size, look.mtime) != (c.size, c.mtime) {
        c.size = look.size;
        c.mtime = look.mtime;
        c.since = look.now;
        c.closed = false;
        return false;
    }
    let quiet = look.now.saturating_duration_since(c.since);
    if quiet < SETTLE_CONFIRMED {
        return false;
    }
    let writing = writing();
    if writing == Some(true) {
        c.since = look.now;
        return false;
    }
    let needed = if !complete() {
        SETTLE_INCOMPLETE
    } else if c.closed || writing == Some(false) {
        SETTLE_CONFIRMED
    } else {
        SETTLE_UNCONFIRMED
    };
    quiet >= needed
}

/// Does the file look whole? JPEG must end with EOI, PNG with IEND (a partial
/// copy of either does not); other formats cannot be told cheaply.
fn looks_complete(path: &Path, size: u64) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = [0u8; 8];
    if f.read_exact(&mut head).is_err() {
        return size > 0 && size < 8;
    }
    let tail_len = size.min(1024);
    let mut tail = vec![0u8; tail_len as usize];
    if f.seek(SeekFrom::Start(size - tail_len)).is_err() || f.read_exact(&mut tail).is_err() {
        return false;
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        // Cameras pad after EOI sometimes; within the last KiB is enough
        // (entropy-coded data cannot contain FF D9).
        tail.windows(2).any(|w| w == [0xFF, 0xD9])
    } else if head.starts_with(b"\x89PNG") {
        tail.windows(4).any(|w| w == b"IEND")
    } else {
        true
    }
}

/// Linux: is some process holding the file open for writing? A read lease
/// (`F_SETLEASE`) can be placed only when nobody has it open for writing.
/// `None` when the check is not possible (not our file, a network share).
#[cfg(target_os = "linux")]
fn open_for_writing(path: &Path) -> Option<bool> {
    use std::os::fd::AsRawFd;
    let f = std::fs::File::open(path).ok()?;
    let fd = f.as_raw_fd();
    // SAFETY: fcntl on a descriptor we own; no memory is passed. No crate wraps leases.
    let r = unsafe { libc::fcntl(fd, libc::F_SETLEASE, libc::F_RDLCK) };
    if r == 0 {
        // SAFETY: as above; releases the lease at once so writers are never delayed.
        unsafe { libc::fcntl(fd, libc::F_SETLEASE, libc::F_UNLCK) };
        return Some(false);
    }
    match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::EAGAIN) => Some(true),
        _ => None,
    }
}

/// Windows: is some process holding the file open for writing? Opening it
/// with read-only sharing (writers denied) fails with a sharing violation
/// exactly then. A plain open would not tell: it shares writing, so it
/// succeeds while a scanner that allows readers still writes the file.
#[cfg(windows)]
fn open_for_writing(path: &Path) -> Option<bool> {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_SHARE_READ: u32 = 1;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    match std::fs::OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ)
        .open(path)
    {
        Ok(_) => Some(false),
        Err(e) if e.raw_os_error() == Some(ERROR_SHARING_VIOLATION) => Some(true),
        Err(_) => None,
    }
}

/// Elsewhere (macOS): no cheap way to ask; the settle window decides.
#[cfg(not(any(target_os = "linux", windows)))]
fn open_for_writing(path: &Path) -> Option<bool> {
    match std::fs::File::open(path) {
        Ok(_) => None,
        Err(_) => Some(true),
    }
}

/// Quiet time a file needs before it is taken.
const SETTLE_CONFIRMED: Duration = Duration::from_millis(250);
const SETTLE_UNCONFIRMED: Duration = Duration::from_millis(1500);
const SETTLE_INCOMPLETE: Duration = Duration::from_secs(10);
const TICK: Duration = Duration::from_millis(100);
const RESCAN_EVERY: Duration = Duration::from_secs(30);

/// One running rule.
struct RuleWatch {
    rule: WatchRule,
    root: PathBuf,
    template: TargetTemplate,
    profile: crate::config::Profile,
    provider: Arc<dyn crate::providers::Provider>,
    pending: HashMap<PathBuf, Candidate>,
    /// Files already handled this session, by (size, mtime), so rescans skip them.
    seen: HashMap<PathBuf, (u64, Option<SystemTime>)>,
    /// Links and second names already reported (each once).
    refused: std::collections::HashSet<PathBuf>,
    /// Reports for the host, sent at the next tick.
    problems: Vec<String>,
}

/// Run checked watch rules until `cancel` fires. Jobs go into `runner`'s
/// queue; run the runner alongside (`Runner::run(Until::Cancelled, ..)`).
pub async fn watch(
    runner: Arc<Runner>,
    rules: Vec<Checked>,
    cancel: CancellationToken,
    on_event: WatchEventFn,
) -> Result<()> {
    let mut tasks = vec![];
    for Checked {
        rule,
        template,
        profile,
        provider,
    } in rules
    {
        let root = std::fs::canonicalize(&rule.dir).unwrap_or_else(|_| rule.dir.clone());
        let w = RuleWatch {
            rule,
            root,
            template,
            profile,
            provider,
            pending: HashMap::new(),
            seen: HashMap::new(),
            refused: Default::default(),
            problems: vec![],
        };
        tasks.push(tokio::spawn(run_rule(
            runner.clone(),
            w,
            cancel.clone(),
            on_event.clone(),
        )));
    }
    for t in tasks {
        t.await.map_err(|e| Error::internal(e.to_string()))??;
    }
    Ok(())
}

async fn run_rule(
    runner: Arc<Runner>,
    mut w: RuleWatch,
    cancel: CancellationToken,
    on_event: WatchEventFn,
) -> Result<()> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut debouncer = notify_debouncer_full::new_debouncer(
        Duration::from_millis(100),
        None,
        move |res: notify_debouncer_full::DebounceEventResult| {
            let _ = tx.send(res);
        },
    )
    .map_err(|e| watch_error(&w.root, e))?;
    let mode = if w.rule.recursive {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    debouncer
        .watch(&w.root, mode)
        .map_err(|e| watch_error(&w.root, e))?;
    on_event(WatchEvent::Watching {
        rule: w.rule.name.clone(),
        dir: w.root.clone(),
    });
    // Files that arrived while PhotoDrop was not running.
    w.scan(&w.root.clone());
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut last_scan = Instant::now();
    loop {
        tokio::select! {
            _ = cancel.cancelled() => break,
            Some(res) = rx.recv() => match res {
                Ok(events) => {
                    for ev in events {
                        w.on_notify(&ev.event);
                    }
                }
                Err(errors) => {
                    for e in errors {
                        on_event(WatchEvent::Problem { rule: w.rule.name.clone(), message: e.to_string() });
                    }
                    w.scan(&w.root.clone());
                }
            },
            _ = tick.tick() => {
                if last_scan.elapsed() >= RESCAN_EVERY {
                    last_scan = Instant::now();
                    w.scan(&w.root.clone());
                }
                for message in std::mem::take(&mut w.problems) {
                    on_event(WatchEvent::Problem { rule: w.rule.name.clone(), message });
                }
                let ready = w.ready();
                if !ready.is_empty() {
                    w.take(&runner, ready, &on_event).await;
                }
            }
        }
    }
    Ok(())
}

fn watch_error(root: &Path, e: notify::Error) -> Error {
    let key = if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) {
        "watch-failed-limit"
    } else {
        "watch-failed"
    };
    Error::config(
        "WATCH_FAILED",
        crate::tr!(key, dir = root.display(), reason = e.to_string()),
    )
}

impl RuleWatch {
    fn consider(&mut self, path: &Path, closed: bool) {
        if !wanted(&self.root, path, self.rule.recursive) {
            return;
        }
        // Never follow a link: a folder others can write may hold one to
        // anybody's file.
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            self.pending.remove(path);
            return;
        };
        if meta.is_dir() {
            // A folder moved in or created: files inside may predate its watch.
            if self.rule.recursive {
                self.scan(path);
            }
            return;
        }
        if let Err(why) = crate::fsx::check_regular(&meta) {
            self.pending.remove(path);
            self.refuse(path, why);
            return;
        }
        let (size, mtime) = (meta.len(), meta.modified().ok());
        if !closed && self.seen.get(path) == Some(&(size, mtime)) {
            return;
        }
        let c = self.pending.entry(path.to_path_buf()).or_insert(Candidate {
            size,
            mtime,
            since: Instant::now(),
            closed: false,
        });
        if (c.size, c.mtime) != (size, mtime) {
            c.size = size;
            c.mtime = mtime;
            c.since = Instant::now();
            c.closed = false;
        }
        if closed {
            c.closed = true;
        }
    }

    /// Say once per file why it is not taken (a link, a second name).
    fn refuse(&mut self, path: &Path, why: crate::fsx::NotRegular) {
        if why == crate::fsx::NotRegular::Special || !self.refused.insert(path.to_path_buf()) {
            return;
        }
        let msg = crate::tr!(
            "watch-not-uploaded",
            file = crate::fsx::printable(&path.display().to_string()),
            why = why.describe()
        );
        tracing::warn!("{msg}");
        self.problems.push(msg);
    }

    fn on_notify(&mut self, ev: &notify::Event) {
        use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
        if ev.need_rescan() {
            self.scan(&self.root.clone());
            return;
        }
        match ev.kind {
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => {
                if let Some(from) = ev.paths.first() {
                    self.pending.remove(from);
                }
                if let Some(to) = ev.paths.get(1) {
                    self.consider(to, true);
                }
            }
            EventKind::Modify(ModifyKind::Name(RenameMode::To)) => {
                for p in &ev.paths {
                    self.consider(p, true);
                }
            }
            EventKind::Modify(ModifyKind::Name(RenameMode::From)) | EventKind::Remove(_) => {
                for p in &ev.paths {
                    self.pending.remove(p);
                }
            }
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
                for p in &ev.paths {
                    self.consider(p, true);
                }
            }
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Any | EventKind::Other => {
                for p in &ev.paths {
                    self.consider(p, false);
                }
            }
            EventKind::Access(_) => {}
        }
    }

    fn scan(&mut self, dir: &Path) {
        let depth = if self.rule.recursive { usize::MAX } else { 1 };
        let root = self.root.clone();
        let recursive = self.rule.recursive;
        let walker = walkdir::WalkDir::new(dir)
            .min_depth(1)
            .max_depth(depth)
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0 || e.file_type().is_file() || wanted_dir(&root, e.path(), recursive)
            });
        for e in walker.flatten() {
            // Links are looked at too, so that the folder's owner hears why they stay.
            if e.file_type().is_file() || e.file_type().is_symlink() {
                self.consider(e.path(), false);
            }
        }
    }

    /// Candidates that are complete now.
    fn ready(&mut self) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
        let mut out = vec![];
        let mut gone = vec![];
        for (path, c) in self.pending.iter_mut() {
            let Ok(meta) = std::fs::symlink_metadata(path) else {
                gone.push(path.clone());
                continue;
            };
            if crate::fsx::check_regular(&meta).is_err() {
                // Replaced by a link since: `consider` says why when it sees it.
                gone.push(path.clone());
                continue;
            }
            let (size, mtime) = (meta.len(), meta.modified().ok());
            let look = Look {
                now: Instant::now(),
                size,
                mtime,
            };
            if settled(
                c,
                look,
                || open_for_writing(path),
                || looks_complete(path, size),
            ) && std::fs::File::open(path).is_ok()
            {
                out.push((path.clone(), size, mtime));
            }
        }
        for p in gone {
            self.pending.remove(&p);
        }
        for (p, _, _) in &out {
            self.pending.remove(p);
        }
        out
    }

    /// Turn complete files into jobs (skipping those the journal knows).
    async fn take(
        &mut self,
        runner: &Arc<Runner>,
        files: Vec<(PathBuf, u64, Option<SystemTime>)>,
        on_event: &WatchEventFn,
    ) {
        for (p, size, mtime) in &files {
            self.seen.insert(p.clone(), (*size, *mtime));
        }
        let queue = runner.queue.clone();
        let profile = self.profile.clone();
        let provider = self.provider.clone();
        let template = self.template.clone();
        let rule = self.rule.clone();
        let root = self.root.clone();
        // Hashing and the journal lookups are disk work: off the async workers, in parallel.
        let built = tokio::task::spawn_blocking(move || {
            files
                .par_iter()
                .filter_map(|(path, _, _)| {
                    describe(
                        &queue,
                        &profile,
                        provider.as_ref(),
                        &template,
                        &rule,
                        &root,
                        path,
                    )
                })
                .collect::<Vec<NewJob>>()
        })
        .await
        .unwrap_or_default();
        if built.is_empty() {
            return;
        }
        match runner.enqueue(built.clone()) {
            Ok(done) => {
                for (nj, e) in built.iter().zip(done) {
                    on_event(WatchEvent::Queued {
                        rule: self.rule.name.clone(),
                        path: nj.path.clone(),
                        job: e.id,
                        state: e.state,
                        target: nj.target.clone(),
                    });
                    // Duplicates and files that cannot be sent are final already.
                    if e.state.is_final() {
                        if let Ok(Some(job)) = runner.queue.get(e.id) {
                            after_job(&runner.queue, &job);
                        }
                    }
                }
            }
            Err(e) => on_event(WatchEvent::Problem {
                rule: self.rule.name.clone(),
                message: e.message,
            }),
        }
    }
}

fn wanted_dir(root: &Path, dir: &Path, recursive: bool) -> bool {
    if !recursive {
        return false;
    }
    let Ok(rel) = dir.strip_prefix(root) else {
        return false;
    };
    let mut comps = rel.components();
    match comps.next() {
        Some(std::path::Component::Normal(first)) => {
            first != UPLOADED_DIR
                && first != FAILED_DIR
                && rel.components().all(|c| match c {
                    std::path::Component::Normal(n) => !n.to_string_lossy().starts_with('.'),
                    _ => false,
                })
        }
        _ => false,
    }
}

/// The job for a complete file, or `None` when the journal says it was handled.
fn describe(
    queue: &Queue,
    profile: &crate::config::Profile,
    provider: &dyn crate::providers::Provider,
    template: &TargetTemplate,
    rule: &WatchRule,
    root: &Path,
    path: &Path,
) -> Option<NewJob> {
    // The handle is checked, not the name: a link planted since `ready` is not read.
    let (_, meta) = crate::fsx::open_regular(path).ok()?;
    let mtime = mtime_ms(&meta);
    let known = queue.latest_for_path(path).ok().flatten();
    if let Some(j) = &known {
        if j.size == meta.len() && j.source_mtime == mtime {
            return None;
        }
    }
    let origin = Origin::Watch {
        rule: rule.name.clone(),
        root: root.to_path_buf(),
        after: rule.after,
        move_failed: rule.on_failure == OnFailure::Move,
    };
    let target = match template.fixed() {
        None => provider
            .parse_target(None)
            .map(|t| t.0)
            .map_err(|e| e.message),
        Some(_) => template.derive(root, path).and_then(|t| {
            provider
                .target(Some(&t))
                .map(|t| t.0)
                .map_err(|e| e.message)
        }),
    };
    match new_job(profile, None, path, origin.clone(), rule.allow_duplicates) {
        Ok(mut nj) => {
            if known.as_ref().is_some_and(|j| j.sha256 == nj.sha256) {
                return None;
            }
            match target {
                Ok(t) => nj.target = Some(t),
                Err(why) => {
                    nj.blocked = Some(Error::config(
                        "TARGET_UNRESOLVED",
                        crate::tr!(
                            "watch-no-record",
                            file = path.display(),
                            why = why,
                            rule = &rule.name
                        ),
                    ))
                }
            }
            Some(nj)
        }
        // Not an image, unreadable...: recorded as needing attention (and moved to Failed/).
        Err(e) => Some(NewJob {
            profile: profile.name.clone(),
            provider: profile.provider.id.to_string(),
            target: target.ok(),
            path: path.to_path_buf(),
            size: meta.len(),
            mtime,
            source_id: crate::fsx::file_id(&meta),
            sha256: crate::media::hash::sha256_file(path).ok(),
            sample: String::new(),
            allow_duplicate: false,
            single_slot: false,
            origin,
            blocked: Some(e),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_temporary_names() {
        for n in [
            "a.jpg.part",
            "x.crdownload",
            ".hidden.jpg",
            "~$doc.jpg",
            "f.TMP",
            "Thumbs.db",
            "a.jpg~",
        ] {
            assert!(is_ignored_name(n), "{n}");
        }
        for n in ["IMG_1.jpg", "3000000038009_front.jpeg", "scan 1.png"] {
            assert!(!is_ignored_name(n), "{n}");
        }
    }

    #[test]
    fn wanted_skips_result_folders_and_depth() {
        let root = Path::new("/w");
        assert!(wanted(root, Path::new("/w/a.jpg"), false));
        assert!(!wanted(root, Path::new("/w/sub/a.jpg"), false));
        assert!(wanted(root, Path::new("/w/sub/a.jpg"), true));
        assert!(!wanted(root, Path::new("/w/Uploaded/a.jpg"), true));
        assert!(!wanted(root, Path::new("/w/Failed/a.jpg"), true));
        assert!(!wanted(root, Path::new("/w/.sync/a.jpg"), true));
    }

    /// A file seen at `t0` with size 10; `at(ms)` is a look `ms` later.
    fn pending(t0: Instant, closed: bool) -> (Candidate, impl Fn(u64, u64) -> Look) {
        let c = Candidate {
            size: 10,
            mtime: None,
            since: t0,
            closed,
        };
        (c, move |ms, size| Look {
            now: t0 + Duration::from_millis(ms),
            size,
            mtime: None,
        })
    }

    #[test]
    fn a_closed_file_is_ready_after_a_short_quiet_spell() {
        let (mut c, at) = pending(Instant::now(), true);
        let whole = || true;
        assert!(!settled(&mut c, at(100, 10), || None, whole));
        assert!(settled(&mut c, at(250, 10), || None, whole));
    }

    #[test]
    fn without_word_from_the_writer_the_quiet_spell_is_longer() {
        let (mut c, at) = pending(Instant::now(), false);
        assert!(!settled(&mut c, at(300, 10), || None, || true));
        assert!(!settled(&mut c, at(1400, 10), || None, || true));
        assert!(settled(&mut c, at(1500, 10), || None, || true));
        // No writer holds it (a lease was granted): that is word enough.
        let (mut c, at) = pending(Instant::now(), false);
        assert!(settled(&mut c, at(300, 10), || Some(false), || true));
    }

    #[test]
    fn a_growing_file_waits_and_loses_its_close_event() {
        let (mut c, at) = pending(Instant::now(), true);
        assert!(!settled(&mut c, at(300, 20), || None, || true), "it grew");
        // Quiet again, but the close was before the growth: the long spell.
        assert!(!settled(&mut c, at(300 + 1000, 20), || None, || true));
        assert!(settled(&mut c, at(300 + 1500, 20), || None, || true));
    }

    #[test]
    fn a_writer_still_holding_the_file_restarts_the_wait() {
        let (mut c, at) = pending(Instant::now(), true);
        assert!(!settled(&mut c, at(5000, 10), || Some(true), || true));
        assert!(!settled(&mut c, at(5100, 10), || Some(false), || true));
        assert!(settled(&mut c, at(5250, 10), || Some(false), || true));
    }

    #[test]
    fn a_file_that_does_not_end_like_a_photo_waits_ten_seconds() {
        let (mut c, at) = pending(Instant::now(), true);
        let cut = || false;
        assert!(!settled(&mut c, at(9_900, 10), || Some(false), cut));
        assert!(settled(&mut c, at(10_000, 10), || Some(false), cut));
    }

    #[test]
    fn completeness_of_jpeg_and_png() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.jpg");
        std::fs::write(&p, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 0xFF, 0xD9]).unwrap();
        assert!(looks_complete(&p, 11));
        std::fs::write(&p, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7]).unwrap();
        assert!(!looks_complete(&p, 11));
    }
}
