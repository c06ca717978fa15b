//! The environment every layer below the hosts runs in: where PhotoDrop's
//! files are, the keyring, the HTTP client, and from them a profile's
//! credentials and provider.
//!
//! [`App`] is defined here, below the application layer, so that the queue's
//! runner and the watcher can hold one without depending on the operations
//! above them; those operations (profiles, batches, history, sign-in, watch
//! rules) are `impl App` blocks in [`crate::app`], which re-exports it.

use crate::config::{Paths, Profile, Profiles};
use crate::credentials::{Credentials, KeyringStore, SecretStore};
use crate::error::Result;
use crate::providers::{self, http::HttpClient, BuildContext, Provider};
use std::sync::Arc;

#[derive(Clone)]
pub struct App {
    pub paths: Paths,
    pub secrets: Arc<dyn SecretStore>,
    pub http: HttpClient,
    /// Targets by field already looked up (the runner's and the mapping
    /// table's, shared).
    pub lookups: Arc<providers::Lookups>,
}

impl App {
    pub fn from_env() -> Result<Self> {
        let paths = Paths::from_env()?;
        paths.ensure_private()?;
        Ok(App {
            paths,
            secrets: Arc::new(KeyringStore::from_env()),
            http: HttpClient::new()?,
            lookups: Default::default(),
        })
    }

    pub fn with_store(paths: Paths, secrets: Arc<dyn SecretStore>) -> Result<Self> {
        paths.ensure_private()?;
        Ok(App {
            paths,
            secrets,
            http: HttpClient::new()?,
            lookups: Default::default(),
        })
    }

    /// A profile's secrets, bound to the origins it points at now: a secret
    /// entered for another host is refused (`CREDENTIALS_FOR_OTHER_HOST`).
    pub fn credentials(&self, profile: &Profile) -> Result<Credentials> {
        Ok(Credentials::bound(
            self.secrets.clone(),
            &profile.name,
            profile.origins()?,
        ))
    }

    pub fn profile(&self, name: &str) -> Result<Profile> {
        Profiles::load(&self.paths)?.get(name)
    }

    /// Build the provider of a profile (credentials are loaded here).
    pub fn provider(&self, profile: &Profile) -> Result<Arc<dyn Provider>> {
        let factory = providers::factory(profile.provider.id).expect("validated profile");
        factory.build(BuildContext {
            profile: profile.clone(),
            credentials: self.credentials(profile)?,
            http: self.http.clone(),
        })
    }

    /// How files for this profile are prepared: its fit/privacy policy and the folder
    /// for prepared copies (stale copies from killed runs are removed here).
    pub fn preparation(&self, profile: &Profile) -> crate::upload::Preparation {
        let work_dir = self.paths.data_dir.join("prepared");
        crate::media::prepare::cleanup_stale(&work_dir, std::time::Duration::from_secs(24 * 3600));
        crate::upload::Preparation {
            policy: profile.policy(),
            work_dir,
            hash_source: false,
        }
    }
}
