//! Shared HTTP plumbing for providers: one client (rustls, timeouts), files
//! streamed from disk into multipart bodies with progress, transport errors
//! classified, responses read with a size cap, `Retry-After` parsed.

use crate::error::{Error, ErrorKind, Retry};
use crate::providers::{ProgressFn, SentDigest, UploadItem};
use bytes::Bytes;
use futures::{Stream, StreamExt};
use reqwest::header::HeaderMap;
use sha2::{Digest, Sha256};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime};

/// Largest response body we keep (error pages can be big; ours are small JSON).
const MAX_BODY: usize = 1 << 20;
/// Chunk size for reading files: big enough for throughput, small enough for
/// memory. (1 MiB chunks, measured against these, used no less CPU.)
const CHUNK: usize = 256 * 1024;

#[derive(Clone, Debug)]
pub struct HttpClient {
    pub inner: reqwest::Client,
}

impl HttpClient {
    pub fn new() -> crate::Result<Self> {
        let inner = reqwest::Client::builder()
            .use_rustls_tls()
            .https_only(false) // checked per URL by net::check_transport (loopback http only)
            .connect_timeout(Duration::from_secs(15))
            // No overall timeout: a 1 GB photo archive on a slow line may take long.
            // A stalled connection is caught by the read timeout instead.
            .read_timeout(Duration::from_secs(120))
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("PhotoDrop/", env!("CARGO_PKG_VERSION")))
            // Redirects could carry the auth header elsewhere; none of the APIs redirect.
            .redirect(reqwest::redirect::Policy::none());
        #[cfg(feature = "test-hosts")]
        let inner = test_hosts::apply(inner)?;
        let inner = inner
            .build()
            .map_err(|e| Error::internal(format!("cannot build HTTP client: {e}")))?;
        Ok(HttpClient { inner })
    }
}

/// Test builds only (feature `test-hosts`): every host name resolves to the
/// sandbox at `PHOTODROP_TEST_HOSTS_ADDR`, and the test CA in the PEM file
/// `PHOTODROP_TEST_HOSTS_CA` is trusted besides the usual roots, so tests use
/// the services' real URLs (`https://accounts.zoho.eu`, …) over TLS.
#[cfg(feature = "test-hosts")]
mod test_hosts {
    use reqwest::dns::{Addrs, Name, Resolve, Resolving};
    use std::net::SocketAddr;

    struct AllTo(SocketAddr);

    impl Resolve for AllTo {
        fn resolve(&self, _: Name) -> Resolving {
            let addr = self.0;
            Box::pin(async move { Ok(Box::new(std::iter::once(addr)) as Addrs) })
        }
    }

    pub fn apply(b: reqwest::ClientBuilder) -> crate::Result<reqwest::ClientBuilder> {
        let (Ok(addr), Ok(ca)) = (
            std::env::var("PHOTODROP_TEST_HOSTS_ADDR"),
            std::env::var("PHOTODROP_TEST_HOSTS_CA"),
        ) else {
            return Ok(b);
        };
        let bad = |e: String| crate::Error::internal(format!("test hosts: {e}"));
        let addr: SocketAddr = addr.parse().map_err(|e| bad(format!("{addr}: {e}")))?;
        let pem = std::fs::read(&ca).map_err(|e| bad(format!("{ca}: {e}")))?;
        let cert = reqwest::Certificate::from_pem(&pem).map_err(|e| bad(e.to_string()))?;
        Ok(b.dns_resolver(std::sync::Arc::new(AllTo(addr)))
            .add_root_certificate(cert))
    }
}

/// Tracks whether the whole request body was handed to the connection.
#[derive(Clone, Default, Debug)]
pub struct SendTracker {
    complete: Arc<AtomicBool>,
}

impl SendTracker {
    pub fn complete(&self) -> bool {
        self.complete.load(Ordering::SeqCst)
    }
}

/// A file streamed from disk, counting bytes for progress, checking the length.
struct CountingStream {
    inner: tokio::sync::mpsc::Receiver<std::io::Result<Chunk>>,
    sent: Arc<AtomicU64>,
    expected: u64,
    progress: ProgressFn,
    tracker: SendTracker,
    /// Where the hash of what was sent goes ([`UploadItem::sent_sha256`]).
    digest: Option<SentDigest>,
}

impl Stream for CountingStream {
    type Item = std::io::Result<Bytes>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.inner.poll_recv(cx) {
            Poll::Ready(Some(Ok(Chunk::Data(b)))) => {
                let n = self.sent.fetch_add(b.len() as u64, Ordering::Relaxed) + b.len() as u64;
                if n > self.expected {
                    return Poll::Ready(Some(Err(std::io::Error::other(crate::tr!(
                        "io-grew-while-sent"
                    )))));
                }
                (self.progress)(n);
                Poll::Ready(Some(Ok(b)))
            }
            Poll::Ready(Some(Ok(Chunk::End(hash)))) => {
                if self.sent.load(Ordering::Relaxed) != self.expected {
                    return Poll::Ready(Some(Err(std::io::Error::other(crate::tr!(
                        "io-shrank-while-sent"
                    )))));
                }
                if let (Some(h), Some(out)) = (hash, self.digest.take()) {
                    out.set(hex::encode(h.finalize()));
                }
                self.tracker.complete.store(true, Ordering::SeqCst);
                Poll::Ready(None)
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e))),
            // The reader stopped without its end (it failed to send it).
            Poll::Ready(None) => Poll::Ready(Some(Err(std::io::Error::other(crate::tr!(
                "io-shrank-while-sent"
            ))))),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// Chunk buffers handed back once the connection has written them. A fresh
/// allocation per chunk is a new mapping for glibc, page-faulted in and
/// zeroed by the kernel: 36 000 page faults for a 400 MiB batch, which cost
/// more system time than reading the files (bench/upload.sh). Kept (8 MiB):
/// enough for a few uploads' read-ahead; more are freed.
static BUFFERS: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::new(Vec::new());
const BUFFERS_KEPT: usize = 32;

/// A CHUNK-long buffer: zeroed once when new, kept whole when reused (no
/// clearing, so no zeroing again).
fn buffer() -> Vec<u8> {
    let reused = BUFFERS.lock().unwrap_or_else(|p| p.into_inner()).pop();
    reused.unwrap_or_else(|| vec![0; CHUNK])
}

/// A chunk's first `len` bytes, whose buffer goes back to [`BUFFERS`] when dropped.
struct Pooled {
    buf: Vec<u8>,
    len: usize,
}

impl AsRef<[u8]> for Pooled {
    fn as_ref(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        let mut kept = BUFFERS.lock().unwrap_or_else(|p| p.into_inner());
        if kept.len() < BUFFERS_KEPT && buf.len() == CHUNK {
            kept.push(buf);
        }
    }
}

/// A file's chunks, read on one blocking thread straight into the buffers
/// that are sent, two chunks ahead, and hashed there when asked (off the
/// async workers, which drive every connection). tokio's `File` reads into a
/// buffer of its own, copies each chunk out of it and makes a blocking-pool
/// round trip per chunk: measurably slower for a batch on two cores. The
/// reader stops when the body is dropped. `head`, the file's first bytes
/// already in memory (the probe's), goes first; `file` is where they end.
fn read_chunks(
    head: Bytes,
    file: std::fs::File,
    mut digest: Option<Sha256>,
) -> tokio::sync::mpsc::Receiver<std::io::Result<Chunk>> {
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    tokio::task::spawn_blocking(move || {
        if !head.is_empty() {
            if let Some(h) = &mut digest {
                h.update(&head);
            }
            if tx.blocking_send(Ok(Chunk::Data(head))).is_err() {
                return;
            }
        }
        read_rest(file, digest, tx)
    });
    rx
}

/// [`read_chunks`]' loop over what is left of `file`.
fn read_rest(
    mut file: impl std::io::Read,
    mut digest: Option<Sha256>,
    tx: tokio::sync::mpsc::Sender<std::io::Result<Chunk>>,
) {
    loop {
        let mut buf = buffer();
        let chunk = match fill(&mut file, &mut buf) {
            Ok(0) => {
                let _ = tx.blocking_send(Ok(Chunk::End(digest.take())));
                return;
            }
            Ok(len) => {
                if let Some(h) = &mut digest {
                    h.update(&buf[..len]);
                }
                Ok(Chunk::Data(Bytes::from_owner(Pooled { buf, len })))
            }
            Err(e) => Err(e),
        };
        let failed = chunk.is_err();
        if tx.blocking_send(chunk).is_err() || failed {
            return;
        }
    }
}

/// Reads into all of `buf` until it is full or the file ends; the bytes read.
/// By hand, not `Read::take(..).read_to_end`: that has no size hint here and
/// asks for 8, 16, 32, 64, then 128 KiB, five system calls per chunk where a
/// file needs one.
fn fill(file: &mut impl std::io::Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut len = 0;
    while len < buf.len() {
        match file.read(&mut buf[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(len)
}

/// What the reader hands over: bytes, then the end with the hash of them all.
enum Chunk {
    Data(Bytes),
    End(Option<Sha256>),
}

/// A multipart file part that streams `item` from disk (never buffered whole).
pub async fn file_part(
    item: &UploadItem,
    file_name: &str,
    progress: ProgressFn,
) -> crate::Result<(reqwest::multipart::Part, SendTracker)> {
    let (head, file) = match item.handoff.take() {
        Some(handed) => handed,
        None => (
            Bytes::new(),
            tokio::fs::File::open(&item.path)
                .await
                .map_err(|e| Error::unreadable(item.path.display(), &e))?
                .into_std()
                .await,
        ),
    };
    let tracker = SendTracker::default();
    progress(0);
    let stream = CountingStream {
        inner: read_chunks(head, file, item.sent_sha256.as_ref().map(|_| Sha256::new())),
        sent: Arc::new(AtomicU64::new(0)),
        expected: item.size,
        progress,
        tracker: tracker.clone(),
        digest: item.sent_sha256.clone(),
    };
    let body = reqwest::Body::wrap_stream(stream);
    let part = reqwest::multipart::Part::stream_with_length(body, item.size)
        .file_name(file_name.to_string())
        .mime_str(item.format.mime())
        .map_err(|e| Error::internal(e.to_string()))?;
    Ok((part, tracker))
}

/// Classify a transport-level failure (no HTTP response).
pub fn transport_error(
    provider: &'static str,
    e: reqwest::Error,
    tracker: Option<&SendTracker>,
) -> Error {
    // without_url: URLs carry no secrets by design, but error text stays short.
    let e = e.without_url();
    let sent = tracker.map(|t| t.complete()).unwrap_or(true);
    let (code, key) = if e.is_timeout() {
        ("TIMEOUT", "error-timeout")
    } else if e.is_connect() {
        ("CONNECT_FAILED", "error-connect-failed")
    } else {
        ("NETWORK", "error-network")
    };
    let mut detail = e.to_string();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        detail.push_str(": ");
        detail.push_str(&s.to_string());
        src = s.source();
    }
    let mut err = Error::new(
        ErrorKind::Transient,
        code,
        crate::i18n::message(
            key,
            &[("provider", provider.into()), ("detail", detail.into())],
        ),
    )
    .with_provider(provider);
    // A connect error means nothing left this machine.
    err.request_sent = sent && !e.is_connect();
    err
}

/// A response read fully (capped), ready for a provider to parse.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Response {
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_str(&self.body).ok()
    }
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
    pub fn retry_after(&self) -> Option<Duration> {
        parse_retry_after(&self.headers)
    }
}

pub async fn read(
    provider: &'static str,
    resp: reqwest::Response,
    tracker: Option<&SendTracker>,
) -> crate::Result<Response> {
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let mut body = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| transport_error(provider, e, tracker))?;
        let room = MAX_BODY.saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
    }
    Ok(Response {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// `Retry-After` as seconds or an HTTP date.
pub fn parse_retry_after(h: &HeaderMap) -> Option<Duration> {
    let v = h.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(SystemTime::now()).unwrap_or_default())
}

/// The usual meaning of a status code when the body says nothing more.
pub fn generic_status_error(provider: &'static str, provider_name: &str, r: &Response) -> Error {
    let s = r.status;
    let (kind, msg) = match s {
        401 => (ErrorKind::Auth, "error-http-401"),
        403 => (ErrorKind::Permission, "error-http-403"),
        404 => (ErrorKind::NotFound, "error-http-404"),
        408 => (ErrorKind::Transient, "error-http-408"),
        409 => (ErrorKind::Rejected, "error-http-409"),
        413 => (ErrorKind::TooLarge, "error-http-413"),
        415 => (ErrorKind::UnsupportedFormat, "error-http-415"),
        429 => (ErrorKind::RateLimited, "error-http-429"),
        500..=599 => (ErrorKind::Transient, "error-http-5xx"),
        _ => (ErrorKind::Rejected, "error-http-other"),
    };
    let msg = crate::i18n::message(
        msg,
        &[("service", provider_name.into()), ("status", s.into())],
    );
    let mut e = Error::new(kind, format!("HTTP_{s}"), msg)
        .with_status(s)
        .with_provider(provider)
        .with_retry_after(r.retry_after())
        .with_body(Some(r.body.clone()));
    if kind == ErrorKind::Auth {
        e.retry = Retry::Auth;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader hands over every byte in order (the probed head from
    /// memory, then the rest of the handle it was handed with), then the
    /// hash of them all, and the chunks' buffers come back for the next file.
    #[tokio::test]
    async fn chunks_are_read_hashed_and_their_buffers_reused() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("f");
        let data: Vec<u8> = (0..CHUNK * 2 + 1234).map(|i| (i % 251) as u8).collect();
        std::fs::write(&p, &data).unwrap();
        for head in [0, 1000] {
            let handoff = crate::media::prepare::Handoff::with_head(
                std::fs::File::open(&p).unwrap(),
                data[..head].to_vec(),
            );
            let (head_bytes, file) = handoff.take().unwrap();
            assert!(handoff.take().is_none(), "handed over once");
            let mut rx = read_chunks(head_bytes, file, Some(Sha256::new()));
            let (mut got, mut hash) = (vec![], None);
            while let Some(c) = rx.recv().await {
                match c.unwrap() {
                    Chunk::Data(b) => got.extend_from_slice(&b),
                    Chunk::End(h) => hash = h,
                }
            }
            assert_eq!(got, data, "head of {head}");
            assert_eq!(
                hex::encode(hash.unwrap().finalize()),
                hex::encode(Sha256::digest(&data))
            );
        }
        let mut rx = read_chunks(
            Bytes::new(),
            std::fs::File::open(&p).unwrap(),
            Some(Sha256::new()),
        );
        let (mut got, mut chunks, mut hash) = (vec![], vec![], None);
        while let Some(c) = rx.recv().await {
            match c.unwrap() {
                Chunk::Data(b) => {
                    got.extend_from_slice(&b);
                    chunks.push(b);
                }
                Chunk::End(h) => hash = h,
            }
        }
        assert_eq!(got, data);
        assert_eq!(chunks.len(), 3);
        assert_eq!(
            hex::encode(hash.unwrap().finalize()),
            hex::encode(Sha256::digest(&data))
        );
        let before = BUFFERS.lock().unwrap().len();
        drop(chunks);
        let kept = BUFFERS.lock().unwrap().len();
        assert!(kept > before || kept == BUFFERS_KEPT, "{before} → {kept}");
        assert!(BUFFERS.lock().unwrap().iter().all(|b| b.len() == CHUNK));
    }

    /// A file's chunks are whole reads: one call per chunk (and one to see
    /// the end), not a run of growing small reads.
    #[tokio::test]
    async fn one_read_per_chunk() {
        struct Counted<R>(R, Arc<AtomicU64>);
        impl<R: std::io::Read> std::io::Read for Counted<R> {
            fn read(&mut self, b: &mut [u8]) -> std::io::Result<usize> {
                self.1.fetch_add(1, Ordering::Relaxed);
                self.0.read(b)
            }
        }
        let data: Vec<u8> = (0..CHUNK * 3).map(|i| (i % 7) as u8).collect();
        let calls = Arc::new(AtomicU64::new(0));
        let reader = Counted(std::io::Cursor::new(data.clone()), calls.clone());
        let (tx, mut rx) = tokio::sync::mpsc::channel(8);
        tokio::task::spawn_blocking(move || read_rest(reader, None, tx));
        let mut got = vec![];
        while let Some(c) = rx.recv().await {
            if let Chunk::Data(b) = c.unwrap() {
                assert_eq!(b.len(), CHUNK);
                got.extend_from_slice(&b);
            }
        }
        assert_eq!(got, data);
        assert_eq!(calls.load(Ordering::Relaxed), 4);
    }

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "7".parse().unwrap());
        assert_eq!(parse_retry_after(&h), Some(Duration::from_secs(7)));
        let future = SystemTime::now() + Duration::from_secs(100);
        h.insert(
            "retry-after",
            httpdate::fmt_http_date(future).parse().unwrap(),
        );
        let d = parse_retry_after(&h).unwrap();
        assert!(d.as_secs() >= 98 && d.as_secs() <= 100, "{d:?}");
    }
}
