//! File-system helpers with a security edge: private folders and files for
//! what PhotoDrop keeps (the queue, profiles, pasted images), and opening a
//! file that someone else may control (a watched folder others can write)
//! without following a link planted in its place.

use std::fs::{File, Metadata};
use std::io;
use std::path::Path;

/// Create `dir` and its missing parents; the folders created are readable by
/// this user only (0700 on Unix). An existing `dir` of ours is tightened to 0700.
pub fn private_dir_all(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        let meta = std::fs::metadata(dir)?;
        // SAFETY: getuid has no preconditions.
        let me = unsafe { libc::getuid() };
        if meta.uid() == me && meta.mode() & 0o077 != 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        // Windows: files under %APPDATA% / %LOCALAPPDATA% inherit the user
        // profile's ACL, which only the user (and administrators) can read.
        std::fs::create_dir_all(dir)
    }
}

/// Make an existing file readable by this user only (0600 on Unix).
pub fn make_private(file: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(())
    }
}

/// Write `bytes` to `path` through a private temporary file in the same
/// folder, then rename it into place: never half a file, never readable by
/// other users, and a link planted at `path` is replaced, not written through.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    private_dir_all(dir)?;
    // tempfile creates 0600 files with O_EXCL.
    let mut tmp = tempfile::Builder::new()
        .prefix(".photodrop-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Why a file in a folder other people can write is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotRegular {
    /// A symbolic link (or a Windows reparse point): it may point at anyone's file.
    Link,
    /// A second name of a file that exists elsewhere too (Unix hard link).
    HardLink,
    /// A folder, device, FIFO or socket.
    Special,
}

impl NotRegular {
    pub fn describe(self) -> String {
        crate::i18n::message(
            match self {
                NotRegular::Link => "watch-why-link",
                NotRegular::HardLink => "watch-why-hard-link",
                NotRegular::Special => "watch-why-special",
            },
            &[],
        )
    }
}

/// Whether `meta` (from `symlink_metadata` or an opened handle) is a plain
/// file with one name.
pub fn check_regular(meta: &Metadata) -> Result<(), NotRegular> {
    if meta.file_type().is_symlink() {
        return Err(NotRegular::Link);
    }
    if !meta.is_file() {
        return Err(NotRegular::Special);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(NotRegular::HardLink);
        }
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::MetadataExt;
        const FILE_ATTRIBUTE_REPARSE_POINT: u32 = 0x400;
        if meta.file_attributes() & FILE_ATTRIBUTE_REPARSE_POINT != 0 {
            return Err(NotRegular::Link);
        }
    }
    Ok(())
}

/// Open `path` for reading without following a link at its last component,
/// and only if it is a regular file with one name. The checks are made on the
/// opened handle, so the file cannot be swapped between check and use.
pub fn open_regular(path: &Path) -> io::Result<(File, Metadata)> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // NONBLOCK: opening a FIFO planted under a photo's name must not hang.
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC);
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_FLAG_OPEN_REPARSE_POINT: u32 = 0x0020_0000;
        o.custom_flags(FILE_FLAG_OPEN_REPARSE_POINT);
    }
    let f = o.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return io::Error::other(NotRegular::Link.describe());
        }
        e
    })?;
    let meta = f.metadata()?;
    check_regular(&meta).map_err(|why| io::Error::other(why.describe()))?;
    #[cfg(unix)]
    {
        // Back to blocking reads for the rest of the file's life.
        use std::os::fd::AsRawFd;
        // SAFETY: fcntl on a descriptor we own; no memory is passed.
        unsafe {
            let fl = libc::fcntl(f.as_raw_fd(), libc::F_GETFL);
            if fl >= 0 {
                libc::fcntl(f.as_raw_fd(), libc::F_SETFL, fl & !libc::O_NONBLOCK);
            }
        }
    }
    Ok((f, meta))
}

/// `s` with control characters (newlines included) and the invisible
/// direction/format marks that can disguise a name (U+202E and friends)
/// replaced by `�`: for file names and server texts written into reason
/// files, notifications and CSV, where a name could otherwise forge lines.
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            let format_mark = matches!(c as u32,
                0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0x061C);
            if c.is_control() || format_mark {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// A file's identity as `device:inode` (Unix), to tell a file from another
/// later put under its name. `None` on Windows: std does not expose the file
/// index on stable Rust; size and modification time are checked there.
pub fn file_id(meta: &std::fs::Metadata) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(unix_id(meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// The form of [`file_id`], also for metadata read through `cap-std`.
#[cfg(unix)]
pub fn unix_id(dev: u64, ino: u64) -> String {
    format!("{dev}:{ino}")
}

/// A path on another machine (`\\server\share\…`, `//server/…`, Windows
/// device paths): the shell never resolves such a path on the page's say-so
/// (resolving a UNC path already connects to the server and sends it the
/// user's NTLM hash). A verbatim local path (`\\?\C:\…`, what
/// `canonicalize` returns on Windows) is local.
pub fn is_network_path(path: &Path) -> bool {
    #[cfg(windows)]
    {
        use std::path::{Component, Prefix};
        if let Some(Component::Prefix(p)) = path.components().next() {
            return match p.kind() {
                Prefix::Disk(_) | Prefix::VerbatimDisk(_) => false,
                Prefix::UNC(..)
                | Prefix::VerbatimUNC(..)
                | Prefix::DeviceNS(..)
                | Prefix::Verbatim(..) => true,
            };
        }
        // A rooted path without a drive (`\foo`) is on the current drive.
        let s = path.as_os_str().to_string_lossy();
        s.starts_with("//") || s.starts_with("\\\\")
    }
    #[cfg(not(windows))]
    {
        let s = path.as_os_str().to_string_lossy();
        s.starts_with("\\\\") || s.starts_with("//")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_paths_are_told_from_local_ones() {
        for p in ["\\\\server\\share\\a.jpg", "//server/share/a.jpg"] {
            assert!(is_network_path(Path::new(p)), "{p}");
        }
        for p in ["photos/a.jpg", "/home/ada/a.jpg"] {
            assert!(!is_network_path(Path::new(p)), "{p}");
        }
        #[cfg(windows)]
        {
            for p in [
                "\\\\?\\UNC\\server\\share\\a.jpg",
                "\\\\.\\pipe\\x",
                "\\\\?\\GLOBALROOT\\Device\\x",
            ] {
                assert!(is_network_path(Path::new(p)), "{p}");
            }
            for p in [
                "C:\\Users\\ada\\a.jpg",
                "\\\\?\\C:\\Users\\ada\\a.jpg",
                "Z:\\tmp\\a.jpg",
            ] {
                assert!(!is_network_path(Path::new(p)), "{p}");
            }
        }
    }

    #[test]
    fn printable_removes_line_breaks_and_direction_marks() {
        assert_eq!(printable("a\nb\r\tc"), "a\u{FFFD}b\u{FFFD}\u{FFFD}c");
        assert_eq!(printable("gpj.\u{202E}exe"), "gpj.\u{FFFD}exe");
        assert_eq!(printable("Фото 写真 é.jpg"), "Фото 写真 é.jpg");
    }

    #[cfg(unix)]
    #[test]
    fn links_fifos_and_second_names_are_not_opened() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let secret = d.path().join("secret.jpg");
        std::fs::write(&secret, b"private").unwrap();
        let link = d.path().join("link.jpg");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        assert!(open_regular(&link).is_err());
        let hard = d.path().join("hard.jpg");
        std::fs::hard_link(&secret, &hard).unwrap();
        assert!(open_regular(&hard).is_err());
        std::fs::remove_file(&hard).unwrap();
        assert!(open_regular(&secret).is_ok());
        let fifo = d.path().join("fifo.jpg");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid C string.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(
            open_regular(&fifo).is_err(),
            "a FIFO neither opens nor hangs"
        );

        let p = d.path().join("priv/a/b");
        private_dir_all(&p).unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        let f = p.join("x.toml");
        write_private(&f, b"x").unwrap();
        assert_eq!(
            std::fs::metadata(&f).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}
