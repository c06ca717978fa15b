//! The runner's own decisions — back-off, `Retry-After`, a 429 pausing the
//! whole profile, one re-authentication per refused token, an upload whose
//! answer was lost — against a scripted provider plugged in through
//! `RunnerConfig::provider_source`, with the real queue (SQLite) and real
//! photo preparation. The ones that wait minutes or hours (a long
//! `Retry-After`, back-off until a job is parked or given up) run on tokio's
//! paused clock, which the queue's times follow (`queue::now_ms`): hours of
//! virtual time in milliseconds. The same behaviour over real HTTP against the
//! sandbox is covered by tests/queue.rs and tests/conformance.rs.

use async_trait::async_trait;
use photodrop::app::App;
use photodrop::config::{Paths, Profile};
use photodrop::credentials::KeyringStore;
use photodrop::providers::{
    self, Lookup, ProgressFn, Provider, ProviderInfo, Receipt, Target, UploadItem,
};
use photodrop::queue::runner::{new_job, ProviderSource, Runner, RunnerConfig, Until};
use photodrop::queue::{Job, Origin, State};
use photodrop::{Error, ErrorKind, Result};
use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
// tokio's clock: virtual in the paused tests, the real one in the others.
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

/// A provider that answers each upload with the next scripted result (then
/// success) and records when it was called.
struct Scripted {
    info: &'static ProviderInfo,
    answers: Mutex<VecDeque<Result<Receipt>>>,
    calls: Mutex<Vec<(Instant, String)>>,
    reauths: AtomicUsize,
    lookup: Mutex<Option<Lookup>>,
}

impl Scripted {
    fn new(provider: &str, answers: Vec<Result<Receipt>>) -> Arc<Self> {
        Arc::new(Scripted {
            info: providers::info(provider).unwrap(),
            answers: Mutex::new(answers.into()),
            calls: Mutex::new(vec![]),
            reauths: AtomicUsize::new(0),
            lookup: Mutex::new(None),
        })
    }
    fn calls(&self) -> Vec<(Instant, String)> {
        self.calls.lock().unwrap().clone()
    }
}

fn receipt(id: &str) -> Receipt {
    Receipt {
        remote_id: id.into(),
        url: None,
        url_expires_in_secs: None,
        raw: String::new(),
    }
}

#[async_trait]
impl Provider for Scripted {
    fn info(&self) -> &'static ProviderInfo {
        self.info
    }
    fn parse_target(&self, raw: Option<&str>) -> Result<Target> {
        Ok(Target(raw.unwrap_or("t").to_string()))
    }
    async fn upload(&self, item: &UploadItem, _progress: ProgressFn) -> Result<Receipt> {
        self.calls
            .lock()
            .unwrap()
            .push((Instant::now(), item.file_name.clone()));
        let next = self.answers.lock().unwrap().pop_front();
        next.unwrap_or_else(|| Ok(receipt(&format!("id-{}", item.file_name))))
    }
    async fn reauthenticate(&self) -> Result<bool> {
        self.reauths.fetch_add(1, Ordering::SeqCst);
        Ok(true)
    }
    async fn verify(&self) -> Result<String> {
        Ok("fine".into())
    }
    async fn look_for(&self, _item: &UploadItem) -> Result<Lookup> {
        Ok(self
            .lookup
            .lock()
            .unwrap()
            .take()
            .unwrap_or(Lookup::Unknown("nothing to list".into())))
    }
}

struct Env {
    _dir: tempfile::TempDir,
    runner: Arc<Runner>,
    profile: Profile,
    photos: Vec<PathBuf>,
}

/// A profile of `provider` whose uploads go to `scripted`, and `n` photos;
/// quick back-off (the real-clock tests).
fn env(provider: &str, scripted: &Arc<Scripted>, concurrency: usize, n: usize) -> Env {
    env_with(provider, scripted, concurrency, n, |cfg| {
        cfg.retry.base_delay = Duration::from_millis(20);
        cfg.retry.max_delay = Duration::from_millis(100);
    })
}

/// [`env`] with the runner's configuration as `tune` leaves it (the
/// defaults the hosts use, for the paused-clock tests).
fn env_with(
    provider: &str,
    scripted: &Arc<Scripted>,
    concurrency: usize,
    n: usize,
    tune: impl FnOnce(&mut RunnerConfig),
) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths {
        config_dir: dir.path().join("config"),
        data_dir: dir.path().join("data"),
    };
    paths.ensure_private().unwrap();
    let app = App::with_store(paths, Arc::new(KeyringStore::from_env())).unwrap();
    let profile = Profile::new("p", provider, None, BTreeMap::new()).unwrap();
    app.add_profile(&profile, false).unwrap();
    let s = scripted.clone();
    let mut cfg = RunnerConfig {
        concurrency: Some(concurrency),
        provider_source: Some(ProviderSource(Arc::new(move |_| {
            Ok(s.clone() as Arc<dyn Provider>)
        }))),
        ..Default::default()
    };
    tune(&mut cfg);
    let runner = Runner::new(app, cfg).unwrap();
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real/jpeg-S");
    let mut all: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("../shared/corpus/real/jpeg-S")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("jpg")))
        .collect();
    all.sort();
    let photos = all.into_iter().take(n).collect::<Vec<_>>();
    assert_eq!(photos.len(), n, "not enough corpus photos");
    Env {
        _dir: dir,
        runner,
        profile,
        photos,
    }
}

impl Env {
    /// Queue every photo for `target` and run until each is settled.
    async fn run(&self, target: &str) -> Vec<Job> {
        let jobs = self
            .photos
            .iter()
            .map(|p| new_job(&self.profile, Some(target.into()), p, Origin::Upload, true).unwrap())
            .collect();
        let ids: Vec<i64> = self
            .runner
            .enqueue(jobs)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        let run = self
            .runner
            .run(Until::Jobs(ids.clone()), CancellationToken::new(), |_| {});
        // A day: virtual in the paused tests (auto-advanced past the waits).
        tokio::time::timeout(Duration::from_secs(24 * 3600), run)
            .await
            .expect("the runner settles the jobs")
            .unwrap();
        ids.iter()
            .map(|id| self.runner.queue.get(*id).unwrap().unwrap())
            .collect()
    }
}

fn busy(retry_after_ms: u64) -> Result<Receipt> {
    Err(Error::new(ErrorKind::Transient, "HTTP_503", "busy")
        .with_status(503)
        .with_retry_after(Some(Duration::from_millis(retry_after_ms))))
}

/// A connection reset after the body went out: the answer is lost.
fn lost() -> Result<Receipt> {
    Err(Error::new(
        ErrorKind::Transient,
        "CONNECTION_RESET",
        "reset",
    ))
}

/// A 429 asking for `pause` of quiet.
fn rate_limited(pause: Duration) -> Result<Receipt> {
    Err(Error::new(ErrorKind::RateLimited, "HTTP_429", "slow down")
        .with_status(429)
        .with_retry_after(Some(pause)))
}

/// Every call after the first (the refused one) went out `pause` or more later.
fn none_during_the_pause(calls: &[(Instant, String)], pause: Duration) {
    let refused_at = calls[0].0;
    for (at, name) in &calls[1..] {
        assert!(
            *at - refused_at >= pause,
            "{name} went out {:?} after the 429 (the profile is paused for {pause:?})",
            *at - refused_at
        );
    }
}

#[tokio::test]
async fn a_503_with_retry_after_waits_that_long_then_succeeds() {
    let s = Scripted::new("chakrahq", vec![busy(400)]);
    let e = env("chakrahq", &s, 1, 1);
    let jobs = e.run("lead/1/photo").await;
    assert_eq!(jobs[0].state, State::Done, "{:?}", jobs[0].error);
    assert_eq!(jobs[0].attempts, 2);
    let calls = s.calls();
    assert_eq!(calls.len(), 2);
    let waited = calls[1].0 - calls[0].0;
    assert!(
        waited >= Duration::from_millis(400),
        "Retry-After honoured: waited {waited:?}"
    );
}

#[tokio::test]
async fn a_429_pauses_the_whole_profile() {
    // One upload at a time: the first is refused with 429 for 500 ms; the
    // second photo must not go out during that pause either.
    let s = Scripted::new("chakrahq", vec![rate_limited(Duration::from_millis(500))]);
    let e = env("chakrahq", &s, 2, 2);
    let jobs = e.run("lead/1/photo").await;
    assert!(jobs.iter().all(|j| j.state == State::Done), "{jobs:?}");
    let calls = s.calls();
    assert_eq!(calls.len(), 3, "{calls:?}");
    none_during_the_pause(&calls, Duration::from_millis(500));
}

#[tokio::test]
async fn a_refused_token_is_renewed_once_then_the_upload_goes_through() {
    let refused = Err(Error::new(ErrorKind::Auth, "INVALID_TOKEN", "expired").with_status(401));
    let s = Scripted::new("zoho-crm", vec![refused]);
    let e = env("zoho-crm", &s, 1, 1);
    let jobs = e.run("Leads/3000000038009").await;
    assert_eq!(jobs[0].state, State::Done, "{:?}", jobs[0].error);
    assert_eq!(s.reauths.load(Ordering::SeqCst), 1);
    assert_eq!(s.calls().len(), 2);
}

#[tokio::test]
async fn a_lost_answer_to_a_non_idempotent_upload_is_never_sent_blind() {
    // QuestionPro makes a new image per upload. The answer is lost after the
    // body went out and the service offers no listing: the job waits for the
    // person, with a retry action, and nothing is sent a second time.
    let s = Scripted::new("questionpro", vec![lost()]);
    let e = env("questionpro", &s, 1, 1);
    let jobs = e.run("1234").await;
    assert_eq!(jobs[0].state, State::NeedsAttention, "{:?}", jobs[0]);
    let err = jobs[0].error.as_ref().unwrap();
    assert_eq!(err.code, "UPLOAD_UNCONFIRMED");
    assert_eq!(
        err.action,
        Some(photodrop::Action::RetryJob {
            job: jobs[0].id,
            needs_target: false
        })
    );
    assert_eq!(s.calls().len(), 1, "sent again without proof it was lost");
}

#[tokio::test]
async fn a_lost_answer_found_at_the_service_is_done_without_a_second_upload() {
    let s = Scripted::new("questionpro", vec![lost()]);
    *s.lookup.lock().unwrap() = Some(Lookup::Found(receipt("found-1")));
    let e = env("questionpro", &s, 1, 1);
    let jobs = e.run("1234").await;
    assert_eq!(jobs[0].state, State::Done, "{:?}", jobs[0].error);
    assert_eq!(jobs[0].remote_id.as_deref(), Some("found-1"));
    assert_eq!(s.calls().len(), 1);
}

/// Paused clock from here on: tokio advances it whenever every task waits, so
/// these see the waits the runner really makes, however long, in milliseconds.
fn transient() -> Result<Receipt> {
    Err(Error::new(
        ErrorKind::Transient,
        "CONNECTION_REFUSED",
        "refused",
    ))
}

const HOURS: Duration = Duration::from_secs(3 * 3600);

fn gaps(calls: &[(Instant, String)]) -> Vec<Duration> {
    calls.windows(2).map(|w| w[1].0 - w[0].0).collect()
}

#[tokio::test(start_paused = true)]
async fn paused_a_two_minute_retry_after_is_waited_out_not_cut_short() {
    let s = Scripted::new("chakrahq", vec![busy(120_000)]);
    // Kept for longer than the wait (else it is handed back after 90 s, as
    // `upload --retry-for` would).
    let e = env_with("chakrahq", &s, 1, 1, |cfg| cfg.park_after = HOURS);
    let jobs = e.run("lead/1/photo").await;
    assert_eq!(jobs[0].state, State::Done, "{:?}", jobs[0].error);
    let waited = gaps(&s.calls())[0];
    assert!(
        waited >= Duration::from_secs(120) && waited < Duration::from_secs(125),
        "Retry-After: 120 s, waited {waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn paused_a_429_for_half_an_hour_holds_every_upload_of_the_profile() {
    let s = Scripted::new("chakrahq", vec![rate_limited(Duration::from_secs(1800))]);
    // One at a time: while the first waits out its 429, the free slot must
    // not start the others either.
    let e = env_with("chakrahq", &s, 1, 3, |cfg| cfg.park_after = HOURS);
    let jobs = e.run("lead/1/photo").await;
    assert!(jobs.iter().all(|j| j.state == State::Done), "{jobs:?}");
    let calls = s.calls();
    assert_eq!(calls.len(), 4, "{calls:?}");
    none_during_the_pause(&calls, Duration::from_secs(1800));
}

#[tokio::test(start_paused = true)]
async fn paused_transient_failures_back_off_exponentially_then_the_job_is_parked() {
    // Refused for ever: the hosts' policy (0.5 s doubling to 30 s, full
    // jitter) until the job has failed for `park_after` (90 s), then it is
    // handed back still queued for a later run.
    let s = Scripted::new("chakrahq", (0..1000).map(|_| transient()).collect());
    let e = env_with("chakrahq", &s, 1, 1, |_| {});
    let jobs = e.run("lead/1/photo").await;
    assert_eq!(jobs[0].state, State::WaitingRetry, "{:?}", jobs[0]);
    let calls = s.calls();
    let total = calls.last().unwrap().0 - calls[0].0;
    assert!(
        total >= Duration::from_secs(60) && total <= Duration::from_secs(90),
        "parked after failing for 90 s: last attempt at {total:?}"
    );
    let g = gaps(&calls);
    for (i, d) in g.iter().enumerate() {
        let cap = Duration::from_millis(500 * (1u64 << i.min(16))).min(Duration::from_secs(30));
        assert!(
            *d >= Duration::from_millis(125) && *d <= cap + Duration::from_millis(50),
            "attempt {}: waited {d:?}, outside [0.125 s, {cap:?}]",
            i + 2
        );
    }
    assert!(
        (4..=60).contains(&calls.len()),
        "{} attempts in 90 s",
        calls.len()
    );
}

#[tokio::test(start_paused = true)]
async fn paused_a_job_failing_longer_than_give_up_after_fails_with_the_last_reason() {
    let s = Scripted::new("chakrahq", (0..1000).map(|_| transient()).collect());
    let e = env_with("chakrahq", &s, 1, 1, |cfg| {
        cfg.give_up_after = Duration::from_secs(600);
        cfg.park_after = Duration::from_secs(3600);
    });
    let jobs = e.run("lead/1/photo").await;
    assert_eq!(jobs[0].state, State::Failed, "{:?}", jobs[0]);
    assert_eq!(
        jobs[0].error.as_ref().map(|e| e.code.as_str()),
        Some("CONNECTION_REFUSED")
    );
    let message = &jobs[0].error.as_ref().unwrap().message;
    assert!(message.contains("over 10 minutes"), "{message}");
    let calls = s.calls();
    let total = calls.last().unwrap().0 - calls[0].0;
    assert!(
        total >= Duration::from_secs(570) && total <= Duration::from_secs(630),
        "gave up after 10 minutes: last attempt at {total:?}"
    );
}
