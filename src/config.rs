//! Where PhotoDrop keeps things, and the profiles file.
//!
//! Non-secret profile settings live in `profiles.toml` in the OS config
//! directory (`directories` crate); `PHOTODROP_CONFIG_DIR` and
//! `PHOTODROP_DATA_DIR` override the directories for tests and portable
//! installs. The file stores [`Profile`]s (checked in
//! [`crate::providers::profile`]).

use crate::error::{Action, Error, Result};
pub use crate::providers::Profile;
use crate::tr;
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
            dirs.as_ref()
                .map(|d| f(d).to_path_buf())
                .ok_or_else(|| Error::config("NO_HOME", tr!("error-no-home", var = var)))
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
                    tr!("error-data-dir", dir = d.display(), reason = e.to_string()),
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

/// The system-wide folder an administrator manages for every user of the
/// machine (`profiles.toml`, `watch.toml`, `policy.toml`):
/// `PHOTODROP_SYSTEM_CONFIG_DIR` when set (empty: none), else `/etc/photodrop`
/// (Linux), `%ProgramData%\PhotoDrop` (Windows), `/Library/Application
/// Support/PhotoDrop` (macOS).
pub fn system_dir() -> Option<PathBuf> {
    if let Some(v) = std::env::var_os("PHOTODROP_SYSTEM_CONFIG_DIR") {
        return (!v.is_empty()).then(|| PathBuf::from(v));
    }
    if cfg!(windows) {
        std::env::var_os("ProgramData").map(|d| PathBuf::from(d).join("PhotoDrop"))
    } else if cfg!(target_os = "macos") {
        Some(PathBuf::from("/Library/Application Support/PhotoDrop"))
    } else {
        Some(PathBuf::from("/etc/photodrop"))
    }
}

fn read_profiles_file(path: &Path) -> Result<ProfilesFile> {
    match std::fs::read_to_string(path) {
        Ok(s) => parse_profiles(&s, path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ProfilesFile::default()),
        Err(e) => Err(Error::config(
            "CONFIG_UNREADABLE",
            tr!(
                "error-config-unreadable",
                file = path.display(),
                reason = e.to_string()
            ),
        )),
    }
}

fn parse_profiles(text: &str, path: &Path) -> Result<ProfilesFile> {
    toml::from_str(text).map_err(|e| {
        Error::config(
            "BAD_PROFILES_FILE",
            tr!(
                "error-bad-profiles-file",
                file = path.display(),
                reason = e.to_string()
            ),
        )
    })
}

/// The profiles file. Read on demand, written atomically. Profiles the
/// administrator manages (the system folder's `profiles.toml`) are listed
/// with the user's and win over a user's profile of the same name; they are
/// never written here.
#[derive(Debug)]
pub struct Profiles {
    path: PathBuf,
    file: ProfilesFile,
    managed: ProfilesFile,
    managed_path: Option<PathBuf>,
    pub policy: Policy,
}

/// What an administrator fixes for everyone on the machine: `policy.toml`
/// in the system folder ([`system_dir`]). Unknown keys are refused, so a
/// misspelt key is an error rather than a rule nobody enforces.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// `"strip"`: GPS and serial numbers always removed (a profile's
    /// `privacy = "keep"` is overridden).
    #[serde(default)]
    pub privacy: Option<String>,
    /// The only hosts profiles may send to (`www.zohoapis.eu`, or
    /// `*.capillarytech.com` for any sub-domain); empty: any host.
    #[serde(default)]
    pub allowed_hosts: Vec<String>,
    /// Whether users may add, import or change profiles of their own
    /// (default: yes).
    #[serde(default = "yes")]
    pub user_profiles: bool,
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

fn yes() -> bool {
    true
}

impl Policy {
    /// The system folder's policy, or none.
    pub fn load() -> Result<Policy> {
        let Some(path) = system_dir().map(|d| d.join("policy.toml")) else {
            return Ok(Policy::allow_all());
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Policy::allow_all()),
            Err(e) => {
                return Err(Error::config(
                    "CONFIG_UNREADABLE",
                    tr!(
                        "error-config-unreadable",
                        file = path.display(),
                        reason = e.to_string()
                    ),
                ))
            }
        };
        let bad = |why: String| {
            Error::config(
                "BAD_POLICY",
                tr!("error-bad-policy", file = path.display(), reason = why),
            )
        };
        let mut p: Policy = toml::from_str(&text).map_err(|e| bad(e.to_string()))?;
        if p.privacy.as_deref().is_some_and(|v| v != "strip") {
            return Err(bad(tr!("policy-privacy-strip-only")));
        }
        p.file = Some(path);
        Ok(p)
    }

    fn allow_all() -> Policy {
        Policy {
            user_profiles: true,
            ..Default::default()
        }
    }

    fn managed_by(&self) -> String {
        self.file
            .as_ref()
            .map_or_else(|| tr!("policy-the-system"), |f| f.display().to_string())
    }

    /// A profile as the policy lets it run (privacy forced on).
    pub fn apply(&self, mut p: Profile) -> Profile {
        if self.privacy.is_some() {
            p.options.insert("privacy".into(), "strip".into());
        }
        p
    }

    /// Whether a person may add or change `p` (not the administrator's own).
    pub fn allows_user_profile(&self, p: &Profile) -> Result<()> {
        if !self.user_profiles {
            return Err(Error::config(
                "POLICY_NO_USER_PROFILES",
                tr!(
                    "error-policy-no-user-profiles",
                    file = self.managed_by(),
                    name = &p.name
                ),
            ));
        }
        if self.allowed_hosts.is_empty() {
            return Ok(());
        }
        for origin in p.origins()? {
            let host = url::Url::parse(&origin)
                .ok()
                .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                .unwrap_or_default();
            let ok = self.allowed_hosts.iter().any(|a| {
                let a = a.to_ascii_lowercase();
                match a.strip_prefix("*.") {
                    Some(suffix) => host.ends_with(&format!(".{suffix}")),
                    None => host == a,
                }
            });
            if !ok {
                return Err(Error::config(
                    "POLICY_HOST",
                    tr!(
                        "error-policy-host",
                        name = &p.name,
                        host = host,
                        file = self.managed_by(),
                        allowed = self.allowed_hosts.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }
}

impl Profiles {
    pub fn load(paths: &Paths) -> Result<Self> {
        let path = paths.profiles_file();
        let file = read_profiles_file(&path)?;
        let managed_path = system_dir().map(|d| d.join("profiles.toml"));
        let managed = match &managed_path {
            Some(m) => read_profiles_file(m)?,
            None => ProfilesFile::default(),
        };
        Ok(Profiles {
            path,
            file,
            managed,
            managed_path,
            policy: Policy::load()?,
        })
    }

    /// The administrator's file, when `name` is one of its profiles.
    pub fn managed_by(&self, name: &str) -> Option<&Path> {
        self.managed
            .profiles
            .contains_key(name)
            .then_some(self.managed_path.as_deref())
            .flatten()
    }

    /// Profiles `names` in the file format (what `profiles.toml` holds: no
    /// secret is ever in it), for another person or machine to import.
    pub fn export(&self, names: &[String]) -> Result<String> {
        let mut out = ProfilesFile::default();
        for n in names {
            self.get(n)?;
            let raw = self
                .managed
                .profiles
                .get(n)
                .or_else(|| self.file.profiles.get(n));
            out.profiles
                .insert(n.clone(), raw.expect("found above").clone());
        }
        toml::to_string_pretty(&out).map_err(|e| Error::internal(e.to_string()))
    }

    /// The profiles of an exported file, each checked as if added by hand (a
    /// secret among the options is refused, not imported).
    pub fn parse_export(text: &str, shown: &Path) -> Result<Vec<Profile>> {
        parse_profiles(text, shown)?
            .profiles
            .iter()
            .map(|(name, raw)| {
                Profile::new(
                    name,
                    &raw.provider,
                    raw.base_url.as_deref(),
                    raw.options.clone(),
                )
                .map_err(|mut e| {
                    e.message = format!("{}, profile '{name}': {}", shown.display(), e.message);
                    e
                })
            })
            .collect()
    }

    pub fn names(&self) -> Vec<String> {
        let mut n: Vec<String> = self.file.profiles.keys().cloned().collect();
        n.extend(self.managed.profiles.keys().cloned());
        n.sort();
        n.dedup();
        n
    }

    pub fn get(&self, name: &str) -> Result<Profile> {
        let raw = self
            .managed
            .profiles
            .get(name)
            .or_else(|| self.file.profiles.get(name));
        let raw = raw.ok_or_else(|| {
            let known = self.names();
            Error::config(
                "UNKNOWN_PROFILE",
                if known.is_empty() {
                    tr!("error-unknown-profile", name = name)
                } else {
                    tr!(
                        "error-unknown-profile-known",
                        name = name,
                        known = known.join(", ")
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
        .map(|p| self.policy.apply(p))
    }

    pub fn contains(&self, name: &str) -> bool {
        self.file.profiles.contains_key(name) || self.managed.profiles.contains_key(name)
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
                tr!(
                    "error-config-unwritable",
                    file = self.path.display(),
                    reason = e.to_string()
                ),
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
