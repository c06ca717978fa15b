//! Watched folders: rules, the folder picker, the template preview.

use super::{blocking, S};
use crate::shell::RuleStatus;
use photodrop::watch::{self, TargetTemplate, WatchRule};
use photodrop::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::AppHandle;

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RuleView {
    pub rule: WatchRule,
    pub status: RuleStatus,
}

#[tauri::command]
pub async fn watch_rules(shell: S<'_>) -> Result<Vec<RuleView>> {
    let sh = shell.inner().clone();
    blocking(move || {
        let st = sh
            .watch_status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        Ok(watch::load_rules(&sh.app.paths)?
            .into_iter()
            .map(|r| RuleView {
                status: st.get(&r.name).cloned().unwrap_or_default(),
                rule: r,
            })
            .collect())
    })
    .await
}

/// Pick a folder to watch (native dialog, so the folder is the user's choice).
#[tauri::command]
pub async fn pick_folder(shell: S<'_>, handle: AppHandle) -> Result<Option<PathBuf>> {
    use tauri_plugin_dialog::DialogExt;
    let (tx, rx) = tokio::sync::oneshot::channel();
    handle
        .dialog()
        .file()
        .set_title("Folder to watch")
        .pick_folder(move |r| {
            let _ = tx.send(r);
        });
    let dir = rx.await.ok().flatten().and_then(|f| f.into_path().ok());
    if let Some(d) = &dir {
        shell.picked_folder(d);
    }
    Ok(dir)
}

/// A recursive rule over more than this many entries is confirmed first.
#[tauri::command]
pub async fn save_rule(
    shell: S<'_>,
    handle: AppHandle,
    rule: WatchRule,
    replace: Option<String>,
) -> Result<()> {
    let sh = shell.inner().clone();
    let name = replace.clone().unwrap_or_else(|| rule.name.clone());
    // The rule as saved before, if it watched this same folder.
    let kept = blocking({
        let sh = sh.clone();
        move || watch::find_rule(&sh.app.paths, &name)
    })
    .await?
    .filter(|r| r.dir == rule.dir);
    // The folder must be one the person chose in the native picker (or the
    // one the rule already had): the page cannot point a rule at a folder.
    if kept.is_none() && !sh.was_picked(&rule.dir) {
        return Err(Error::config(
            "RULE_DIR_NOT_PICKED",
            "Choose the folder to watch with Pick… (the folder picker); a typed folder is not taken.",
        ));
    }
    watch::check_root(&rule.dir, &sh.app.paths)?;
    let (r2, k2) = (rule.clone(), kept.clone());
    let asks = blocking(move || Ok(r2.confirmations(k2.as_ref()))).await?;
    crate::shell::confirm_all(&handle, &asks).await?;
    blocking(move || photodrop::app::watching::save_rule(&sh.app, rule, replace.as_deref()))
        .await?;
    crate::restart_watchers(&handle);
    Ok(())
}

#[tauri::command]
pub async fn remove_rule(shell: S<'_>, handle: AppHandle, name: String) -> Result<bool> {
    let sh = shell.inner().clone();
    let r = blocking(move || watch::remove_rule(&sh.app.paths, &name)).await?;
    crate::restart_watchers(&handle);
    Ok(r)
}

/// Which target a sample file name would go to under a rule's template.
#[tauri::command]
pub fn preview_template(
    target: Option<String>,
    pattern: Option<String>,
    sample: String,
) -> Result<String> {
    let t = TargetTemplate::parse(
        target.as_deref().filter(|s| !s.is_empty()),
        pattern.as_deref().filter(|s| !s.is_empty()),
    )?;
    let root = Path::new("/watched");
    let file = root.join(sample.trim_start_matches('/'));
    t.derive(root, &file)
        .map_err(|m| Error::config("TEMPLATE_NO_MATCH", m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_shows_the_target_or_why_not() {
        let ok = preview_template(
            Some("Leads/{1}".into()),
            Some(r"^(\d+)_".into()),
            "3000000038009_front.jpg".into(),
        )
        .unwrap();
        assert_eq!(ok, "Leads/3000000038009");
        let e = preview_template(
            Some("Leads/{1}".into()),
            Some(r"^(\d+)_".into()),
            "holiday.jpg".into(),
        )
        .unwrap_err();
        assert_eq!(e.code, "TEMPLATE_NO_MATCH");
        assert!(!e.message.is_empty());
    }
}
