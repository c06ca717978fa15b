//! The commands the web UI may call. Each one is a thin adapter: plain inputs
//! in, a core call (off the UI thread when it touches disk, keyring or
//! network), plain serialisable results or a `photodrop::Error` out.
//! Secrets go in through `set_secret` and never come back out: profiles are
//! shown as `ProfileView`, which says only "set" / "missing".

use crate::settings::Settings;
use crate::shell::{RuleStatus, Shell, DEMO_PROFILE};
use photodrop::app::batch::{self, Expanded, FileEntry, PlanView, Queued};
use photodrop::app::history::{self, HistoryFilter};
use photodrop::app::{pasted, ProfileInput, ProfileView};
use photodrop::config::Profile;
use photodrop::credentials::Secret;
use photodrop::providers::{self, DeviceAuth, ProviderInfo, RecordHit};
use photodrop::queue::Job;
use photodrop::watch::{self, TargetTemplate, WatchRule};
use photodrop::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tauri::{AppHandle, Manager, State};

type S<'a> = State<'a, Arc<Shell>>;

/// Run blocking core work (SQLite, keyring, hashing, decoding) off the UI thread.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Error::internal(e.to_string()))?
}

#[derive(Serialize)]
pub struct Bootstrap {
    pub version: &'static str,
    pub profiles: Vec<ProfileView>,
    pub providers: Vec<&'static ProviderInfo>,
    pub demo_profile: Option<&'static str>,
    pub settings: Settings,
    pub keyring: &'static str,
    /// Files given on the command line ("Open with PhotoDrop").
    pub initial_files: Vec<PathBuf>,
    pub data_dir: PathBuf,
}

#[tauri::command]
pub async fn bootstrap(shell: S<'_>, handle: AppHandle) -> Result<Bootstrap> {
    let sh = shell.inner().clone();
    let initial = handle
        .try_state::<crate::InitialFiles>()
        .map(|f| f.0.clone())
        .unwrap_or_default();
    blocking(move || {
        Ok(Bootstrap {
            version: env!("CARGO_PKG_VERSION"),
            profiles: sh.app.list_profiles()?,
            providers: providers::REGISTRY.iter().map(|f| f.info()).collect(),
            demo_profile: sh.demo.as_ref().map(|_| DEMO_PROFILE),
            settings: sh
                .settings
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
            keyring: sh.app.secrets.describe(),
            initial_files: initial,
            data_dir: sh.app.paths.data_dir.clone(),
        })
    })
    .await
}

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

async fn build_provider(
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
    handle
        .opener()
        .open_url(url, None::<&str>)
        .map_err(|e| Error::config("OPEN_FAILED", format!("Could not open the browser: {e}")))
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
    Ok(prov.parse_target(Some(&target))?.0)
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

/// What the updater found.
#[derive(Debug, Serialize)]
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
        format!("Could not check for updates ({e}). Try again later."),
    )
}

/// Ask the release address whether a newer version exists.
#[tauri::command]
pub async fn check_update(handle: AppHandle) -> Result<UpdateStatus> {
    use tauri_plugin_updater::UpdaterExt;
    let current = handle.package_info().version.to_string();
    let updater =
        match handle.updater() {
            Ok(u) => u,
            Err(tauri_plugin_updater::Error::EmptyEndpoints) => return Ok(UpdateStatus {
                enabled: false,
                available: None,
                current,
                notes: None,
                message:
                    "Automatic updates are off in this build (no release address is configured)."
                        .into(),
            }),
            Err(e) => return Err(update_error(e)),
        };
    match updater.check().await.map_err(update_error)? {
        Some(u) => Ok(UpdateStatus {
            enabled: true,
            message: format!("PhotoDrop {} is available (you have {current}).", u.version),
            available: Some(u.version.clone()),
            notes: u.body.clone(),
            current,
        }),
        None => Ok(UpdateStatus {
            enabled: true,
            available: None,
            notes: None,
            message: format!("PhotoDrop {current} is up to date."),
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
        return Err(Error::config(
            "NO_UPDATE",
            "There is no newer version to install.",
        ));
    };
    let text = format!(
        "Install PhotoDrop {} now? It restarts when the update is installed.",
        update.version
    );
    if !crate::shell::confirm(&handle, "install an update", &text, "Install and restart").await {
        return Err(crate::shell::declined("Installing the update"));
    }
    update
        .download_and_install(|_, _| {}, || {})
        .await
        .map_err(update_error)?;
    handle.restart()
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
    if login_changed && settings.start_at_login {
        let text = "Start PhotoDrop when you log in?\n\nIt starts hidden in the tray and keeps your watched folders running.";
        if !crate::shell::confirm(&handle, "start at login", text, "Start at login").await {
            return Err(crate::shell::declined("Start at login"));
        }
    }
    if login_changed {
        use tauri_plugin_autostart::ManagerExt;
        let al = handle.autolaunch();
        let r = if settings.start_at_login {
            al.enable()
        } else {
            al.disable()
        };
        r.map_err(|e| {
            Error::config(
                "AUTOSTART_FAILED",
                format!("Could not change start at login: {e}"),
            )
        })?;
    }
    blocking(move || {
        settings.save(&sh.app.paths)?;
        *sh.settings.lock().unwrap_or_else(|p| p.into_inner()) = settings.clone();
        Ok(settings)
    })
    .await
}

/// List the photos in dropped/picked paths. Only paths the shell saw arrive
/// (a drop, the picker, a paste, a file argument) are read.
#[tauri::command]
pub async fn expand_paths(shell: S<'_>, paths: Vec<PathBuf>) -> Result<Expanded> {
    let sh = shell.inner().clone();
    blocking(move || {
        for p in &paths {
            sh.check_allowed(p)?;
        }
        Ok(batch::expand(&paths))
    })
    .await
}

/// Open the native file picker (from Rust, so that what it returns is known to
/// be the user's choice) and return the photos chosen.
#[tauri::command]
pub async fn pick_files(shell: S<'_>, handle: AppHandle, folders: bool) -> Result<Expanded> {
    use tauri_plugin_dialog::DialogExt;
    let sh = shell.inner().clone();
    let (tx, rx) = tokio::sync::oneshot::channel();
    let d = handle.dialog().file().set_title(if folders {
        "Add a folder of photos"
    } else {
        "Add photos"
    });
    if folders {
        d.pick_folders(move |r| {
            let _ = tx.send(r.unwrap_or_default());
        });
    } else {
        // GTK matches extensions case-sensitively; cameras write `IMG_0001.JPG`.
        const EXTS: &[&str] = &[
            "jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "heic", "heif",
        ];
        let upper: Vec<String> = EXTS.iter().map(|e| e.to_ascii_uppercase()).collect();
        let all: Vec<&str> = EXTS
            .iter()
            .copied()
            .chain(upper.iter().map(String::as_str))
            .collect();
        d.add_filter("Photos", &all).pick_files(move |r| {
            let _ = tx.send(r.unwrap_or_default());
        });
    }
    let chosen = rx.await.unwrap_or_default();
    let paths: Vec<PathBuf> = chosen
        .into_iter()
        .filter_map(|f| f.into_path().ok())
        .collect();
    sh.allow(paths.iter().cloned());
    blocking(move || Ok(batch::expand(&paths))).await
}

/// Make the thumbnails of a big batch in the background (lowest priority), so
/// scrolling through it later finds them made. Only handed-over files are read.
#[tauri::command]
pub fn prefetch_thumbs(shell: S<'_>, paths: Vec<PathBuf>, size: u32) {
    crate::prefetch_thumbs(shell.inner().clone(), paths, crate::thumb_size(size));
}

/// A pasted image the webview handed the page (Ctrl+V on Windows and macOS):
/// saved under the data dir, then treated like a dropped file.
#[tauri::command]
pub async fn paste_image(shell: S<'_>, request: tauri::ipc::Request<'_>) -> Result<FileEntry> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(Error::input(
            "PASTE_EMPTY",
            "The clipboard held no image data.",
        ));
    };
    let bytes = bytes.clone();
    let sh = shell.inner().clone();
    blocking(move || save_pasted(&sh, &bytes)).await
}

/// A pasted image, saved, handed over and listed like a dropped file.
fn save_pasted(sh: &Shell, bytes: &[u8]) -> Result<FileEntry> {
    let path = pasted::save(&sh.app.paths.data_dir, &sh.runner.queue, bytes)?;
    sh.allow([path.clone()]);
    Ok(FileEntry::probe(&path))
}

/// Ctrl+V when the page got no image from the webview (always so on Linux):
/// the files or the image on the clipboard, read by the shell
/// (`clipboard.rs`). Copied files count as handed over, like dropped ones.
#[tauri::command]
pub async fn paste_clipboard(shell: S<'_>, handle: AppHandle) -> Result<Expanded> {
    use crate::clipboard::Clip;
    let clip = crate::clipboard::read(&handle).await?;
    let sh = shell.inner().clone();
    blocking(move || match clip {
        Clip::Files(paths) => {
            sh.allow(paths.iter().cloned());
            Ok(batch::expand(&paths))
        }
        Clip::Image(bytes) => Ok(Expanded {
            files: vec![save_pasted(&sh, &bytes)?],
            skipped: 0,
        }),
        Clip::Text => Err(Error::input(
            "PASTE_TEXT",
            "The clipboard holds text, not photos. Copy an image or photo files, then press Ctrl+V here.",
        )),
        Clip::Empty => Err(Error::input(
            "PASTE_EMPTY",
            "The clipboard is empty. Copy an image or photo files, then press Ctrl+V here.",
        )),
    })
    .await
}

/// What preparation will do to each file for this profile (resize, convert,
/// GPS removal), read from headers only.
#[tauri::command]
pub async fn plan_files(
    shell: S<'_>,
    profile: String,
    target: Option<String>,
    paths: Vec<PathBuf>,
) -> Result<Vec<PlanView>> {
    let sh = shell.inner().clone();
    blocking(move || {
        let p = sh.app.profile(&profile)?;
        Ok(batch::plan(&p, target.as_deref(), paths, |f| {
            sh.check_allowed(f)
        }))
    })
    .await
}

/// Put photos in the queue for a target; the background runner uploads them
/// and progress arrives as `jobs` events.
#[tauri::command]
pub async fn enqueue(
    shell: S<'_>,
    profile: String,
    target: String,
    paths: Vec<PathBuf>,
    allow_duplicates: bool,
) -> Result<Vec<Queued>> {
    let sh = shell.inner().clone();
    let (p, prov) = build_provider(&sh, &profile).await?;
    let target = prov.parse_target(Some(&target))?.0;
    blocking(move || {
        batch::enqueue(&sh.runner, &p, &target, paths, allow_duplicates, |f| {
            sh.check_allowed(f)
        })
    })
    .await
}

#[tauri::command]
pub async fn jobs(shell: S<'_>, ids: Vec<i64>) -> Result<Vec<Job>> {
    let sh = shell.inner().clone();
    blocking(move || sh.runner.queue.get_many(&ids)).await
}

/// Jobs not yet finished or waiting for the user (survive restarts).
#[tauri::command]
pub async fn unfinished(shell: S<'_>) -> Result<Vec<Job>> {
    let sh = shell.inner().clone();
    blocking(move || sh.runner.queue.unfinished()).await
}

#[tauri::command]
pub async fn history(shell: S<'_>, query: HistoryFilter) -> Result<Vec<Job>> {
    let sh = shell.inner().clone();
    blocking(move || history::page(&sh.runner.queue, query)).await
}

/// Write the (filtered) history to a CSV file the user chose in a save dialog.
#[tauri::command]
pub async fn export_csv(
    shell: S<'_>,
    handle: AppHandle,
    query: HistoryFilter,
) -> Result<Option<(PathBuf, usize)>> {
    use tauri_plugin_dialog::DialogExt;
    let (tx, rx) = tokio::sync::oneshot::channel();
    handle
        .dialog()
        .file()
        .set_title("Export history")
        .set_file_name("photodrop-history.csv")
        .add_filter("CSV", &["csv"])
        .save_file(move |r| {
            let _ = tx.send(r);
        });
    let Some(dest) = rx.await.ok().flatten().and_then(|f| f.into_path().ok()) else {
        return Ok(None);
    };
    let sh = shell.inner().clone();
    blocking(move || {
        let n = history::export_csv(&sh.runner.queue, query, &dest)?;
        Ok(Some((dest, n)))
    })
    .await
}

/// Retry jobs that failed or need attention (optionally onto another target).
#[tauri::command]
pub async fn retry(shell: S<'_>, ids: Vec<i64>, target: Option<String>) -> Result<Vec<i64>> {
    let sh = shell.inner().clone();
    blocking(move || {
        let r = sh.runner.queue.retry(&ids, target.as_deref())?;
        sh.runner.wake();
        Ok(r)
    })
    .await
}

/// Open an uploaded photo's link in the browser. Takes a job id, not a URL, so
/// the page cannot make the shell open arbitrary addresses.
#[tauri::command]
pub async fn open_link(shell: S<'_>, handle: AppHandle, job: i64) -> Result<()> {
    use tauri_plugin_opener::OpenerExt;
    let sh = shell.inner().clone();
    let url = blocking(move || {
        sh.runner
            .queue
            .get(job)?
            .and_then(|j| j.url)
            .ok_or_else(|| Error::config("NO_LINK", "This upload has no link."))
    })
    .await?;
    photodrop::config::check_link(&url)?;
    handle
        .opener()
        .open_url(url, None::<&str>)
        .map_err(|e| Error::internal(format!("Could not open the browser: {e}")))
}

#[derive(Serialize)]
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
    blocking(move || watch::save_rule(&sh.app, rule, replace.as_deref())).await?;
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
