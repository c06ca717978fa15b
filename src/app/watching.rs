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

/// A folder tree this big is confirmed before a rule watches all of it.
pub const LARGE_TREE: usize = 2000;

impl WatchRule {
    /// Check the rule can run: the folder exists, the profile exists, the template parses.
    pub fn validate(&self, app: &App) -> Result<TargetTemplate> {
        if !self.dir.is_dir() {
            return Err(Error::config(
                "WATCH_DIR_MISSING",
                format!(
                    "{} is not a folder. Create it or pick another one.",
                    self.dir.display()
                ),
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
            return Err(Error::config("RULE_NAME", "Give the rule a name."));
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
                action: "delete after upload",
                text: format!(
                    "Delete each photo from {} once it is uploaded?\n\nPhotoDrop deletes a file only after the service confirmed its upload, but a deleted file is not in the Trash.",
                    self.dir.display()
                ),
                yes: "Delete after upload",
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
                    action: "watch a large folder tree",
                    text: format!(
                        "{} holds more than {LARGE_TREE} files and folders. Watch it with all its sub-folders?\n\nEvery photo found in it will be uploaded.",
                        self.dir.display()
                    ),
                    yes: "Watch all of it",
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
