//! One error type for the whole core.
//!
//! Every failure a user can meet is an [`Error`] with a [`ErrorKind`] (what went
//! wrong, in our words), a `code` (the provider's own code such as
//! `OAUTH_SCOPE_MISMATCH` when there is one, else ours such as `FILE_NOT_FOUND`),
//! a `message` that says what to do, and a [`Retry`] class that the retry
//! policy (not the providers) acts on. It serialises to the UI and to
//! `upload --json` as `{kind, code, message, ...}`.
//!
//! Messages never contain secrets: providers build them from response codes and
//! our own text, and [`Error::redact`] scrubs any secret value a server might
//! have echoed back.

use serde::Serialize;
use std::time::Duration;

/// What went wrong, in PhotoDrop's vocabulary (stable; the UI keys icons and
/// actions on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A profile, option, target or command-line value is wrong.
    Config,
    /// A credential field is not set (keyring nor environment).
    CredentialMissing,
    /// The OS keyring could not be used.
    Keyring,
    /// The local file cannot be uploaded as it is (missing, directory, unreadable, not an image).
    Input,
    /// The service rejected the credentials.
    Auth,
    /// Credentials are fine but lack a scope or permission.
    Permission,
    /// The target record / user / process does not exist.
    NotFound,
    /// The service refused the request as invalid.
    Rejected,
    /// The file breaks the destination's size or resolution limit.
    TooLarge,
    /// The destination does not accept this image format.
    UnsupportedFormat,
    /// The target record is locked.
    Locked,
    /// Too many requests; slow down.
    RateLimited,
    /// The account's API allowance is used up until an admin acts.
    QuotaExhausted,
    /// Network trouble or a server-side failure that may pass.
    Transient,
    /// A non-idempotent upload failed after the whole file was sent: it may have arrived.
    Ambiguous,
    /// A bug or an answer we cannot understand.
    Internal,
}

/// How the retry policy should treat an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// May succeed later: back off and try again (if the upload is safe to repeat).
    Retryable,
    /// Credentials were refused: refresh once and retry, then ask the user.
    Auth,
    /// Retrying cannot help; the user must act.
    Permanent,
}

#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename = "CoreError"))]
#[error("{message}")]
pub struct Error {
    pub kind: ErrorKind,
    /// Provider code (e.g. `INVALID_DATA`) or PhotoDrop's own (e.g. `FILE_NOT_FOUND`).
    pub code: String,
    /// What happened and what to do about it.
    pub message: String,
    pub retry: Retry,
    /// The server's `Retry-After`, when it sent one.
    #[serde(skip_serializing_if = "Option::is_none", with = "opt_secs")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<f64>"))]
    pub retry_after: Option<Duration>,
    /// HTTP status, when the error came from a response.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub status: Option<u16>,
    /// Provider id (`zoho-crm`, ...) when the error came from a provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub provider: Option<&'static str>,
    /// Raw response body (capped), kept for history; never shown as the message.
    #[serde(skip)]
    pub body: Option<String>,
    /// False when a transport error happened before the whole request body was
    /// handed to the connection: then even a non-idempotent upload can be retried.
    #[serde(skip)]
    pub request_sent: bool,
    /// What the person can do about it, as data (the message says what
    /// happened; each host shows the action its own way).
    #[serde(skip_serializing_if = "Option::is_none")]
    /// (Boxed: it is rare, and keeps `Result<_, Error>` small.)
    #[cfg_attr(feature = "ts", ts(optional))]
    pub action: Option<Box<Action>>,
}

/// What the person can do about an error. The CLI shows it as a command to
/// run, the app as a button. A provider does not know the profile's name: it
/// leaves `profile` empty and whoever runs it fills it in
/// ([`Error::for_profile`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "do", rename_all = "snake_case")]
pub enum Action {
    /// Enter these secret fields of the profile (again).
    SetCredentials {
        profile: String,
        fields: Vec<String>,
    },
    /// Connect the account again through the provider's sign-in.
    SignIn { profile: String },
    /// Create a profile of this name.
    AddProfile { profile: String },
    /// Run the job again once the cause is fixed; `needs_target`: it has
    /// none yet, give one.
    RetryJob { job: i64, needs_target: bool },
    /// Several records matched a target by field: send the job to one of
    /// these (the first few of `count`).
    ChooseRecord {
        job: i64,
        candidates: Vec<Candidate>,
        count: usize,
    },
}

/// A record offered by [`Action::ChooseRecord`] (from the provider's search;
/// defined here so that errors stay below the providers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Candidate {
    /// The target that sends the job there.
    pub target: String,
    pub id: String,
    pub name: String,
    /// E-mail or phone, to tell namesakes apart.
    pub detail: Option<String>,
}

impl Action {
    /// Enter `fields` of the profile the error is about.
    pub fn set_credentials(fields: &[&str]) -> Action {
        Action::SetCredentials {
            profile: String::new(),
            fields: fields.iter().map(|f| f.to_string()).collect(),
        }
    }

    fn profile_mut(&mut self) -> Option<&mut String> {
        match self {
            Action::SetCredentials { profile, .. }
            | Action::SignIn { profile }
            | Action::AddProfile { profile } => Some(profile),
            Action::RetryJob { .. } | Action::ChooseRecord { .. } => None,
        }
    }
}

mod opt_secs {
    use serde::Serializer;
    use std::time::Duration;
    pub fn serialize<S: Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_f64(d.as_secs_f64()),
            None => s.serialize_none(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        let retry = match kind {
            ErrorKind::Transient | ErrorKind::RateLimited => Retry::Retryable,
            ErrorKind::Auth => Retry::Auth,
            _ => Retry::Permanent,
        };
        Error {
            kind,
            code: code.into(),
            message: message.into(),
            retry,
            retry_after: None,
            status: None,
            provider: None,
            body: None,
            request_sent: true,
            action: None,
        }
    }

    pub fn config(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, code, message)
    }

    pub fn input(code: &str, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Input, code, message)
    }

    /// A local file that could not be opened or read (`FILE_UNREADABLE`),
    /// saying why.
    pub fn unreadable(path: impl std::fmt::Display, e: &std::io::Error) -> Self {
        Self::input(
            "FILE_UNREADABLE",
            crate::tr!(
                "error-file-unreadable",
                path = path.to_string(),
                reason = e.to_string()
            ),
        )
    }

    /// A file PhotoDrop was asked to write could not be written
    /// (`OUTPUT_UNWRITABLE`), saying why.
    pub fn unwritable(path: impl std::fmt::Display, e: &impl std::fmt::Display) -> Self {
        Self::config(
            "OUTPUT_UNWRITABLE",
            crate::tr!(
                "error-config-unwritable",
                file = path.to_string(),
                reason = e.to_string()
            ),
        )
    }

    /// Something PhotoDrop did not expect (a bug, an answer it cannot
    /// read): `detail` is for whoever reads the report, and stays as written;
    /// the sentence around it is in the language in use.
    pub fn internal(detail: impl Into<String>) -> Self {
        Self::new(
            ErrorKind::Internal,
            "INTERNAL",
            crate::tr!("error-internal", detail = detail.into()),
        )
    }

    pub fn with_retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub fn with_retry_after(mut self, d: Option<Duration>) -> Self {
        self.retry_after = d;
        self
    }

    pub fn with_provider(mut self, p: &'static str) -> Self {
        self.provider = Some(p);
        self
    }

    pub fn with_action(mut self, action: Action) -> Self {
        self.action = Some(Box::new(action));
        self
    }

    /// Name the profile in an action a provider left without one.
    pub fn for_profile(mut self, name: &str) -> Self {
        self.name_profile(name);
        self
    }

    pub fn name_profile(&mut self, name: &str) {
        if let Some(p) = self.action.as_deref_mut().and_then(Action::profile_mut) {
            if p.is_empty() {
                *p = name.to_string();
            }
        }
    }

    pub fn with_body(mut self, body: Option<String>) -> Self {
        self.body = body;
        self
    }

    /// True for errors that come from how PhotoDrop was set up rather than from
    /// a file or the service (the CLI exits 2 for these).
    pub fn is_configuration(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::Config | ErrorKind::CredentialMissing | ErrorKind::Keyring
        )
    }

    /// Remove every occurrence of the given secret values from the message and body.
    pub fn redact(mut self, secrets: &[&str]) -> Self {
        for s in secrets.iter().filter(|s| s.len() >= 4) {
            if self.message.contains(s) {
                self.message = self.message.replace(s, "[redacted]");
            }
            if let Some(b) = self.body.as_mut() {
                if b.contains(s) {
                    *b = b.replace(s, "[redacted]");
                }
            }
        }
        self
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::new(
            ErrorKind::Internal,
            "IO",
            crate::tr!("error-io", reason = e.to_string()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_for_the_ui_without_body() {
        let e = Error::new(
            ErrorKind::TooLarge,
            "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
            "too big",
        )
        .with_status(400)
        .with_body(Some("{\"secret\":1}".into()));
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["kind"], "too_large");
        assert_eq!(v["code"], "FILE_SIZE_MORE_THAN_ALLOWED_SIZE");
        assert_eq!(v["retry"], "permanent");
        assert!(v.get("body").is_none());
    }

    #[test]
    fn redacts_secrets() {
        let e = Error::new(ErrorKind::Auth, "X", "token abcd1234 refused")
            .with_body(Some("echo abcd1234".into()))
            .redact(&["abcd1234"]);
        assert!(!e.message.contains("abcd1234"));
        assert!(!e.body.unwrap().contains("abcd1234"));
    }
}
