//! A strict loopback server that speaks all five destination APIs.
//!
//! Written from the documents in `shared/seeds/` and `providers.md`, it checks
//! what the real services check — the auth header form, the path pattern, the
//! multipart field names, Zoho's formats and its 10 MB / 10 MP limits — and
//! answers with the documented bodies and status codes. Tests, benchmarks and
//! the desktop app's demo profile use it; `photodrop sandbox` runs it.
//!
//! Fault knobs (`POST /__sandbox/faults`): fail the next N requests with a
//! status (and `Retry-After`), reset the connection mid-request, delay
//! responses, expire every token. `GET /__sandbox/uploads` lists what arrived
//! (with SHA-256), `GET /__sandbox/requests` what was asked (never header
//! values), `POST /__sandbox/reset` forgets both.
//!
//! Fixed sandbox credentials are in [`creds`].

// Handlers return axum `Response`s as their error type: idiomatic for axum, and the
// sandbox is not a hot path, so the size of that error does not matter.
#![allow(clippy::result_large_err)]

mod capillary;
mod chakra;
pub mod fixtures;
mod questionpro;
pub mod records;
#[cfg(feature = "test-hosts")]
mod tls;
mod zoho;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use futures::StreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, VecDeque};
use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The credentials the sandbox accepts. Not secrets: they only open this loopback server.
pub mod creds {
    pub const ZOHO_CLIENT_ID: &str = "1000.SANDBOXCLIENTID";
    pub const ZOHO_CLIENT_SECRET: &str = "sandbox-client-secret";
    pub const ZOHO_REFRESH_TOKEN: &str = "1000.sandbox-refresh-token";
    /// Issues tokens that lack the photo scope (OAUTH_SCOPE_MISMATCH).
    pub const ZOHO_REFRESH_TOKEN_NO_SCOPE: &str = "1000.sandbox-refresh-token-noscope";
    /// A Self Client grant code that `credential zoho-grant` can exchange (any number of times).
    pub const ZOHO_GRANT_CODE: &str = "1000.sandbox-grant-code";
    pub const CHAKRA_TOKEN: &str = "sandbox-chakra-token";
    pub const CAPILLARY_USER: &str = "sandbox.till";
    pub const CAPILLARY_PASSWORD: &str = "sandbox-password";
    pub const CAPILLARY_KEY: &str = "sandbox-oauth-key";
    pub const CAPILLARY_SECRET: &str = "sandbox-oauth-secret";
    pub const QUESTIONPRO_KEY: &str = "sandbox-questionpro-key";
}

/// Files larger than this are hashed but not kept on disk.
const STORE_LIMIT: u64 = 64 * 1024 * 1024;
/// Bytes of each file kept in memory for sniffing and dimensions.
const HEAD_LIMIT: usize = 1024 * 1024;

/// Something that arrived and was accepted.
#[derive(Debug, Clone, Serialize)]
pub struct UploadRecord {
    pub id: String,
    pub api: &'static str,
    pub path: String,
    pub target: String,
    pub remote_id: String,
    pub field: String,
    pub file_name: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub format: Option<String>,
    /// Text fields sent next to the file.
    pub fields: HashMap<String, String>,
    pub at: u64,
}

/// One request as seen by the sandbox (no header values, so no secrets).
#[derive(Debug, Clone, Serialize)]
pub struct RequestRecord {
    /// The host the request was addressed to (Host header or HTTP/2 authority).
    pub host: String,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub status: u16,
    /// The auth scheme or header name used, e.g. `Zoho-oauthtoken`, `Bearer`, `api-key`.
    pub auth: Option<String>,
    pub fault: Option<String>,
    pub at_ms: u64,
}

/// Fault knobs; each field is optional and merges into the current state.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Faults {
    /// Fail the next N matching requests with `status`.
    pub fail_next: Option<u32>,
    /// Fail every matching request with `status` for this many seconds (an outage).
    pub fail_for_secs: Option<u64>,
    pub status: Option<u16>,
    /// Seconds for a `Retry-After` header on those failures.
    pub retry_after: Option<u64>,
    /// For Zoho paths: answer with this documented error code instead of a plain status.
    pub error_code: Option<String>,
    /// Reset the connection of the next N matching requests...
    pub reset_next: Option<u32>,
    /// ...after reading this many body bytes (default 32 KiB).
    pub reset_after_bytes: Option<u64>,
    /// Process the next N matching requests completely (the upload is stored),
    /// then reset the connection instead of answering: the answer is lost.
    pub lose_answer_next: Option<u32>,
    /// Delay every matching response by this many milliseconds (0 turns it off).
    pub delay_ms: Option<u64>,
    /// Delay the n-th matching request from now by n × this many milliseconds
    /// (answers of a batch spread out, as over a real network; 0 turns it off).
    pub stagger_ms: Option<u64>,
    /// Only requests whose path starts with this are affected (default: all API paths).
    pub path_prefix: Option<String>,
    /// Make every issued access token invalid now.
    pub expire_tokens: Option<bool>,
    /// Lifetime of new Zoho / Capillary tokens, in seconds.
    pub token_ttl: Option<u64>,
    /// Zoho token responses without `api_domain` (true) or with it again (false).
    pub omit_api_domain: Option<bool>,
    /// Make every issued access token invalid after each N accepted uploads
    /// (tokens dying mid-batch, at a known rate; 0 turns it off).
    pub expire_tokens_every: Option<u64>,
    /// Zoho: fields the `criteria` search refuses (`INVALID_QUERY`), as Zoho
    /// does for fields that are not searchable; empty list: none.
    pub unsearchable: Option<Vec<String>>,
}

#[derive(Debug, Default)]
pub(crate) struct FaultState {
    fail_left: u32,
    fail_until: Option<Instant>,
    fail_status: u16,
    fail_retry_after: Option<u64>,
    fail_code: Option<String>,
    fail_prefix: Option<String>,
    reset_left: u32,
    reset_after: u64,
    reset_prefix: Option<String>,
    delay: Option<Duration>,
    delay_prefix: Option<String>,
    stagger: Option<Duration>,
    stagger_n: u32,
    stagger_prefix: Option<String>,
    lose_left: u32,
    lose_prefix: Option<String>,
    pub(crate) omit_api_domain: bool,
    pub(crate) unsearchable: Vec<String>,
}

/// A Zoho device sign-in waiting for approval.
#[derive(Debug, Clone)]
pub(crate) struct Device {
    pub user_code: String,
    /// None: not yet decided; Some(None): denied; Some(Some(dc)): approved by a user of that DC.
    pub decision: Option<Option<String>>,
    /// `other_dc` was answered once already.
    pub moved: bool,
    pub last_poll: Option<Instant>,
    pub interval: u64,
    pub expires: Instant,
}

/// A Zoho record attachment.
#[derive(Debug, Clone)]
pub(crate) struct Attachment {
    pub id: String,
    /// The upload record holding the bytes.
    pub upload: String,
    pub file_name: String,
    pub size: u64,
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub expires: Instant,
    pub photo_scope: bool,
    pub client: String,
    /// Real-hosts mode: the only API host that takes this token (a Zoho
    /// token is valid in the data centre that issued it).
    pub api_host: Option<String>,
}

#[derive(Default)]
pub(crate) struct Inner {
    pub(crate) faults: FaultState,
    pub uploads: Vec<UploadRecord>,
    requests: Vec<RequestRecord>,
    pub zoho_tokens: HashMap<String, Token>,
    /// Token requests per refresh token (Zoho: at most 10 per 10 minutes).
    pub zoho_token_log: HashMap<String, VecDeque<Instant>>,
    /// Photo requests in flight per Zoho client (an org's concurrency limit).
    pub zoho_in_flight: HashMap<String, usize>,
    /// (product, module, id) → upload id of the record's current photo.
    pub zoho_photos: HashMap<(String, String, String), String>,
    /// (product, module, id) → the record's attachments, oldest first.
    pub zoho_attachments: HashMap<(String, String, String), Vec<Attachment>>,
    /// Device sign-ins by device code.
    pub zoho_devices: HashMap<String, Device>,
    /// Seconds between device polls the sandbox asks for (Zoho: 30; tests: 1).
    pub device_interval: u64,
    pub chakra_photos: HashMap<String, (String, serde_json::Value)>,
    pub chakra_processes: HashMap<(String, String), serde_json::Map<String, serde_json::Value>>,
    /// Zoho CRM and Bigin records: the built-in ones, and those tests add.
    pub zoho_records: Vec<records::ZohoRecord>,
    pub cap_tokens: HashMap<String, Instant>,
    pub cap_versions: HashMap<String, u64>,
    pub qp_next_image: u64,
    pub qp_calls: VecDeque<Instant>,
    pub token_ttl: u64,
    pub token_requests: u64,
    /// `Faults::expire_tokens_every` (0: off) and the accepted uploads counted for it.
    pub expire_every: u64,
    pub expire_count: u64,
}

/// What one sandbox takes before it refuses more (the demo's is small: it
/// runs inside the desktop app, on the person's own disk).
#[derive(Debug, Clone, Copy)]
pub struct Caps {
    /// Largest request body (413 beyond).
    pub max_body: u64,
    /// Files accepted in all (507 beyond).
    pub max_files: usize,
    /// Bytes accepted in all (507 beyond).
    pub max_total: u64,
}

impl Caps {
    /// Tests and benchmarks (a 1 GiB upload among them).
    pub const TESTS: Caps = Caps {
        max_body: 4 << 30,
        max_files: 1_000_000,
        max_total: 1 << 40,
    };
    /// The desktop app's demo profile.
    pub const DEMO: Caps = Caps {
        max_body: 64 << 20,
        max_files: 2_000,
        max_total: 2 << 30,
    };
}

pub struct Shared {
    pub(crate) inner: Mutex<Inner>,
    pub origin: String,
    /// Host header values this server answers to (DNS rebinding: a web page
    /// elsewhere that resolves its own name to 127.0.0.1 gets nothing).
    hosts: Vec<String>,
    /// Real-hosts mode (feature `test-hosts`): requests arrive over TLS for the
    /// services' own host names, and each API answers only on its real hosts.
    pub(crate) real_hosts: bool,
    caps: Caps,
    store_dir: PathBuf,
    next_id: AtomicU64,
    started: Instant,
}

impl Shared {
    pub(crate) fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panicking handler must not wedge the sandbox for everyone else.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn store_dir(&self) -> &std::path::Path {
        &self.store_dir
    }

    pub(crate) fn new_id(&self) -> String {
        format!("u{}", self.next_id.fetch_add(1, Ordering::Relaxed) + 1)
    }

    pub(crate) fn file_url(&self, id: &str) -> String {
        format!("{}/__sandbox/files/{id}", self.origin)
    }

    pub(crate) fn record(&self, mut rec: UploadRecord) -> UploadRecord {
        rec.at = now_secs();
        let mut g = self.lock();
        g.uploads.push(rec.clone());
        if g.expire_every > 0 {
            g.expire_count += 1;
            if g.expire_count.is_multiple_of(g.expire_every) {
                expire_all(&mut g);
            }
        }
        rec
    }
}

pub(crate) fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Per-connection control: lets a handler reset its own TCP connection.
#[derive(Default)]
struct ConnCtl {
    reset: AtomicBool,
}

/// A TCP stream that fails with a reset (RST, via linger 0) once asked to.
struct FaultIo {
    inner: TcpStream,
    ctl: Arc<ConnCtl>,
}

impl FaultIo {
    fn check(&self) -> Option<io::Error> {
        if self.ctl.reset.load(Ordering::SeqCst) {
            let _ = socket2::SockRef::from(&self.inner).set_linger(Some(Duration::ZERO));
            Some(io::ErrorKind::ConnectionReset.into())
        } else {
            None
        }
    }
}

impl AsyncRead for FaultIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Some(e) = self.check() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for FaultIo {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if let Some(e) = self.check() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

#[cfg(feature = "test-hosts")]
type Acceptor = tokio_rustls::TlsAcceptor;
/// Without the feature there is no TLS mode: a type with no values.
#[cfg(not(feature = "test-hosts"))]
#[derive(Clone)]
enum Acceptor {}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    pub addr: SocketAddr,
    pub shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
    _store: tempfile::TempDir,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Sandbox {
    /// Listen on 127.0.0.1:`port` (0 = any free port), for tests and the CLI.
    pub async fn start(port: u16) -> io::Result<Sandbox> {
        Self::start_with(port, None, Caps::TESTS, None).await
    }

    /// The services' real host names over TLS (tests of the data-centre
    /// tables): returns the sandbox and the PEM of the CA its certificates
    /// chain to. A client built with the feature `test-hosts` reaches it with
    /// `PHOTODROP_TEST_HOSTS_ADDR` = [`Sandbox::addr`] and the CA in a file
    /// named by `PHOTODROP_TEST_HOSTS_CA`.
    #[cfg(feature = "test-hosts")]
    pub async fn start_real_hosts() -> io::Result<(Sandbox, String)> {
        let ca = Arc::new(tls::TestCa::new()?);
        let pem = ca.pem();
        let sb = Self::start_with(0, None, Caps::TESTS, Some(ca.acceptor()?)).await?;
        Ok((sb, pem))
    }

    /// The desktop app's demo server: any free port, every route under a
    /// secret path made for this run (`http://127.0.0.1:PORT/SECRET`), so
    /// other local users and web pages cannot reach it, and small caps.
    pub async fn start_demo() -> io::Result<Sandbox> {
        let secret = uuid::Uuid::new_v4().simple().to_string();
        Self::start_with(0, Some(secret), Caps::DEMO, None).await
    }

    async fn start_with(
        port: u16,
        secret: Option<String>,
        caps: Caps,
        tls: Option<Acceptor>,
    ) -> io::Result<Sandbox> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let hosts = vec![
            format!("127.0.0.1:{}", addr.port()),
            format!("localhost:{}", addr.port()),
        ];
        let scheme = if tls.is_some() { "https" } else { "http" };
        let origin = match &secret {
            Some(s) => format!("{scheme}://{addr}/{s}"),
            None => format!("{scheme}://{addr}"),
        };
        let store = tempfile::Builder::new()
            .prefix("photodrop-sandbox-")
            .tempdir()?;
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                token_ttl: 3600,
                // Zoho asks for 30 s between device polls; the sandbox asks
                // for 2 so demos and tests stay quick (clients honour either).
                device_interval: 2,
                qp_next_image: 1_000_011,
                ..Default::default()
            }),
            origin,
            hosts,
            real_hosts: tls.is_some(),
            caps,
            store_dir: store.path().to_path_buf(),
            next_id: AtomicU64::new(0),
            started: Instant::now(),
        });
        chakra::seed(&shared);
        zoho::seed(&shared);
        let app = router(shared.clone(), secret.as_deref());
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let _ = tcp.set_nodelay(true);
                let ctl = Arc::new(ConnCtl::default());
                let svc = app.clone().layer(Extension(ctl.clone()));
                let tls = tls.clone();
                tokio::spawn(async move {
                    let io = FaultIo { inner: tcp, ctl };
                    let svc = hyper_util::service::TowerToHyperService::new(svc);
                    let server = hyper_util::server::conn::auto::Builder::new(
                        hyper_util::rt::TokioExecutor::new(),
                    );
                    match tls {
                        None => {
                            let _ = server
                                .serve_connection(hyper_util::rt::TokioIo::new(io), svc)
                                .await;
                        }
                        #[cfg(feature = "test-hosts")]
                        Some(acceptor) => {
                            if let Ok(io) = acceptor.accept(io).await {
                                let _ = server
                                    .serve_connection(hyper_util::rt::TokioIo::new(io), svc)
                                    .await;
                            }
                        }
                        #[cfg(not(feature = "test-hosts"))]
                        Some(never) => match never {},
                    }
                });
            }
        });
        Ok(Sandbox {
            addr,
            shared,
            task,
            _store: store,
        })
    }

    pub fn url(&self) -> String {
        self.shared.origin.clone()
    }

    pub fn uploads(&self) -> Vec<UploadRecord> {
        self.shared.lock().uploads.clone()
    }

    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.lock().requests.clone()
    }

    pub fn set_faults(&self, f: Faults) {
        apply_faults(&self.shared, f);
    }

    /// Add a Zoho record (`product`: crm or bigin) with these fields; its id.
    pub fn add_zoho_record(&self, product: &str, module: &str, fields: &[(&str, &str)]) -> String {
        let n = self
            .shared
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let id = format!("{}", 4_150_000_000_000u64 + n);
        self.shared.lock().zoho_records.push(records::ZohoRecord {
            product: product.into(),
            module: module.into(),
            id: id.clone(),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), serde_json::json!(v)))
                .collect(),
            locked: false,
            forbidden: false,
        });
        id
    }

    /// Add a ChakraHQ process of `procedure` with these attribute values; its id.
    pub fn add_chakra_process(&self, procedure: &str, fields: &[(&str, &str)]) -> String {
        let n = self
            .shared
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let id = format!("66{:022x}", n + 1);
        self.shared.lock().chakra_processes.insert(
            (procedure.into(), id.clone()),
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), serde_json::json!(v)))
                .collect(),
        );
        id
    }

    /// How many token requests (Zoho refresh/grant, Capillary generate) were served.
    pub fn token_requests(&self) -> u64 {
        self.shared.lock().token_requests
    }

    /// Run until the task ends (the CLI's foreground mode).
    pub async fn wait(mut self) {
        let t = std::mem::replace(&mut self.task, tokio::spawn(async {}));
        let _ = t.await;
    }
}

fn apply_faults(shared: &Shared, f: Faults) {
    let mut g = shared.lock();
    let st = &mut g.faults;
    if let Some(secs) = f.fail_for_secs {
        st.fail_until = (secs > 0).then(|| Instant::now() + Duration::from_secs(secs));
        st.fail_status = f.status.unwrap_or(503);
        st.fail_retry_after = f.retry_after;
        st.fail_code = f.error_code.clone();
        st.fail_prefix = f.path_prefix.clone();
    }
    if let Some(n) = f.fail_next {
        st.fail_left = n;
        st.fail_status = f.status.unwrap_or(503);
        st.fail_retry_after = f.retry_after;
        st.fail_code = f.error_code.clone();
        st.fail_prefix = f.path_prefix.clone();
    }
    if let Some(n) = f.reset_next {
        st.reset_left = n;
        st.reset_after = f.reset_after_bytes.unwrap_or(32 * 1024);
        st.reset_prefix = f.path_prefix.clone();
    }
    if let Some(ms) = f.delay_ms {
        st.delay = (ms > 0).then(|| Duration::from_millis(ms));
        st.delay_prefix = f.path_prefix.clone();
    }
    if let Some(u) = f.unsearchable {
        st.unsearchable = u;
    }
    if let Some(n) = f.lose_answer_next {
        st.lose_left = n;
        st.lose_prefix = f.path_prefix.clone();
    }
    if let Some(ms) = f.stagger_ms {
        st.stagger = (ms > 0).then(|| Duration::from_millis(ms));
        st.stagger_n = 0;
        st.stagger_prefix = f.path_prefix.clone();
    }
    if let Some(ttl) = f.token_ttl {
        g.token_ttl = ttl;
    }
    if let Some(omit) = f.omit_api_domain {
        g.faults.omit_api_domain = omit;
    }
    if let Some(n) = f.expire_tokens_every {
        g.expire_every = n;
        g.expire_count = 0;
    }
    if f.expire_tokens == Some(true) {
        expire_all(&mut g);
    }
}

/// Every issued access token (Zoho, Capillary OAuth) is dead from now on.
fn expire_all(g: &mut Inner) {
    let past = Instant::now() - Duration::from_secs(1);
    for t in g.zoho_tokens.values_mut() {
        t.expires = past;
    }
    for t in g.cap_tokens.values_mut() {
        *t = past;
    }
}

fn router(shared: Arc<Shared>, secret: Option<&str>) -> Router {
    let inner = routes(shared.clone());
    let app = match secret {
        Some(s) => Router::new()
            .nest(&format!("/{s}"), inner)
            .fallback(not_found),
        None => inner,
    };
    app.layer(middleware::from_fn_with_state(shared, guard_mw))
}

/// Real-hosts mode: whether the real service answers `path` at `host`; each
/// provider's module knows its own hosts (from the documents, not from the
/// client's tables, which are what these tests check).
fn real_host_ok(path: &str, host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    [
        zoho::real_host,
        chakra::real_host,
        capillary::real_host,
        questionpro::real_host,
    ]
    .iter()
    .find_map(|f| f(path, &host))
    .unwrap_or(false)
}

/// Every request: the Host header must name this server (no DNS
/// rebinding), the body must fit the caps, and uploads stop at the caps.
async fn guard_mw(State(shared): State<Arc<Shared>>, mut req: Request, next: Next) -> Response {
    // HTTP/2 names the host in the URI (`:authority`), HTTP/1.1 in Host: the
    // handlers read Host, so it is filled in from the authority when missing.
    let host = match req.headers().get(axum::http::header::HOST) {
        Some(h) => h.to_str().unwrap_or("").to_string(),
        None => req
            .uri()
            .authority()
            .map(|a| a.to_string())
            .unwrap_or_default(),
    };
    if let Ok(v) = axum::http::HeaderValue::from_str(&host) {
        req.headers_mut().insert(axum::http::header::HOST, v);
    }
    if shared.real_hosts {
        let path = req.uri().path();
        if !path.starts_with("/__sandbox") && !real_host_ok(path, &host) {
            return (
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "{path} is not served at {host}: the real service answers it on another host"
                ),
            )
                .into_response();
        }
    } else if !shared.hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)) {
        return (
            StatusCode::MISDIRECTED_REQUEST,
            "wrong Host for this sandbox",
        )
            .into_response();
    }
    let len = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    if len > shared.caps.max_body {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "request body over the sandbox's limit",
        )
            .into_response();
    }
    if req.method() != axum::http::Method::GET {
        let (files, total) = {
            let g = shared.lock();
            (
                g.uploads.len(),
                g.uploads.iter().map(|u| u.size).sum::<u64>(),
            )
        };
        if files >= shared.caps.max_files || total + len > shared.caps.max_total {
            return (
                StatusCode::INSUFFICIENT_STORAGE,
                "the sandbox holds as much as it may; restart it to start afresh",
            )
                .into_response();
        }
    }
    let body_cap = shared.caps.max_body as usize;
    let (parts, body) = req.into_parts();
    // Chunked bodies (no Content-Length) are cut at the cap too.
    let body = Body::new(http_body_util::Limited::new(body, body_cap));
    next.run(Request::from_parts(parts, body)).await
}

fn routes(shared: Arc<Shared>) -> Router {
    let admin = Router::new()
        .route("/__sandbox", get(admin_info))
        .route("/__sandbox/uploads", get(admin_uploads))
        .route("/__sandbox/requests", get(admin_requests))
        .route("/__sandbox/faults", post(admin_faults))
        .route("/__sandbox/reset", post(admin_reset))
        .route("/__sandbox/records", post(admin_records))
        .route("/__sandbox/files/{id}", get(admin_file));
    let api = Router::new()
        .merge(zoho::routes())
        .merge(chakra::routes())
        .merge(capillary::routes())
        .merge(questionpro::routes())
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), faults_mw));
    admin
        .merge(api)
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(shared)
}

async fn not_found(req: Request) -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(serde_json::json!({"code": "INVALID_URL_PATTERN", "message": format!("no sandbox API at {} {}", req.method(), req.uri().path()), "status": "error"})),
    )
        .into_response()
}

/// The host a request was addressed to (`guard_mw` fills the Host header in
/// from an HTTP/2 authority, so handlers find it here either way).
pub(crate) fn request_host(h: &HeaderMap) -> &str {
    h.get(axum::http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn auth_scheme(h: &HeaderMap) -> Option<String> {
    if let Some(v) = h.get("authorization").and_then(|v| v.to_str().ok()) {
        return Some(v.split_whitespace().next().unwrap_or("").to_string());
    }
    [
        "api-key",
        "apikey",
        "x-cap-api-oauth-token",
        "cap-api-access-token",
    ]
    .iter()
    .find(|n| h.contains_key(**n))
    .map(|n| n.to_string())
}

/// Applies the fault knobs to API requests and logs every request.
async fn faults_mw(
    State(shared): State<Arc<Shared>>,
    Extension(conn): Extension<Arc<ConnCtl>>,
    req: Request,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    let method = req.method().to_string();
    let query = req.uri().query().map(str::to_string);
    let auth = auth_scheme(req.headers());
    let host = request_host(req.headers()).to_string();
    let matches = |p: &Option<String>| p.as_deref().is_none_or(|p| path.starts_with(p));
    let (delay, fail, reset, lose) = {
        let mut g = shared.lock();
        let st = &mut g.faults;
        let lose = st.lose_left > 0 && method == "POST" && matches(&st.lose_prefix);
        if lose {
            st.lose_left -= 1;
        }
        let mut delay = st.delay.filter(|_| matches(&st.delay_prefix));
        if let Some(step) = st.stagger.filter(|_| matches(&st.stagger_prefix)) {
            delay = Some(delay.unwrap_or_default() + step * st.stagger_n);
            st.stagger_n += 1;
        }
        let outage = st.fail_until.is_some_and(|t| Instant::now() < t);
        let fail = if (outage || st.fail_left > 0) && matches(&st.fail_prefix) {
            if !outage {
                st.fail_left -= 1;
            }
            Some((st.fail_status, st.fail_retry_after, st.fail_code.clone()))
        } else {
            None
        };
        let reset = if fail.is_none() && st.reset_left > 0 && matches(&st.reset_prefix) {
            st.reset_left -= 1;
            Some(st.reset_after)
        } else {
            None
        };
        (delay, fail, reset, lose)
    };
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    let log = |status: u16, fault: Option<String>| {
        let at_ms = shared.started.elapsed().as_millis() as u64;
        shared.lock().requests.push(RequestRecord {
            host: host.clone(),
            method: method.clone(),
            path: path.clone(),
            query: query.clone(),
            status,
            auth: auth.clone(),
            fault,
            at_ms,
        });
    };
    if let Some(after) = reset {
        // Read part of the body, then kill the connection with a TCP reset.
        let mut body = req.into_body().into_data_stream();
        let mut seen = 0u64;
        while seen < after {
            match body.next().await {
                Some(Ok(b)) => seen += b.len() as u64,
                _ => break,
            }
        }
        log(0, Some("reset".into()));
        conn.reset.store(true, Ordering::SeqCst);
        // Poll once more so the connection notices; the response never leaves.
        let _ = body.next().await;
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    if let Some((status, retry_after, code)) = fail {
        drain(req.into_body()).await;
        let mut resp = fault_response(&path, status, code.as_deref());
        if let Some(s) = retry_after {
            resp.headers_mut()
                .insert("retry-after", s.to_string().parse().expect("digits"));
        }
        log(resp.status().as_u16(), Some(format!("fail {status}")));
        return resp;
    }
    let resp = next.run(req).await;
    if lose {
        // Done and stored; the answer never leaves (the connection is reset).
        log(resp.status().as_u16(), Some("answer lost".into()));
        conn.reset.store(true, Ordering::SeqCst);
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    log(resp.status().as_u16(), None);
    resp
}

/// A failure in the shape of the API the path belongs to.
fn fault_response(path: &str, status: u16, code: Option<&str>) -> Response {
    let st = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    if path.starts_with("/crm/") || path.starts_with("/bigin/") {
        if let Some(code) = code {
            // The record id is the path's fourth segment (`/crm/v8/Leads/{id}/photo`).
            let id = path.split('/').nth(4).unwrap_or("");
            return zoho::error_for(zoho::Dialect::of_path(path), code, id);
        }
        let code = match status {
            429 => "TOO_MANY_REQUESTS",
            401 => "INVALID_TOKEN",
            _ => "INTERNAL_ERROR",
        };
        return (st, Json(serde_json::json!({"code": code, "details": {}, "message": "sandbox fault", "status": "error"}))).into_response();
    }
    if path.starts_with("/v1/ext/") {
        return (
            st,
            Json(serde_json::json!({"_errors": [format!("sandbox fault {status}")]})),
        )
            .into_response();
    }
    if path.starts_with("/a/api/") {
        return match (status, code) {
            // `error_code: "1013"`: the licence's call allowance is used up (no Retry-After).
            (429, Some("1013")) => questionpro::error(429, "1013", "API call limit exceeded"),
            // The per-minute limit, as the sandbox's own limiter answers it.
            (429, _) => questionpro::rate_limited(),
            _ => questionpro::error(status, "1026", "sandbox fault"),
        };
    }
    (
        st,
        Json(serde_json::json!({"code": status, "status": "false", "message": "sandbox fault"})),
    )
        .into_response()
}

async fn admin_info(State(s): State<Arc<Shared>>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "origin": s.origin,
        "credentials": {
            "zoho": {"client_id": creds::ZOHO_CLIENT_ID, "client_secret": creds::ZOHO_CLIENT_SECRET, "refresh_token": creds::ZOHO_REFRESH_TOKEN, "grant_code": creds::ZOHO_GRANT_CODE},
            "chakrahq": {"token": creds::CHAKRA_TOKEN},
            "capillary": {"username": creds::CAPILLARY_USER, "password": creds::CAPILLARY_PASSWORD, "oauth_key": creds::CAPILLARY_KEY, "oauth_secret": creds::CAPILLARY_SECRET},
            "questionpro": {"api_key": creds::QUESTIONPRO_KEY},
        },
        "zoho_records": s.lock().zoho_records.iter().map(|r| format!("{}/{}/{}", r.product, r.module, r.id)).collect::<Vec<_>>(),
        "questionpro_users": questionpro::USERS,
        "chakrahq_targets": chakra::TARGETS,
    }))
}

async fn admin_uploads(State(s): State<Arc<Shared>>) -> Json<Vec<UploadRecord>> {
    Json(s.lock().uploads.clone())
}

async fn admin_requests(State(s): State<Arc<Shared>>) -> Json<Vec<RequestRecord>> {
    Json(s.lock().requests.clone())
}

async fn admin_faults(State(s): State<Arc<Shared>>, Json(f): Json<Faults>) -> StatusCode {
    apply_faults(&s, f);
    StatusCode::NO_CONTENT
}

/// Add Zoho records (`product`, `module`, `fields`) or ChakraHQ processes
/// (`procedure`, `fields`): one, or `{"records": [...]}`. Answers their ids.
/// They stay across `/__sandbox/reset` (records are not uploads).
async fn admin_records(
    State(s): State<Arc<Shared>>,
    Json(body): Json<records::NewRecords>,
) -> Response {
    let list = match body {
        records::NewRecords::Many { records } => records,
        records::NewRecords::One(r) => vec![r],
    };
    let mut ids = vec![];
    let mut g = s.lock();
    for r in list {
        let id = r.id.clone().unwrap_or_else(|| {
            let n = s.next_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if r.procedure.is_some() {
                format!("66{:022x}", n + 1)
            } else {
                format!("{}", 4_150_000_000_000u64 + n)
            }
        });
        match (r.procedure, r.product, r.module) {
            (Some(p), None, None) => {
                g.chakra_processes.insert((p, id.clone()), r.fields);
            }
            (None, Some(product), Some(module)) if product == "crm" || product == "bigin" => {
                g.zoho_records.push(records::ZohoRecord {
                    product,
                    module,
                    id: id.clone(),
                    fields: r.fields,
                    locked: false,
                    forbidden: false,
                });
            }
            _ => {
                return (
                    axum::http::StatusCode::BAD_REQUEST,
                    "each record has product (crm or bigin) and module, or procedure",
                )
                    .into_response()
            }
        }
        ids.push(id);
    }
    Json(serde_json::json!({ "ids": ids })).into_response()
}

async fn admin_reset(State(s): State<Arc<Shared>>) -> StatusCode {
    let mut g = s.lock();
    g.uploads.clear();
    g.requests.clear();
    g.faults = FaultState::default();
    g.token_requests = 0;
    g.zoho_token_log.clear();
    g.zoho_photos.clear();
    g.zoho_attachments.clear();
    drop(g);
    // The stored bodies go too: benchmarks reset between rounds of gigabytes.
    if let Ok(dir) = std::fs::read_dir(&s.store_dir) {
        for e in dir.flatten() {
            let _ = std::fs::remove_file(e.path());
        }
    }
    StatusCode::NO_CONTENT
}

async fn admin_file(
    State(s): State<Arc<Shared>>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let rec = s.lock().uploads.iter().find(|u| u.id == id).cloned();
    let Some(rec) = rec else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    match tokio::fs::read(s.store_dir.join(&id)).await {
        // Served as a download that never runs: an uploaded HTML or SVG file
        // must not execute in the sandbox's origin.
        Ok(bytes) => (
            [
                ("content-type", "application/octet-stream".to_string()),
                (
                    "content-disposition",
                    format!("attachment; filename=\"{id}\""),
                ),
                ("x-content-type-options", "nosniff".to_string()),
                (
                    "content-security-policy",
                    "sandbox; default-src 'none'".to_string(),
                ),
                ("x-original-content-type", rec.content_type),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => (StatusCode::GONE, "file not kept (too large)").into_response(),
    }
}

/// Read and discard a request body, so that an early refusal reaches a client that is
/// still uploading (instead of a broken pipe).
pub(crate) async fn drain(body: Body) {
    let mut s = body.into_data_stream();
    while let Some(Ok(_)) = s.next().await {}
}

/// A file part received by a handler.
#[derive(Debug, Default)]
pub(crate) struct FilePart {
    pub field: String,
    pub file_name: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
    pub head: Vec<u8>,
    pub id: String,
}

impl FilePart {
    pub fn format(&self) -> Option<crate::media::ImageFormat> {
        crate::media::sniff(&self.head)
    }
    pub fn dimensions(&self) -> Option<(u32, u32)> {
        imagesize::blob_size(&self.head)
            .ok()
            .map(|s| (s.width as u32, s.height as u32))
    }
    pub fn record(
        &self,
        api: &'static str,
        path: &str,
        target: &str,
        remote_id: &str,
        fields: HashMap<String, String>,
    ) -> UploadRecord {
        let dims = self.dimensions();
        UploadRecord {
            id: self.id.clone(),
            api,
            path: path.to_string(),
            target: target.to_string(),
            remote_id: remote_id.to_string(),
            field: self.field.clone(),
            file_name: self.file_name.clone(),
            content_type: self.content_type.clone(),
            size: self.size,
            sha256: self.sha256.clone(),
            width: dims.map(|d| d.0),
            height: dims.map(|d| d.1),
            format: self.format().map(|f| f.name().to_string()),
            fields,
            at: 0,
        }
    }
}

/// What a multipart body held: the file parts, the text fields, and problems.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    pub files: Vec<FilePart>,
    pub texts: HashMap<String, String>,
}

/// Stream a multipart body: files are hashed (and kept on disk when small), never held whole.
pub(crate) async fn read_multipart(
    shared: &Shared,
    headers: &HeaderMap,
    body: Body,
) -> Result<Parts, String> {
    let ct = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct.to_ascii_lowercase().starts_with("multipart/form-data") {
        return Err(format!("expected a multipart/form-data body, got '{ct}'"));
    }
    let boundary = multer::parse_boundary(ct).map_err(|e| format!("bad multipart header: {e}"))?;
    let mut mp = multer::Multipart::new(body.into_data_stream(), boundary);
    let mut parts = Parts::default();
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(format!("malformed multipart body: {e}")),
        };
        let name = field.name().unwrap_or("").to_string();
        match field.file_name().map(str::to_string) {
            None => {
                let text = field
                    .text()
                    .await
                    .map_err(|e| format!("bad field {name}: {e}"))?;
                parts.texts.insert(name, text);
            }
            Some(file_name) => {
                let id = shared.new_id();
                let content_type = field
                    .content_type()
                    .map(|m| m.to_string())
                    .unwrap_or_default();
                let mut field = field;
                let mut hasher = Sha256::new();
                let mut head = Vec::new();
                let mut size = 0u64;
                let path = shared.store_dir.join(&id);
                let mut out = Some(
                    tokio::fs::File::create(&path)
                        .await
                        .map_err(|e| e.to_string())?,
                );
                loop {
                    let chunk = match field.chunk().await {
                        Ok(Some(c)) => c,
                        Ok(None) => break,
                        Err(e) => {
                            let _ = tokio::fs::remove_file(&path).await;
                            return Err(format!("upload interrupted: {e}"));
                        }
                    };
                    hasher.update(&chunk);
                    size += chunk.len() as u64;
                    if head.len() < HEAD_LIMIT {
                        let take = (HEAD_LIMIT - head.len()).min(chunk.len());
                        head.extend_from_slice(&chunk[..take]);
                    }
                    if size > STORE_LIMIT {
                        if out.take().is_some() {
                            let _ = tokio::fs::remove_file(&path).await;
                        }
                    } else if let Some(f) = out.as_mut() {
                        use tokio::io::AsyncWriteExt;
                        f.write_all(&chunk).await.map_err(|e| e.to_string())?;
                    }
                }
                parts.files.push(FilePart {
                    field: name,
                    file_name,
                    content_type,
                    size,
                    sha256: hex::encode(hasher.finalize()),
                    head,
                    id,
                });
            }
        }
    }
    Ok(parts)
}
