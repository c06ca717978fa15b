//! App-level preferences (`desktop.json` in the config dir). Per-profile
//! settings (fit, privacy, duplicates, concurrency) live in the profile itself.

use photodrop::config::Paths;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Settings {
    /// "system" (the OS's languages) or a tag of `photodrop::i18n::LANGUAGES`.
    pub language: String,
    /// "system" | "light" | "dark"
    pub theme: String,
    /// A native notification when a batch finishes or needs attention.
    pub notifications: bool,
    /// Start at login (hidden, in the tray) so watched folders keep working.
    pub start_at_login: bool,
    /// Last used profile, so the app reopens where the user left off.
    pub last_profile: Option<String>,
    /// Most recent first, at most [`RECENT_MAX`].
    pub recent_targets: Vec<RecentTarget>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: "system".into(),
            theme: "system".into(),
            notifications: true,
            start_at_login: false,
            last_profile: None,
            recent_targets: vec![],
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecentTarget {
    pub profile: String,
    pub target: String,
    /// A record's name when it was picked through search.
    #[serde(default)]
    pub label: Option<String>,
}

pub const RECENT_MAX: usize = 8;

fn file(paths: &Paths) -> PathBuf {
    paths.config_dir.join("desktop.json")
}

impl Settings {
    /// Missing or unreadable settings fall back to defaults: preferences are
    /// never worth refusing to start over.
    pub fn load(paths: &Paths) -> Settings {
        std::fs::read_to_string(file(paths))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, paths: &Paths) -> photodrop::Result<()> {
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|e| photodrop::Error::internal(e.to_string()))?;
        photodrop::media::thumb::write_atomic(&file(paths), &bytes)
    }

    /// Put a target at the front of the recent list (deduplicated, capped).
    pub fn remember_target(&mut self, profile: &str, target: &str, label: Option<String>) {
        let old_label = self
            .recent_targets
            .iter()
            .find(|r| r.profile == profile && r.target == target)
            .and_then(|r| r.label.clone());
        self.recent_targets
            .retain(|r| !(r.profile == profile && r.target == target));
        self.recent_targets.insert(
            0,
            RecentTarget {
                profile: profile.into(),
                target: target.into(),
                label: label.or(old_label),
            },
        );
        self.recent_targets.truncate(RECENT_MAX);
        self.last_profile = Some(profile.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn recent_targets_dedupe_keep_label_and_cap() {
        let mut s = Settings::default();
        s.remember_target("p", "Leads/1", Some("Ann".into()));
        s.remember_target("p", "Leads/2", None);
        s.remember_target("p", "Leads/1", None);
        assert_eq!(s.recent_targets[0].target, "Leads/1");
        assert_eq!(s.recent_targets[0].label.as_deref(), Some("Ann"));
        assert_eq!(s.recent_targets.len(), 2);
        for i in 0..20 {
            s.remember_target("p", &format!("Leads/{i}"), None);
        }
        assert_eq!(s.recent_targets.len(), RECENT_MAX);
        assert_eq!(s.last_profile.as_deref(), Some("p"));
    }
}
