//! Adding photos: folders expanded, the file picker, pasted images,
//! thumbnails, planning and enqueueing a batch.

use super::profiles::build_provider;
use super::{blocking, S};
use crate::shell::Shell;
use photodrop::app::batch::{self, Expanded, FileEntry, PlanView, Queued};
use photodrop::app::pasted;
use photodrop::tr;
use photodrop::{Error, Result};
use std::path::PathBuf;
use tauri::AppHandle;

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
        tr!("dialog-add-folder")
    } else {
        tr!("dialog-add-photos")
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
        d.add_filter(tr!("dialog-photos-filter"), &all)
            .pick_files(move |r| {
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
        return Err(Error::input("PASTE_EMPTY", tr!("error-paste-no-image")));
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
        Clip::Text => Err(Error::input("PASTE_TEXT", tr!("error-paste-text"))),
        Clip::Empty => Err(Error::input("PASTE_EMPTY", tr!("error-paste-empty"))),
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
    let target = prov.target(Some(&target))?.0;
    blocking(move || {
        batch::enqueue(&sh.runner, &p, &target, paths, allow_duplicates, |f| {
            sh.check_allowed(f)
        })
    })
    .await
}
