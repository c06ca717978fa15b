//! Pasted images: the bytes a host took from the clipboard become a file of
//! their own format under the data dir, so they queue and retry like any photo.

use crate::error::{Error, Result};
use crate::queue::Queue;
use std::path::{Path, PathBuf};

/// The largest pasted image kept (a screenshot of an 8K screen as PNG is ~50 MB).
pub const MAX_PASTE: u64 = 100 * 1024 * 1024;
/// Pasted images are removed this long after they were pasted, once no
/// unfinished job needs them.
const KEEP_PASTED: std::time::Duration = std::time::Duration::from_secs(30 * 24 * 3600);

/// Keep pasted image bytes as `<data dir>/pasted/pasted-<time>-<id>.<ext>`.
pub fn save(data_dir: &Path, queue: &Queue, bytes: &[u8]) -> Result<PathBuf> {
    if bytes.len() as u64 > MAX_PASTE {
        return Err(Error::input(
            "PASTE_TOO_LARGE",
            crate::tr!(
                "paste-too-large",
                size = crate::i18n::size(bytes.len() as u64),
                max = crate::i18n::size(MAX_PASTE)
            ),
        ));
    }
    let fmt = crate::media::sniff(bytes)
        .ok_or_else(|| Error::input("PASTE_NOT_IMAGE", crate::tr!("paste-not-image")))?;
    let dir = data_dir.join("pasted");
    crate::fsx::private_dir_all(&dir)?;
    prune(queue, &dir);
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_default();
    let id = uuid::Uuid::new_v4().simple().to_string();
    let path = dir.join(format!("pasted-{stamp}-{}.{}", &id[..8], fmt.ext()));
    crate::fsx::write_private(&path, bytes)?;
    Ok(path)
}

/// Remove old pasted images that no job still waits to send.
pub fn prune(queue: &Queue, dir: &Path) {
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
            queue.latest_for_path(&path),
            Ok(Some(j)) if !j.state.is_final()
        );
        if !waiting {
            let _ = std::fs::remove_file(&path);
        }
    }
}
