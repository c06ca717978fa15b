//! Credentials: the OS keyring, with an environment fallback for headless machines.
//!
//! Secrets live only in the OS keyring (Secret Service / Keychain / Credential
//! Manager, through the `keyring` crate), one entry per `(profile, field)`
//! under the service name `photodrop`. On a machine with no keyring the
//! variable `PHOTODROP_SECRET_<PROFILE>_<FIELD>` is read (never written).
//! A [`Secret`] prints as `***` in `Debug` and cannot be serialised, so it
//! cannot leak into logs, JSON or the UI by accident.

use crate::error::{Error, ErrorKind, Result};
use std::fmt;
use std::sync::Arc;

/// A secret value. No `Display`, no `Serialize`; `Debug` is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The raw value, for building a request header. Keep the call sites few.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Where secrets are kept. The keyring in production; tests use the real one too.
pub trait SecretStore: Send + Sync {
    fn get(&self, profile: &str, field: &str) -> Result<Option<Secret>>;
    fn set(&self, profile: &str, field: &str, value: &Secret) -> Result<()>;
    /// Returns whether something was deleted.
    fn delete(&self, profile: &str, field: &str) -> Result<bool>;
    /// Human name of the backend, for messages ("the OS keyring (Secret Service)").
    fn describe(&self) -> &'static str;
}

/// The OS keyring through the `keyring` crate.
pub struct KeyringStore {
    service: String,
}

impl KeyringStore {
    /// `PHOTODROP_KEYRING_SERVICE` overrides the service name (isolated test runs, portable installs).
    pub fn from_env() -> Self {
        let service =
            std::env::var("PHOTODROP_KEYRING_SERVICE").unwrap_or_else(|_| "photodrop".to_string());
        KeyringStore { service }
    }

    fn entry(&self, profile: &str, field: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, &format!("{profile}/{field}"))
            .map_err(|e| keyring_error("open", e))
    }
}

fn keyring_error(op: &str, e: keyring::Error) -> Error {
    // keyring's messages describe the platform failure, never the secret value.
    Error::new(
        ErrorKind::Keyring,
        "KEYRING_UNAVAILABLE",
        format!(
            "Could not {op} a secret in the OS keyring ({e}). On a desktop, unlock your keyring \
             (GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) and try again; \
             on a headless machine set the secret in the environment as PHOTODROP_SECRET_<PROFILE>_<FIELD>."
        ),
    )
}

impl SecretStore for KeyringStore {
    fn get(&self, profile: &str, field: &str) -> Result<Option<Secret>> {
        match self.entry(profile, field)?.get_password() {
            Ok(s) => Ok(Some(Secret(s))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_error("read", e)),
        }
    }

    fn set(&self, profile: &str, field: &str, value: &Secret) -> Result<()> {
        self.entry(profile, field)?
            .set_password(value.expose())
            .map_err(|e| keyring_error("store", e))
    }

    fn delete(&self, profile: &str, field: &str) -> Result<bool> {
        match self.entry(profile, field)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(keyring_error("delete", e)),
        }
    }

    fn describe(&self) -> &'static str {
        if cfg!(target_os = "macos") {
            "the macOS Keychain"
        } else if cfg!(windows) {
            "the Windows Credential Manager"
        } else {
            "the OS keyring (Secret Service)"
        }
    }
}

/// Name of the environment variable that can hold a secret on headless machines.
pub fn env_var_name(profile: &str, field: &str) -> String {
    let norm = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect::<String>()
    };
    format!("PHOTODROP_SECRET_{}_{}", norm(profile), norm(field))
}

/// Secrets of one profile: environment first (explicit override for servers
/// and CI), then the keyring.
#[derive(Clone)]
pub struct Credentials {
    store: Arc<dyn SecretStore>,
    profile: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("profile", &self.profile)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    pub fn new(store: Arc<dyn SecretStore>, profile: &str) -> Self {
        Credentials {
            store,
            profile: profile.to_string(),
        }
    }

    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// A field if set. A keyring that cannot be reached counts as "not set" only
    /// when the environment provides nothing either; then its error is returned.
    pub fn get(&self, field: &str) -> Result<Option<Secret>> {
        if let Ok(v) = std::env::var(env_var_name(&self.profile, field)) {
            if !v.is_empty() {
                return Ok(Some(Secret(v)));
            }
        }
        self.store.get(&self.profile, field)
    }

    /// A field that must be set; the error names the exact command to set it.
    pub fn require(&self, field: &str) -> Result<Secret> {
        match self.get(field)? {
            Some(s) => Ok(s),
            None => Err(missing(&self.profile, &[field])),
        }
    }

    pub fn set(&self, field: &str, value: &Secret) -> Result<()> {
        self.store.set(&self.profile, field, value)
    }

    pub fn delete(&self, field: &str) -> Result<bool> {
        self.store.delete(&self.profile, field)
    }

    /// Whether a field is set, without exposing it ("set / not set" for the UI).
    pub fn is_set(&self, field: &str) -> Result<bool> {
        Ok(self.get(field)?.is_some())
    }

    pub fn store(&self) -> &Arc<dyn SecretStore> {
        &self.store
    }
}

/// The "credential not set" error for one or more fields.
pub fn missing(profile: &str, fields: &[&str]) -> Error {
    let cmds: Vec<String> = fields
        .iter()
        .map(|f| format!("`photodrop credential set {profile} {f}`"))
        .collect();
    let envs: Vec<String> = fields.iter().map(|f| env_var_name(profile, f)).collect();
    Error::new(
        ErrorKind::CredentialMissing,
        "CREDENTIAL_MISSING",
        format!(
            "Profile '{profile}' has no {} stored. Run {} and type the secret on stdin \
             (on a headless machine without a keyring, set {} instead).",
            fields.join(" / "),
            cmds.join(" then "),
            envs.join(", ")
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names() {
        assert_eq!(
            env_var_name("my-zoho.eu", "client_id"),
            "PHOTODROP_SECRET_MY_ZOHO_EU_CLIENT_ID"
        );
    }

    #[test]
    fn secret_debug_is_redacted() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "Secret(***)");
    }

    #[test]
    fn missing_names_the_command() {
        let e = missing("crm", &["refresh_token"]);
        assert!(e
            .message
            .contains("photodrop credential set crm refresh_token"));
        assert!(e.message.contains("PHOTODROP_SECRET_CRM_REFRESH_TOKEN"));
    }
}
