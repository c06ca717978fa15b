//! Host-independent operations: what the CLI and the desktop shell both call.
//! Each takes plain inputs and returns plain results; no printing, no prompts.

pub mod batch;
pub mod history;
pub mod manifest;
pub mod matching;
pub mod pasted;
pub mod signin;
pub mod watching;

use crate::config::{Profile, Profiles};
pub use crate::context::App;
use crate::credentials::{Credentials, Secret};
use crate::error::{Error, Result};
use crate::providers::FieldSpec;
use crate::tr;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A managed profile cannot be changed or removed by its user.
fn managed(name: &str, file: &std::path::Path) -> Error {
    Error::config(
        "PROFILE_MANAGED",
        tr!("error-profile-managed", name = name, file = file.display()),
    )
}

/// A question the person answers before a change happens: the host asks it
/// (a native dialog, a prompt) and goes on only on yes. The core decides
/// which changes need one; hosts never do.
#[derive(Debug, Clone, Serialize)]
pub struct Confirmation {
    /// What is about to happen, as a dialog title ("change a profile's server").
    pub action: String,
    pub text: String,
    /// The label of the yes button.
    pub yes: String,
}

impl Confirmation {
    /// The error when the person said no.
    pub fn declined(&self) -> Error {
        Error::config("DECLINED", tr!("error-declined", action = &self.action))
    }
}

/// A profile as a host's form sends it (empty texts mean "not set").
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileInput {
    pub name: String,
    pub provider: String,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub base_url: Option<String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    /// Replace an existing profile of that name (editing settings).
    #[serde(default)]
    pub replace: bool,
}

/// A profile as shown to users: settings plus which credentials are set (never their values).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileView {
    pub name: String,
    pub provider: &'static str,
    pub base_url: Option<String>,
    pub options: BTreeMap<String, String>,
    /// field → "set" | "missing" | "unknown" (keyring unreachable)
    pub credentials: BTreeMap<&'static str, &'static str>,
    /// Whether some complete set of credentials is present.
    pub ready: bool,
    /// The administrator's file when the profile is managed (the user enters
    /// its secrets but cannot change or remove it).
    pub managed: Option<String>,
}

/// A profile brought in by [`App::import_profiles`], and what it still needs.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Imported {
    pub name: String,
    pub provider: &'static str,
    /// It replaced a profile of the same name (its secrets were kept).
    pub replaced: bool,
    /// Credential fields still to enter before it works (of the provider's
    /// usual set); empty when the keyring already has a complete set.
    pub needs: Vec<&'static str>,
}

impl App {
    /// Point the demo profile `name` at a running sandbox (its address changes
    /// every run) with the sandbox's published test credentials, keeping the
    /// options the person set. The demo is the sandbox's Zoho CRM.
    #[cfg(feature = "sandbox")]
    pub fn point_demo_profile(&self, name: &str, sandbox_url: &str) -> Result<Profile> {
        use crate::sandbox::creds;
        let options = self.profile(name).map(|p| p.options).unwrap_or_default();
        let p = Profile::new(name, "zoho-crm", Some(sandbox_url), options)?;
        self.add_profile(&p, true)?;
        let c = self.credentials(&p)?;
        c.set("client_id", &Secret::new(creds::ZOHO_CLIENT_ID))?;
        c.set("client_secret", &Secret::new(creds::ZOHO_CLIENT_SECRET))?;
        c.set("refresh_token", &Secret::new(creds::ZOHO_REFRESH_TOKEN))?;
        Ok(p)
    }

    pub fn add_profile(&self, p: &Profile, replace: bool) -> Result<()> {
        let mut ps = Profiles::load(&self.paths)?;
        if let Some(file) = ps.managed_by(&p.name) {
            return Err(managed(&p.name, file));
        }
        ps.policy.allows_user_profile(p)?;
        if ps.contains(&p.name) && !replace {
            return Err(Error::config(
                "PROFILE_EXISTS",
                tr!("error-profile-exists", name = &p.name),
            ));
        }
        ps.upsert(p);
        ps.save()
    }

    /// Remove a profile and every secret stored for it.
    pub fn remove_profile(&self, name: &str) -> Result<()> {
        let mut ps = Profiles::load(&self.paths)?;
        if let Some(file) = ps.managed_by(name) {
            return Err(managed(name, file));
        }
        let p = ps.get(name)?;
        self.remove_credentials(&p, None)?;
        ps.remove(name);
        ps.save()
    }

    pub fn list_profiles(&self) -> Result<Vec<ProfileView>> {
        let ps = Profiles::load(&self.paths)?;
        ps.names()
            .iter()
            .map(|n| ps.get(n).map(|p| self.view_in(&ps, &p)))
            .collect()
    }

    pub fn view(&self, p: &Profile) -> ProfileView {
        match Profiles::load(&self.paths) {
            Ok(ps) => self.view_in(&ps, p),
            Err(_) => self.view_managed(p, None),
        }
    }

    /// [`App::view`] with the profiles already read (a list reads them once).
    fn view_in(&self, ps: &Profiles, p: &Profile) -> ProfileView {
        self.view_managed(p, ps.managed_by(&p.name).map(|f| f.display().to_string()))
    }

    fn view_managed(&self, p: &Profile, managed: Option<String>) -> ProfileView {
        let creds = match self.credentials(p) {
            Ok(c) => c,
            Err(_) => Credentials::new(self.secrets.clone(), &p.name),
        };
        let names: Vec<&'static str> = p.provider.fields.iter().map(|f| f.name).collect();
        let elsewhere = creds.unbound_fields(&names).unwrap_or_default();
        let mut status = BTreeMap::new();
        for f in p.provider.fields {
            status.insert(
                f.name,
                match creds.is_set(f.name) {
                    // Stored, but for the host the profile pointed at before: enter it again.
                    Ok(true) if elsewhere.contains(&f.name) => "other_host",
                    Ok(true) => "set",
                    Ok(false) => "missing",
                    Err(_) => "unknown",
                },
            );
        }
        let ready = p
            .provider
            .auth_sets
            .iter()
            .any(|set| set.iter().all(|f| status.get(f) == Some(&"set")));
        ProfileView {
            name: p.name.clone(),
            provider: p.provider.id,
            base_url: p
                .base_url
                .as_ref()
                .map(|u| u.as_str().trim_end_matches('/').to_string()),
            options: p.options.clone(),
            credentials: status,
            ready,
            managed,
        }
    }

    /// Profiles `names` as a file to hand to colleagues: their non-secret
    /// settings in the `profiles.toml` format, never a secret or a token.
    pub fn export_profiles(&self, names: &[String]) -> Result<String> {
        Profiles::load(&self.paths)?.export(names)
    }

    /// [`App::import_profiles`] of the file at `file`.
    pub fn import_profiles_file(
        &self,
        file: &std::path::Path,
        replace: bool,
    ) -> Result<Vec<Imported>> {
        let text = std::fs::read_to_string(file).map_err(|e| {
            Error::input(
                "IMPORT_UNREADABLE",
                tr!(
                    "error-import-unreadable",
                    file = file.display(),
                    reason = e.to_string()
                ),
            )
        })?;
        self.import_profiles(&text, file, replace)
    }

    /// Add the profiles of an exported file (`shown` names it in messages),
    /// all or none: each is checked as if added by hand, a managed name or one
    /// that exists (without `replace`) stops the import. Says what each still
    /// needs.
    pub fn import_profiles(
        &self,
        text: &str,
        shown: &std::path::Path,
        replace: bool,
    ) -> Result<Vec<Imported>> {
        let incoming = Profiles::parse_export(text, shown)?;
        if incoming.is_empty() {
            return Err(Error::input(
                "IMPORT_EMPTY",
                tr!("error-import-empty", file = shown.display()),
            ));
        }
        let mut ps = Profiles::load(&self.paths)?;
        for p in &incoming {
            if let Some(file) = ps.managed_by(&p.name) {
                return Err(managed(&p.name, file));
            }
            ps.policy.allows_user_profile(p)?;
        }
        let taken: Vec<&str> = incoming
            .iter()
            .filter(|p| ps.contains(&p.name))
            .map(|p| p.name.as_str())
            .collect();
        if !taken.is_empty() && !replace {
            return Err(Error::config(
                "PROFILE_EXISTS",
                tr!("error-profiles-exist", names = taken.join(", ")),
            ));
        }
        let mut out = vec![];
        for p in &incoming {
            out.push((p.name.clone(), p.provider.id, ps.contains(&p.name)));
            ps.upsert(p);
        }
        ps.save()?;
        Ok(out
            .into_iter()
            .zip(&incoming)
            .map(|((name, provider, replaced), p)| {
                let v = self.view_in(&ps, p);
                // Nothing when some set is complete, else what the provider's
                // first (usual) set lacks.
                let missing: Vec<Vec<&'static str>> = p
                    .provider
                    .auth_sets
                    .iter()
                    .map(|set| {
                        set.iter()
                            .copied()
                            .filter(|f| v.credentials.get(f) != Some(&"set"))
                            .collect()
                    })
                    .collect();
                let needs = if missing.iter().any(Vec::is_empty) {
                    vec![]
                } else {
                    missing.into_iter().next().unwrap_or_default()
                };
                Imported {
                    name,
                    provider,
                    replaced,
                    needs,
                }
            })
            .collect())
    }

    /// The credential field a profile's provider calls `field` (aliases resolved), or an
    /// error listing the fields it has.
    pub fn credential_field(&self, p: &Profile, field: &str) -> Result<&'static FieldSpec> {
        p.provider.field(field).ok_or_else(|| {
            Error::config(
                "UNKNOWN_FIELD",
                tr!(
                    "error-unknown-field",
                    field = field,
                    provider = p.provider.id,
                    fields = p
                        .provider
                        .fields
                        .iter()
                        .map(|f| f.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    }

    /// The profile a form describes, and what must be confirmed before it is
    /// saved: pointing a profile with stored secrets at another server (they
    /// stay bound to the old one and are asked for again).
    pub fn plan_profile(&self, input: ProfileInput) -> Result<(Profile, Vec<Confirmation>)> {
        let base = input
            .base_url
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let options = input
            .options
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .collect();
        let p = Profile::new(input.name.trim(), &input.provider, base, options)?;
        let mut asks = vec![];
        if let Some(old) = self.profile(&p.name).ok().filter(|_| input.replace) {
            let (was, now) = (old.origins()?, p.origins()?);
            let stored = self
                .view(&old)
                .credentials
                .values()
                .any(|s| *s != "missing");
            if was != now && stored {
                asks.push(Confirmation {
                    action: tr!("confirm-repoint-title"),
                    text: tr!(
                        "confirm-repoint",
                        name = &p.name,
                        now = now.join(", "),
                        was = was.join(", ")
                    ),
                    yes: tr!("confirm-repoint-yes"),
                });
            }
        }
        Ok((p, asks))
    }

    /// Store one credential field (tokens cached from the old ones are dropped).
    pub fn set_credential(&self, profile: &str, field: &str, value: &Secret) -> Result<()> {
        let p = self.profile(profile)?;
        let f = self.credential_field(&p, field)?;
        if value.expose().is_empty() {
            return Err(Error::config(
                "EMPTY_SECRET",
                tr!("error-empty-secret", field = f.name),
            ));
        }
        let creds = self.credentials(&p)?;
        creds.set(f.name, value)?;
        self.drop_cached(&creds, &p)?;
        Ok(())
    }

    /// Remove one field, or all of a profile's secrets (cached tokens included).
    pub fn remove_credentials(
        &self,
        p: &Profile,
        field: Option<&str>,
    ) -> Result<Vec<&'static str>> {
        let creds = Credentials::new(self.secrets.clone(), &p.name);
        let mut removed = vec![];
        let fields: Vec<&'static str> = match field {
            Some(f) => vec![self.credential_field(p, f)?.name],
            None => p.provider.fields.iter().map(|f| f.name).collect(),
        };
        for f in fields {
            if creds.delete(f)? {
                removed.push(f);
            }
        }
        self.drop_cached(&creds, p)?;
        if field.is_none() {
            creds.delete(crate::credentials::BINDING_FIELD)?;
        }
        Ok(removed)
    }

    /// Tokens derived from a profile's credentials are stale once one changes.
    fn drop_cached(&self, creds: &Credentials, p: &Profile) -> Result<()> {
        for f in p.provider.cached_fields {
            creds.delete(f)?;
        }
        Ok(())
    }
}
