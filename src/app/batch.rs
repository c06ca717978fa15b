//! A batch of photos on its way to one target: what the user handed over is
//! expanded into photos, planned (what preparation will do) and enqueued. One
//! implementation for both hosts; each host decides only which paths it may read
//! (`check`) and how to show the outcome.

use crate::config::Profile;
use crate::error::{Error, Result};
use crate::media::prepare::{self, Report};
use crate::queue::runner::{new_job, Runner};
use crate::queue::{Job, NewJob, Origin};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One file found in what the user dropped or picked.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FileEntry {
    pub path: PathBuf,
    pub name: String,
    pub size: u64,
    pub format: Option<&'static str>,
    /// Why it cannot be uploaded (not an image, unreadable...).
    pub error: Option<Error>,
}

impl FileEntry {
    /// Probe one file by content.
    pub fn probe(p: &Path) -> FileEntry {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match crate::media::probe(p) {
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
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Expanded {
    pub files: Vec<FileEntry>,
    /// Non-photos found inside dropped folders.
    pub skipped: usize,
}

/// Folders are searched (recursively, not following links, skipping what a
/// watched folder would skip) for photos; other files found inside folders are
/// counted as skipped, while a non-photo handed over on its own is listed with
/// the reason it cannot go. Files are probed in parallel; the order is the
/// order given, each folder's files sorted.
pub fn expand(paths: &[PathBuf]) -> Expanded {
    let mut listed: Vec<(PathBuf, bool)> = vec![];
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = walkdir::WalkDir::new(p)
                .follow_links(false)
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0
                        || !crate::watch::is_ignored_name(&e.file_name().to_string_lossy())
                })
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .collect();
            files.sort();
            listed.extend(files.into_iter().map(|f| (f, true)));
        } else {
            listed.push((p.clone(), false));
        }
    }
    let probed: Vec<(FileEntry, bool)> = listed
        .into_par_iter()
        .map(|(p, in_folder)| (FileEntry::probe(&p), in_folder))
        .collect();
    let mut files = vec![];
    let mut skipped = 0;
    for (e, in_folder) in probed {
        if in_folder && e.error.is_some() {
            skipped += 1;
        } else {
            files.push(e);
        }
    }
    Expanded { files, skipped }
}

/// What preparation will do to one file for a profile and target.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanView {
    pub path: PathBuf,
    pub report: Option<Report>,
    pub error: Option<Error>,
}

/// Resize, conversion and metadata removal each file will get, read from
/// headers only (nothing is decoded or sent).
pub fn plan(
    profile: &Profile,
    target: Option<&str>,
    paths: Vec<PathBuf>,
    check: impl Fn(&Path) -> Result<()> + Sync,
) -> Vec<PlanView> {
    let policy = profile.policy();
    let limits = profile.provider.limits_for(target);
    paths
        .into_par_iter()
        .map(|path| {
            match check(&path)
                .and_then(|_| prepare::plan(&path, &limits, policy, profile.provider.name))
            {
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
        .collect()
}

/// What became of one file handed to [`enqueue`], in the order given.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Queued {
    pub path: PathBuf,
    /// Its job (several files may share one: the same photo twice, or a file
    /// an earlier run left unfinished).
    pub job: Option<Job>,
    /// For a duplicate: the earlier job that already attached this content.
    pub duplicate_of: Option<Job>,
    /// Refused before anything was queued (not a photo, unreadable, not
    /// allowed); nothing is sent for it.
    pub error: Option<Error>,
}

/// Check every file (in parallel) and queue the good ones for `target` (already
/// parsed by the provider). Files the queue may already hold are hashed here
/// (`Runner::enqueue`); the runner uploads the rest. Blocking: call it off an
/// async executor's workers.
pub fn enqueue(
    runner: &Runner,
    profile: &Profile,
    target: &str,
    paths: Vec<PathBuf>,
    allow_duplicates: bool,
    check: impl Fn(&Path) -> Result<()> + Sync,
) -> Result<Vec<Queued>> {
    let each = paths.into_iter().map(|p| (p, target.to_string())).collect();
    enqueue_each(runner, profile, each, allow_duplicates, check)
}

/// [`enqueue`] with a target per file (a manifest, a mapping table); each
/// target already checked by the provider (`Provider::target`).
pub fn enqueue_each(
    runner: &Runner,
    profile: &Profile,
    files: Vec<(PathBuf, String)>,
    allow_duplicates: bool,
    check: impl Fn(&Path) -> Result<()> + Sync,
) -> Result<Vec<Queued>> {
    let checked: Vec<Result<NewJob>> = files
        .par_iter()
        .map(|(path, target)| {
            check(path).and_then(|_| {
                new_job(
                    profile,
                    Some(target.clone()),
                    path,
                    Origin::Upload,
                    allow_duplicates,
                )
            })
        })
        .collect();
    let paths: Vec<PathBuf> = files.into_iter().map(|(p, _)| p).collect();
    let mut out: Vec<Queued> = Vec::with_capacity(paths.len());
    let mut jobs = vec![];
    let mut slots = vec![];
    for (path, r) in paths.into_iter().zip(checked) {
        let error = match r {
            Ok(j) => {
                slots.push(out.len());
                jobs.push(j);
                None
            }
            Err(e) => Some(e),
        };
        out.push(Queued {
            path,
            job: None,
            duplicate_of: None,
            error,
        });
    }
    if jobs.is_empty() {
        return Ok(out);
    }
    let enqueued = runner.enqueue(jobs)?;
    let ids: Vec<i64> = enqueued.iter().map(|e| e.id).collect();
    let by_id: BTreeMap<i64, Job> = runner
        .queue
        .get_many(&ids)?
        .into_iter()
        .map(|j| (j.id, j))
        .collect();
    for (slot, e) in slots.into_iter().zip(enqueued) {
        out[slot].job = by_id.get(&e.id).cloned();
        out[slot].duplicate_of = e.duplicate_of;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_searched_for_photos_and_lone_files_are_explained() {
        let d = tempfile::tempdir().unwrap();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real");
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
        let Expanded { files, skipped } = expand(&[d.path().to_path_buf()]);
        let names: Vec<_> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["b.jpg", "a.jpg"]);
        assert_eq!(skipped, 1);
        let files = expand(&[d.path().join("notes.txt")]).files;
        assert_eq!(files.len(), 1);
        assert!(files[0]
            .error
            .as_ref()
            .unwrap()
            .message
            .contains("notes.txt"));
    }
}
