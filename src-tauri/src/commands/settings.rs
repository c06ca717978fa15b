//! App settings (theme, notifications, start at login) and updates: the
//! native parts of the desktop live here.

use super::{blocking, S};
use crate::settings::Settings;
use photodrop::tr;
use photodrop::{Error, Result};
use serde::Serialize;
use tauri::AppHandle;

/// What the updater found.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct UpdateStatus {
    /// False when this build has no release address (updates are off).
    pub enabled: bool,
    pub available: Option<String>,
    pub current: String,
    pub notes: Option<String>,
    pub message: String,
}

fn update_error(e: tauri_plugin_updater::Error) -> Error {
    Error::new(
        photodrop::error::ErrorKind::Transient,
        "UPDATE_CHECK_FAILED",
        tr!("update-check-failed", reason = e.to_string()),
    )
}

/// Ask the release address whether a newer version exists.
#[tauri::command]
pub async fn check_update(handle: AppHandle) -> Result<UpdateStatus> {
    use tauri_plugin_updater::UpdaterExt;
    let current = handle.package_info().version.to_string();
    let updater = match handle.updater() {
        Ok(u) => u,
        Err(tauri_plugin_updater::Error::EmptyEndpoints) => {
            return Ok(UpdateStatus {
                enabled: false,
                available: None,
                current,
                notes: None,
                message: tr!("update-off"),
            })
        }
        Err(e) => return Err(update_error(e)),
    };
    match updater.check().await.map_err(update_error)? {
        Some(u) => Ok(UpdateStatus {
            enabled: true,
            message: tr!("update-available", version = &u.version, current = &current),
            available: Some(u.version.clone()),
            notes: u.body.clone(),
            current,
        }),
        None => Ok(UpdateStatus {
            enabled: true,
            available: None,
            notes: None,
            message: tr!("update-current", current = &current),
            current,
        }),
    }
}

/// Download, verify (minisign, against the public key in the config) and
/// install the update, then restart.
#[tauri::command]
pub async fn install_update(handle: AppHandle) -> Result<()> {
    use tauri_plugin_updater::UpdaterExt;
    let updater = handle.updater().map_err(update_error)?;
    let Some(update) = updater.check().await.map_err(update_error)? else {
        return Err(Error::config("NO_UPDATE", tr!("update-none")));
    };
    let text = tr!("confirm-update", version = &update.version);
    let (title, yes) = (tr!("confirm-update-title"), tr!("confirm-update-yes"));
    if !crate::shell::confirm(&handle, &title, &text, &yes).await {
        return Err(crate::shell::declined(&tr!("declined-update")));
    }
    update
        .download_and_install(|_, _| {}, || {})
        .await
        .map_err(update_error)?;
    handle.restart()
}

/// Turn starting at login on (after asking, in a native dialog) or off.
async fn start_at_login(handle: &AppHandle, on: bool) -> Result<()> {
    use tauri_plugin_autostart::ManagerExt;
    if on {
        let title = tr!("confirm-login-title");
        if !crate::shell::confirm(
            handle,
            &title,
            &tr!("confirm-login"),
            &tr!("confirm-login-yes"),
        )
        .await
        {
            return Err(crate::shell::declined(&tr!("declined-login")));
        }
    }
    let al = handle.autolaunch();
    let r = if on { al.enable() } else { al.disable() };
    r.map_err(|e| {
        Error::config(
            "AUTOSTART_FAILED",
            tr!("error-autostart", reason = e.to_string()),
        )
    })
}

#[tauri::command]
pub async fn save_settings(
    shell: S<'_>,
    handle: AppHandle,
    settings: Settings,
) -> Result<Settings> {
    let sh = shell.inner().clone();
    let login_changed = {
        let cur = sh.settings.lock().unwrap_or_else(|p| p.into_inner());
        cur.start_at_login != settings.start_at_login
    };
    if login_changed {
        start_at_login(&handle, settings.start_at_login).await?;
    }
    blocking(move || {
        settings.save(&sh.app.paths)?;
        photodrop::i18n::choose(Some(&settings.language));
        *sh.settings.lock().unwrap_or_else(|p| p.into_inner()) = settings.clone();
        Ok(settings)
    })
    .await
}
