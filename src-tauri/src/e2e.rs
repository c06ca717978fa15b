//! Test hooks, compiled only with the `e2e` feature (the end-to-end test and
//! the drop benchmark build it; releases and the installers never do). They
//! stand in for what a person does through the OS — a drag-and-drop of many
//! files, a choice in the native folder picker — so the WebDriver test can
//! script it. A production build has neither, and there the page cannot
//! widen what the shell reads: it may not even emit events.

use crate::shell::Shell;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{AppHandle, Emitter, State};

#[derive(serde::Serialize, Clone)]
struct DropPayload {
    paths: Vec<PathBuf>,
    position: Position,
}

#[derive(serde::Serialize, Clone)]
struct Position {
    x: f64,
    y: f64,
}

/// What the OS drop does: the paths count as handed over, and the page
/// hears the same `tauri://drag-drop` event a real drop sends.
#[tauri::command]
pub fn e2e_drop(shell: State<'_, Arc<Shell>>, handle: AppHandle, paths: Vec<PathBuf>) {
    shell.allow(paths.iter().cloned());
    let _ = handle.emit_to(
        "main",
        "tauri://drag-drop",
        DropPayload {
            paths,
            position: Position { x: 40.0, y: 300.0 },
        },
    );
}

/// The person's answer to the next native confirmation, given ahead: the
/// dialog is then not shown and this is the answer. (Declining is tested on
/// the real dialog; saying yes through it cannot be scripted under Xvfb.)
static NEXT_ANSWER: std::sync::Mutex<Option<bool>> = std::sync::Mutex::new(None);

#[tauri::command]
pub fn e2e_answer_next_confirm(yes: bool) {
    *NEXT_ANSWER.lock().unwrap_or_else(|p| p.into_inner()) = Some(yes);
}

/// The answer given ahead for this confirmation, if any (used once).
pub fn take_answer() -> Option<bool> {
    NEXT_ANSWER.lock().unwrap_or_else(|p| p.into_inner()).take()
}

/// What choosing `path` in the native folder picker does.
#[tauri::command]
pub fn e2e_pick_folder(shell: State<'_, Arc<Shell>>, path: PathBuf) -> PathBuf {
    shell.picked_folder(&path);
    path
}
