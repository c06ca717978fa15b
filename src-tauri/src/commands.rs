//! The commands the web UI may call. Each one is a thin adapter: plain inputs
//! in, a core call (off the UI thread when it touches disk, keyring or
//! network), plain serialisable results or a `photodrop::Error` out.
//! Secrets go in through `set_secret` and never come back out: profiles are
//! shown as `ProfileView`, which says only "set" / "missing".

use crate::settings::Settings;
use crate::shell::{DeviceSignIn, RuleStatus, Shell, DEMO_PROFILE};
use photodrop::app::ProfileView;
use photodrop::config::Profile;
use photodrop::credentials::Secret;
use photodrop::media::prepare::{self, Report};
use photodrop::providers::{self, ProviderInfo, RecordHit};
use photodrop::queue::runner::new_job;
use photodrop::queue::{HistoryQuery, Job, Origin, State as JobState};
use photodrop::watch::{self, TargetTemplate, WatchRule};
use photodrop::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
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

#[derive(Deserialize)]
pub struct ProfileInput {
    pub name: String,
    pub provider: String,
    #[serde(default)]
    pub base_url: Option<String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    /// Replace an existing profile of that name (editing settings).
    #[serde(default)]
    pub replace: bool,
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
    let (p, moved) = blocking({
        let sh = sh.clone();
        move || {
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
            // (old origins, new origins) when a profile with stored secrets moves.
            let moved = match sh.app.profile(&p.name) {
                Ok(old) if input.replace => {
                    let (was, now) = (old.origins()?, p.origins()?);
                    let stored = sh
                        .app
                        .view(&old)
                        .credentials
                        .values()
                        .any(|s| *s != "missing");
                    (was != now && stored).then_some((was, now))
                }
                _ => None,
            };
            Ok((p, moved))
        }
    })
    .await?;
    if let Some((old, new)) = moved {
        let text = format!(
            "Point the profile '{}' at {}?\n\nIts secrets were entered for {}. PhotoDrop will not send them to the new address: you will enter them again for it.",
            p.name,
            new.join(", "),
            old.join(", ")
        );
        if !crate::shell::confirm(&handle, "change a profile's server", &text, "Change server")
            .await
        {
            return Err(crate::shell::declined("Changing the profile's server"));
        }
    }
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

/// Exchange a Zoho Self Client grant code for a refresh token (stored in the keyring).
#[tauri::command]
pub async fn zoho_grant(shell: S<'_>, profile: String, code: String) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    sh.app
        .zoho_grant(&profile, &Secret::new(code.trim()))
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

/// Start Zoho's device sign-in; the UI shows the code and the link. The
/// device code stays in the shell.
#[tauri::command]
pub async fn zoho_device_start(
    shell: S<'_>,
    profile: String,
) -> Result<photodrop::providers::zoho::DeviceAuth> {
    let sh = shell.inner().clone();
    let auth = sh.app.zoho_device_start(&profile).await?;
    let mut d = sh.devices.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(old) = d.insert(
        profile,
        DeviceSignIn {
            auth: auth.clone(),
            cancelled: Default::default(),
        },
    ) {
        old.cancelled.store(true, Ordering::SeqCst);
    }
    Ok(auth)
}

/// Wait until the device sign-in started for `profile` is approved; stores the
/// refresh token. Returns the profile as it is now (its data centre may have
/// changed to the account's).
#[tauri::command]
pub async fn zoho_device_wait(shell: S<'_>, profile: String) -> Result<ProfileView> {
    let sh = shell.inner().clone();
    let (auth, cancelled) = {
        let d = sh.devices.lock().unwrap_or_else(|p| p.into_inner());
        let s = d.get(&profile).ok_or_else(|| {
            Error::config(
                "NO_SIGN_IN",
                "No Zoho sign-in is in progress; start one first.",
            )
        })?;
        (s.auth.clone(), s.cancelled.clone())
    };
    let res = sh
        .app
        .zoho_device_finish(&profile, &auth, || cancelled.load(Ordering::SeqCst))
        .await;
    {
        let mut d = sh.devices.lock().unwrap_or_else(|p| p.into_inner());
        if d.get(&profile)
            .is_some_and(|s| Arc::ptr_eq(&s.cancelled, &cancelled))
        {
            d.remove(&profile);
        }
    }
    res?;
    profile_view(sh, profile).await
}

/// Open the Zoho address of the sign-in in progress in the browser (the UI
/// cannot open arbitrary addresses).
#[tauri::command]
pub fn zoho_device_open(shell: S<'_>, handle: AppHandle, profile: String) -> Result<()> {
    use tauri_plugin_opener::OpenerExt;
    let url = {
        let d = shell.devices.lock().unwrap_or_else(|p| p.into_inner());
        d.get(&profile)
            .map(|s| s.auth.verification_url.clone())
            .ok_or_else(|| Error::config("NO_SIGN_IN", "No Zoho sign-in is in progress."))?
    };
    // Checked when Zoho sent it (device_start) and again here, before a browser opens it.
    photodrop::config::check_link(&url)?;
    handle
        .opener()
        .open_url(url, None::<&str>)
        .map_err(|e| Error::config("OPEN_FAILED", format!("Could not open the browser: {e}")))
}

#[tauri::command]
pub fn zoho_device_cancel(shell: S<'_>, profile: String) {
    let d = shell.devices.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(s) = d.get(&profile) {
        s.cancelled.store(true, Ordering::SeqCst);
    }
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

/// One file found in what the user dropped or picked.
#[derive(Serialize)]
pub struct FileEntry {
    pub path: PathBuf,
    pub name: String,
    pub size: u64,
    pub format: Option<&'static str>,
    /// Why it cannot be uploaded (not an image, unreadable...).
    pub error: Option<Error>,
}

/// Folders are searched (recursively) for photos; other files found inside
/// folders are skipped, while a non-photo dropped on its own is listed with the
/// reason it cannot go.
pub fn expand(paths: &[PathBuf]) -> (Vec<FileEntry>, usize) {
    let mut out = vec![];
    let mut skipped = 0;
    let entry = |p: &Path| -> FileEntry {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match photodrop::media::probe(p) {
            Ok(pr) => FileEntry {
                path: p.to_path_buf(),
                name,
                size: pr.size,
                format: Some(pr.format.name()),
                error: None,
            },
            Err(e) => FileEntry {
                path: p.to_path_buf(),
                name,
                size: std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
                format: None,
                error: Some(e),
            },
        }
    };
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = walkdir::WalkDir::new(p)
                .follow_links(false)
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !watch::is_ignored_name(&e.file_name().to_string_lossy())
                })
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .collect();
            files.sort();
            for f in files {
                let e = entry(&f);
                if e.error.is_some() {
                    skipped += 1;
                } else {
                    out.push(e);
                }
            }
        } else {
            out.push(entry(p));
        }
    }
    (out, skipped)
}

#[derive(Serialize)]
pub struct Expanded {
    pub files: Vec<FileEntry>,
    /// Non-photos found inside dropped folders.
    pub skipped: usize,
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
        let (files, skipped) = expand(&paths);
        Ok(Expanded { files, skipped })
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
    blocking(move || {
        let (files, skipped) = expand(&paths);
        Ok(Expanded { files, skipped })
    })
    .await
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
            let (files, skipped) = expand(&paths);
            Ok(Expanded { files, skipped })
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

/// The largest pasted image kept (a screenshot of an 8K screen as PNG is ~50 MB).
const MAX_PASTE: u64 = 100 * 1024 * 1024;
/// Pasted images are removed this long after they were pasted, once no
/// unfinished job needs them.
const KEEP_PASTED: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// Remove old pasted images that no job still waits to send.
pub fn prune_pasted(sh: &Shell, dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > KEEP_PASTED);
        if !old {
            continue;
        }
        // Only old files cost a queue lookup: this runs at every paste.
        let path = e.path();
        let waiting = matches!(
            sh.runner.queue.latest_for_path(&path),
            Ok(Some(j)) if !j.state.is_final()
        );
        if !waiting {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Keep pasted image bytes as a file of their own format under the data dir
/// (`pasted/pasted-<time>-<id>.<ext>`), so they queue and retry like any photo.
fn save_pasted(sh: &Shell, bytes: &[u8]) -> Result<FileEntry> {
    if bytes.len() as u64 > MAX_PASTE {
        return Err(Error::input(
            "PASTE_TOO_LARGE",
            format!(
                "The pasted image is {} MB; PhotoDrop takes pasted images up to {} MB. Save it as a file and drop the file instead.",
                bytes.len() as u64 / 1_048_576,
                MAX_PASTE / 1_048_576
            ),
        ));
    }
    let fmt = photodrop::media::sniff(bytes).ok_or_else(|| {
        Error::input(
            "PASTE_NOT_IMAGE",
            "The clipboard does not hold a photo PhotoDrop can read (JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC).",
        )
    })?;
    let dir = sh.app.paths.data_dir.join("pasted");
    photodrop::fsx::private_dir_all(&dir)?;
    prune_pasted(sh, &dir);
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_default();
    let id = uuid::Uuid::new_v4().simple().to_string();
    let path = dir.join(format!("pasted-{stamp}-{}.{}", &id[..8], fmt.ext()));
    photodrop::fsx::write_private(&path, bytes)?;
    sh.allow([path.clone()]);
    let (mut files, _) = expand(std::slice::from_ref(&path));
    Ok(files.remove(0))
}

#[derive(Serialize)]
pub struct PlanView {
    pub path: PathBuf,
    pub report: Option<Report>,
    pub error: Option<Error>,
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
        let policy = prepare::Policy::from_profile(&p);
        let limits = p.provider.limits_for(target.as_deref());
        Ok(paths
            .into_iter()
            .map(|path| {
                let r = sh
                    .check_allowed(&path)
                    .and_then(|_| prepare::plan(&path, &limits, policy, p.provider.name));
                match r {
                    Ok(report) => PlanView {
                        path,
                        report: Some(report),
                        error: None,
                    },
                    Err(e) => PlanView {
                        path,
                        report: None,
                        error: Some(e),
                    },
                }
            })
            .collect())
    })
    .await
}

#[derive(Serialize)]
pub struct EnqueueResult {
    pub path: PathBuf,
    pub job: Option<Job>,
    pub error: Option<Error>,
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
) -> Result<Vec<EnqueueResult>> {
    let sh = shell.inner().clone();
    let (p, prov) = build_provider(&sh, &profile).await?;
    let target = prov.parse_target(Some(&target))?.0;
    blocking(move || {
        let mut results: Vec<EnqueueResult> = vec![];
        let mut jobs = vec![];
        let mut slots = vec![];
        for path in paths {
            let nj = sh.check_allowed(&path).and_then(|_| {
                new_job(
                    &p,
                    Some(target.clone()),
                    &path,
                    Origin::Upload,
                    allow_duplicates,
                )
            });
            match nj {
                Ok(j) => {
                    slots.push(results.len());
                    jobs.push(j);
                    results.push(EnqueueResult {
                        path,
                        job: None,
                        error: None,
                    });
                }
                Err(e) => results.push(EnqueueResult {
                    path,
                    job: None,
                    error: Some(e),
                }),
            }
        }
        if !jobs.is_empty() {
            let enq = sh.runner.enqueue(jobs)?;
            let ids: Vec<i64> = enq.iter().map(|e| e.id).collect();
            let mut by_id: BTreeMap<i64, Job> = sh
                .runner
                .queue
                .get_many(&ids)?
                .into_iter()
                .map(|j| (j.id, j))
                .collect();
            for (slot, e) in slots.into_iter().zip(enq) {
                results[slot].job = by_id.remove(&e.id);
            }
        }
        Ok(results)
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

#[derive(Deserialize, Default)]
pub struct HistoryInput {
    pub limit: Option<usize>,
    /// Keyset cursor: (finished_at, id) of the last row shown.
    pub before: Option<(i64, i64)>,
    pub profile: Option<String>,
    pub text: Option<String>,
    pub state: Option<String>,
}

fn history_query(q: HistoryInput) -> Result<HistoryQuery> {
    let state = match q.state.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            JobState::parse(s)
                .ok_or_else(|| Error::config("BAD_STATE", format!("'{s}' is not a job state.")))?,
        ),
    };
    Ok(HistoryQuery {
        limit: q.limit.unwrap_or(200).clamp(1, 5000),
        before: q.before,
        profile: q.profile.filter(|s| !s.is_empty()),
        text: q.text.filter(|s| !s.trim().is_empty()),
        state,
    })
}

#[tauri::command]
pub async fn history(shell: S<'_>, query: HistoryInput) -> Result<Vec<Job>> {
    let sh = shell.inner().clone();
    blocking(move || sh.runner.queue.history(&history_query(query)?)).await
}

/// Write the (filtered) history to a CSV file the user chose in a save dialog.
#[tauri::command]
pub async fn export_csv(
    shell: S<'_>,
    handle: AppHandle,
    query: HistoryInput,
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
        let n = write_csv(&sh, history_query(query)?, &dest)?;
        Ok(Some((dest, n)))
    })
    .await
}

/// All matching history rows, newest first, paged through the keyset index.
pub fn write_csv(sh: &Shell, mut q: HistoryQuery, dest: &Path) -> Result<usize> {
    let mut out = String::from(
        "finished_at,state,profile,provider,target,file,size,remote_id,url,error_code,error\n",
    );
    let mut n = 0;
    q.limit = 1000;
    loop {
        let rows = sh.runner.queue.history(&q)?;
        for j in &rows {
            let cells = [
                j.finished_at
                    .map(photodrop::queue::format_time)
                    .unwrap_or_default(),
                j.state.as_str().to_string(),
                j.profile.clone(),
                j.provider.clone(),
                j.target.clone().unwrap_or_default(),
                j.path.display().to_string(),
                j.size.to_string(),
                j.remote_id.clone().unwrap_or_default(),
                j.url.clone().unwrap_or_default(),
                j.error.as_ref().map(|e| e.code.clone()).unwrap_or_default(),
                j.error
                    .as_ref()
                    .map(|e| e.message.clone())
                    .unwrap_or_default(),
            ];
            out.push_str(
                &cells
                    .iter()
                    .map(|c| csv_cell(c))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push('\n');
        }
        n += rows.len();
        match rows.last() {
            Some(last) if rows.len() == q.limit => {
                q.before = Some((last.finished_at.unwrap_or(last.created_at), last.id))
            }
            _ => break,
        }
    }
    std::fs::write(dest, out)?;
    Ok(n)
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so a
/// spreadsheet never runs a file name as a formula.
pub fn csv_cell(s: &str) -> String {
    // A file name may hold line breaks or direction marks that forge rows.
    let s = photodrop::fsx::printable(s);
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
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
const LARGE_TREE: usize = 2000;

/// How many entries a folder tree holds, counted up to `cap`.
fn tree_size(dir: &Path, cap: usize) -> usize {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .take(cap + 1)
        .count()
}

#[tauri::command]
pub async fn save_rule(
    shell: S<'_>,
    handle: AppHandle,
    rule: WatchRule,
    replace: Option<String>,
) -> Result<()> {
    let sh = shell.inner().clone();
    // The folder must be one the person chose in the native picker (or the
    // one the rule already had): the page cannot point a rule at a folder.
    let existing = {
        let sh = sh.clone();
        let name = replace.clone().unwrap_or_else(|| rule.name.clone());
        blocking(move || {
            Ok(watch::load_rules(&sh.app.paths)?
                .into_iter()
                .find(|r| r.name == name))
        })
        .await?
    };
    // The rule as saved before, if it watched this same folder.
    let kept = existing.filter(|r| r.dir == rule.dir);
    if kept.is_none() && !sh.was_picked(&rule.dir) {
        return Err(Error::config(
            "RULE_DIR_NOT_PICKED",
            "Choose the folder to watch with Pick… (the folder picker); a typed folder is not taken.",
        ));
    }
    watch::check_root(&rule.dir, &sh.app.paths)?;
    let was_delete = kept
        .as_ref()
        .is_some_and(|r| r.after == photodrop::queue::AfterSuccess::Delete);
    if rule.after == photodrop::queue::AfterSuccess::Delete && !was_delete {
        let text = format!(
            "Delete each photo from {} once it is uploaded?\n\nPhotoDrop deletes a file only after the service confirmed its upload, but a deleted file is not in the Trash.",
            rule.dir.display()
        );
        if !crate::shell::confirm(&handle, "delete after upload", &text, "Delete after upload")
            .await
        {
            return Err(crate::shell::declined("Saving the rule"));
        }
    }
    let was_recursive = kept.as_ref().is_some_and(|r| r.recursive);
    if rule.recursive && !was_recursive {
        let dir = rule.dir.clone();
        let n = blocking(move || Ok(tree_size(&dir, LARGE_TREE))).await?;
        if n > LARGE_TREE {
            let text = format!(
                "{} holds more than {LARGE_TREE} files and folders. Watch it with all its sub-folders?\n\nEvery photo found in it will be uploaded.",
                rule.dir.display()
            );
            if !crate::shell::confirm(
                &handle,
                "watch a large folder tree",
                &text,
                "Watch all of it",
            )
            .await
            {
                return Err(crate::shell::declined("Saving the rule"));
            }
        }
    }
    blocking(move || {
        if rule.name.trim().is_empty() {
            return Err(Error::config("RULE_NAME", "Give the rule a name."));
        }
        let template = rule.validate(&sh.app)?;
        if !template.has_placeholders() {
            let p = sh.app.profile(&rule.profile)?;
            sh.app.provider(&p)?.parse_target(template.fixed())?;
        }
        if let Some(old) = replace.filter(|o| o != &rule.name) {
            watch::remove_rule(&sh.app.paths, &old)?;
        }
        watch::upsert_rule(&sh.app.paths, rule)
    })
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
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=cmd()"), "'=cmd()");
        assert_eq!(csv_cell("-1,2"), "\"'-1,2\"");
    }

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

    #[test]
    fn folders_are_searched_for_photos_and_lone_files_are_explained() {
        let d = tempfile::tempdir().unwrap();
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/real");
        let photo = std::fs::read_dir(corpus.join("jpeg-M"))
            .unwrap()
            .flatten()
            .next()
            .unwrap()
            .path();
        std::fs::create_dir_all(d.path().join("sub")).unwrap();
        std::fs::copy(&photo, d.path().join("sub/a.jpg")).unwrap();
        std::fs::copy(&photo, d.path().join("b.jpg")).unwrap();
        std::fs::write(d.path().join("notes.txt"), "hello").unwrap();
        std::fs::write(d.path().join(".hidden.jpg"), "x").unwrap();
        let (files, skipped) = expand(&[d.path().to_path_buf()]);
        let names: Vec<_> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["b.jpg", "a.jpg"]);
        assert_eq!(skipped, 1);
        let (files, _) = expand(&[d.path().join("notes.txt")]);
        assert_eq!(files.len(), 1);
        assert!(files[0]
            .error
            .as_ref()
            .unwrap()
            .message
            .contains("notes.txt"));
    }
}
