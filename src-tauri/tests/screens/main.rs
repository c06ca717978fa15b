//! The app's screens, end to end: in every language (languages.rs) and for
//! everyone (accessibility.rs). One test binary for both: each links the
//! whole desktop stack, and one link less is a minute less in CI. The two
//! tests take turns (one app at a time): the keyboard test gives the X
//! keyboard focus to its window, which a second app could take.

#[path = "../common/mod.rs"]
mod common;

mod accessibility;
mod languages;

use common::Ctx;

/// Held while an app runs: the other test waits its turn.
static ONE_APP: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The settings tab, once the profile's settings are drawn.
async fn show_settings(t: &Ctx) {
    t.show_tab("settings").await;
    t.wait(
        "document.querySelector('#set-profile [data-cred]')",
        "the profile's settings",
    )
    .await;
}

/// Every screen and dialog beyond the upload screen, each shown and handed
/// to `check` by name: history, watch, settings, the confirm dialog
/// (removing a profile, then declined) and the profile dialog (then
/// cancelled). Both screen tests walk the same way; it ends on the upload tab.
async fn other_screens(t: &Ctx, check: impl AsyncFn(&str)) {
    t.show_tab("history").await;
    check("history").await;
    t.show_tab("watch").await;
    check("watch").await;
    show_settings(t).await;
    check("settings").await;
    t.click("#set-profile button.danger").await;
    t.wait(
        "document.querySelector('#confirm-dialog').open",
        "the confirm dialog",
    )
    .await;
    check("confirm-dialog").await;
    t.click("#cd-buttons [data-choice=cancel]").await;
    t.show_tab("upload").await;
    t.click("#add-profile").await;
    t.wait(
        "document.querySelector('#profile-dialog').open",
        "the profile dialog",
    )
    .await;
    check("profile-dialog").await;
    t.js("document.querySelector('#pd-cancel').click(); return 1;")
        .await;
}
