//! Accessibility, end to end in the real app: axe-core (WCAG 2.1 A and AA
//! rules) on every screen and dialog in the light and dark themes and in
//! Arabic, and a whole upload done with the keyboard alone (real X key
//! presses, no pointer event reaches the page) with the focus always visible.

use crate::common::*;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// axe-core from the UI's npm packages (scripts/install-deps installs them).
fn axe_source() -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{p:?}: {e} (scripts/install-deps installs it)"))
}

/// Run axe on the page as it is; fail with every violation, its rule and
/// where, so the fix is obvious.
async fn axe(t: &Ctx, screen: &str) {
    let loaded = t.js("return typeof window.axe === 'object';").await;
    if loaded != json!(true) {
        t.js(&format!("{}\nreturn true;", axe_source())).await;
    }
    t.settle().await;
    let v = t
        .js(r#"return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
            .then(r => r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n      ` + v.nodes.slice(0, 6).map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ').slice(0, 160) : '')).join('\n      ')));"#)
        .await;
    t.assert_no_problems(
        v,
        &format!("a11y-failed-{screen}"),
        &format!("axe on {screen}"),
    )
    .await;
}

/// Every screen and dialog, checked by axe.
async fn every_screen(t: &Ctx, mode: &str) {
    t.show_tab("upload").await;
    t.wait(
        "document.querySelector('#search-input')",
        "the record search",
    )
    .await;
    axe(t, &format!("{mode}-upload")).await;
    // The matching panel (it opens for several unsent photos; shown here as
    // it is drawn, empty).
    t.js("document.querySelector('#match-panel').hidden = false; return 1;")
        .await;
    axe(t, &format!("{mode}-matching")).await;
    t.js("document.querySelector('#match-panel').hidden = true; return 1;")
        .await;
    crate::other_screens(t, async |screen: &str| {
        axe(t, &format!("{mode}-{screen}")).await
    })
    .await;
}

fn xdo(args: &[&str]) {
    let ok = Command::new("xdotool")
        .args(args)
        .status()
        .map(|s| s.success());
    assert!(
        matches!(ok, Ok(true)),
        "xdotool {args:?} failed (scripts/install-deps installs it)"
    );
}

/// The app's window id, and the X keyboard focus given to it: no window
/// manager runs under Xvfb, and keys then go to the focused window without
/// the pointer moving anywhere.
fn focus_app_window() {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "^PhotoDrop$"])
        .output()
        .unwrap();
    let ids = String::from_utf8_lossy(&out.stdout);
    let id = ids.split_whitespace().last().expect("the PhotoDrop window");
    xdo(&["windowfocus", "--sync", id]);
}

/// Press keys on the real X keyboard until `done` holds (at most `max` presses).
async fn press_until(t: &Ctx, key: &str, done: &str, max: usize) {
    for _ in 0..max {
        if t.js(&format!("return !!({done});")).await == json!(true) {
            return;
        }
        xdo(&["key", "--delay", "30", key]);
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    let at = t
        .js("return document.activeElement?.outerHTML.slice(0, 200);")
        .await;
    panic!("{key} ×{max} did not reach {done}; focus is on {at}");
}

/// The focused element shows where it is: an outline (or a box shadow) a
/// person can see.
const FOCUS_VISIBLE: &str = r#"(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'nothing focused';
  const cs = getComputedStyle(el);
  const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow && cs.boxShadow !== 'none');
  return ring ? true : `no visible focus on ${el.tagName.toLowerCase()}#${el.id}`;
})()"#;

/// A program holding the X clipboard with files, as a file manager's Ctrl+C.
struct ClipboardFiles(std::process::Child);
impl ClipboardFiles {
    fn new(files: &[PathBuf]) -> Self {
        let mut p = Command::new("/usr/bin/python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clipboard_source.py"))
            .args(files)
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3-gi with GTK 4 for the clipboard owner");
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(p.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
        Self(p)
    }
}
impl Drop for ClipboardFiles {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn accessible_in_every_theme_and_by_keyboard_alone() {
    let _turn = crate::ONE_APP.lock().await;
    let ctx = start().await;
    let t = &ctx;

    // 1. A whole upload by keyboard: find the record, choose it, paste the
    //    photos, open the result. The page counts pointer events: none.
    t.js("window.__pointer = 0; for (const e of ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'wheel']) addEventListener(e, () => window.__pointer++, true); return 1;")
        .await;
    focus_app_window();
    press_until(
        t,
        "Tab",
        "document.activeElement?.id === 'search-input'",
        40,
    )
    .await;
    assert_eq!(t.js(&format!("return {FOCUS_VISIBLE};")).await, json!(true));
    xdo(&["type", "--delay", "40", "Ada"]);
    t.wait(
        "document.querySelector('#search-results li[role=option]')",
        "search results",
    )
    .await;
    xdo(&["key", "Down"]);
    t.wait(
        "document.activeElement?.matches('#search-results li[role=option]')",
        "the first result focused",
    )
    .await;
    assert_eq!(t.js(&format!("return {FOCUS_VISIBLE};")).await, json!(true));
    xdo(&["key", "Return"]);
    t.wait(
        "document.querySelector('#target-value')",
        "the record chosen",
    )
    .await;
    let files: Vec<PathBuf> = photos(2);
    let _clip = ClipboardFiles::new(&files);
    xdo(&["key", "ctrl+v"]);
    // Two photos on a one-photo record: the question opens with the focus
    // on its first answer (attach them all), which Return takes.
    t.wait(
        "document.querySelector('#confirm-dialog').open && document.activeElement?.dataset.choice === 'attach'",
        "the one-photo question, focused",
    )
    .await;
    assert_eq!(t.js(&format!("return {FOCUS_VISIBLE};")).await, json!(true));
    axe(t, "one-photo-question").await;
    xdo(&["key", "Return"]);
    t.wait(
        "document.querySelectorAll('#tiles .tile[data-state=done] a.link').length === 2",
        "both photos uploaded",
    )
    .await;
    // The result was announced: the batch line is a polite live region.
    let live = t
        .js("return document.querySelector('#batch-summary').getAttribute('aria-live');")
        .await;
    assert_eq!(live, json!("polite"));
    // Tab reaches the result's link, with its focus ring.
    press_until(
        t,
        "Tab",
        "document.activeElement?.matches('#tiles a.link')",
        60,
    )
    .await;
    assert_eq!(t.js(&format!("return {FOCUS_VISIBLE};")).await, json!(true));
    // Arrow keys move between the tabs, each with a visible focus.
    press_until(
        t,
        "shift+Tab",
        "document.activeElement?.id === 'tab-upload'",
        80,
    )
    .await;
    xdo(&["key", "Right"]);
    t.wait("document.activeElement?.id === 'tab-history' && !document.querySelector('#view-history').hidden", "the history tab by arrow key")
        .await;
    assert_eq!(t.js(&format!("return {FOCUS_VISIBLE};")).await, json!(true));
    assert_eq!(
        t.js("return window.__pointer;").await,
        json!(0),
        "a pointer event reached the page"
    );
    t.shot("a11y-keyboard-upload").await;
    // A photo that cannot be sent stays on screen (its error, its action)
    // while the screens are checked.
    t.inject_drop(&[PathBuf::from("/nonexistent/gone.jpg")])
        .await;
    t.wait(
        "document.querySelector('#tiles .tile[data-state=error] .status')",
        "the refusal",
    )
    .await;

    // 2. axe on every screen and dialog: the light theme, the dark one, Arabic.
    every_screen(t, "light").await;
    t.select("#set-theme", "dark").await;
    t.wait(
        "document.documentElement.dataset.theme === 'dark'",
        "the dark theme",
    )
    .await;
    every_screen(t, "dark").await;
    t.shot("a11y-dark").await;
    t.select("#set-theme", "light").await;
    t.js("document.body.dataset.ready = ''; return 1;").await;
    t.select("#set-language", "ar").await;
    t.wait(
        "document.body.dataset.ready === '1' && document.documentElement.dir === 'rtl'",
        "Arabic",
    )
    .await;
    every_screen(t, "arabic").await;
}
