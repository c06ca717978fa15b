//! Where PhotoDrop keeps things, and the profiles file.
//!
//! Non-secret profile settings live in `profiles.toml` in the OS config
//! directory (`directories` crate); `PHOTODROP_CONFIG_DIR` and
//! `PHOTODROP_DATA_DIR` override the directories for tests and portable
//! installs. The file stores [`Profile`]s (checked in
//! [`crate::providers::profile`]).

use crate::error::{Action, Error, Result};
pub use crate::providers::Profile;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
}

impl Paths {
    pub fn from_env() -> Result<Self> {
        let dirs = directories::ProjectDirs::from("app", "PhotoDrop", "photodrop");
        let pick = |var: &str, f: fn(&directories::ProjectDirs) -> &Path| -> Result<PathBuf> {
            if let Some(v) = std::env::var_os(var).filter(|v| !v.is_empty()) {
                return Ok(PathBuf::from(v));
            }
            dirs.as_ref().map(|d| f(d).to_path_buf()).ok_or_else(|| {
                Error::config(
                    "NO_HOME",
                    format!("Cannot find a home directory; set {var} to a writable folder."),
                )
            })
        };
        Ok(Paths {
            config_dir: pick("PHOTODROP_CONFIG_DIR", |d| d.config_dir())?,
            // The local (not roaming) data folder: on Windows %LOCALAPPDATA%, since a
            // queue database and thumbnails must not travel with a roaming profile
            // (elsewhere it is the same folder as the data dir).
            data_dir: pick("PHOTODROP_DATA_DIR", |d| d.data_local_dir())?,
        })
    }

    /// Create the config and data folders, readable by this user only.
    pub fn ensure_private(&self) -> Result<()> {
        for d in [&self.config_dir, &self.data_dir] {
            crate::fsx::private_dir_all(d).map_err(|e| {
                Error::config(
                    "DATA_DIR_UNWRITABLE",
                    format!(
                        "Cannot create {} ({e}); set PHOTODROP_CONFIG_DIR / PHOTODROP_DATA_DIR to a writable folder.",
                        d.display()
                    ),
                )
            })?;
        }
        Ok(())
    }

    pub fn profiles_file(&self) -> PathBuf {
        self.config_dir.join("profiles.toml")
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct ProfilesFile {
    #[serde(default)]
    profiles: BTreeMap<String, RawProfile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RawProfile {
    provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base_url: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    options: BTreeMap<String, String>,
}

/// The profiles file. Read on demand, written atomically.
#[derive(Debug)]
pub struct Profiles {
    path: PathBuf,
    file: ProfilesFile,
}

impl Profiles {
    pub fn load(paths: &Paths) -> Result<Self> {
        let path = paths.profiles_file();
        let file = match std::fs::read_to_string(&path) {
            Ok(s) => toml::from_str(&s).map_err(|e| {
                Error::config(
                    "BAD_PROFILES_FILE",
                    format!(
                        "{} is not valid ({e}). Fix it by hand or remove the broken profile.",
                        path.display()
                    ),
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => ProfilesFile::default(),
            Err(e) => {
                return Err(Error::config(
                    "CONFIG_UNREADABLE",
                    format!("Cannot read {}: {e}", path.display()),
                ))
            }
        };
        Ok(Profiles { path, file })
    }

    pub fn names(&self) -> Vec<String> {
        self.file.profiles.keys().cloned().collect()
    }

    pub fn get(&self, name: &str) -> Result<Profile> {
        let raw = self.file.profiles.get(name).ok_or_else(|| {
            let known = self.names();
            Error::config(
                "UNKNOWN_PROFILE",
                if known.is_empty() {
                    format!("No profile named '{name}'.")
                } else {
                    format!(
                        "No profile named '{name}'. Known profiles: {}.",
                        known.join(", ")
                    )
                },
            )
            .with_action(Action::AddProfile {
                profile: name.to_string(),
            })
        })?;
        Profile::new(
            name,
            &raw.provider,
            raw.base_url.as_deref(),
            raw.options.clone(),
        )
    }

    pub fn contains(&self, name: &str) -> bool {
        self.file.profiles.contains_key(name)
    }

    pub fn upsert(&mut self, p: &Profile) {
        self.file.profiles.insert(
            p.name.clone(),
            RawProfile {
                provider: p.provider.id.to_string(),
                base_url: p
                    .base_url
                    .as_ref()
                    .map(|u| u.as_str().trim_end_matches('/').to_string()),
                options: p.options.clone(),
            },
        );
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.file.profiles.remove(name).is_some()
    }

    pub fn save(&self) -> Result<()> {
        let text =
            toml::to_string_pretty(&self.file).map_err(|e| Error::internal(e.to_string()))?;
        // Write then rename, so a crash never leaves a half-written profiles file.
        crate::fsx::write_private(&self.path, text.as_bytes()).map_err(|e| {
            Error::config(
                "CONFIG_UNWRITABLE",
                format!("Cannot write {}: {e}", self.path.display()),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            config_dir: dir.path().into(),
            data_dir: dir.path().into(),
        };
        let mut ps = Profiles::load(&paths).unwrap();
        let mut o = BTreeMap::new();
        o.insert("dc".to_string(), "eu".to_string());
        let p = Profile::new("crm", "zoho-crm", Some("http://127.0.0.1:9/"), o).unwrap();
        ps.upsert(&p);
        ps.save().unwrap();
        let back = Profiles::load(&paths).unwrap().get("crm").unwrap();
        assert_eq!(back, p);
        assert_eq!(back.option("version"), Some("v2"));
    }
}
