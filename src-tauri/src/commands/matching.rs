//! "Match each photo to a record": the table's rows, one lookup at a time
//! (the page paces them), a manifest picked in the native dialog, and the
//! matched photos sent, each to its own record.

use super::profiles::build_provider;
use super::{blocking, S};
use photodrop::app::batch::{self, Queued};
use photodrop::app::manifest;
use photodrop::app::matching::{self, MatchRow, MatchRule};
use photodrop::providers::FieldMatches;
use photodrop::tr;
use photodrop::Result;
use serde::Serialize;
use std::path::PathBuf;
use tauri::AppHandle;

/// Each handed-over photo's value and target by field under `rule`.
#[tauri::command]
pub async fn match_rows(
    shell: S<'_>,
    rule: MatchRule,
    paths: Vec<PathBuf>,
) -> Result<Vec<MatchRow>> {
    for p in &paths {
        shell.check_allowed(p)?;
    }
    matching::rows(&rule, &paths)
}

/// The records a target by field matches (the service's search; shared
/// with the runner, so sending what was found does not search again).
#[tauri::command]
pub async fn look_up_record(shell: S<'_>, profile: String, target: String) -> Result<FieldMatches> {
    let sh = shell.inner().clone();
    let (p, prov) = build_provider(&sh, &profile).await?;
    matching::look_up(&sh.app, &p, prov.as_ref(), &target).await
}

/// One manifest row for the table: a usable row, or why not.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ManifestRow {
    pub line: u64,
    pub file: Option<PathBuf>,
    pub target: Option<String>,
    pub error: Option<photodrop::Error>,
}

/// A CSV manifest chosen in the native dialog; the photos it names count as
/// handed over (the person chose the list). `None` when cancelled.
#[tauri::command]
pub async fn pick_manifest(shell: S<'_>, handle: AppHandle) -> Result<Option<Vec<ManifestRow>>> {
    let title = tr!("dialog-import-manifest");
    let Some(csv) = super::pick_one(&handle, &title, "CSV", &["csv", "CSV", "txt"]).await else {
        return Ok(None);
    };
    let sh = shell.inner().clone();
    blocking(move || {
        let rows = manifest::read(&csv)?;
        sh.allow(
            rows.iter()
                .filter_map(|r| r.as_ref().ok())
                .map(|r| r.file.clone()),
        );
        Ok(Some(rows.into_iter().map(ManifestRow::from).collect()))
    })
    .await
}

impl From<std::result::Result<manifest::Row, manifest::BadRow>> for ManifestRow {
    fn from(r: std::result::Result<manifest::Row, manifest::BadRow>) -> Self {
        match r {
            Ok(r) => ManifestRow {
                line: r.line,
                file: Some(r.file),
                target: Some(r.target),
                error: None,
            },
            Err(b) => ManifestRow {
                line: b.line,
                file: b.file.map(PathBuf::from),
                target: None,
                error: Some(b.error),
            },
        }
    }
}

/// Queue each photo for its own target (the records the table found, or the
/// candidates picked); each target is checked by the provider first.
#[tauri::command]
pub async fn enqueue_each(
    shell: S<'_>,
    profile: String,
    items: Vec<(PathBuf, String)>,
    allow_duplicates: bool,
) -> Result<Vec<Queued>> {
    let sh = shell.inner().clone();
    let (p, prov) = build_provider(&sh, &profile).await?;
    let items = items
        .into_iter()
        .map(|(f, t)| Ok((f, prov.target(Some(&t))?.0)))
        .collect::<Result<Vec<_>>>()?;
    blocking(move || {
        batch::enqueue_each(&sh.runner, &p, items, allow_duplicates, |f| {
            sh.check_allowed(f)
        })
    })
    .await
}
