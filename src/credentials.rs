//! Credentials: the OS keyring, with an environment fallback for headless machines.
//!
//! Secrets live only in the OS keyring (Secret Service / Keychain / Credential
//! Manager, through the `keyring` crate), one entry per `(profile, field)`
//! under the service name `photodrop`. On a machine with no keyring the
//! variable `PHOTODROP_SECRET_<PROFILE>_<FIELD>` is read (never written).
//! A [`Secret`] prints as `***` in `Debug` and cannot be serialised, so it
//! cannot leak into logs, JSON or the UI by accident.

use crate::error::{Action, Error, ErrorKind, Result};
use crate::tr;
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
    fn describe(&self) -> String;
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
        tr!(
            "error-keyring",
            op = crate::i18n::message(&format!("keyring-op-{op}"), &[]),
            reason = e.to_string()
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

    fn describe(&self) -> String {
        crate::tr!(if cfg!(target_os = "macos") {
            "keyring-macos"
        } else if cfg!(windows) {
            "keyring-windows"
        } else {
            "keyring-secret-service"
        })
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

/// Hidden keyring entry beside a profile's secrets: for each stored field, the
/// origins it was entered for (`{"token": ["https://api.chakrahq.com"]}`).
pub const BINDING_FIELD: &str = "bound_origins";

/// Secrets of one profile: environment first (explicit override for servers
/// and CI), then the keyring.
///
/// A secret read from the store is handed out only while the profile still
/// points at the origins it was entered for: each `set` records them beside
/// the value ([`BINDING_FIELD`]), and a profile re-pointed at another host
/// (a new base URL, data centre, cluster or OAuth host) gets
/// `CREDENTIALS_FOR_OTHER_HOST` until its secrets are entered again. So a
/// changed profile file, or a page that edits a profile, cannot send a stored
/// refresh token or API key anywhere it was not typed in for. Variables from
/// the environment are explicit for the run that sets them and are not bound.
#[derive(Clone)]
pub struct Credentials {
    store: Arc<dyn SecretStore>,
    profile: String,
    /// The profile's current origins; `None` only for removal and status calls
    /// that never send anything.
    origins: Option<Arc<Vec<String>>>,
    /// The bindings as last read or written by this profile's handle (shared
    /// by clones), so a busy upload does not ask the keyring for them per call.
    cached: Arc<std::sync::Mutex<Option<Bindings>>>,
}

type Bindings = std::collections::BTreeMap<String, Vec<String>>;

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("profile", &self.profile)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// Unbound access: for removing secrets and telling set from missing.
    pub fn new(store: Arc<dyn SecretStore>, profile: &str) -> Self {
        Credentials {
            store,
            profile: profile.to_string(),
            origins: None,
            cached: Default::default(),
        }
    }

    /// Access bound to the origins the profile points at now (see the type's docs).
    pub fn bound(store: Arc<dyn SecretStore>, profile: &str, origins: Vec<String>) -> Self {
        let mut origins = origins;
        origins.sort();
        origins.dedup();
        Credentials {
            store,
            profile: profile.to_string(),
            origins: Some(Arc::new(origins)),
            cached: Default::default(),
        }
    }

    fn bindings(&self) -> Result<Bindings> {
        let mut c = self.cached.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = c.as_ref() {
            return Ok(b.clone());
        }
        let b: Bindings = self
            .store
            .get(&self.profile, BINDING_FIELD)?
            .and_then(|s| serde_json::from_str(s.expose()).ok())
            .unwrap_or_default();
        *c = Some(b.clone());
        Ok(b)
    }

    fn save_bindings(&self, b: &Bindings) -> Result<()> {
        *self.cached.lock().unwrap_or_else(|p| p.into_inner()) = Some(b.clone());
        if b.is_empty() {
            self.store.delete(&self.profile, BINDING_FIELD)?;
            return Ok(());
        }
        let text = serde_json::to_string(b).map_err(|e| Error::internal(e.to_string()))?;
        self.store.set(&self.profile, BINDING_FIELD, &Secret(text))
    }

    /// The origins `field` was stored for, when they differ from the profile's now.
    /// A secret stored before bindings existed is bound to the current origins
    /// on first use (it was entered for the profile as it stood then).
    fn check_binding(&self, field: &str) -> Result<()> {
        let Some(now) = &self.origins else {
            return Ok(());
        };
        match self.bindings()?.get(field) {
            Some(was) if was == now.as_ref() => Ok(()),
            Some(was) => Err(other_host(&self.profile, field, was, now)),
            None => self.bind(field),
        }
    }

    /// Record that `field` was entered for the profile's current origins.
    fn bind(&self, field: &str) -> Result<()> {
        let Some(now) = &self.origins else {
            return Ok(());
        };
        let mut b = self.bindings()?;
        if b.get(field) == Some(now.as_ref()) {
            return Ok(());
        }
        b.insert(field.to_string(), now.as_ref().clone());
        self.save_bindings(&b)
    }

    /// The explicit value from `PHOTODROP_SECRET_<PROFILE>_<FIELD>`, if set.
    fn env_value(&self, field: &str) -> Option<Secret> {
        std::env::var(env_var_name(&self.profile, field))
            .ok()
            .filter(|v| !v.is_empty())
            .map(Secret)
    }

    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// A field if set. A keyring that cannot be reached counts as "not set" only
    /// when the environment provides nothing either; then its error is returned.
    pub fn get(&self, field: &str) -> Result<Option<Secret>> {
        if let Some(v) = self.env_value(field) {
            return Ok(Some(v));
        }
        match self.store.get(&self.profile, field)? {
            Some(v) => {
                self.check_binding(field)?;
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// A field that must be set; the error names the exact command to set it.
    pub fn require(&self, field: &str) -> Result<Secret> {
        match self.get(field)? {
            Some(s) => Ok(s),
            None => Err(missing(&self.profile, &[field])),
        }
    }

    /// Store a field, bound to the profile's current origins.
    pub fn set(&self, field: &str, value: &Secret) -> Result<()> {
        self.store.set(&self.profile, field, value)?;
        self.bind(field)
    }

    pub fn delete(&self, field: &str) -> Result<bool> {
        let gone = self.store.delete(&self.profile, field)?;
        if field != BINDING_FIELD {
            let mut b = self.bindings()?;
            if b.remove(field).is_some() {
                self.save_bindings(&b)?;
            }
        }
        Ok(gone)
    }

    /// Whether a field is set, without exposing it ("set / not set" for the UI).
    pub fn is_set(&self, field: &str) -> Result<bool> {
        if self.env_value(field).is_some() {
            return Ok(true);
        }
        Ok(self.store.get(&self.profile, field)?.is_some())
    }

    /// Stored fields that were entered for other origins than the profile's now.
    pub fn unbound_fields(&self, fields: &[&'static str]) -> Result<Vec<&'static str>> {
        let Some(now) = &self.origins else {
            return Ok(vec![]);
        };
        let b = self.bindings()?;
        Ok(fields
            .iter()
            .copied()
            .filter(|f| b.get(*f).is_some_and(|was| was != now.as_ref()))
            .collect())
    }

    pub fn store(&self) -> &Arc<dyn SecretStore> {
        &self.store
    }
}

/// A stored secret whose profile now points somewhere else.
fn other_host(profile: &str, field: &str, was: &[String], now: &[String]) -> Error {
    Error::new(
        ErrorKind::CredentialMissing,
        "CREDENTIALS_FOR_OTHER_HOST",
        tr!(
            "error-credentials-other-host",
            profile = profile,
            now = now.join(", "),
            field = field,
            was = was.join(", ")
        ),
    )
    .with_action(Action::SetCredentials {
        profile: profile.to_string(),
        fields: vec![field.to_string()],
    })
}

/// The "credential not set" error for one or more fields.
pub fn missing(profile: &str, fields: &[&str]) -> Error {
    let envs: Vec<String> = fields.iter().map(|f| env_var_name(profile, f)).collect();
    Error::new(
        ErrorKind::CredentialMissing,
        "CREDENTIAL_MISSING",
        tr!(
            "error-credential-missing",
            profile = profile,
            fields = fields.join(" / "),
            envs = envs.join(", ")
        ),
    )
    .with_action(Action::SetCredentials {
        profile: profile.to_string(),
        fields: fields.iter().map(|f| f.to_string()).collect(),
    })
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
    fn missing_says_what_to_set_as_data() {
        let e = missing("crm", &["refresh_token"]);
        assert_eq!(
            e.action.as_deref(),
            Some(&Action::SetCredentials {
                profile: "crm".into(),
                fields: vec!["refresh_token".into()]
            })
        );
        assert!(e.message.contains("PHOTODROP_SECRET_CRM_REFRESH_TOKEN"));
        assert!(
            !e.message.contains("photodrop credential"),
            "no host's command in the message"
        );
    }
}
