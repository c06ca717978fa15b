//! Profiles, their secrets and sign-in, record kinds, targets and search.

use super::{blocking, S};
use crate::settings::Settings;
use crate::shell::Shell;
use photodrop::app::{Imported, ProfileInput, ProfileView};
use photodrop::config::Profile;
use photodrop::credentials::Secret;
use photodrop::providers::{self, DeviceAuth, RecordHit};
use photodrop::tr;
use photodrop::{Error, Result};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::AppHandle;

#[tauri::command]
pub async fn list_profiles(shell: S<'_>) -> Result<Vec<ProfileView>> {
    let sh = shell.inner().clone();
    blocking(move || sh.app.list_profiles()).await
}

/// Save a profile. Re-pointing one whose secrets are stored at another host
/// (a base URL, data centre, cluster or OAuth host) is confirmed in a native
/// dialog that names the new host; either way the stored secrets are not
/// sent there until they are entered again (`Credentials::bound`).
#[tauri::command]
pub async fn save_profile(
    shell: S<'_>,
    handle: AppHandle,
    input: ProfileInput,
) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    let replace = input.replace;
    let (p, asks) = blocking({
        let sh = sh.clone();
        move || sh.app.plan_profile(input)
    })
    .await?;
    crate::shell::confirm_all(&handle, &asks).await?;
    blocking(move || {
        sh.app.add_profile(&p, replace)?;
        Ok(sh.app.view(&p))
    })
    .await
}

#[tauri::command]
pub async fn remove_profile(shell: S<'_>, name: String) -> Result<()> {
    let sh = shell.inner().clone();
    blocking(move || sh.app.remove_profile(&name)).await
}

/// Store one secret in the OS keyring. The value is never returned.
#[tauri::command]
pub async fn set_secret(
    shell: S<'_>,
    profile: String,
    field: String,
    value: String,
) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    blocking(move || {
        sh.app
            .set_credential(&profile, &field, &Secret::new(value.trim()))?;
        let p = sh.app.profile(&profile)?;
        Ok(sh.app.view(&p))
    })
    .await
}

#[tauri::command]
pub async fn clear_secret(shell: S<'_>, profile: String, field: String) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    blocking(move || {
        let p = sh.app.profile(&profile)?;
        sh.app.remove_credentials(&p, Some(&field))?;
        Ok(sh.app.view(&p))
    })
    .await
}

pub(super) async fn build_provider(
    sh: &Arc<Shell>,
    profile: &str,
) -> Result<(Profile, Arc<dyn providers::Provider>)> {
    let sh = sh.clone();
    let name = profile.to_string();
    blocking(move || {
        let p = sh.app.profile(&name)?;
        let prov = sh.app.provider(&p)?;
        Ok((p, prov))
    })
    .await
}

/// "Test connection": one real authenticated call; a sentence on success.
#[tauri::command]
pub async fn test_connection(shell: S<'_>, profile: String) -> Result<String> {
    let (_, prov) = build_provider(shell.inner(), &profile).await?;
    prov.verify().await
}

/// Paste-a-code sign-in (a Zoho Self Client's grant code): the secrets it
/// gives are stored in the keyring; the profile as it is now comes back.
#[tauri::command]
pub async fn sign_in_code(shell: S<'_>, profile: String, code: String) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    sh.app
        .sign_in_with_code(&profile, &Secret::new(code.trim()))
        .await?;
    profile_view(sh, profile).await
}

/// The profile as the UI sees it now (credentials as set / missing).
async fn profile_view(sh: Arc<Shell>, profile: String) -> Result<ProfileView> {
    blocking(move || {
        let p = sh.app.profile(&profile)?;
        Ok(sh.app.view(&p))
    })
    .await
}

/// Start a device sign-in; the UI shows the code and the link. The device
/// code stays in the core.
#[tauri::command]
pub async fn device_sign_in_start(shell: S<'_>, profile: String) -> Result<DeviceAuth> {
    let sh = shell.inner().clone();
    sh.sign_ins.start(&sh.app, &profile).await
}

/// Wait until the device sign-in started for `profile` ends. Returns the
/// profile as it is now (a sign-in may move it, e.g. to the account's data centre).
#[tauri::command]
pub async fn device_sign_in_wait(shell: S<'_>, profile: String) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    sh.sign_ins.wait(&sh.app, &profile).await?;
    profile_view(sh, profile).await
}

/// Open the address of the sign-in in progress in the browser (the page
/// cannot open arbitrary addresses).
#[tauri::command]
pub fn device_sign_in_open(shell: S<'_>, handle: AppHandle, profile: String) -> Result<()> {
    use tauri_plugin_opener::OpenerExt;
    let url = shell.sign_ins.url(&profile)?;
    handle.opener().open_url(url, None::<&str>).map_err(|e| {
        Error::config(
            "OPEN_FAILED",
            tr!("error-open-browser", reason = e.to_string()),
        )
    })
}

#[tauri::command]
pub fn device_sign_in_cancel(shell: S<'_>, profile: String) {
    shell.sign_ins.cancel(&profile);
}

/// The kinds of record the target picker offers (Zoho modules, ChakraHQ
/// procedures with their photo attributes).
#[tauri::command]
pub async fn record_kinds(
    shell: S<'_>,
    profile: String,
) -> Result<Vec<photodrop::providers::RecordKind>> {
    let (_, prov) = build_provider(shell.inner(), &profile).await?;
    prov.record_kinds().await
}

/// Validate a typed or pasted target (a Zoho record address is understood too);
/// returns its canonical form.
#[tauri::command]
pub async fn check_target(shell: S<'_>, profile: String, target: String) -> Result<String> {
    let (_, prov) = build_provider(shell.inner(), &profile).await?;
    Ok(prov.target(Some(&target))?.0)
}

#[tauri::command]
pub async fn search_records(
    shell: S<'_>,
    profile: String,
    module: String,
    query: String,
) -> Result<Vec<RecordHit>> {
    let (_, prov) = build_provider(shell.inner(), &profile).await?;
    prov.search(&module, query.trim()).await
}

#[tauri::command]
pub async fn remember_target(
    shell: S<'_>,
    profile: String,
    target: String,
    label: Option<String>,
) -> Result<Settings> {
    let sh = shell.inner().clone();
    blocking(move || {
        let mut s = sh.settings.lock().unwrap_or_else(|p| p.into_inner());
        s.remember_target(&profile, &target, label);
        s.save(&sh.app.paths)?;
        Ok(s.clone())
    })
    .await
}

/// Write profiles' settings (never a secret) to a file chosen in a save
/// dialog, for colleagues to import. `None` when cancelled.
#[tauri::command]
pub async fn export_profiles(
    shell: S<'_>,
    handle: AppHandle,
    names: Vec<String>,
) -> Result<Option<PathBuf>> {
    let sh = shell.inner().clone();
    let text = blocking(move || sh.app.export_profiles(&names)).await?;
    let (title, filter) = (tr!("dialog-export-profiles"), tr!("dialog-profiles-filter"));
    let dest = super::pick_save(
        &handle,
        &title,
        "profiles.photodrop",
        &filter,
        &["photodrop"],
    );
    let Some(dest) = dest.await else {
        return Ok(None);
    };
    photodrop::fsx::write_private(&dest, text.as_bytes())
        .map_err(|e| Error::unwritable(dest.display(), &e))?;
    Ok(Some(dest))
}

/// A `.photodrop` file chosen in the native open dialog (it counts as handed
/// over, so the page can import it, and again with replace after asking);
/// `None` when cancelled.
#[tauri::command]
pub async fn pick_profiles_file(shell: S<'_>, handle: AppHandle) -> Result<Option<PathBuf>> {
    let (title, filter) = (tr!("dialog-import-profiles"), tr!("dialog-profiles-filter"));
    let picked = super::pick_one(&handle, &title, &filter, &["photodrop", "toml"]).await;
    if let Some(p) = &picked {
        shell.allow([p.clone()]);
    }
    Ok(picked)
}

/// Import the profiles of a `.photodrop` file the person handed over (picked
/// in the dialog above, opened with the app, dropped).
#[tauri::command]
pub async fn import_profiles(shell: S<'_>, path: PathBuf, replace: bool) -> Result<Vec<Imported>> {
    let sh = shell.inner().clone();
    sh.check_allowed(&path)?;
    blocking(move || sh.app.import_profiles_file(&path, replace)).await
}
