//! The durable upload queue: every file PhotoDrop accepts is a row in SQLite
//! before a byte is sent, and the same row is its history entry afterwards.
//!
//! * [`Queue`] is the store (rusqlite, bundled SQLite, WAL). It is safe to
//!   open from several processes at once (the CLI, a `watch`, the desktop
//!   app): a job is *claimed* by one runner with an atomic `UPDATE`, and a
//!   runner's liveness is an OS file lock it holds for its lifetime
//!   (`runners/<id>.lock`), so a job left behind by a killed process is
//!   recognised at once and resumed — no lease timeouts to wait out.
//! * [`runner::Runner`] executes jobs: preparation, one upload attempt at a
//!   time, back-off scheduled *in the database* (`waiting-retry` + next
//!   attempt time), so a retry survives a restart.
//!
//! States: `queued → preparing → uploading → done`, or `waiting-retry`
//! (transient failure, retried at `next_attempt_at`), `needs-attention` (the
//! user must act: credentials, a locked record, an unclear non-repeatable
//! upload, a file that cannot be sent), `failed` (transient failures went on
//! for longer than the give-up window), `duplicate` (the same content was
//! already attached to the same target; reported instead of uploaded).

pub mod after;
pub mod runner;

use crate::error::{Error, ErrorKind, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "JobState"))]
pub enum State {
    #[serde(rename = "queued")]
    Queued,
    #[serde(rename = "preparing")]
    Preparing,
    #[serde(rename = "uploading")]
    Uploading,
    #[serde(rename = "waiting-retry")]
    WaitingRetry,
    #[serde(rename = "done")]
    Done,
    #[serde(rename = "duplicate")]
    Duplicate,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "needs-attention")]
    NeedsAttention,
}

impl State {
    pub const ALL: [State; 8] = [
        State::Queued,
        State::Preparing,
        State::Uploading,
        State::WaitingRetry,
        State::Done,
        State::Duplicate,
        State::Failed,
        State::NeedsAttention,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Queued => "queued",
            State::Preparing => "preparing",
            State::Uploading => "uploading",
            State::WaitingRetry => "waiting-retry",
            State::Done => "done",
            State::Duplicate => "duplicate",
            State::Failed => "failed",
            State::NeedsAttention => "needs-attention",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Still to be worked on by some runner.
    pub fn is_active(self) -> bool {
        matches!(
            self,
            State::Queued | State::Preparing | State::Uploading | State::WaitingRetry
        )
    }

    /// Finished for good (until the user asks for a retry).
    pub fn is_final(self) -> bool {
        !self.is_active()
    }

    pub fn is_success(self) -> bool {
        matches!(self, State::Done | State::Duplicate)
    }
}

/// What a watched-folder job does with its file once it is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum AfterSuccess {
    Leave,
    /// Into `Uploaded/` under the watched folder (keeping sub-folders).
    #[default]
    Move,
    Delete,
}

impl AfterSuccess {
    pub fn as_str(self) -> &'static str {
        match self {
            AfterSuccess::Leave => "leave",
            AfterSuccess::Move => "move",
            AfterSuccess::Delete => "delete",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "leave" => Some(Self::Leave),
            "move" => Some(Self::Move),
            "delete" => Some(Self::Delete),
            _ => None,
        }
    }
}

/// Where a job came from; watched-folder jobs remember their rule so whichever
/// process finishes the job can carry out the rule's after-upload action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Origin {
    Upload,
    Watch {
        rule: String,
        root: PathBuf,
        after: AfterSuccess,
        /// Move permanently failed files into `Failed/` with a `.txt` reason.
        move_failed: bool,
    },
}

/// The error a job ended or paused with (what the UI and `--json` show).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct JobError {
    pub code: String,
    pub message: String,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub status: Option<u16>,
    /// What the person can do about it (kept with the job for history).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub action: Option<crate::error::Action>,
}

impl From<&Error> for JobError {
    fn from(e: &Error) -> Self {
        JobError {
            code: e.code.clone(),
            message: e.message.clone(),
            kind: serde_json::to_value(e.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            status: e.status,
            action: e.action.as_deref().cloned(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Job {
    pub id: i64,
    pub state: State,
    pub profile: String,
    pub provider: String,
    /// `None` when a watch rule could not derive one (then the job needs attention).
    pub target: Option<String>,
    /// Where the file is now (moved files are followed).
    pub path: PathBuf,
    pub file_name: String,
    pub size: u64,
    /// Hex SHA-256 of the file as queued; `None` until something needed it
    /// (see [`NewJob::sha256`]): the upload computes it on the way out.
    pub sha256: Option<String>,
    /// Reused for every attempt (ChakraHQ's photo id).
    pub idempotency_key: String,
    pub attempts: u32,
    #[serde(serialize_with = "ser_time")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub created_at: i64,
    #[serde(serialize_with = "ser_time")]
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub updated_at: i64,
    #[serde(serialize_with = "ser_opt_time")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub started_at: Option<i64>,
    #[serde(serialize_with = "ser_opt_time")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub finished_at: Option<i64>,
    #[serde(serialize_with = "ser_opt_time")]
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub next_attempt_at: Option<i64>,
    pub error: Option<JobError>,
    pub remote_id: Option<String>,
    pub url: Option<String>,
    /// What preparation did (`{"resized":…,"reencoded":…,"stripped":[…]}`).
    #[cfg_attr(feature = "ts", ts(as = "Option<crate::media::prepare::Report>"))]
    pub prepared: Option<serde_json::Value>,
    /// The job this one duplicates (state `duplicate`).
    pub duplicate_of: Option<i64>,
    pub allow_duplicate: bool,
    pub origin: Origin,
    #[serde(skip)]
    pub owner: Option<String>,
    #[serde(skip)]
    pub post_done: bool,
    #[serde(skip)]
    pub first_failure_at: Option<i64>,
    #[serde(skip)]
    pub source_mtime: Option<i64>,
    /// The file's identity when it was queued (`device:inode` on Unix), so an
    /// after-action never moves or deletes another file put in its place.
    #[serde(skip)]
    pub source_id: Option<String>,
    /// For a target by field (`Products[Product_Code=SKU-1]`): the record it
    /// was looked up to, as a target (`Products/4150000000123`), and its name.
    pub resolved_target: Option<String>,
    pub record_name: Option<String>,
}

impl Job {
    /// Whether a file's size and modification time (ms) are still those it
    /// was queued with (a job made without a time checks the size only).
    pub fn unchanged(&self, size: u64, mtime_ms: Option<i64>) -> bool {
        size == self.size && (self.source_mtime.is_none() || mtime_ms == self.source_mtime)
    }
}

fn ser_time<S: serde::Serializer>(t: &i64, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&format_time(*t))
}
fn ser_opt_time<S: serde::Serializer>(
    t: &Option<i64>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format_time(*t)),
        None => s.serialize_none(),
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    let wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    wall + paused_offset_ms()
}

/// How far tokio's clock is from the real one: 0, except in a test that
/// paused it (`tokio::time::pause`), where the times written into the queue
/// (next attempts, first failures) then move with the test's clock, so the
/// runner's retry and give-up decisions can be tested over hours of virtual
/// time in milliseconds (tests/runner.rs). Outside a paused runtime both
/// clocks read the same instant.
fn paused_offset_ms() -> i64 {
    let (tokio_now, real_now) = (
        tokio::time::Instant::now().into_std(),
        std::time::Instant::now(),
    );
    match tokio_now.checked_duration_since(real_now) {
        Some(ahead) => ahead.as_millis() as i64,
        None => -(real_now.duration_since(tokio_now).as_millis() as i64),
    }
}

/// RFC 3339 in UTC with milliseconds (`2026-11-23T14:05:09.123Z`).
pub fn format_time(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ms.to_string())
}

/// A file to add to the queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub profile: String,
    pub provider: String,
    pub target: Option<String>,
    pub path: PathBuf,
    pub size: u64,
    pub mtime: Option<i64>,
    /// `device:inode` of the file (Unix; `None` elsewhere).
    pub source_id: Option<String>,
    /// Hex SHA-256 of the content. Left `None` when no job could share the
    /// content (no other file of the same size and [`NewJob::sample`]), so a
    /// file is read once, while it is sent, and hashed on the way.
    pub sha256: Option<String>,
    /// [`crate::media::hash::sample_hash`]: size, head and tail. Equal content
    /// has an equal sample, so a different sample rules a duplicate out
    /// without reading the whole file.
    pub sample: String,
    /// Upload even when the same content is already attached to the target.
    pub allow_duplicate: bool,
    /// The destination holds a single photo per target (Zoho): content counts as
    /// already attached only while it is the latest upload to that target.
    pub single_slot: bool,
    pub origin: Origin,
    /// The job cannot run as it is (e.g. no target could be derived): it is
    /// recorded as needing attention with this error.
    pub blocked: Option<Error>,
}

/// What happened to a [`NewJob`].
#[derive(Debug, Clone)]
pub struct Enqueued {
    pub id: i64,
    pub state: State,
    /// For a duplicate: the earlier job that already attached this content.
    pub duplicate_of: Option<Job>,
}

/// Filters for [`Queue::history`].
#[derive(Debug, Clone, Default)]
pub struct HistoryQuery {
    pub limit: usize,
    /// Keyset paging: rows finished before this (finished_at, id).
    pub before: Option<(i64, i64)>,
    pub profile: Option<String>,
    /// Substring of the file name, target or remote id.
    pub text: Option<String>,
    pub state: Option<State>,
}

pub struct Queue {
    conn: Mutex<Connection>,
    path: PathBuf,
}

/// 2: `source_id`; 3: `sample` (an older queue gains the columns in place);
/// 4: samples are XXH3 (`media::hash::sample_hash`), older ones are forgotten;
/// 5: duplicate candidates are indexed by sample too (`jobs_sample`).
/// `sha256` is '' while not yet known.
const SCHEMA_VERSION: i64 = 5;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    profile TEXT NOT NULL,
    provider TEXT NOT NULL,
    target TEXT,
    path TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    source_mtime INTEGER,
    sha256 TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    next_attempt_at INTEGER,
    first_failure_at INTEGER,
    owner TEXT,
    error TEXT,
    remote_id TEXT,
    url TEXT,
    raw TEXT,
    prepared TEXT,
    duplicate_of INTEGER,
    allow_duplicate INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'upload',
    rule TEXT,
    watch_root TEXT,
    after_success TEXT,
    move_failed INTEGER NOT NULL DEFAULT 0,
    post_done INTEGER NOT NULL DEFAULT 1,
    source_id TEXT,
    sample TEXT,
    resolved_target TEXT,
    record_name TEXT
);
-- The runners' work list: only active rows are in this index.
CREATE INDEX IF NOT EXISTS jobs_due ON jobs(next_attempt_at, id)
    WHERE state IN ('queued', 'waiting-retry');
CREATE INDEX IF NOT EXISTS jobs_active ON jobs(state)
    WHERE state IN ('queued', 'preparing', 'uploading', 'waiting-retry', 'needs-attention', 'failed');
-- History, newest first, paged by (finished_at, id).
CREATE INDEX IF NOT EXISTS jobs_finished ON jobs(finished_at DESC, id DESC)
    WHERE finished_at IS NOT NULL;
-- Duplicate detection: the same content on the same target.
CREATE INDEX IF NOT EXISTS jobs_content ON jobs(profile, target, sha256);
CREATE INDEX IF NOT EXISTS jobs_target ON jobs(profile, target, finished_at);
-- Duplicate candidates before any full hash: same target, size and sample.
-- (Schema 4's index stopped at size: every job of a batch of same-size files,
-- scans from a camera say, read every earlier job of that size.)
DROP INDEX IF EXISTS jobs_size;
CREATE INDEX IF NOT EXISTS jobs_sample ON jobs(profile, target, size, sample);
-- The watched-folder journal: which file (path + content) became which job.
CREATE INDEX IF NOT EXISTS jobs_path ON jobs(path);
CREATE INDEX IF NOT EXISTS jobs_post ON jobs(id) WHERE post_done = 0;
";

fn db_err(e: rusqlite::Error) -> Error {
    Error::new(
        ErrorKind::Internal,
        "QUEUE_DB",
        crate::tr!("error-queue-db", reason = e.to_string()),
    )
}

const COLS: &str = "id, state, profile, provider, target, path, file_name, size, sha256, idempotency_key, \
    attempts, created_at, updated_at, started_at, finished_at, next_attempt_at, error, remote_id, url, prepared, \
    duplicate_of, allow_duplicate, origin, rule, watch_root, after_success, move_failed, owner, post_done, \
    first_failure_at, source_mtime, source_id, resolved_target, record_name";

fn row_to_job(r: &Row) -> rusqlite::Result<Job> {
    let state: String = r.get(1)?;
    let error: Option<String> = r.get(16)?;
    let prepared: Option<String> = r.get(19)?;
    let origin: String = r.get(22)?;
    let origin = if origin == "watch" {
        Origin::Watch {
            rule: r.get::<_, Option<String>>(23)?.unwrap_or_default(),
            root: PathBuf::from(r.get::<_, Option<String>>(24)?.unwrap_or_default()),
            after: r
                .get::<_, Option<String>>(25)?
                .as_deref()
                .and_then(AfterSuccess::parse)
                .unwrap_or_default(),
            move_failed: r.get::<_, i64>(26)? != 0,
        }
    } else {
        Origin::Upload
    };
    Ok(Job {
        id: r.get(0)?,
        state: State::parse(&state).unwrap_or(State::NeedsAttention),
        profile: r.get(2)?,
        provider: r.get(3)?,
        target: r.get(4)?,
        path: PathBuf::from(r.get::<_, String>(5)?),
        file_name: r.get(6)?,
        size: r.get::<_, i64>(7)? as u64,
        sha256: Some(r.get::<_, String>(8)?).filter(|h| !h.is_empty()),
        idempotency_key: r.get(9)?,
        attempts: r.get::<_, i64>(10)? as u32,
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
        started_at: r.get(13)?,
        finished_at: r.get(14)?,
        next_attempt_at: r.get(15)?,
        error: error.and_then(|s| serde_json::from_str(&s).ok()),
        remote_id: r.get(17)?,
        url: r.get(18)?,
        prepared: prepared.and_then(|s| serde_json::from_str(&s).ok()),
        duplicate_of: r.get(20)?,
        allow_duplicate: r.get::<_, i64>(21)? != 0,
        origin,
        owner: r.get(27)?,
        post_done: r.get::<_, i64>(28)? != 0,
        first_failure_at: r.get(29)?,
        source_mtime: r.get(30)?,
        source_id: r.get(31)?,
        resolved_target: r.get(32)?,
        record_name: r.get(33)?,
    })
}

fn error_json(e: &Error) -> String {
    serde_json::to_string(&JobError::from(e)).expect("serialisable")
}

/// A job [`Queue::due`] lists: what the runner needs to choose it.
#[derive(Debug, Clone)]
pub struct Due {
    pub id: i64,
    pub profile: String,
}

/// [`Queue::same_size`]'s query: two index lookups, not `sample = ?4 OR
/// sample IS NULL`, which SQLite serves from the index's first three columns
/// only, reading every job of the size (test: `candidates_are_found_by_index`).
fn same_size_sql() -> String {
    let with = |sample: &str| {
        format!(
            "SELECT {COLS} FROM jobs WHERE profile = ?1 AND target = ?2 AND size = ?3 AND {sample} \
             AND (state IN ('queued', 'preparing', 'uploading', 'waiting-retry') OR (?5 AND state = 'done'))"
        )
    };
    format!(
        "{} UNION ALL {}",
        with("sample = ?4"),
        with("sample IS NULL")
    )
}

impl Queue {
    /// Open (or create) the queue database at `path`.
    pub fn open(path: &Path) -> Result<Queue> {
        if let Some(dir) = path.parent() {
            crate::fsx::private_dir_all(dir).map_err(|e| {
                Error::config(
                    "DATA_DIR_UNWRITABLE",
                    crate::tr!(
                        "error-data-dir",
                        dir = dir.display(),
                        reason = e.to_string()
                    ),
                )
            })?;
        }
        // Created private before SQLite opens it (its -wal and -shm files take
        // the database's permissions): the history names files and records.
        // (An existing database only has its mode tightened.)
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path);
        let _ = crate::fsx::make_private(path);
        let conn = Connection::open(path).map_err(|e| {
            Error::config(
                "QUEUE_DB",
                crate::tr!(
                    "error-queue-open",
                    file = path.display(),
                    reason = e.to_string()
                ),
            )
        })?;
        // WAL: readers (the UI, `history`) never block the runner. NORMAL sync is
        // durable against a crash of the process (kill -9); only a power cut can
        // lose the last commits, and every upload is safe to resume anyway.
        conn.busy_timeout(Duration::from_secs(30)).map_err(db_err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(db_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(db_err)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(db_err)?;
        if version > SCHEMA_VERSION {
            return Err(Error::config(
                "QUEUE_DB_NEWER",
                crate::tr!("error-queue-newer", file = path.display()),
            ));
        }
        // Columns later versions added, to a table an older version created
        // (CREATE TABLE IF NOT EXISTS leaves it as it was; its indexes need them).
        let has_jobs = conn
            .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'jobs'")
            .and_then(|mut st| st.exists([]))
            .map_err(db_err)?;
        for column in ["source_id", "sample", "resolved_target", "record_name"] {
            let has = conn
                .prepare("SELECT 1 FROM pragma_table_info('jobs') WHERE name = ?1")
                .and_then(|mut st| st.exists([column]))
                .map_err(db_err)?;
            if has_jobs && !has {
                conn.execute_batch(&format!("ALTER TABLE jobs ADD COLUMN {column} TEXT"))
                    .map_err(db_err)?;
            }
        }
        if has_jobs && version < 4 {
            // A sample of another kind never equals a new one; without it a job
            // counts as "could be the same" for any file of its size, which
            // gets both a full hash before anything is called a duplicate.
            conn.execute(
                "UPDATE jobs SET sample = NULL WHERE substr(sample, 1, length(?1)) <> ?1",
                [crate::media::hash::SAMPLE_PREFIX],
            )
            .map_err(db_err)?;
        }
        conn.execute_batch(SCHEMA).map_err(db_err)?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)
            .map_err(db_err)?;
        Ok(Queue {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> Result<T> {
        let mut c = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut c).map_err(db_err)
    }

    /// Add files; each becomes a row (queued, duplicate or needs-attention) in one transaction.
    pub fn enqueue(&self, jobs: &[NewJob]) -> Result<Vec<Enqueued>> {
        let now = now_ms();
        self.with(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut out = Vec::with_capacity(jobs.len());
            for j in jobs {
                // The same file already waiting or in flight (a killed `upload` run
                // again, a file both dropped and watched): that job is this one.
                // Without a hash there is no other job of this size and sample
                // (the runner hashes every file that has one, first).
                if let (Some(t), None, Some(sha)) = (&j.target, &j.blocked, &j.sha256) {
                    if let Some(active) = find_active(&tx, &j.profile, t, sha, &j.path, j.allow_duplicate)? {
                        out.push(Enqueued { id: active.id, state: active.state, duplicate_of: None });
                        continue;
                    }
                }
                let dup = match (&j.target, j.allow_duplicate, &j.blocked, &j.sha256) {
                    (Some(t), false, None, Some(sha)) => find_attached(&tx, &j.profile, t, sha, j.single_slot)?,
                    _ => None,
                };
                let (state, error, finished, dup_id) = match (&j.blocked, &dup) {
                    (Some(e), _) => (State::NeedsAttention, Some(error_json(e)), Some(now), None),
                    (None, Some(d)) => (State::Duplicate, None, Some(now), Some(d.id)),
                    (None, None) => (State::Queued, None, None, None),
                };
                let (origin, rule, root, after, move_failed) = match &j.origin {
                    Origin::Upload => ("upload", None, None, None, false),
                    Origin::Watch { rule, root, after, move_failed } => (
                        "watch",
                        Some(rule.clone()),
                        Some(root.to_string_lossy().into_owned()),
                        Some(after.as_str()),
                        *move_failed,
                    ),
                };
                let file_name = j
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                // Watched files still have their after-action ahead of them.
                let post_done = origin != "watch";
                tx.prepare_cached(
                    "INSERT INTO jobs (state, profile, provider, target, path, file_name, size, source_mtime, sha256, \
                     idempotency_key, created_at, updated_at, finished_at, next_attempt_at, error, duplicate_of, \
                     allow_duplicate, origin, rule, watch_root, after_success, move_failed, post_done, source_id, sample) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
                )?
                .execute(params![
                        state.as_str(),
                        j.profile,
                        j.provider,
                        j.target,
                        j.path.to_string_lossy(),
                        file_name,
                        j.size as i64,
                        j.mtime,
                        j.sha256.as_deref().unwrap_or(""),
                        uuid::Uuid::new_v4().to_string(),
                        now,
                        finished,
                        if state == State::Queued { Some(now) } else { None },
                        error,
                        dup_id,
                        j.allow_duplicate,
                        origin,
                        rule,
                        root,
                        after,
                        move_failed,
                        post_done,
                        j.source_id,
                        j.sample,
                    ])?;
                out.push(Enqueued { id: tx.last_insert_rowid(), state, duplicate_of: dup });
            }
            tx.commit()?;
            Ok(out)
        })
    }

    pub fn get(&self, id: i64) -> Result<Option<Job>> {
        self.with(|c| {
            c.prepare_cached(&format!("SELECT {COLS} FROM jobs WHERE id = ?1"))?
                .query_row([id], row_to_job)
                .optional()
        })
    }

    pub fn get_many(&self, ids: &[i64]) -> Result<Vec<Job>> {
        self.with(|c| {
            let mut st = c.prepare_cached(&format!("SELECT {COLS} FROM jobs WHERE id = ?1"))?;
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(j) = st.query_row([id], row_to_job).optional()? {
                    out.push(j);
                }
            }
            Ok(out)
        })
    }

    /// Jobs a runner may start now (queued, or waiting-retry whose time has
    /// come), oldest first: only what choosing needs; [`Queue::claim`] reads
    /// the job it takes.
    pub fn due(&self, now: i64, limit: usize) -> Result<Vec<Due>> {
        self.with(|c| {
            // No `LIMIT ?`: SQLite re-plans a statement whenever a bound LIMIT
            // changes, and this one runs after every finished job. The partial
            // index yields the rows in order, one step at a time, so taking
            // `limit` of them reads no more than a LIMIT would.
            let mut st = c.prepare_cached(
                "SELECT id, profile FROM jobs WHERE state IN ('queued', 'waiting-retry') AND next_attempt_at <= ?1 \
                 ORDER BY next_attempt_at, id",
            )?;
            let rows = st.query_map(params![now], |r| {
                Ok(Due {
                    id: r.get(0)?,
                    profile: r.get(1)?,
                })
            })?;
            rows.take(limit).collect()
        })
    }

    /// When the next waiting job becomes due.
    pub fn next_due(&self) -> Result<Option<i64>> {
        self.with(|c| {
            // Cached: the runner asks after every finished job.
            c.prepare_cached(
                "SELECT MIN(next_attempt_at) FROM jobs WHERE state IN ('queued', 'waiting-retry')",
            )?
            .query_row([], |r| r.get(0))
        })
    }

    /// Take a due job for `owner`: the job as claimed, or None when another
    /// runner was faster.
    pub fn claim(&self, id: i64, owner: &str) -> Result<Option<Job>> {
        self.with(|c| {
            c.prepare_cached(&format!(
                "UPDATE jobs SET state = 'preparing', owner = ?2, updated_at = ?3 \
                 WHERE id = ?1 AND state IN ('queued', 'waiting-retry') RETURNING {COLS}"
            ))?
            .query_row(params![id, owner, now_ms()], row_to_job)
            .optional()
        })
    }

    /// The attempt is about to send: count it (and record what preparation did).
    pub fn mark_uploading(&self, id: i64, prepared: Option<&serde_json::Value>) -> Result<u32> {
        let now = now_ms();
        self.with(|c| {
            c.prepare_cached(
                "UPDATE jobs SET state = 'uploading', attempts = attempts + 1, started_at = COALESCE(started_at, ?2), \
                 updated_at = ?2, prepared = COALESCE(?3, prepared) WHERE id = ?1 RETURNING attempts",
            )?
            .query_row(params![id, now, prepared.map(|v| v.to_string())], |r| {
                r.get::<_, i64>(0).map(|n| n as u32)
            })
        })
    }

    pub fn finish_done(
        &self,
        id: i64,
        remote_id: &str,
        url: Option<&str>,
        raw: &str,
        sent_sha256: Option<&str>,
    ) -> Result<Option<Job>> {
        let now = now_ms();
        // History keeps the answer for support, capped: it is never needed whole.
        let raw: String = raw.chars().take(8192).collect();
        self.with(|c| {
            c.prepare_cached(&format!(
                "UPDATE jobs SET state = 'done', remote_id = ?2, url = ?3, raw = ?4, error = NULL, owner = NULL, \
                 next_attempt_at = NULL, finished_at = ?5, updated_at = ?5, \
                 sha256 = CASE WHEN sha256 = '' THEN COALESCE(?6, '') ELSE sha256 END WHERE id = ?1 RETURNING {COLS}"
            ))?
            .query_row(params![id, remote_id, url, raw, now, sent_sha256], row_to_job)
            .optional()
        })
    }

    /// Record a job's content hash once it is known (never replaces one).
    /// Where a target by field was looked up to (see [`Job::resolved_target`]).
    pub fn set_resolved(&self, id: i64, target: &str, name: &str) -> Result<()> {
        self.with(|c| {
            c.prepare_cached(
                "UPDATE jobs SET resolved_target = ?2, record_name = ?3 WHERE id = ?1",
            )?
            .execute(params![id, target, name])
            .map(drop)
        })
    }

    pub fn set_sha256(&self, id: i64, sha256: &str) -> Result<()> {
        self.with(|c| {
            c.prepare_cached("UPDATE jobs SET sha256 = ?2 WHERE id = ?1 AND sha256 = ''")?
                .execute(params![id, sha256])
                .map(drop)
        })
    }

    /// Jobs that could hold the same content as a file of this size and
    /// sample on this target: the unfinished ones, and the done ones when
    /// `with_done`. Rows from before samples were kept match on size alone.
    pub fn same_size(
        &self,
        profile: &str,
        target: &str,
        size: u64,
        sample: &str,
        with_done: bool,
    ) -> Result<Vec<Job>> {
        self.with(|c| {
            let mut st = c.prepare_cached(&same_size_sql())?;
            let rows = st.query_map(
                params![profile, target, size as i64, sample, with_done],
                row_to_job,
            )?;
            rows.collect()
        })
    }

    /// End a job with an error (`needs-attention` or `failed`); the job as it is now.
    pub fn finish_error(&self, id: i64, state: State, err: &Error) -> Result<Option<Job>> {
        debug_assert!(state.is_final());
        let now = now_ms();
        self.with(|c| {
            c.prepare_cached(&format!(
                "UPDATE jobs SET state = ?2, error = ?3, owner = NULL, next_attempt_at = NULL, finished_at = ?4, \
                 updated_at = ?4 WHERE id = ?1 RETURNING {COLS}"
            ))?
            .query_row(params![id, state.as_str(), error_json(err), now], row_to_job)
            .optional()
        })
    }

    /// A transient failure: try again at `at` (ms); the job as it is now.
    pub fn schedule_retry(&self, id: i64, at: i64, err: &Error) -> Result<Option<Job>> {
        let now = now_ms();
        self.with(|c| {
            c.prepare_cached(&format!(
                "UPDATE jobs SET state = 'waiting-retry', error = ?2, owner = NULL, next_attempt_at = ?3, \
                 first_failure_at = COALESCE(first_failure_at, ?4), updated_at = ?4 WHERE id = ?1 RETURNING {COLS}"
            ))?
            .query_row(params![id, error_json(err), at, now], row_to_job)
            .optional()
        })
    }

    /// Put a job this runner holds back in the queue (shutdown, or a pause of its profile).
    pub fn release(&self, id: i64, at: i64) -> Result<()> {
        self.with(|c| {
            c.execute(
                "UPDATE jobs SET state = 'queued', owner = NULL, next_attempt_at = ?2, updated_at = ?3 \
                 WHERE id = ?1 AND state IN ('preparing', 'uploading')",
                params![id, at, now_ms()],
            )
            .map(drop)
        })
    }

    /// Jobs held by runners that no longer run (killed, crashed).
    pub fn orphans(&self, is_alive: impl Fn(&str) -> bool) -> Result<Vec<Job>> {
        let held: Vec<Job> = self.with(|c| {
            let mut st = c.prepare(&format!(
                "SELECT {COLS} FROM jobs WHERE state IN ('preparing', 'uploading')"
            ))?;
            let rows = st.query_map([], row_to_job)?;
            rows.collect()
        })?;
        Ok(held
            .into_iter()
            .filter(|j| j.owner.as_deref().is_none_or(|o| !is_alive(o)))
            .collect())
    }

    /// The user asks to run these jobs again (after fixing what was wrong).
    /// A `duplicate` job retried is uploaded anyway. Returns the ids re-queued.
    pub fn retry(&self, ids: &[i64], target: Option<&str>) -> Result<Vec<i64>> {
        let now = now_ms();
        self.with(|c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let mut out = vec![];
            for id in ids {
                let n = tx.execute(
                    "UPDATE jobs SET state = 'queued', error = NULL, owner = NULL, next_attempt_at = ?2, \
                     finished_at = NULL, first_failure_at = NULL, updated_at = ?2, target = COALESCE(?3, target), \
                     allow_duplicate = CASE WHEN state = 'duplicate' THEN 1 ELSE allow_duplicate END, \
                     duplicate_of = NULL, remote_id = NULL, url = NULL, \
                     resolved_target = NULL, record_name = NULL, \
                     post_done = CASE WHEN origin = 'watch' THEN 0 ELSE 1 END \
                     WHERE id = ?1 AND state IN ('failed', 'needs-attention', 'duplicate', 'waiting-retry')",
                    params![id, now, target],
                )?;
                if n == 1 {
                    out.push(*id);
                }
            }
            tx.commit()?;
            Ok(out)
        })
    }

    /// Ids of every job that ended without success (for `retry --all`).
    pub fn retryable_ids(&self, profile: Option<&str>) -> Result<Vec<i64>> {
        self.with(|c| {
            let mut st = c.prepare(
                "SELECT id FROM jobs WHERE state IN ('failed', 'needs-attention') AND (?1 IS NULL OR profile = ?1) ORDER BY id",
            )?;
            let rows = st.query_map([profile], |r| r.get(0))?;
            rows.collect()
        })
    }

    /// Unfinished jobs: active ones and those that need the user, oldest first.
    pub fn unfinished(&self) -> Result<Vec<Job>> {
        self.with(|c| {
            let mut st = c.prepare(&format!(
                "SELECT {COLS} FROM jobs WHERE state IN ('queued', 'preparing', 'uploading', 'waiting-retry', \
                 'needs-attention', 'failed') ORDER BY id"
            ))?;
            let rows = st.query_map([], row_to_job)?;
            rows.collect()
        })
    }

    /// Jobs some runner still has to work on.
    pub fn active_count(&self) -> Result<u64> {
        self.with(|c| {
            c.prepare_cached(
                "SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'preparing', 'uploading', 'waiting-retry')",
            )?
            .query_row([], |r| r.get::<_, i64>(0).map(|n| n as u64))
        })
    }

    /// Finished jobs, newest first (indexed; page with `before`).
    pub fn history(&self, q: &HistoryQuery) -> Result<Vec<Job>> {
        let (bt, bid) = q.before.unwrap_or((i64::MAX, i64::MAX));
        let text = q.text.as_ref().map(|t| {
            format!(
                "%{}%",
                t.replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            )
        });
        self.with(|c| {
            let mut st = c.prepare_cached(&format!(
                "SELECT {COLS} FROM jobs WHERE finished_at IS NOT NULL \
                 AND (finished_at < ?1 OR (finished_at = ?1 AND id < ?2)) \
                 AND (?3 IS NULL OR profile = ?3) AND (?4 IS NULL OR state = ?4) \
                 AND (?5 IS NULL OR file_name LIKE ?5 ESCAPE '\\' OR target LIKE ?5 ESCAPE '\\' \
                      OR remote_id LIKE ?5 ESCAPE '\\') \
                 ORDER BY finished_at DESC, id DESC LIMIT ?6"
            ))?;
            let rows = st.query_map(
                params![
                    bt,
                    bid,
                    q.profile,
                    q.state.map(State::as_str),
                    text,
                    q.limit.max(1) as i64
                ],
                row_to_job,
            )?;
            rows.collect()
        })
    }

    /// The watched-folder journal: the newest job for this file path.
    pub fn latest_for_path(&self, path: &Path) -> Result<Option<Job>> {
        self.with(|c| {
            c.query_row(
                &format!("SELECT {COLS} FROM jobs WHERE path = ?1 ORDER BY id DESC LIMIT 1"),
                [path.to_string_lossy()],
                row_to_job,
            )
            .optional()
        })
    }

    /// Finished watched-folder jobs whose after-action (move/delete) is still to do.
    pub fn pending_post_actions(&self) -> Result<Vec<Job>> {
        self.with(|c| {
            let mut st = c.prepare(&format!(
                "SELECT {COLS} FROM jobs WHERE post_done = 0 AND state IN ('done', 'duplicate', 'failed', 'needs-attention')"
            ))?;
            let rows = st.query_map([], row_to_job)?;
            rows.collect()
        })
    }

    /// The after-action is done; the file now lives at `path` (None: unchanged / deleted).
    pub fn set_post_done(&self, id: i64, path: Option<&Path>) -> Result<()> {
        self.with(|c| {
            c.execute(
                "UPDATE jobs SET post_done = 1, path = COALESCE(?2, path) WHERE id = ?1",
                params![id, path.map(|p| p.to_string_lossy().into_owned())],
            )
            .map(drop)
        })
    }

    /// Counts per state (for status lines and the UI's badges).
    pub fn counts(&self) -> Result<Vec<(State, u64)>> {
        self.with(|c| {
            let mut st = c.prepare("SELECT state, COUNT(*) FROM jobs GROUP BY state")?;
            let rows = st.query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })?;
            let mut out = vec![];
            for r in rows {
                let (s, n) = r?;
                if let Some(s) = State::parse(&s) {
                    out.push((s, n));
                }
            }
            Ok(out)
        })
    }
}

/// An unfinished job sending this content to this target (the same file when
/// duplicates are allowed).
fn find_active(
    c: &Connection,
    profile: &str,
    target: &str,
    sha: &str,
    path: &Path,
    same_file_only: bool,
) -> rusqlite::Result<Option<Job>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLS} FROM jobs WHERE profile = ?1 AND target = ?2 AND sha256 = ?3 \
         AND state IN ('queued', 'preparing', 'uploading', 'waiting-retry') \
         AND (?4 IS NULL OR path = ?4) ORDER BY id LIMIT 1"
    ))?;
    let path = same_file_only.then(|| path.to_string_lossy().into_owned());
    st.query_row(params![profile, target, sha, path], row_to_job)
        .optional()
}

/// The done job that already put this content on this target, if any.
fn find_attached(
    c: &Connection,
    profile: &str,
    target: &str,
    sha: &str,
    single_slot: bool,
) -> rusqlite::Result<Option<Job>> {
    if single_slot {
        // A record photo is replaced by every upload: the content is "already there"
        // only when it was the last photo sent to that record.
        let last = c
            .query_row(
                &format!(
                    "SELECT {COLS} FROM jobs WHERE profile = ?1 AND target = ?2 AND state = 'done' \
                     ORDER BY finished_at DESC, id DESC LIMIT 1"
                ),
                params![profile, target],
                row_to_job,
            )
            .optional()?;
        return Ok(last.filter(|j| j.sha256.as_deref() == Some(sha)));
    }
    c.query_row(
        &format!(
            "SELECT {COLS} FROM jobs WHERE profile = ?1 AND target = ?2 AND sha256 = ?3 AND state = 'done' \
             ORDER BY finished_at DESC LIMIT 1"
        ),
        params![profile, target, sha],
        row_to_job,
    )
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A queue written by schema 1 (no `source_id`) opens, gains the column and keeps its jobs.
    #[test]
    fn a_version_1_queue_is_upgraded_in_place() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("queue.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                &SCHEMA
                    .replace(",\n    source_id TEXT,\n    sample TEXT\n", "\n")
                    .replace(
                        "CREATE INDEX IF NOT EXISTS jobs_sample ON jobs(profile, target, size, sample);",
                        "",
                    ),
            )
            .unwrap();
            c.pragma_update(None, "user_version", 1).unwrap();
            c.execute(
                "INSERT INTO jobs (state, profile, provider, path, file_name, size, sha256, idempotency_key, created_at, updated_at) \
                 VALUES ('done', 'p', 'chakrahq', '/x.jpg', 'x.jpg', 1, 'ab', 'k', 1, 1)",
                [],
            )
            .unwrap();
        }
        let q = Queue::open(&path).unwrap();
        let old = q.get(1).unwrap().unwrap();
        assert_eq!(
            (old.file_name.as_str(), old.source_id.clone()),
            ("x.jpg", None)
        );
        let mut nj = new_job("t", "cd");
        nj.source_id = Some("1:2".into());
        let id = q.enqueue(&[nj]).unwrap()[0].id;
        assert_eq!(
            q.get(id).unwrap().unwrap().source_id.as_deref(),
            Some("1:2")
        );
    }

    /// Enqueueing a batch of same-size files looks each one's candidates up
    /// in the index by size and sample (schema 4's index stopped at the size,
    /// so every job of the size was read, for every file: a batch of 200
    /// such files spent 14 ms more there per 200 earlier jobs, before its
    /// first upload).
    #[test]
    fn candidates_are_found_by_index() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("queue.db");
        {
            // A queue of schema 4, with its size-only index.
            let c = Connection::open(&path).unwrap();
            c.execute_batch(&SCHEMA.replace(
                "CREATE INDEX IF NOT EXISTS jobs_sample ON jobs(profile, target, size, sample);",
                "CREATE INDEX IF NOT EXISTS jobs_size ON jobs(profile, target, size);",
            ))
            .unwrap();
            c.pragma_update(None, "user_version", 4).unwrap();
        }
        let q = Queue::open(&path).unwrap();
        let plan: Vec<String> = q
            .with(|c| {
                let mut st = c.prepare(&format!("EXPLAIN QUERY PLAN {}", same_size_sql()))?;
                let rows =
                    st.query_map(params!["p", "t", 1, "s", true], |r| r.get::<_, String>(3))?;
                rows.collect()
            })
            .unwrap();
        let searches: Vec<&String> = plan.iter().filter(|d| d.starts_with("SEARCH")).collect();
        assert_eq!(searches.len(), 2, "{plan:?}");
        for s in searches {
            assert!(
                s.contains("jobs_sample (profile=? AND target=? AND size=? AND sample=?)"),
                "{plan:?}"
            );
        }
        assert!(!plan.iter().any(|d| d.starts_with("SCAN")), "{plan:?}");
        let old = q
            .with(|c| {
                c.prepare("SELECT 1 FROM sqlite_master WHERE name = 'jobs_size'")?
                    .exists([])
            })
            .unwrap();
        assert!(!old, "the size-only index is dropped");

        // Found: same size and sample, or same size and no sample; not another sample.
        let sample = |c: &str| format!("{}{}", crate::media::hash::SAMPLE_PREFIX, c.repeat(32));
        let mut a = new_job("t", "a1");
        a.sample = sample("a");
        let mut b = new_job("t", "b1");
        b.sample = sample("b");
        let ids: Vec<i64> = q.enqueue(&[a, b]).unwrap().iter().map(|e| e.id).collect();
        q.with(|c| c.execute("UPDATE jobs SET sample = NULL WHERE id = ?1", [ids[1]]))
            .unwrap();
        let mut other = new_job("t", "c1");
        other.sample = sample("c");
        q.enqueue(&[other]).unwrap();
        let size = q.get(ids[0]).unwrap().unwrap().size;
        let found = q.same_size("p", "t", size, &sample("a"), true).unwrap();
        let mut found: Vec<i64> = found.iter().map(|j| j.id).collect();
        found.sort();
        assert_eq!(found, ids);
    }

    /// A queue written by schema 3 kept SHA-256 samples; they never equal an
    /// XXH3 one, so they are forgotten and the job is a candidate by size.
    #[test]
    fn samples_of_an_older_kind_are_forgotten() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("queue.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(SCHEMA).unwrap();
            c.pragma_update(None, "user_version", 3).unwrap();
            c.execute(
                "INSERT INTO jobs (state, profile, provider, target, path, file_name, size, sha256, idempotency_key, created_at, updated_at, sample) \
                 VALUES ('done', 'p', 'chakrahq', 't', '/x.jpg', 'x.jpg', 10, '', 'k', 1, 1, ?1)",
                ["ab".repeat(32)],
            )
            .unwrap();
        }
        let q = Queue::open(&path).unwrap();
        let new_sample = format!("{}{}", crate::media::hash::SAMPLE_PREFIX, "cd".repeat(16));
        let found = q.same_size("p", "t", 10, &new_sample, true).unwrap();
        assert_eq!(found.iter().map(|j| j.id).collect::<Vec<_>>(), [1]);
        // New samples are kept: another file of the size is no candidate.
        let mut nj = new_job("t", "ef");
        nj.sample = new_sample.clone();
        q.enqueue(&[nj]).unwrap();
        drop(q);
        let q = Queue::open(&path).unwrap();
        let other = format!("{}{}", crate::media::hash::SAMPLE_PREFIX, "00".repeat(16));
        assert_eq!(q.same_size("p", "t", 10, &other, true).unwrap().len(), 1);
        assert_eq!(
            q.same_size("p", "t", 10, &new_sample, true).unwrap().len(),
            2
        );
    }

    fn new_job(target: &str, sha: &str) -> NewJob {
        NewJob {
            profile: "p".into(),
            provider: "chakrahq".into(),
            target: Some(target.into()),
            path: PathBuf::from(format!("/tmp/{sha}.jpg")),
            size: 10,
            mtime: None,
            source_id: None,
            sha256: Some(sha.into()),
            sample: format!("s{sha}"),
            allow_duplicate: false,
            single_slot: false,
            origin: Origin::Upload,
            blocked: None,
        }
    }

    #[test]
    fn lifecycle_duplicates_and_history_paging() {
        let dir = tempfile::tempdir().unwrap();
        let q = Queue::open(&dir.path().join("q.db")).unwrap();
        let e = q
            .enqueue(&[new_job("t", "aa"), new_job("t", "bb")])
            .unwrap();
        assert!(e.iter().all(|e| e.state == State::Queued));
        let due = q.due(now_ms(), 10).unwrap();
        assert_eq!(due.len(), 2);
        let claimed = q.claim(due[0].id, "r1").unwrap().expect("claimed");
        assert_eq!(
            (claimed.state, claimed.owner.as_deref()),
            (State::Preparing, Some("r1"))
        );
        assert!(q.claim(due[0].id, "r2").unwrap().is_none(), "claimed twice");
        assert_eq!(q.mark_uploading(due[0].id, None).unwrap(), 1);
        let done = q
            .finish_done(due[0].id, "rid", Some("http://x"), "{}", None)
            .unwrap()
            .expect("the row as written");
        assert_eq!(
            (done.state, done.url.as_deref(), done.owner),
            (State::Done, Some("http://x"), None)
        );
        assert_eq!(
            q.get(done.id).unwrap().unwrap().finished_at,
            done.finished_at
        );
        // Same content, same target: reported, not queued.
        let d = q.enqueue(&[new_job("t", "aa")]).unwrap();
        assert_eq!(d[0].state, State::Duplicate);
        assert_eq!(d[0].duplicate_of.as_ref().unwrap().id, due[0].id);
        // Another target is not a duplicate.
        assert_eq!(
            q.enqueue(&[new_job("u", "aa")]).unwrap()[0].state,
            State::Queued
        );
        // Retrying a duplicate uploads it anyway.
        assert_eq!(q.retry(&[d[0].id], None).unwrap(), vec![d[0].id]);
        assert!(q.get(d[0].id).unwrap().unwrap().allow_duplicate);
        let h = q
            .history(&HistoryQuery {
                limit: 1,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(h.len(), 1);
        let next = q
            .history(&HistoryQuery {
                limit: 10,
                before: Some((h[0].finished_at.unwrap(), h[0].id)),
                ..Default::default()
            })
            .unwrap();
        assert!(next.iter().all(|j| j.id != h[0].id));
    }

    #[test]
    fn single_slot_duplicate_only_when_still_latest() {
        let dir = tempfile::tempdir().unwrap();
        let q = Queue::open(&dir.path().join("q.db")).unwrap();
        let mut a = new_job("Leads/1", "aa");
        a.single_slot = true;
        let mut b = new_job("Leads/1", "bb");
        b.single_slot = true;
        for j in [&a, &b] {
            let id = q.enqueue(std::slice::from_ref(j)).unwrap()[0].id;
            q.claim(id, "r").unwrap();
            q.finish_done(id, "x", None, "", None).unwrap();
            std::thread::sleep(Duration::from_millis(3));
        }
        // A was replaced by B: sending A again is a real change.
        assert_eq!(q.enqueue(&[a]).unwrap()[0].state, State::Queued);
        assert_eq!(q.enqueue(&[b]).unwrap()[0].state, State::Duplicate);
    }

    /// A job queued without a hash gets the one its upload computed, never
    /// replaces a known one, and is found by size and sample until then.
    #[test]
    fn hashes_learned_later_and_candidates_by_size_and_sample() {
        let dir = tempfile::tempdir().unwrap();
        let q = Queue::open(&dir.path().join("q.db")).unwrap();
        let mut nj = new_job("t", "aa");
        nj.sha256 = None;
        let id = q.enqueue(std::slice::from_ref(&nj)).unwrap()[0].id;
        assert_eq!(q.get(id).unwrap().unwrap().sha256, None);
        let similar = |with_done| q.same_size("p", "t", 10, "saa", with_done).unwrap();
        assert_eq!(similar(false).len(), 1, "an unfinished job is a candidate");
        assert!(q.same_size("p", "t", 10, "other", true).unwrap().is_empty());
        assert!(q.same_size("p", "t", 11, "saa", true).unwrap().is_empty());
        q.claim(id, "r").unwrap();
        q.finish_done(id, "x", None, "", Some("cafe")).unwrap();
        assert!(
            similar(false).is_empty(),
            "done, and done jobs not asked for"
        );
        assert_eq!(similar(true).len(), 1);
        q.set_sha256(id, "beef").unwrap();
        assert_eq!(q.get(id).unwrap().unwrap().sha256.as_deref(), Some("cafe"));
        // Now the same content is a duplicate.
        let mut again = new_job("t", "cafe");
        again.path = PathBuf::from("/tmp/other.jpg");
        assert_eq!(q.enqueue(&[again]).unwrap()[0].state, State::Duplicate);
    }
}
