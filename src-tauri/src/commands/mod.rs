//! The commands the web UI may call. Each one is a thin adapter: plain inputs
//! in, a core call (off the UI thread when it touches disk, keyring or
//! network), plain serialisable results or a `photodrop::Error` out.
//! Secrets go in through `set_secret` and never come back out: profiles are
//! shown as `ProfileView`, which says only "set" / "missing".
//!
//! One file per area; `lib.rs` registers them.

pub mod files;
pub mod jobs;
pub mod matching;
pub mod profiles;
pub mod settings;
pub mod watch;

use crate::settings::Settings;
use crate::shell::{Shell, DEMO_PROFILE};
use photodrop::app::ProfileView;
use photodrop::providers::{self, OptionSpec, ProviderInfo};
use photodrop::{Error, Result};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{AppHandle, Manager, State};

pub(crate) type S<'a> = State<'a, Arc<Shell>>;

/// Run blocking core work (SQLite, keyring, hashing, decoding) off the UI thread.
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Error::internal(e.to_string()))?
}

/// The native file dialog both pickers start from: its title and one filter.
fn file_dialog(
    handle: &tauri::AppHandle,
    title: &str,
    filter: &str,
    exts: &[&str],
) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    use tauri_plugin_dialog::DialogExt;
    handle
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter, exts)
}

/// A file chosen in the native open dialog, from Rust (so the page cannot
/// name one); `None` when cancelled.
pub(crate) async fn pick_one(
    handle: &tauri::AppHandle,
    title: &str,
    filter: &str,
    exts: &[&str],
) -> Option<std::path::PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    file_dialog(handle, title, filter, exts).pick_file(move |r| {
        let _ = tx.send(r.and_then(|f| f.into_path().ok()));
    });
    rx.await.ok().flatten()
}

/// Where to write, chosen in the native save dialog (from Rust, like
/// [`pick_one`]); `None` when cancelled.
pub(crate) async fn pick_save(
    handle: &tauri::AppHandle,
    title: &str,
    file_name: &str,
    filter: &str,
    exts: &[&str],
) -> Option<std::path::PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    file_dialog(handle, title, filter, exts)
        .set_file_name(file_name)
        .save_file(move |r| {
            let _ = tx.send(r.and_then(|f| f.into_path().ok()));
        });
    rx.await.ok().flatten()
}

#[derive(Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Bootstrap {
    pub version: &'static str,
    pub profiles: Vec<ProfileView>,
    pub providers: Vec<&'static ProviderInfo>,
    /// The options every profile has (fit, privacy, duplicates, concurrency).
    pub common_options: &'static [OptionSpec],
    pub demo_profile: Option<&'static str>,
    pub settings: Settings,
    pub keyring: String,
    /// Files given on the command line ("Open with PhotoDrop").
    pub initial_files: Vec<PathBuf>,
    pub data_dir: PathBuf,
    /// The language the page speaks (the core's messages too).
    pub language: photodrop::i18n::LanguageInfo,
    pub languages: Vec<photodrop::i18n::LanguageInfo>,
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
            common_options: providers::COMMON_OPTIONS,
            demo_profile: sh.demo.as_ref().map(|_| DEMO_PROFILE),
            settings: sh
                .settings
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
            keyring: sh.app.secrets.describe(),
            initial_files: initial,
            data_dir: sh.app.paths.data_dir.clone(),
            language: photodrop::i18n::current_info(),
            languages: photodrop::i18n::languages(),
        })
    })
    .await
}
