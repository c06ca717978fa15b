//! The runner's own decisions — back-off, `Retry-After`, a 429 pausing the
//! whole profile, one re-authentication per refused token, an upload whose
//! answer was lost — against a scripted provider plugged in through
//! `RunnerConfig::provider_source`, with the real queue (SQLite) and real
//! photo preparation. These take a second; the same behaviour over real HTTP
//! against the sandbox is covered by tests/queue.rs and tests/conformance.rs.

use async_trait::async_trait;
use photodrop::app::App;
use photodrop::config::{Paths, Profile};
use photodrop::credentials::KeyringStore;
use photodrop::providers::http::HttpClient;
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
use std::time::{Duration, Instant};
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

/// A profile of `provider` whose uploads go to `scripted`, and `n` photos.
fn env(provider: &str, scripted: &Arc<Scripted>, per_profile: usize, n: usize) -> Env {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths {
        config_dir: dir.path().join("config"),
        data_dir: dir.path().join("data"),
    };
    paths.ensure_private().unwrap();
    let app = App {
        paths,
        secrets: Arc::new(KeyringStore::from_env()),
        http: HttpClient::new().unwrap(),
    };
    let profile = Profile::new("p", provider, None, BTreeMap::new()).unwrap();
    app.add_profile(&profile, false).unwrap();
    let s = scripted.clone();
    let mut cfg = RunnerConfig {
        per_profile,
        provider_source: Some(ProviderSource(Arc::new(move |_| {
            Ok(s.clone() as Arc<dyn Provider>)
        }))),
        ..Default::default()
    };
    cfg.retry.base_delay = Duration::from_millis(20);
    cfg.retry.max_delay = Duration::from_millis(100);
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
        tokio::time::timeout(Duration::from_secs(60), run)
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
    let limited = Err(Error::new(ErrorKind::RateLimited, "HTTP_429", "slow down")
        .with_status(429)
        .with_retry_after(Some(Duration::from_millis(500))));
    let s = Scripted::new("chakrahq", vec![limited]);
    let e = env("chakrahq", &s, 2, 2);
    let jobs = e.run("lead/1/photo").await;
    assert!(jobs.iter().all(|j| j.state == State::Done), "{jobs:?}");
    let calls = s.calls();
    assert_eq!(calls.len(), 3, "{calls:?}");
    let refused_at = calls[0].0;
    for (at, name) in &calls[1..] {
        assert!(
            *at - refused_at >= Duration::from_millis(500),
            "{name} went out {:?} after the 429 (paused for 500 ms)",
            *at - refused_at
        );
    }
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
