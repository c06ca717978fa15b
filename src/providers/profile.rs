//! A validated profile: a named destination (provider kind + non-secret
//! settings). A [`Profile`] only exists once its provider kind, base URL and
//! options have been checked against the provider's declared options, so code
//! further down never re-validates (ripgrep's low-args → high-args idea).
//! Stored in `profiles.toml` by `config::Profiles`.

use super::ProviderInfo;
use crate::error::{Action, Error, Result};
use crate::media::prepare::{FitMode, Policy};
use std::collections::BTreeMap;
use url::Url;

/// Uploads at once when neither the profile nor its provider says otherwise.
const DEFAULT_CONCURRENCY: usize = 4;

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
        let info = super::info(provider).ok_or_else(|| {
            Error::config(
                "UNKNOWN_PROVIDER",
                crate::tr!(
                    "error-unknown-provider",
                    provider = provider,
                    providers = super::ids().join(", ")
                ),
            )
        })?;
        let base_url = base_url.map(crate::net::parse_base_url).transpose()?;
        let mut canonical = BTreeMap::new();
        for (k, v) in &options {
            let spec = info.option_spec(k).ok_or_else(|| {
                if info.field(k).is_some() {
                    Error::config(
                        "SECRET_IN_CONFIG",
                        crate::tr!("error-secret-in-config", key = k.as_str()),
                    )
                    .with_action(Action::SetCredentials {
                        profile: name.to_string(),
                        fields: vec![k.to_string()],
                    })
                } else {
                    Error::config(
                        "UNKNOWN_OPTION",
                        crate::tr!(
                            "error-unknown-option",
                            key = k.as_str(),
                            provider = info.id,
                            options = info
                                .all_options()
                                .map(|o| o.key)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                }
            })?;
            if !spec.choices.is_empty() && !spec.choices.contains(&v.as_str()) {
                return Err(Error::config(
                    "BAD_OPTION_VALUE",
                    crate::tr!(
                        "error-bad-option-choice",
                        value = v.as_str(),
                        key = spec.key,
                        choices = spec.choices.join(", ")
                    ),
                ));
            }
            if let Some(n) = spec.whole_number.filter(|n| !n.allows(v)) {
                return Err(Error::config(
                    "BAD_OPTION_VALUE",
                    crate::tr!(
                        "error-bad-option-number",
                        value = v.as_str(),
                        key = spec.key,
                        what = n.describe()
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

    /// How files for this profile are fitted and cleaned: its `fit` and
    /// `privacy` options.
    pub fn policy(&self) -> Policy {
        Policy {
            fit: if self.option("fit") == Some("refuse") {
                FitMode::Refuse
            } else {
                FitMode::Auto
            },
            strip_private: self.option("privacy") != Some("keep"),
        }
    }

    /// Uploads at once for this profile, decided here and nowhere else: the
    /// profile's `concurrency` option (what the person knows of their
    /// account's limit; the provider's declared default otherwise), never
    /// above the provider's declared ceiling (`Capabilities::max_concurrency`),
    /// lowered for one run when a host asks for fewer (`requested`). The
    /// runner halves it for a while after a 429 and grows it back (AIMD).
    pub fn concurrency(&self, requested: Option<usize>) -> usize {
        let set = self
            .option("concurrency")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(DEFAULT_CONCURRENCY);
        set.min(requested.unwrap_or(usize::MAX))
            .min(self.provider.caps.max_concurrency)
            .max(1)
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
            crate::tr!("error-bad-profile-name", name = name),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::providers;

    #[test]
    fn concurrency_is_the_profile_setting_within_the_provider_ceiling() {
        let with = |provider: &str, v: Option<&str>| {
            let mut o = BTreeMap::new();
            if let Some(v) = v {
                o.insert("concurrency".to_string(), v.to_string());
            }
            Profile::new("p", provider, None, o)
        };
        let p = with("zoho-crm", None).unwrap();
        assert_eq!(p.concurrency(None), 4, "the declared default");
        assert_eq!(p.concurrency(Some(16)), 4, "a host asks for more: no");
        assert_eq!(p.concurrency(Some(2)), 2, "a host asks for fewer: yes");
        assert_eq!(p.concurrency(Some(0)), 1);
        let p = with("zoho-crm", Some("20")).unwrap();
        assert_eq!(p.concurrency(None), 20, "an Enterprise org's limit");
        let ceiling = p.provider.caps.max_concurrency;
        let p = with("zoho-crm", Some("500")).unwrap();
        assert_eq!(p.concurrency(None), ceiling);
        for bad in ["0", "-1", "four", ""] {
            assert_eq!(
                with("chakrahq", Some(bad)).unwrap_err().code,
                "BAD_OPTION_VALUE",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn whole_number_options_are_checked_by_their_bounds() {
        let n = providers::WholeNumber {
            min: 2,
            max: Some(8),
        };
        assert!(n.allows("2") && n.allows("8"));
        assert!(!n.allows("1") && !n.allows("9") && !n.allows(" 4") && !n.allows("4.0"));
        assert_eq!(n.describe(), "a whole number from 2 to 8");
        // Every option that is a number says so, and its default is allowed.
        for o in providers::REGISTRY
            .iter()
            .flat_map(|f| f.info().all_options())
            .filter(|o| o.whole_number.is_some())
        {
            assert!(
                o.choices.is_empty(),
                "{}: a number or choices, not both",
                o.key
            );
            let d = o.default.expect("a number option has a default");
            assert!(o.whole_number.unwrap().allows(d), "{}'s default {d}", o.key);
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
}
