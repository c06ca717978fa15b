//! Watched folders: rules, the folder picker, the template preview.

use super::{blocking, S};
use crate::shell::RuleStatus;
#[cfg(test)]
use photodrop::app::watching::preview_target;
use photodrop::app::watching::Preview;
use photodrop::tr;
use photodrop::watch::{self, WatchRule};
use photodrop::{Error, Result};
use serde::Serialize;
use std::path::PathBuf;
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
        .set_title(tr!("dialog-folder-to-watch"))
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
            tr!("error-folder-not-picked"),
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
pub async fn preview_template(
    shell: S<'_>,
    target: Option<String>,
    pattern: Option<String>,
    sample: String,
    profile: Option<String>,
) -> Result<Preview> {
    let sh = shell.inner().clone();
    // A connected profile resolves a target by field; without one, the target alone.
    let built = match profile.filter(|p| !p.is_empty()) {
        Some(p) => super::profiles::build_provider(&sh, &p).await.ok(),
        None => None,
    };
    let (p, prov) = built.map_or((None, None), |(p, v)| (Some(p), Some(v)));
    sh.app
        .preview_rule(
            p.as_ref(),
            prov.as_deref(),
            target.as_deref(),
            pattern.as_deref(),
            &sample,
        )
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_shows_the_target_or_why_not() {
        let ok = preview_target(
            Some("Leads/{1}"),
            Some(r"^(\d+)_"),
            "3000000038009_front.jpg",
        )
        .unwrap();
        assert_eq!(ok, "Leads/3000000038009");
        let e = preview_target(Some("Leads/{1}"), Some(r"^(\d+)_"), "holiday.jpg").unwrap_err();
        assert_eq!(e.code, "TEMPLATE_NO_MATCH");
        assert!(!e.message.is_empty());
    }
}
