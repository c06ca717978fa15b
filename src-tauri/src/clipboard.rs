//! Ctrl+V of what another program copied — an image, or files — read natively.
//!
//! Why natively: WebKitGTK gives a page's paste event only the clipboard's
//! text. An image copied in a browser or an image viewer, or files copied in a
//! file manager, reach the page as an empty DataTransfer. So on Linux the UI
//! asks the shell, which reads the clipboard through GTK on the main thread.
//! WebView2 and WKWebView do hand the page pasted images; the UI sends those
//! bytes through `paste_image` and only asks here when the page got nothing.

use photodrop::Error;
use std::path::PathBuf;

/// What the clipboard offered, best first.
#[derive(Debug)]
pub enum Clip {
    /// Local files (`text/uri-list`), as a file manager's Ctrl+C puts them.
    Files(Vec<PathBuf>),
    /// Encoded image bytes in one of [`IMAGE_TARGETS`].
    Image(Vec<u8>),
    /// Only text: nothing PhotoDrop can upload.
    Text,
    Empty,
}

/// Image formats asked for, in order: lossless first, then the formats the
/// photo pipeline takes as they are. (GTK image viewers offer many at once;
/// browsers offer `image/png`.)
#[cfg(any(target_os = "linux", test))]
const IMAGE_TARGETS: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/heic",
    "image/heif",
    "image/gif",
    "image/tiff",
    "image/bmp",
];

/// The image format to ask for among the offered targets, if any.
#[cfg(any(target_os = "linux", test))]
fn best_image(offered: &[String]) -> Option<&'static str> {
    IMAGE_TARGETS
        .iter()
        .copied()
        .find(|t| offered.iter().any(|o| o.eq_ignore_ascii_case(t)))
}

/// Local paths from `file://` URIs; other URIs (a browser's `https://…` next to
/// a copied image) are not files to upload.
#[cfg(target_os = "linux")]
fn local_files<S: AsRef<str>>(uris: &[S]) -> Vec<PathBuf> {
    uris.iter()
        .filter_map(|u| url::Url::parse(u.as_ref().trim()).ok())
        .filter(|u| u.scheme() == "file")
        .filter_map(|u| u.to_file_path().ok())
        .collect()
}

/// Read the clipboard. A program that took the clipboard and then hangs must
/// not hang the paste, hence the time limit.
#[cfg(target_os = "linux")]
pub async fn read(app: &tauri::AppHandle) -> Result<Clip, Error> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    // GTK's clipboard belongs to the main thread; its answers come back there.
    app.run_on_main_thread(move || gtk_read(tx))
        .map_err(|e| Error::internal(e.to_string()))?;
    match tokio::time::timeout(std::time::Duration::from_secs(5), rx).await {
        Ok(clip) => Ok(clip.unwrap_or(Clip::Empty)),
        Err(_) => Err(Error::input(
            "PASTE_TIMEOUT",
            photodrop::tr!("error-paste-timeout"),
        )),
    }
}

/// Elsewhere the webview itself hands pasted images to the page, so when the
/// page got none there is nothing more to find here.
#[cfg(not(target_os = "linux"))]
pub async fn read(_app: &tauri::AppHandle) -> Result<Clip, Error> {
    Ok(Clip::Empty)
}

#[cfg(target_os = "linux")]
fn gtk_read(tx: tokio::sync::oneshot::Sender<Clip>) {
    use gtk::gdk;
    let clipboard = gtk::Clipboard::get(&gdk::SELECTION_CLIPBOARD);
    // gtk-rs 0.18 has no request_targets; asking for TARGETS is the same call.
    clipboard.request_contents(&gdk::Atom::intern("TARGETS"), move |clipboard, data| {
        let offered: Vec<String> = data
            .targets()
            .unwrap_or_default()
            .iter()
            .map(|a| a.name().to_string())
            .collect();
        let fallback = FallBack {
            image: best_image(&offered),
            text: data.targets_include_text(),
        };
        if offered.iter().any(|t| t == "text/uri-list") {
            clipboard.request_uris(move |clipboard, uris| {
                let files = local_files(uris);
                if files.is_empty() {
                    fallback.run(clipboard, tx);
                } else {
                    let _ = tx.send(Clip::Files(files));
                }
            });
        } else {
            fallback.run(clipboard, tx);
        }
    });
}

/// What to hand back when the clipboard holds no local files.
#[cfg(target_os = "linux")]
struct FallBack {
    image: Option<&'static str>,
    text: bool,
}

#[cfg(target_os = "linux")]
impl FallBack {
    fn run(self, clipboard: &gtk::Clipboard, tx: tokio::sync::oneshot::Sender<Clip>) {
        let otherwise = if self.text { Clip::Text } else { Clip::Empty };
        let Some(target) = self.image else {
            let _ = tx.send(otherwise);
            return;
        };
        clipboard.request_contents(&gtk::gdk::Atom::intern(target), move |_, data| {
            let bytes = data.data();
            let _ = tx.send(if bytes.is_empty() {
                otherwise
            } else {
                Clip::Image(bytes)
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_is_preferred_and_names_match_in_any_case() {
        let offered = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            best_image(&offered(&[
                "TARGETS",
                "image/bmp",
                "image/png",
                "image/jpeg"
            ])),
            Some("image/png")
        );
        assert_eq!(
            best_image(&offered(&["image/BMP", "text/plain"])),
            Some("image/bmp")
        );
        assert_eq!(best_image(&offered(&["UTF8_STRING", "text/html"])), None);
    }

    // Only Linux reads a file list from the clipboard (GTK's uri-list).
    #[cfg(target_os = "linux")]
    #[test]
    fn only_local_files_are_taken_from_a_uri_list() {
        let files = local_files(&[
            "file:///home/ana/Pictures/site%20visit.jpg",
            "https://example.com/photo.jpg",
            "file:///tmp/b.png\r",
            "not a uri",
        ]);
        assert_eq!(
            files,
            vec![
                PathBuf::from("/home/ana/Pictures/site visit.jpg"),
                PathBuf::from("/tmp/b.png")
            ]
        );
    }
}
