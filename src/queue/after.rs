//! What happens to a watched folder's file once its job is final: left,
//! moved into `Uploaded/` or deleted on success, moved into `Failed/` with a
//! reason file on failure. Part of the queue because whichever process
//! finishes a job (the runner) does it, watching or not.

use super::{format_time, now_ms, AfterSuccess, Job, Origin, Queue};
use std::path::{Path, PathBuf};

/// Where uploaded files of a watched folder go (`after = move`).
pub const UPLOADED_DIR: &str = "Uploaded";
/// Where files that failed go, each with a `.txt` reason beside it.
pub const FAILED_DIR: &str = "Failed";

/// After a watched file's job is finished: leave, move into `Uploaded/`, or
/// delete it on success; move it into `Failed/` with a `.txt` reason on
/// failure. Runs once per job (recorded in the queue), in whichever process
/// finished the job, and again at the next start if the process died first.
///
/// The folder may be writable by others (a scanner share), so every step
/// works inside the opened watch root and never follows a link out of it
/// (`cap_std`): a `Failed` or `Uploaded` that is a link or a file is refused,
/// a reason file is created new (never written through something planted),
/// and the file is moved or deleted only if it is still the regular file that
/// was uploaded (same size and modification time).
pub fn after_job(queue: &Queue, job: &Job) {
    let Origin::Watch {
        root,
        after,
        move_failed,
        ..
    } = &job.origin
    else {
        return;
    };
    if job.post_done || !job.state.is_final() {
        return;
    }
    let wants_move = if job.state.is_success() {
        *after != AfterSuccess::Leave || job.path.starts_with(root.join(FAILED_DIR))
    } else {
        *move_failed && !job.path.starts_with(root.join(FAILED_DIR))
    };
    if !wants_move {
        let _ = queue.set_post_done(job.id, None);
        return;
    }
    match after_job_in(root, job, *after, *move_failed) {
        Ok(dest) => {
            let _ = queue.set_post_done(job.id, dest.as_deref());
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // The file is gone already (moved by the user): nothing left to do.
            let _ = queue.set_post_done(job.id, None);
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied || is_refusal(&e) => {
            // Never retried: something in the folder is not what it should be.
            tracing::warn!(job = job.id, "left {} where it is: {e}", job.path.display());
            let _ = queue.set_post_done(job.id, None);
        }
        Err(e) => tracing::warn!(job = job.id, "cannot move {}: {e}", job.path.display()),
    }
}

fn refused(why: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, why)
}

fn is_refusal(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::InvalidData
}

/// The after-action inside the opened root; the new path when the file moved.
fn after_job_in(
    root: &Path,
    job: &Job,
    after: AfterSuccess,
    move_failed: bool,
) -> std::io::Result<Option<PathBuf>> {
    use cap_std::fs::Dir;
    let dir = Dir::open_ambient_dir(root, cap_std::ambient_authority())?;
    let Ok(rel) = job.path.strip_prefix(root) else {
        return Err(refused(crate::tr!(
            "after-not-inside",
            file = job.path.display(),
            dir = root.display()
        )));
    };
    // Still the file that was uploaded? A link or another file put in its
    // place since is left alone.
    let meta = dir.symlink_metadata(rel)?;
    if meta.file_type().is_symlink() || !meta.is_file() {
        return Err(refused(crate::tr!(
            "after-replaced",
            file = job.path.display()
        )));
    }
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| crate::queue::runner::epoch_ms(t.into_std()));
    if !job.unchanged(meta.len(), mtime) {
        return Err(refused(crate::tr!(
            "after-changed",
            file = job.path.display()
        )));
    }
    // Same size and time but another file (swapped in by someone who can write
    // the folder): not the one that was uploaded.
    #[cfg(unix)]
    if let Some(id) = &job.source_id {
        use cap_std::fs::MetadataExt;
        if *id != crate::fsx::unix_id(meta.dev(), meta.ino()) {
            return Err(refused(crate::tr!(
                "after-swapped",
                file = job.path.display()
            )));
        }
    }
    let in_failed = rel.starts_with(FAILED_DIR);
    if job.state.is_success() {
        // A retried file from Failed/ loses its reason note and goes to Uploaded/ too.
        if in_failed {
            let note = reason_path(rel);
            if dir
                .symlink_metadata(&note)
                .is_ok_and(|m| m.is_file() && !m.file_type().is_symlink())
            {
                let _ = dir.remove_file(&note);
            }
        }
        match after {
            AfterSuccess::Leave => Ok(None),
            AfterSuccess::Move => {
                move_within(&dir, rel, UPLOADED_DIR, &relative_in(rel)).map(|d| Some(root.join(d)))
            }
            AfterSuccess::Delete => dir.remove_file(rel).map(|()| None),
        }
    } else if move_failed && !in_failed {
        let dest = move_within(&dir, rel, FAILED_DIR, &relative_in(rel))?;
        write_reason(&dir, &dest, job);
        Ok(Some(root.join(dest)))
    } else {
        Ok(None)
    }
}

/// Where under `Uploaded/` or `Failed/` a file goes: its path below the root
/// (below `Failed/` for a retried one).
fn relative_in(rel: &Path) -> PathBuf {
    let r = rel.strip_prefix(FAILED_DIR).unwrap_or(rel);
    if r.as_os_str().is_empty() {
        PathBuf::from(rel.file_name().unwrap_or_default())
    } else {
        r.to_path_buf()
    }
}

/// The result folder (`Uploaded`, `Failed`) inside the root: created when
/// missing; refused when something else (a link, a file) has its name.
fn result_dir(dir: &cap_std::fs::Dir, name: &str) -> std::io::Result<cap_std::fs::Dir> {
    match dir.symlink_metadata(name) {
        Ok(m) if m.is_dir() && !m.file_type().is_symlink() => {}
        Ok(_) => {
            return Err(refused(format!(
                "'{name}' in the watched folder is a link or a file, not a folder; \
                 PhotoDrop does not move photos through it"
            )))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => dir.create_dir(name)?,
        Err(e) => return Err(e),
    }
    // cap-std never leaves `dir`, even if a link were swapped in after the check.
    dir.open_dir(name)
}

/// Move `rel` into `into/<to>` inside `dir`, adding " (1)", " (2)"... when
/// the name is taken. Returns the new path relative to the root.
fn move_within(
    dir: &cap_std::fs::Dir,
    rel: &Path,
    into: &str,
    to: &Path,
) -> std::io::Result<PathBuf> {
    let results = result_dir(dir, into)?;
    if let Some(parent) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        results.create_dir_all(parent)?;
    }
    let stem = to
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = to
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let mut dest = to.to_path_buf();
    let mut n = 1;
    while results.symlink_metadata(&dest).is_ok() {
        dest = to.with_file_name(format!("{stem} ({n}){ext}"));
        n += 1;
    }
    match dir.rename(rel, &results, &dest) {
        Ok(()) => {}
        // Another file system (e.g. Uploaded/ is a mount): copy, then remove.
        Err(e) if e.raw_os_error() == Some(18) => {
            dir.copy(rel, &results, &dest)?;
            dir.remove_file(rel)?;
        }
        Err(e) => return Err(e),
    }
    Ok(Path::new(into).join(dest))
}

/// The `.txt` beside a file moved into `Failed/`: created new, so a file or a
/// link planted under that name is never written through; a taken name gets
/// a number.
fn write_reason(dir: &cap_std::fs::Dir, dest: &Path, job: &Job) {
    use std::io::Write;
    let text = reason_text(job);
    let base = reason_path(dest);
    let mut name = base.clone();
    for n in 1..100 {
        let mut o = cap_std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        match dir.open_with(&name, &o) {
            Ok(mut f) => {
                let _ = f.write_all(text.as_bytes());
                return;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let mut s = base.as_os_str().to_owned();
                s.push(format!(" ({n})"));
                name = PathBuf::from(s);
            }
            Err(e) => {
                tracing::warn!(job = job.id, "cannot write the reason file: {e}");
                return;
            }
        }
    }
}

fn reason_path(file: &Path) -> PathBuf {
    let mut s = file.as_os_str().to_owned();
    s.push(".txt");
    PathBuf::from(s)
}

fn reason_text(job: &Job) -> String {
    use crate::fsx::printable;
    let no_reason = crate::tr!("no-reason-recorded");
    let (code, message) = job
        .error
        .as_ref()
        .map(|e| (e.code.as_str(), e.message.as_str()))
        .unwrap_or(("UNKNOWN", no_reason.as_str()));
    let unknown = crate::tr!("the-target");
    let what = crate::tr!(
        "reason-file-what",
        file = printable(&job.file_name),
        profile = printable(&job.profile),
        target = printable(job.target.as_deref().unwrap_or(&unknown)),
        when = format_time(job.finished_at.unwrap_or_else(now_ms)),
    );
    let why = crate::tr!(
        "reason-file-why",
        code = printable(code),
        message = printable(message)
    );
    let todo = crate::tr!("reason-file-todo", job = job.id);
    format!("{what}\n\n{why}\n\n{todo}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Someone who can write the folder puts another file under the uploaded
    /// one's name, with the same size and time: it is not moved or deleted.
    #[cfg(unix)]
    #[test]
    fn a_file_swapped_in_under_the_same_name_is_left_alone() {
        use crate::queue::{NewJob, Origin, Queue};
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("inbox");
        std::fs::create_dir(&root).unwrap();
        let f = root.join("a.jpg");
        std::fs::write(&f, b"first").unwrap();
        let meta = std::fs::metadata(&f).unwrap();
        let q = Queue::open(&d.path().join("q.db")).unwrap();
        let nj = NewJob {
            profile: "p".into(),
            provider: "chakrahq".into(),
            target: None,
            path: f.clone(),
            size: meta.len(),
            mtime: crate::queue::runner::mtime_ms(&meta),
            source_id: crate::fsx::file_id(&meta),
            sha256: Some("00".repeat(32)),
            sample: String::new(),
            allow_duplicate: true,
            single_slot: false,
            origin: Origin::Upload,
            blocked: None,
        };
        let id = q.enqueue(&[nj]).unwrap()[0].id;
        let job = q.get(id).unwrap().unwrap();
        let other = root.join("b.tmp");
        std::fs::write(&other, b"other").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&other)
            .unwrap()
            .set_modified(meta.modified().unwrap())
            .unwrap();
        std::fs::rename(&other, &f).unwrap();
        let err = after_job_in(&root, &job, AfterSuccess::Delete, false).unwrap_err();
        assert!(err.to_string().contains("no longer the file"), "{err}");
        assert_eq!(std::fs::read(&f).unwrap(), b"other");
    }

    #[test]
    fn moves_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let root =
            cap_std::fs::Dir::open_ambient_dir(dir.path(), cap_std::ambient_authority()).unwrap();
        std::fs::write(dir.path().join("a.jpg"), b"1").unwrap();
        let to = Path::new("a.jpg");
        assert_eq!(
            move_within(&root, to, UPLOADED_DIR, to).unwrap(),
            Path::new("Uploaded/a.jpg")
        );
        std::fs::write(dir.path().join("a.jpg"), b"2").unwrap();
        let second = move_within(&root, to, UPLOADED_DIR, to).unwrap();
        assert_eq!(second, Path::new("Uploaded/a (1).jpg"));
        assert_eq!(
            std::fs::read(dir.path().join("Uploaded/a.jpg")).unwrap(),
            b"1"
        );
    }
}
