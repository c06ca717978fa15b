//! The app's screens, end to end: in every language (languages.rs) and for
//! everyone (accessibility.rs). One test binary for both: each links the
//! whole desktop stack, and one link less is a minute less in CI. The two
//! tests take turns (one app at a time): the keyboard test gives the X
//! keyboard focus to its window, which a second app could take.

#[path = "../common/mod.rs"]
mod common;

mod accessibility;
mod languages;

/// Held while an app runs: the other test waits its turn.
static ONE_APP: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
