//! Jobs and history: updates, pages, CSV export, retry, opening a link.

use super::{blocking, S};
use photodrop::app::history::{self, HistoryFilter};
use photodrop::queue::Job;
use photodrop::tr;
use photodrop::{Error, Result};
use std::path::PathBuf;
use tauri::AppHandle;

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
    let title = tr!("dialog-export-history");
    let dest = super::pick_save(&handle, &title, "photodrop-history.csv", "CSV", &["csv"]);
    let Some(dest) = dest.await else {
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
            .ok_or_else(|| Error::config("NO_LINK", tr!("error-no-link")))
    })
    .await?;
    photodrop::net::check_link(&url)?;
    handle.opener().open_url(url, None::<&str>).map_err(|e| {
        Error::config(
            "OPEN_FAILED",
            tr!("error-open-browser", reason = e.to_string()),
        )
    })
}
