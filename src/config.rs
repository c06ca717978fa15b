//! Where PhotoDrop keeps things, and the profiles file.
//!
//! Non-secret profile settings live in `profiles.toml` in the OS config
//! directory (`directories` crate); `PHOTODROP_CONFIG_DIR` and
//! `PHOTODROP_DATA_DIR` override the directories for tests and portable
//! installs. A [`Profile`] only exists once its provider kind, base URL and
//! options have been checked against the provider's declared options, so code
//! further down never re-validates (ripgrep's low-args → high-args idea).

use crate::error::{Action, Error, Result};
use crate::providers::{self, ProviderInfo};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use url::Url;

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

/// A validated profile: a named destination (provider kind + non-secret settings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub provider: &'static ProviderInfo,
    /// Sends every call of the profile (token calls included) to this origin.
    pub base_url: Option<Url>,
    pub options: BTreeMap<String, String>,
}

impl Profile {
    pub fn new(
        name: &str,
        provider: &str,
        base_url: Option<&str>,
        options: BTreeMap<String, String>,
    ) -> Result<Self> {
        validate_name(name)?;
        let info = providers::info(provider).ok_or_else(|| {
            Error::config(
                "UNKNOWN_PROVIDER",
                format!(
                    "Unknown provider '{provider}'. Choose one of: {}.",
                    providers::ids().join(", ")
                ),
            )
        })?;
        let base_url = base_url.map(parse_base_url).transpose()?;
        let mut canonical = BTreeMap::new();
        for (k, v) in &options {
            let spec = info.option_spec(k).ok_or_else(|| {
                if info.field(k).is_some() {
                    Error::config(
                        "SECRET_IN_CONFIG",
                        format!(
                            "'{k}' is a secret; it never goes into the profile file: store it in the keyring."
                        ),
                    )
                    .with_action(Action::SetCredentials {
                        profile: name.to_string(),
                        fields: vec![k.to_string()],
                    })
                } else {
                    Error::config(
                        "UNKNOWN_OPTION",
                        format!(
                            "'{k}' is not an option of {}. Options: {}.",
                            info.id,
                            info.all_options().map(|o| o.key).collect::<Vec<_>>().join(", ")
                        ),
                    )
                }
            })?;
            if !spec.choices.is_empty() && !spec.choices.contains(&v.as_str()) {
                return Err(Error::config(
                    "BAD_OPTION_VALUE",
                    format!(
                        "'{v}' is not a valid value for {}. Choose one of: {}.",
                        spec.key,
                        spec.choices.join(", ")
                    ),
                ));
            }
            canonical.insert(spec.key.to_string(), v.clone());
        }
        let options = canonical;
        let p = Profile {
            name: name.to_string(),
            provider: info,
            base_url,
            options,
        };
        // Host-bearing options (a cluster host name) are checked here, once.
        p.origins()?;
        Ok(p)
    }

    /// The origins this profile's secrets go to, as `scheme://host[:port][/path]`
    /// (see `ProviderInfo::origins`).
    pub fn origins(&self) -> Result<Vec<String>> {
        Ok((self.provider.origins)(self)?
            .iter()
            .map(|u| u.as_str().trim_end_matches('/').to_string())
            .collect())
    }

    /// An option's value, or its declared default.
    pub fn option(&self, key: &str) -> Option<&str> {
        if let Some(v) = self.options.get(key) {
            return Some(v.as_str());
        }
        self.provider
            .all_options()
            .find(|o| o.key == key)
            .and_then(|o| o.default)
    }
}

fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
    if ok {
        Ok(())
    } else {
        Err(Error::config(
            "BAD_PROFILE_NAME",
            format!(
                "'{name}' is not a valid profile name: use 1–64 letters, digits, '-', '_' or '.'."
            ),
        ))
    }
}

/// Parse a base URL and enforce TLS: plain http is allowed only to loopback.
pub fn parse_base_url(s: &str) -> Result<Url> {
    let url = Url::parse(s.trim_end_matches('/')).map_err(|e| {
        Error::config(
            "BAD_URL",
            format!("'{s}' is not a valid URL ({e}); write it like https://host[:port]."),
        )
    })?;
    check_transport(&url)?;
    Ok(as_base(url))
}

/// `url` with a path that ends in `/`, so that joining a relative API path
/// keeps a gateway's (or the demo sandbox's) path prefix instead of
/// replacing its last segment.
pub fn as_base(mut url: Url) -> Url {
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    url
}

/// A link from a server (a photo's address, Zoho's sign-in page) that may be
/// handed to the browser: `https`, or `http` to this machine (the sandbox).
/// Anything else — `file:`, a UNC path, `javascript:`, a custom scheme whose
/// handler runs a program — is refused. Checked when a link is stored and
/// again before it is opened.
pub fn check_link(link: &str) -> Result<Url> {
    let bad = |why: &str| {
        Error::config(
            "UNSAFE_LINK",
            format!(
                "PhotoDrop will not open this link: {why}. Open the record in the service's own web page instead."
            ),
        )
    };
    let url = Url::parse(link.trim()).map_err(|_| bad("it is not a web address"))?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("it names no web server"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("it carries a user name or password"));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(bad("it is not encrypted (http)")),
        other => Err(bad(&format!("'{other}:' is not a web address"))),
    }
}

/// Refuse cleartext HTTP except to this machine.
pub fn check_transport(url: &Url) -> Result<()> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(Error::config(
            "INSECURE_URL",
            format!(
                "Refusing plain http to {}: credentials and photos would travel unencrypted. \
                 Use https (plain http is allowed only to localhost).",
                url.host_str().unwrap_or("?")
            ),
        )),
        other => Err(Error::config(
            "BAD_URL",
            format!("Unsupported URL scheme '{other}'; use https."),
        )),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
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
    fn refuses_plain_http_except_loopback() {
        assert!(parse_base_url("http://127.0.0.1:8080").is_ok());
        assert!(parse_base_url("http://localhost:1").is_ok());
        assert!(parse_base_url("http://[::1]:1").is_ok());
        assert!(parse_base_url("https://example.com").is_ok());
        let e = parse_base_url("http://example.com").unwrap_err();
        assert_eq!(e.code, "INSECURE_URL");
    }

    #[test]
    fn only_web_links_are_opened() {
        assert!(check_link("https://crm.zoho.eu/crm/tab/Leads/1").is_ok());
        assert!(check_link("http://127.0.0.1:4000/x").is_ok());
        for bad in [
            "file:///etc/passwd",
            "file://server/share/x.exe",
            "\\\\server\\share\\x.exe",
            "javascript:alert(1)",
            "ms-msdt:/id PCWDiagnostic",
            "search-ms:query=x",
            "http://example.com/x",
            "https://user:pw@example.com/",
        ] {
            assert_eq!(check_link(bad).unwrap_err().code, "UNSAFE_LINK", "{bad}");
        }
    }

    #[test]
    fn secrets_cannot_be_options() {
        let mut o = BTreeMap::new();
        o.insert("token".to_string(), "x".to_string());
        let e = Profile::new("p", "chakrahq", None, o).unwrap_err();
        assert_eq!(e.code, "SECRET_IN_CONFIG");
    }

    #[test]
    fn aliases_are_stored_under_canonical_names() {
        let mut o = BTreeMap::new();
        o.insert("datacenter".to_string(), "eu".to_string());
        let p = Profile::new("q", "questionpro", None, o).unwrap();
        assert_eq!(p.options.get("dc").map(String::as_str), Some("eu"));
        let cap = providers::info("capillary").unwrap();
        assert_eq!(cap.field("key").unwrap().name, "oauth_key");
        assert_eq!(
            providers::info("questionpro")
                .unwrap()
                .field("key")
                .unwrap()
                .name,
            "api_key"
        );
        assert_eq!(
            providers::info("zoho-crm")
                .unwrap()
                .field("access_token")
                .unwrap()
                .name,
            "access_token"
        );
        assert!(providers::info("chakrahq")
            .unwrap()
            .field("password")
            .is_none());
    }

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
