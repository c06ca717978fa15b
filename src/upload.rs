//! From local files to receipts: pre-flight, hashing, one attempt with its
//! token refresh, and the retry decisions the queue's runner (the only path
//! that sends) applies.
//!
//! Providers make one attempt and classify their errors; this module decides
//! what happens next. Transient failures (connection errors, resets,
//! timeouts, 429, 5xx) are retried with exponential back-off and full jitter,
//! honouring `Retry-After`; a 429 also pauses the other workers of the same
//! profile. An auth failure refreshes the credentials once and retries. An
//! upload is repeated blindly only when the provider says a repeat is harmless
//! ([`Idempotency`]) or the failure happened before the whole request was sent;
//! otherwise it is reported as [`ErrorKind::Ambiguous`] for the user to decide.

use crate::error::{Error, ErrorKind, Result, Retry};
use crate::media::prepare::{self, Policy};
use crate::providers::{Idempotency, Lookup, ProgressFn, Provider, Receipt, Target, UploadItem};
use rand::Rng;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts per file, the first included.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// A `Retry-After` longer than this is not slept through: the error is returned
    /// (the durable queue reschedules such jobs instead of holding a worker).
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(300),
        }
    }
}

impl RetryPolicy {
    /// Exponential back-off with full jitter, never below a quarter of the base.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let cap = exp.min(self.max_delay);
        let lo = self.base_delay / 4;
        let ms = rand::thread_rng()
            .gen_range(lo.as_millis() as u64..=cap.as_millis().max(lo.as_millis()) as u64);
        Duration::from_millis(ms)
    }
}

/// Where and how files are prepared before upload.
#[derive(Debug, Clone)]
pub struct Preparation {
    pub policy: Policy,
    /// Folder for prepared copies (deleted after upload).
    pub work_dir: PathBuf,
    /// Compute the original's SHA-256 while a prepared copy is made
    /// ([`UploadItem::source_sha256`]): the queue compares later files with it.
    pub hash_source: bool,
}

/// Check a local file against what the destination accepts and prepare it
/// (fit, convert, strip private metadata) before any byte is sent.
pub fn preflight(
    provider: &dyn Provider,
    path: &Path,
    target: &Target,
    prep: &Preparation,
    idempotency_key: uuid::Uuid,
) -> Result<UploadItem> {
    preflight_as(provider, path, path, target, prep, idempotency_key)
}

/// [`preflight`] of `path` (a private copy, say) under the name and source
/// path of `shown`, the file the user knows.
pub fn preflight_as(
    provider: &dyn Provider,
    path: &Path,
    shown: &Path,
    target: &Target,
    prep: &Preparation,
    idempotency_key: uuid::Uuid,
) -> Result<UploadItem> {
    let info = provider.info();
    let limits = info.limits_for(Some(&target.0));
    let p = prepare::prepare_with(
        path,
        &limits,
        prep.policy,
        info.name,
        &prep.work_dir,
        prep.hash_source,
    )?;
    let sha256 = if info.caps.needs_content_hash {
        // Known without a read when the original goes as it is and was
        // hashed before (hash::recall).
        Some(crate::media::hash::sha256_file(&p.path)?)
    } else {
        None
    };
    let stem = shown
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "photo".into());
    // Keep the user's name; change the extension only when the format changed.
    let file_name = match (
        p.report.converted_from,
        shown.extension().and_then(|e| e.to_str()),
    ) {
        (None, Some(ext)) if p.format.matches_ext(ext) => format!("{stem}.{ext}"),
        _ => format!("{stem}.{}", p.format.ext()),
    };
    Ok(UploadItem {
        path: p.path,
        source: shown.to_path_buf(),
        prepared: p.report,
        handoff: p.handoff,
        keep: p.temp,
        file_name,
        size: p.size,
        format: p.format,
        target: target.clone(),
        idempotency_key,
        sha256,
        sent_sha256: None,
        source_sha256: p.source_sha256,
    })
}

/// One upload attempt; a refused token is refreshed and the attempt repeated,
/// once per file (`reauthenticated` carries that across attempts). An auth
/// error that remains, or a failed refresh, comes back as permanent: only the
/// user can fix it.
pub async fn send_once(
    provider: &dyn Provider,
    item: &UploadItem,
    progress: ProgressFn,
    reauthenticated: &mut bool,
) -> Result<Receipt> {
    loop {
        let err = match provider.upload(item, progress.clone()).await {
            Ok(r) => return Ok(r),
            Err(e) => e,
        };
        if err.retry != Retry::Auth {
            return Err(err);
        }
        if !*reauthenticated {
            match provider.reauthenticate().await {
                Ok(true) => {
                    *reauthenticated = true;
                    continue;
                }
                Ok(false) => {}
                Err(e) => return Err(e.with_retry(Retry::Permanent)),
            }
        }
        let mut e = err.with_retry(Retry::Permanent);
        if *reauthenticated {
            e.message = crate::tr!("error-still-refused", message = e.message.as_str());
        }
        return Err(e);
    }
}

/// What to do after a retryable attempt failed.
pub enum Step {
    /// Try again, after the server's `Retry-After` when it sent one.
    RetryAfter(Option<Duration>, Error),
    /// Repeating could create a second copy: stop and let the user decide.
    GiveUp(Error),
}

/// Decide whether a transient failure may be retried: always when the upload is
/// idempotent or the request cannot have been processed, otherwise it is
/// reported as unconfirmed.
pub fn next_step(provider: &dyn Provider, item: &UploadItem, err: Error) -> Step {
    let idempotent = provider.info().idempotency(Some(&item.target.0)) != Idempotency::None;
    // 429 and 503 say the request was not processed; a connection that failed
    // before the whole body left cannot have created anything either.
    let not_processed = !err.request_sent || matches!(err.status, Some(429 | 503));
    if !idempotent && !not_processed {
        return Step::GiveUp(ambiguous(provider, item, err));
    }
    Step::RetryAfter(err.retry_after, err)
}

/// What to do after an upload that is not idempotent lost its answer.
pub enum AfterLoss {
    /// It is at the target: done, with this receipt.
    Arrived(Receipt),
    /// It is not there: sending it again is safe.
    Resend(Error),
    /// Cannot tell: the person decides (the error says what was checked).
    Unclear(Error),
}

/// Look for the upload at the target before anything is repeated
/// ([`Provider::look_for`]); `unclear` is the UPLOAD_UNCONFIRMED error.
pub async fn after_lost_answer(
    provider: &dyn Provider,
    item: &UploadItem,
    mut unclear: Error,
) -> AfterLoss {
    match provider.look_for(item).await {
        Ok(Lookup::Found(r)) => {
            tracing::info!(file = %item.path.display(), remote_id = %r.remote_id, "the answer was lost, but the upload is there");
            AfterLoss::Arrived(r)
        }
        Ok(Lookup::Absent) => {
            tracing::info!(file = %item.path.display(), "the answer was lost and the upload is not there: sending again");
            AfterLoss::Resend(unclear)
        }
        Ok(Lookup::Unknown(why)) => {
            unclear.message = crate::tr!(
                "error-looked-unclear",
                message = unclear.message.as_str(),
                why = why
            );
            AfterLoss::Unclear(unclear)
        }
        Err(e) => {
            unclear.message = crate::tr!(
                "error-could-not-look",
                message = unclear.message.as_str(),
                reason = e.message.as_str()
            );
            AfterLoss::Unclear(unclear)
        }
    }
}

fn ambiguous(provider: &dyn Provider, item: &UploadItem, cause: Error) -> Error {
    let name = provider.info().name;
    let mut e = Error::new(
        ErrorKind::Ambiguous,
        "UPLOAD_UNCONFIRMED",
        crate::tr!(
            "error-upload-unconfirmed",
            file = item.file_name.as_str(),
            service = name,
            reason = cause.message.as_str()
        ),
    );
    e.provider = cause.provider;
    e.status = cause.status;
    e.body = cause.body;
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy::default();
        for a in 1..20 {
            let d = p.backoff(a);
            assert!(d >= p.base_delay / 4 && d <= p.max_delay, "{a}: {d:?}");
        }
    }
}
