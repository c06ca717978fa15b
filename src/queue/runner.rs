//! Executes queued jobs: claims due rows, prepares the photo, makes one upload
//! attempt, and writes the outcome back. Back-off lives in the database
//! (`waiting-retry` + `next_attempt_at`), so a retry survives a crash; the only
//! in-memory state is pacing (a profile that saw a 429 is paused and its
//! concurrency halved, then grows back with successes) and a cache of prepared
//! copies so a retry does not re-encode.

use super::{now_ms, Enqueued, Job, JobError, NewJob, Origin, Queue, State};
use crate::config::Profile;
use crate::context::App;
use crate::error::{Action, Error, ErrorKind, Result, Retry};
use crate::media::hash;
use crate::providers::{Idempotency, ProgressFn, Provider, Receipt, UploadItem};
use crate::tr;
use crate::upload::{self, Preparation, RetryPolicy, Step};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc, Notify};
// tokio's clock, not std's: the runner's pauses and waits follow a paused
// test clock (tests/runner.rs) like its sleeps do.
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

#[derive(Debug, Clone)]
pub struct RunnerConfig {
    /// Jobs in flight across all profiles.
    pub global_limit: usize,
    /// A host's request for fewer uploads at once per profile, for this run
    /// (`--concurrency`); the limit itself is [`Profile::concurrency`].
    pub concurrency: Option<usize>,
    pub retry: RetryPolicy,
    /// Transient failures are retried for this long before a job is `failed`.
    pub give_up_after: Duration,
    /// In [`Until::Jobs`] mode, a job still failing transiently this long after
    /// its first failure is reported back (it stays queued for a later run).
    pub park_after: Duration,
    /// Builds a profile's provider; `None`: the registry's ([`App::provider`]).
    /// The seam for tests of the runner's own decisions with a scripted
    /// provider (tests/runner.rs); hosts leave it `None`.
    pub provider_source: Option<ProviderSource>,
}

/// Makes the provider for a profile (see [`RunnerConfig::provider_source`]).
#[derive(Clone)]
pub struct ProviderSource(pub Arc<MakeProvider>);

type MakeProvider = dyn Fn(&Profile) -> Result<Arc<dyn Provider>> + Send + Sync;

impl std::fmt::Debug for ProviderSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProviderSource(..)")
    }
}

impl Default for RunnerConfig {
    fn default() -> Self {
        RunnerConfig {
            global_limit: 8,
            concurrency: None,
            retry: RetryPolicy {
                max_attempts: u32::MAX,
                base_delay: Duration::from_millis(500),
                max_delay: Duration::from_secs(30),
                max_retry_after: Duration::from_secs(3600),
            },
            give_up_after: Duration::from_secs(24 * 3600),
            park_after: Duration::from_secs(90),
            provider_source: None,
        }
    }
}

/// What the runner tells its host (CLI progress bars, the desktop UI).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JobEvent {
    State {
        id: i64,
        state: State,
        attempts: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<JobError>,
        /// For `waiting-retry`: milliseconds until the next attempt.
        #[serde(skip_serializing_if = "Option::is_none")]
        retry_in_ms: Option<u64>,
    },
    Progress {
        id: i64,
        sent: u64,
        total: u64,
    },
}

/// When [`Runner::run`] returns.
pub enum Until {
    /// No active job is left in the queue (`queue resume`).
    Idle,
    /// These jobs are settled: final, or still failing after `park_after` attempts (`upload`).
    Jobs(Vec<i64>),
    /// Only when cancelled (`watch`, the desktop app).
    Cancelled,
}

/// A profile and its provider (or why they could not be built), and when.
type Built = (Instant, Result<(Profile, Arc<dyn Provider>)>);

struct Slot {
    max: usize,
    limit: AtomicUsize,
    in_flight: AtomicUsize,
    streak: AtomicUsize,
    paused_until: Mutex<Option<Instant>>,
    provider: tokio::sync::Mutex<Option<Built>>,
}

impl Slot {
    fn paused_for(&self) -> Option<Duration> {
        let g = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        g.and_then(|t| t.checked_duration_since(Instant::now()))
    }
    fn can_start(&self) -> bool {
        self.paused_for().is_none()
            && self.in_flight.load(Ordering::SeqCst) < self.limit.load(Ordering::SeqCst)
    }
    fn pause(&self, d: Duration) {
        let mut g = self.paused_until.lock().unwrap_or_else(|p| p.into_inner());
        let t = Instant::now() + d;
        if g.is_none_or(|cur| cur < t) {
            *g = Some(t);
        }
    }
    /// Multiplicative decrease on overload, additive increase on success.
    fn slow_down(&self) {
        let l = self.limit.load(Ordering::SeqCst);
        self.limit.store((l / 2).max(1), Ordering::SeqCst);
        self.streak.store(0, Ordering::SeqCst);
    }
    fn on_success(&self) {
        if self.streak.fetch_add(1, Ordering::SeqCst) + 1 >= 4 {
            self.streak.store(0, Ordering::SeqCst);
            let l = self.limit.load(Ordering::SeqCst);
            if l < self.max {
                self.limit.store(l + 1, Ordering::SeqCst);
            }
        }
    }
}

enum Failure {
    /// Ends the job (`needs-attention` or `failed`).
    Final(State, Error),
    /// Try again after the delay.
    Retry(Duration, Error),
}

pub struct Runner {
    pub app: App,
    pub queue: Arc<Queue>,
    id: String,
    cfg: RunnerConfig,
    slots: Mutex<HashMap<String, Arc<Slot>>>,
    prepared: Mutex<HashMap<i64, Arc<UploadItem>>>,
    events: broadcast::Sender<JobEvent>,
    wake: Notify,
    work_dir: PathBuf,
    lock_path: PathBuf,
    _lock: File,
}

impl Drop for Runner {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.work_dir);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

fn runners_dir(app: &App) -> PathBuf {
    app.paths.data_dir.join("runners")
}

/// Whether the runner `id` (another process, or this one) is still alive: it
/// holds an exclusive lock on its file for as long as it runs.
fn runner_alive(dir: &Path, id: &str) -> bool {
    let path = dir.join(format!("{id}.lock"));
    let Ok(f) = File::open(&path) else {
        return false;
    };
    match f.try_lock() {
        Ok(()) => {
            let _ = f.unlock();
            false
        }
        Err(std::fs::TryLockError::WouldBlock) => true,
        // A file system without locks: assume alive rather than steal a job.
        Err(std::fs::TryLockError::Error(_)) => true,
    }
}

impl Runner {
    /// Start a runner on the app's queue: recovers what killed runners left
    /// behind and finishes pending after-upload actions of watched files.
    pub fn new(app: App, cfg: RunnerConfig) -> Result<Arc<Runner>> {
        let queue = Arc::new(Queue::open(&app.paths.data_dir.join("queue.db"))?);
        Self::with_queue(app, queue, cfg)
    }

    pub fn with_queue(app: App, queue: Arc<Queue>, cfg: RunnerConfig) -> Result<Arc<Runner>> {
        let dir = runners_dir(&app);
        crate::fsx::private_dir_all(&dir).map_err(|e| {
            Error::config(
                "DATA_DIR_UNWRITABLE",
                tr!(
                    "error-data-dir",
                    dir = dir.display(),
                    reason = e.to_string()
                ),
            )
        })?;
        let id = uuid::Uuid::new_v4().simple().to_string();
        let lock_path = dir.join(format!("{id}.lock"));
        let lock = File::create(&lock_path)
            .and_then(|f| f.lock().map(|_| f))
            .map_err(|e| {
                Error::config(
                    "DATA_DIR_UNWRITABLE",
                    tr!(
                        "error-data-dir",
                        dir = lock_path.display(),
                        reason = e.to_string()
                    ),
                )
            })?;
        let work_dir = app.paths.data_dir.join("prepared").join(&id);
        let (events, _) = broadcast::channel(4096);
        let r = Arc::new(Runner {
            app,
            queue,
            id,
            cfg,
            slots: Mutex::default(),
            prepared: Mutex::default(),
            events,
            wake: Notify::new(),
            work_dir,
            lock_path,
            _lock: lock,
        });
        r.recover()?;
        Ok(r)
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn subscribe(&self) -> broadcast::Receiver<JobEvent> {
        self.events.subscribe()
    }

    /// New work is in the queue: look now instead of at the next poll.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Jobs of dead runners go back to the queue (same idempotency key, so a
    /// resumed ChakraHQ upload reuses its photo id); a non-repeatable upload that
    /// was on the wire is marked for the user to check. Their prepared copies
    /// are deleted and rebuilt from the originals when the jobs run again.
    fn recover(&self) -> Result<()> {
        let dir = runners_dir(&self.app);
        for job in self.queue.orphans(|owner| runner_alive(&dir, owner))? {
            self.put_back(&job)?;
        }
        // Lock files and prepared copies of runners that are gone.
        if let Ok(rd) = std::fs::read_dir(&dir) {
            for e in rd.flatten() {
                let p = e.path();
                let Some(id) = p.file_stem().and_then(|s| s.to_str()) else {
                    continue;
                };
                if id != self.id && !runner_alive(&dir, id) {
                    let _ = std::fs::remove_file(&p);
                    let _ =
                        std::fs::remove_dir_all(self.app.paths.data_dir.join("prepared").join(id));
                }
            }
        }
        crate::media::prepare::cleanup_stale(
            &self.app.paths.data_dir.join("prepared"),
            Duration::from_secs(24 * 3600),
        );
        for job in self.queue.pending_post_actions()? {
            super::after::after_job(&self.queue, &job);
        }
        Ok(())
    }

    fn put_back(&self, job: &Job) -> Result<()> {
        let non_repeatable = crate::providers::info(&job.provider)
            .is_some_and(|i| i.idempotency(job.target.as_deref()) == Idempotency::None);
        if job.state == State::Uploading && non_repeatable {
            let e = Error::new(
                ErrorKind::Ambiguous,
                "UPLOAD_UNCONFIRMED",
                tr!(
                    "error-upload-unconfirmed-stopped",
                    file = &job.file_name,
                    target = job.target.clone().unwrap_or_else(|| tr!("the-target")),
                    service = crate::providers::info(&job.provider)
                        .map(|i| i.name.to_string())
                        .unwrap_or_else(|| tr!("the-service-name")),
                ),
            )
            .with_action(Action::RetryJob {
                job: job.id,
                needs_target: false,
            });
            self.queue
                .finish_error(job.id, State::NeedsAttention, &e)
                .map(drop)
        } else {
            self.queue.release(job.id, now_ms())
        }
    }

    /// Add checked files ([`new_job`]) to the queue, hashing those that
    /// could be duplicates first. Reads files: call it off async workers.
    pub fn enqueue(&self, mut jobs: Vec<NewJob>) -> Result<Vec<Enqueued>> {
        hash_candidates(&self.queue, &mut jobs)?;
        let out = self.queue.enqueue(&jobs)?;
        self.wake();
        Ok(out)
    }

    fn slot(&self, profile_name: &str) -> Arc<Slot> {
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        slots
            .entry(profile_name.to_string())
            .or_insert_with(|| {
                // A profile that cannot be read gets one slot: its jobs fail
                // with the reason when claimed.
                let max = self
                    .app
                    .profile(profile_name)
                    .map_or(1, |p| p.concurrency(self.cfg.concurrency));
                Arc::new(Slot {
                    max,
                    limit: AtomicUsize::new(max),
                    in_flight: AtomicUsize::new(0),
                    streak: AtomicUsize::new(0),
                    paused_until: Mutex::new(None),
                    provider: tokio::sync::Mutex::new(None),
                })
            })
            .clone()
    }

    async fn provider(&self, profile: &str, slot: &Slot) -> Result<(Profile, Arc<dyn Provider>)> {
        let mut g = slot.provider.lock().await;
        let fresh = match &*g {
            Some((_, Ok(_))) => true,
            // A missing credential may be set meanwhile: look again after a few seconds.
            Some((at, Err(_))) => at.elapsed() < Duration::from_secs(5),
            None => false,
        };
        if !fresh {
            let app = self.app.clone();
            let name = profile.to_string();
            let source = self.cfg.provider_source.clone();
            // Reads profiles.toml and the keyring (blocking D-Bus calls).
            let built = tokio::task::spawn_blocking(move || {
                let p = app.profile(&name)?;
                let provider = match source {
                    Some(make) => (make.0)(&p)?,
                    None => app.provider(&p)?,
                };
                Ok((p, provider))
            })
            .await
            .map_err(|e| Error::internal(e.to_string()))
            .and_then(|r| r);
            *g = Some((Instant::now(), built));
        }
        // The profile travels with the provider built from it: profiles.toml is
        // read once per profile, not once per job.
        g.as_ref().expect("set above").1.clone()
    }

    fn emit(&self, ev: JobEvent) {
        let _ = self.events.send(ev);
    }

    fn emit_state(&self, job: &Job) {
        self.emit(JobEvent::State {
            id: job.id,
            state: job.state,
            attempts: job.attempts,
            error: job.error.clone(),
            retry_in_ms: job
                .next_attempt_at
                .filter(|_| job.state == State::WaitingRetry)
                .map(|t| (t - now_ms()).max(0) as u64),
        });
    }

    /// Work the queue until `until` is met or `cancel` fires. `on_settled` sees
    /// every job this run finishes, and in [`Until::Jobs`] mode every listed job
    /// once it is settled (also when another process finished it).
    pub async fn run(
        self: &Arc<Self>,
        until: Until,
        cancel: CancellationToken,
        mut on_settled: impl FnMut(&Job),
    ) -> Result<()> {
        let (tx, mut rx) = mpsc::unbounded_channel::<(i64, Option<Job>)>();
        let mut tracking: Option<HashSet<i64>> = match &until {
            Until::Jobs(ids) => Some(ids.iter().copied().collect()),
            _ => None,
        };
        let mut parked: HashSet<i64> = HashSet::new();
        let mut running: HashMap<i64, tokio::task::JoinHandle<()>> = HashMap::new();
        let mut last_poll = Instant::now() - Duration::from_secs(10);
        loop {
            // Settle what finished.
            while let Ok((id, job)) = rx.try_recv() {
                running.remove(&id);
                if let Some(job) = job {
                    self.settle(&job, &mut tracking, &mut parked, &mut on_settled);
                }
            }
            // Listed jobs that another process is working on.
            if let Some(t) = &tracking {
                if last_poll.elapsed() >= Duration::from_secs(1) && !t.is_empty() {
                    last_poll = Instant::now();
                    let ids: Vec<i64> = t
                        .iter()
                        .copied()
                        .filter(|id| !running.contains_key(id))
                        .collect();
                    for job in self.queue.get_many(&ids)? {
                        let stuck = self.stuck(&job);
                        if job.state.is_final() || stuck {
                            self.settle(&job, &mut tracking, &mut parked, &mut on_settled);
                        }
                    }
                }
            }
            let stopping = cancel.is_cancelled()
                || match &until {
                    Until::Idle => running.is_empty() && self.queue.active_count()? == 0,
                    Until::Jobs(_) => tracking.as_ref().is_some_and(|t| t.is_empty()),
                    Until::Cancelled => false,
                };
            if stopping {
                if cancel.is_cancelled() {
                    for (id, h) in running.drain() {
                        h.abort();
                        let _ = h.await;
                        if let Some(job) = self.queue.get(id)? {
                            if !job.state.is_final()
                                && job.owner.as_deref() == Some(self.id.as_str())
                            {
                                self.put_back(&job)?;
                            }
                        }
                    }
                }
                if running.is_empty() {
                    return Ok(());
                }
                if let Some((id, job)) = rx.recv().await {
                    running.remove(&id);
                    if let Some(job) = job {
                        self.settle(&job, &mut tracking, &mut parked, &mut on_settled);
                    }
                }
                continue;
            }

            // Start what is due and fits the limits.
            let now = now_ms();
            let mut blocked = false;
            if running.len() < self.cfg.global_limit {
                // Only as many rows as could start (a few spare for busy profiles):
                // this query runs once per finished job.
                let free = self.cfg.global_limit - running.len();
                for due in self.queue.due(now, free * 4 + parked.len())? {
                    if running.len() >= self.cfg.global_limit {
                        blocked = true;
                        break;
                    }
                    if parked.contains(&due.id) {
                        continue;
                    }
                    let slot = self.slot(&due.profile);
                    if !slot.can_start() {
                        blocked = true;
                        continue;
                    }
                    let Some(job) = self.queue.claim(due.id, &self.id)? else {
                        continue;
                    };
                    slot.in_flight.fetch_add(1, Ordering::SeqCst);
                    self.emit_state(&job);
                    let me = self.clone();
                    let tx = tx.clone();
                    let id = job.id;
                    running.insert(
                        id,
                        tokio::spawn(async move {
                            let job = me.process(job, slot.clone()).await;
                            slot.in_flight.fetch_sub(1, Ordering::SeqCst);
                            let _ = tx.send((id, job));
                        }),
                    );
                }
            } else {
                blocked = true;
            }

            // Sleep until something can change: a job finishes, new work is
            // enqueued here, the next retry is due, a pause ends, or the
            // periodic look for work other processes added.
            let mut wait = Duration::from_millis(1000);
            if let Some(next) = self.queue.next_due()? {
                if next > now {
                    wait = wait.min(Duration::from_millis((next - now) as u64));
                } else if !blocked {
                    wait = Duration::from_millis(50);
                }
            }
            if blocked {
                let slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
                for s in slots.values() {
                    if let Some(d) = s.paused_for() {
                        wait = wait.min(d + Duration::from_millis(5));
                    }
                }
            }
            tokio::select! {
                Some((id, job)) = rx.recv() => {
                    running.remove(&id);
                    if let Some(job) = job {
                        self.settle(&job, &mut tracking, &mut parked, &mut on_settled);
                    }
                }
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(wait) => {}
                _ = cancel.cancelled() => {}
            }
        }
    }

    /// Failing transiently for longer than the caller wants to wait.
    fn stuck(&self, job: &Job) -> bool {
        job.state == State::WaitingRetry
            && job
                .first_failure_at
                .is_some_and(|t| now_ms() - t >= self.cfg.park_after.as_millis() as i64)
    }

    fn settle(
        &self,
        job: &Job,
        tracking: &mut Option<HashSet<i64>>,
        parked: &mut HashSet<i64>,
        on_settled: &mut impl FnMut(&Job),
    ) {
        match tracking {
            Some(t) => {
                let stuck = self.stuck(job);
                if t.contains(&job.id) && (job.state.is_final() || stuck) {
                    t.remove(&job.id);
                    if stuck {
                        parked.insert(job.id);
                    }
                    on_settled(job);
                } else if job.state.is_final() && !t.contains(&job.id) {
                    // Left over from an earlier run and finished by this one.
                    on_settled(job);
                }
            }
            None => {
                if job.state.is_final() {
                    on_settled(job);
                }
            }
        }
    }

    /// Run one attempt and record it; returns the job as it is now.
    async fn process(self: Arc<Self>, job: Job, slot: Arc<Slot>) -> Option<Job> {
        let id = job.id;
        let mut result = self.attempt(&job, &slot).await;
        if let Err(Failure::Final(_, e) | Failure::Retry(_, e)) = &mut result {
            // A provider's action does not know which profile it is about.
            e.name_profile(&job.profile);
        }
        let write = match &result {
            Ok(r) => {
                slot.on_success();
                let sent = self
                    .prepared
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get(&id)
                    .and_then(|i| i.sent_sha256.as_ref().and_then(|d| d.get()));
                self.queue
                    .finish_done(id, &r.remote_id, r.url.as_deref(), &r.raw, sent.as_deref())
            }
            Err(Failure::Final(state, e)) => self.queue.finish_error(id, *state, e),
            Err(Failure::Retry(d, e)) => {
                self.queue
                    .schedule_retry(id, now_ms() + d.as_millis() as i64, e)
            }
        };
        // The row as written (RETURNING): no second read of it.
        let mut job = match write {
            Ok(job) => job?,
            Err(e) => {
                tracing::error!(job = id, "cannot record the outcome: {}", e.message);
                self.queue.get(id).ok().flatten()?
            }
        };
        if job.state == State::Done && job.sha256.is_none() && !job.allow_duplicate {
            // Not hashed on the way (the answer was found by a lookup, say):
            // from the file, so a later copy is still known as a duplicate.
            let j = job.clone();
            if let Ok(Some(h)) = tokio::task::spawn_blocking(move || hash_if_unchanged(&j)).await {
                let _ = self.queue.set_sha256(id, &h);
                job.sha256 = Some(h);
            }
        }
        if job.state.is_final() {
            self.prepared
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&id);
            if matches!(job.origin, Origin::Watch { .. }) {
                super::after::after_job(&self.queue, &job);
            }
        }
        self.emit_state(&job);
        Some(job)
    }

    async fn attempt(&self, job: &Job, slot: &Slot) -> Result<Receipt, Failure> {
        let attention = |e: Error| Failure::Final(State::NeedsAttention, e);
        let (profile, provider) = self.provider(&job.profile, slot).await.map_err(attention)?;
        let Some(raw_target) = job.target.as_deref() else {
            return Err(attention(
                job.error
                    .as_ref()
                    .map(|e| Error::config("TARGET_UNRESOLVED", e.message.clone()))
                    .unwrap_or_else(|| {
                        Error::config(
                            "TARGET_UNRESOLVED",
                            tr!("error-no-target", file = &job.file_name),
                        )
                    })
                    .with_action(Action::RetryJob {
                        job: job.id,
                        needs_target: true,
                    }),
            ));
        };
        let target = match crate::providers::FieldTarget::parse(raw_target) {
            Some(by_field) => {
                let t = by_field.map_err(attention)?;
                let resolved = self.resolve(job, provider.as_ref(), &t, slot).await?;
                provider.parse_target(Some(&resolved)).map_err(attention)?
            }
            None => provider.parse_target(Some(raw_target)).map_err(attention)?,
        };

        let cached = self
            .prepared
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&job.id)
            .cloned();
        let item = match cached {
            Some(item) => item,
            None => {
                let prep = Preparation {
                    policy: profile.policy(),
                    work_dir: self.work_dir.clone(),
                    // A copy is compared with later files by its original's hash.
                    hash_source: job.sha256.is_none() && !job.allow_duplicate,
                };
                let key = uuid::Uuid::parse_str(&job.idempotency_key)
                    .unwrap_or_else(|_| uuid::Uuid::new_v4());
                let p2 = provider.clone();
                let j2 = job.clone();
                // Decoding and encoding are CPU work: off the async workers.
                let queue = self.queue.clone();
                let item = tokio::task::spawn_blocking(move || {
                    if !matches!(j2.origin, Origin::Watch { .. }) {
                        let mut item =
                            upload::preflight(p2.as_ref(), &j2.path, &target, &prep, key)?;
                        if j2.sha256.is_none() {
                            match (&item.keep, &item.sha256) {
                                // Duplicates allowed: no check needs the hash now,
                                // and a later file of the same size and sample has
                                // this one hashed then (if it is still there).
                                _ if j2.allow_duplicate => {}
                                // Sent as it is: hashed on the way out.
                                (None, None) => item.sent_sha256 = Some(Default::default()),
                                (None, Some(h)) => queue.set_sha256(j2.id, h)?,
                                // A prepared copy is sent: the original is what
                                // later files are compared with.
                                (Some(_), _) => {
                                    let h = match &item.source_sha256 {
                                        // Hashed while the copy was made.
                                        Some(h) if still_as_queued(&j2) => Some(h.clone()),
                                        Some(_) => None,
                                        None => hash_if_unchanged(&j2),
                                    };
                                    if let Some(h) = h {
                                        queue.set_sha256(j2.id, &h)?;
                                    }
                                }
                            }
                        }
                        return Ok(item);
                    }
                    let pinned = pin_watched(&j2, &prep.work_dir)?;
                    let mut item =
                        upload::preflight_as(p2.as_ref(), &pinned, &j2.path, &target, &prep, key)?;
                    if item.keep.is_none() {
                        item.keep = Some(Arc::new(pinned));
                    }
                    Ok(item)
                })
                .await
                .map_err(|e| Error::internal(e.to_string()))
                .and_then(|r| r)
                .map_err(attention)?;
                let item = Arc::new(item);
                self.prepared
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(job.id, item.clone());
                item
            }
        };

        // A 429 elsewhere in the profile may have paused it since this job was claimed.
        if let Some(d) = slot.paused_for() {
            tokio::time::sleep(d).await;
        }
        let report = serde_json::to_value(&item.prepared).ok();
        let attempts = self
            .queue
            .mark_uploading(job.id, report.as_ref())
            .map_err(attention)?;
        self.emit(JobEvent::State {
            id: job.id,
            state: State::Uploading,
            attempts,
            error: None,
            retry_in_ms: None,
        });
        let total = item.size;
        let events = self.events.clone();
        let id = job.id;
        let progress: ProgressFn = Arc::new(move |sent| {
            let _ = events.send(JobEvent::Progress { id, sent, total });
        });

        let mut reauthenticated = false;
        let err = match upload::send_once(provider.as_ref(), &item, progress, &mut reauthenticated)
            .await
        {
            Ok(r) => return Ok(r),
            Err(e) => e,
        };
        tracing::debug!(job = job.id, attempt = attempts, code = %err.code, "upload attempt failed");
        if err.retry != Retry::Retryable {
            return Err(attention(err));
        }
        match upload::next_step(provider.as_ref(), &item, err) {
            Step::GiveUp(e) => match upload::after_lost_answer(provider.as_ref(), &item, e).await {
                upload::AfterLoss::Arrived(r) => Ok(r),
                upload::AfterLoss::Resend(e) => Err(Failure::Retry(Duration::ZERO, e)),
                upload::AfterLoss::Unclear(e) => Err(attention(e.with_action(Action::RetryJob {
                    job: job.id,
                    needs_target: false,
                }))),
            },
            Step::RetryAfter(after, e) => Err(self.later(job, attempts, after, e, slot)),
        }
    }

    /// A transient failure: try again later (a 429 pauses the whole
    /// profile), or give up once the job has been failing for too long.
    fn later(
        &self,
        job: &Job,
        attempts: u32,
        after: Option<Duration>,
        mut e: Error,
        slot: &Slot,
    ) -> Failure {
        let failing_for = job
            .first_failure_at
            .map(|t| Duration::from_millis((now_ms() - t).max(0) as u64))
            .unwrap_or_default();
        if failing_for > self.cfg.give_up_after {
            let secs = failing_for.as_secs();
            let (hours, minutes) = if secs >= 2 * 3600 {
                (secs / 3600, 0)
            } else {
                (0, (secs / 60).max(1))
            };
            e.message = crate::tr!(
                "error-gave-up",
                message = e.message.as_str(),
                attempts = attempts,
                hours = hours,
                minutes = minutes
            );
            let e = e.with_action(Action::RetryJob {
                job: job.id,
                needs_target: false,
            });
            return Failure::Final(State::Failed, e);
        }
        let d = after
            .map(|d| d.min(self.cfg.retry.max_retry_after))
            .unwrap_or_else(|| self.cfg.retry.backoff(attempts));
        if e.kind == ErrorKind::RateLimited {
            slot.pause(d);
            slot.slow_down();
        } else if e.status.is_some_and(|s| s >= 500) {
            slot.slow_down();
        }
        Failure::Retry(d, e)
    }

    /// The one record a target by field names, as a target by id
    /// (`Products/4150000000123` + what followed the brackets), recorded in
    /// the job. None or several: the job fails and nothing is sent. The
    /// lookup holds the profile's upload slot, so it counts against the
    /// service's limits like an upload and is retried like one.
    async fn resolve(
        &self,
        job: &Job,
        provider: &dyn Provider,
        t: &crate::providers::FieldTarget,
        slot: &Slot,
    ) -> Result<String, Failure> {
        let found = match self.app.lookups.find(&job.profile, provider, t).await {
            Ok(f) => f,
            Err(e) if e.retry == Retry::Retryable => {
                let after = e.retry_after;
                return Err(self.later(job, job.attempts + 1, after, e, slot));
            }
            Err(e) => return Err(Failure::Final(State::NeedsAttention, e)),
        };
        let service = provider.info().name;
        match found.hits.as_slice() {
            [hit] if found.count == 1 => {
                let resolved = t.resolved(&hit.target);
                self.queue
                    .set_resolved(job.id, &resolved, &hit.name)
                    .map_err(|e| Failure::Final(State::NeedsAttention, e))?;
                Ok(resolved)
            }
            [] => Err(Failure::Final(
                State::Failed,
                Error::new(
                    ErrorKind::Input,
                    "RECORD_NOT_FOUND",
                    tr!(
                        "error-record-not-found",
                        file = &job.file_name,
                        service = service,
                        record = t.describe()
                    ),
                )
                .with_action(Action::RetryJob {
                    job: job.id,
                    needs_target: false,
                }),
            )),
            hits => {
                let count = found.count.max(hits.len());
                // As targets to send to (what followed the brackets kept).
                let shown: Vec<_> = hits
                    .iter()
                    .take(5)
                    .map(|h| crate::error::Candidate {
                        target: t.resolved(&h.target),
                        id: h.id.clone(),
                        name: h.name.clone(),
                        detail: h.detail.clone(),
                    })
                    .collect();
                let list = shown
                    .iter()
                    .map(|h| {
                        let name = if h.name.is_empty() {
                            tr!("record-no-name")
                        } else {
                            h.name.clone()
                        };
                        format!("{} ({name})", h.id)
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                Err(Failure::Final(
                    State::Failed,
                    Error::new(
                        ErrorKind::Input,
                        "RECORD_AMBIGUOUS",
                        tr!(
                            "error-record-ambiguous",
                            more = if found.more { "yes" } else { "no" },
                            file = &job.file_name,
                            count = count,
                            record = t.describe(),
                            list = if count > shown.len() {
                                format!("{list}, …")
                            } else {
                                list
                            },
                        ),
                    )
                    .with_action(Action::ChooseRecord {
                        job: job.id,
                        candidates: shown,
                        count,
                    }),
                ))
            }
        }
    }
}

/// A private copy of a watched file, made from one handle opened without
/// following links, whose content must be what was hashed when the job was
/// made. A folder others can write may swap the file for a link to someone's
/// private photo at any moment; what is sent is this copy, never the path.
fn pin_watched(job: &Job, work_dir: &Path) -> Result<tempfile::TempPath> {
    use std::io::Write;
    let refused = |why: String| {
        Error::input(
            "WATCHED_FILE_REFUSED",
            tr!(
                "error-watched-file-refused",
                file = crate::fsx::printable(&job.path.display().to_string()),
                why = why
            ),
        )
    };
    let (mut f, meta) = crate::fsx::open_regular(&job.path).map_err(|e| refused(e.to_string()))?;
    let changed = || refused(crate::tr!("watch-why-changed"));
    if !job.unchanged(meta.len(), mtime_ms(&meta)) {
        return Err(changed());
    }
    crate::fsx::private_dir_all(work_dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix("watched-")
        .tempfile_in(work_dir)?;
    let hash = hash::sha256_copy(&mut f, &mut tmp)?;
    tmp.flush()?;
    if job.sha256.as_deref() != Some(hash.as_str()) {
        return Err(changed());
    }
    Ok(tmp.into_temp_path())
}

/// Check a local file and describe it as a job (size, a sample of its
/// content). The errors are the pipeline's (missing, a folder, unreadable,
/// not an image). The full hash is left to [`Runner::enqueue`], which
/// computes it only where a duplicate is possible, and to the upload, which
/// hashes what it sends; a watched file is hashed now, because the copy sent
/// later must be proven to be the file as it was queued.
pub fn new_job(
    profile: &Profile,
    target: Option<String>,
    path: &Path,
    origin: Origin,
    allow_duplicate: bool,
) -> Result<NewJob> {
    // One open: the bytes read to check the file's kind serve the sample as
    // well; no more of the file is read than the sample needs.
    let crate::media::Opened {
        probe,
        mut file,
        meta,
        head,
    } = crate::media::Opened::sniff(path, hash::SAMPLE_BYTES as usize)?;
    let unreadable = |e: std::io::Error| Error::unreadable(path.display(), &e);
    let sample = hash::sample_hash(&mut file, meta.len(), &head).map_err(unreadable)?;
    let sha256 = match origin {
        Origin::Watch { .. } => match hash::recall(path, &meta) {
            Some(h) => Some(h),
            None => {
                use std::io::Seek;
                file.rewind().map_err(unreadable)?;
                let h = hash::sha256_copy(&mut file, &mut std::io::sink()).map_err(unreadable)?;
                hash::remember(path, &meta, &h);
                Some(h)
            }
        },
        // Hashed already (the app's thumbnail of it): known now, so neither
        // the duplicate check nor the upload reads it for that again.
        Origin::Upload => hash::recall(path, &meta),
    };
    let allow = allow_duplicate || profile.option("duplicates") == Some("allow");
    let single_slot = profile.provider.idempotency(target.as_deref()) == Idempotency::Replace;
    Ok(NewJob {
        profile: profile.name.clone(),
        provider: profile.provider.id.to_string(),
        target,
        path: std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
        size: probe.size,
        mtime: mtime_ms(&meta),
        source_id: crate::fsx::file_id(&meta),
        sha256,
        sample,
        allow_duplicate: allow,
        single_slot,
        origin,
        blocked: None,
    })
}

/// Give a full hash to every new job that could share its content with
/// another job — in the batch, or unfinished or done in the queue (same
/// target, size and sample) — and to those queued jobs that have none yet,
/// so the queue's duplicate checks compare hashes. Files are hashed in parallel.
fn hash_candidates(queue: &Queue, jobs: &mut [NewJob]) -> Result<()> {
    use rayon::prelude::*;
    let key = |j: &NewJob| {
        (
            j.profile.clone(),
            j.target.clone(),
            j.size,
            j.sample.clone(),
        )
    };
    let mut in_batch: HashMap<_, usize> = HashMap::new();
    for j in jobs.iter() {
        *in_batch.entry(key(j)).or_default() += 1;
    }
    let mut queued: Vec<Job> = vec![];
    let mut need = vec![false; jobs.len()];
    for (i, j) in jobs.iter().enumerate() {
        let (Some(target), None) = (&j.target, &j.blocked) else {
            continue;
        };
        let similar = queue.same_size(&j.profile, target, j.size, &j.sample, !j.allow_duplicate)?;
        need[i] = j.sha256.is_none() && (in_batch[&key(j)] > 1 || !similar.is_empty());
        queued.extend(similar.into_iter().filter(|q| q.sha256.is_none()));
    }
    let hashed: Vec<(usize, Result<String>)> = need
        .iter()
        .enumerate()
        .filter(|(_, n)| **n)
        .map(|(i, _)| i)
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|i| (i, hash::sha256_file(&jobs[i].path)))
        .collect();
    for (i, h) in hashed {
        match h {
            Ok(h) => jobs[i].sha256 = Some(h),
            // Readable a moment ago: recorded as needing attention, not lost.
            Err(e) => jobs[i].blocked = Some(e),
        }
    }
    queued.sort_by_key(|j| j.id);
    queued.dedup_by_key(|j| j.id);
    queued.par_iter().for_each(|j| {
        if let Some(h) = hash_if_unchanged(j) {
            let _ = queue.set_sha256(j.id, &h);
        }
    });
    Ok(())
}

/// A queued job's file hashed, if it is still the file that was queued.
fn hash_if_unchanged(job: &Job) -> Option<String> {
    still_as_queued(job)
        .then(|| hash::sha256_file(&job.path).ok())
        .flatten()
}

/// The job's file has the size and modification time it was queued with.
fn still_as_queued(job: &Job) -> bool {
    std::fs::metadata(&job.path).is_ok_and(|m| job.unchanged(m.len(), mtime_ms(&m)))
}

pub fn mtime_ms(meta: &std::fs::Metadata) -> Option<i64> {
    meta.modified().ok().and_then(epoch_ms)
}

/// Milliseconds since the Unix epoch, as jobs record modification times.
pub fn epoch_ms(t: std::time::SystemTime) -> Option<i64> {
    t.duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_millis() as i64)
}
