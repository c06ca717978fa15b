//! Watch rules as the hosts handle them: checked (folder, profile, template,
//! provider and target) and confirmed the same way wherever a rule is saved
//! or started, then handed to the watcher ([`crate::watch`]) to run.

use super::{App, Confirmation};
use crate::error::{Error, Result};
use crate::queue::runner::Runner;
use crate::queue::AfterSuccess;
use crate::watch::{self, Checked, TargetTemplate, WatchEventFn, WatchRule};
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// What the rule form's "Try a file name" line shows: the target a file
/// named `sample` gets, and for a target by field, the record it names now.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Preview {
    pub target: String,
    /// "Lamp (Products/4150000000001)", "no record", "3 records match"; `None`
    /// for a target by id, or when the profile cannot be asked.
    pub record: Option<String>,
}

/// The target a rule with this template and pattern gives a file named
/// `sample` (a path under the watched folder), or why it gives none.
pub fn preview_target(target: Option<&str>, pattern: Option<&str>, sample: &str) -> Result<String> {
    let t = TargetTemplate::parse(
        target.filter(|s| !s.is_empty()),
        pattern.filter(|s| !s.is_empty()),
    )?;
    let root = std::path::Path::new("/watched");
    let file = root.join(sample.trim_start_matches('/'));
    t.derive(root, &file)
        .map_err(|m| Error::config("TEMPLATE_NO_MATCH", m))
}

impl App {
    /// [`preview_target`], and for a target by field the record it resolves
    /// to now with `profile` (the lookup the watcher will make, shared with it).
    pub async fn preview_rule(
        &self,
        profile: Option<&crate::config::Profile>,
        provider: Option<&dyn crate::providers::Provider>,
        target: Option<&str>,
        pattern: Option<&str>,
        sample: &str,
    ) -> Result<Preview> {
        let target = preview_target(target, pattern, sample)?;
        let (Some(profile), Some(provider)) = (profile, provider) else {
            return Ok(Preview {
                target,
                record: None,
            });
        };
        if crate::providers::FieldTarget::parse(&target).is_none() {
            return Ok(Preview {
                target,
                record: None,
            });
        }
        let found = super::matching::look_up(self, profile, provider, &target).await?;
        let record = match found.hits.as_slice() {
            [] => crate::tr!("preview-no-record"),
            [h] if found.count == 1 => format!(
                "{} ({})",
                if h.name.is_empty() { &h.id } else { &h.name },
                h.target
            ),
            _ => crate::tr!(
                if found.more {
                    "preview-more-than"
                } else {
                    "preview-many"
                },
                count = found.count
            ),
        };
        Ok(Preview {
            target,
            record: Some(record),
        })
    }
}

/// A folder tree this big is confirmed before a rule watches all of it.
pub const LARGE_TREE: usize = 2000;

impl WatchRule {
    /// Check the rule can run: the folder exists, the profile exists, the template parses.
    pub fn validate(&self, app: &App) -> Result<TargetTemplate> {
        if !self.dir.is_dir() {
            return Err(Error::config(
                "WATCH_DIR_MISSING",
                crate::tr!("watch-dir-missing", dir = self.dir.display()),
            ));
        }
        watch::check_root(&self.dir, &app.paths)?;
        app.profile(&self.profile)?;
        TargetTemplate::parse(self.target.as_deref(), self.pattern.as_deref())
    }

    /// Everything a rule needs to run, checked the same way wherever a rule is
    /// saved or started: a name, [`validate`](Self::validate), the profile's
    /// provider (its credentials are read: blocking), and a fixed target that
    /// provider accepts. Returns what running it needs.
    pub fn check(&self, app: &App) -> Result<Checked> {
        if self.name.trim().is_empty() {
            return Err(Error::config("RULE_NAME", crate::tr!("watch-rule-name")));
        }
        let template = self.validate(app)?;
        let profile = app.profile(&self.profile)?;
        let provider = app.provider(&profile)?;
        if !template.has_placeholders() {
            provider.target(template.fixed())?;
        }
        Ok(Checked {
            rule: self.clone(),
            template,
            profile,
            provider,
        })
    }
}

impl WatchRule {
    /// What must be confirmed before this rule replaces `kept` (the rule as
    /// saved before, when it watched the same folder): deleting photos after
    /// upload, and watching a large tree with all its sub-folders, each when
    /// newly turned on. Counts the tree (blocking).
    pub fn confirmations(&self, kept: Option<&WatchRule>) -> Vec<Confirmation> {
        let mut asks = vec![];
        if self.after == AfterSuccess::Delete
            && !kept.is_some_and(|r| r.after == AfterSuccess::Delete)
        {
            asks.push(Confirmation {
                action: crate::tr!("confirm-delete-after-title"),
                text: crate::tr!("confirm-delete-after", dir = self.dir.display()),
                yes: crate::tr!("confirm-delete-after-yes"),
            });
        }
        if self.recursive && !kept.is_some_and(|r| r.recursive) {
            let n = walkdir::WalkDir::new(&self.dir)
                .follow_links(false)
                .into_iter()
                .take(LARGE_TREE + 1)
                .count();
            if n > LARGE_TREE {
                asks.push(Confirmation {
                    action: crate::tr!("confirm-large-tree-title"),
                    text: crate::tr!(
                        "confirm-large-tree",
                        dir = self.dir.display(),
                        count = LARGE_TREE
                    ),
                    yes: crate::tr!("confirm-large-tree-yes"),
                });
            }
        }
        asks
    }
}

/// Check `rule` and save it, replacing the rule named `replace` (a rename) or
/// the one with its own name.
pub fn save_rule(app: &App, rule: WatchRule, replace: Option<&str>) -> Result<()> {
    rule.check(app)?;
    if let Some(old) = replace.filter(|o| *o != rule.name) {
        watch::remove_rule(&app.paths, old)?;
    }
    watch::upsert_rule(&app.paths, rule)
}

/// Check each rule (building its provider reads the keyring: blocking, so
/// off the async threads; a missing credential stops here), then run them
/// until `cancel` fires. Jobs go into `runner`'s queue; run the runner
/// alongside (`Runner::run(Until::Cancelled, ..)`).
pub async fn run_rules(
    runner: Arc<Runner>,
    rules: Vec<WatchRule>,
    cancel: CancellationToken,
    on_event: WatchEventFn,
) -> Result<()> {
    let mut checked = vec![];
    for rule in rules {
        let app = runner.app.clone();
        checked.push(
            tokio::task::spawn_blocking(move || rule.check(&app))
                .await
                .map_err(|e| Error::internal(e.to_string()))??,
        );
    }
    watch::watch(runner, checked, cancel, on_event).await
}
