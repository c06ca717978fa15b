//! The shell's secret store: the OS keyring for every real profile, and memory
//! for the demo profile, whose "secrets" are the sandbox's published test
//! values. Keeping those out of the keyring means the demo works on a machine
//! with no unlocked keyring and leaves nothing behind.

use photodrop::credentials::{KeyringStore, Secret, SecretStore};
use photodrop::Result;
use std::collections::HashMap;
use std::sync::Mutex;

pub struct ShellSecrets {
    keyring: KeyringStore,
    memory_profile: String,
    memory: Mutex<HashMap<String, Secret>>,
}

impl ShellSecrets {
    pub fn new(memory_profile: &str) -> Self {
        ShellSecrets {
            keyring: KeyringStore::from_env(),
            memory_profile: memory_profile.to_string(),
            memory: Mutex::new(HashMap::new()),
        }
    }

    fn mem(&self) -> std::sync::MutexGuard<'_, HashMap<String, Secret>> {
        self.memory.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl SecretStore for ShellSecrets {
    fn get(&self, profile: &str, field: &str) -> Result<Option<Secret>> {
        if profile == self.memory_profile {
            return Ok(self.mem().get(field).cloned());
        }
        self.keyring.get(profile, field)
    }

    fn set(&self, profile: &str, field: &str, value: &Secret) -> Result<()> {
        if profile == self.memory_profile {
            self.mem().insert(field.to_string(), value.clone());
            return Ok(());
        }
        self.keyring.set(profile, field, value)
    }

    fn delete(&self, profile: &str, field: &str) -> Result<bool> {
        if profile == self.memory_profile {
            return Ok(self.mem().remove(field).is_some());
        }
        self.keyring.delete(profile, field)
    }

    fn describe(&self) -> String {
        self.keyring.describe()
    }
}
