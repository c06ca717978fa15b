//! PhotoDrop core: take a photo from disk to the right record of the right service.
//!
//! The flow: a [`config::Profile`] names a destination (provider kind + settings);
//! [`app::App::provider`] builds its [`providers::Provider`] with credentials
//! from the OS keyring ([`credentials`]); [`upload::preflight`] checks each file
//! by content against what the destination accepts ([`media`]);
//! the queue's [`queue::runner::Runner`] sends it — one attempt per provider
//! call, the retry policy around it — and returns a [`providers::Receipt`] (remote id,
//! link) or a classified [`Error`] that says what to do.
//!
//! This crate has no GUI dependency: the CLI (`src/bin/photodrop.rs`) and the
//! desktop shell are thin layers over [`app::App`]. The [`sandbox`] module is a
//! strict loopback server speaking all five APIs, for tests, benchmarks and the
//! demo profile. See ARCHITECTURE.md.

pub mod app;
pub mod config;
pub mod context;
pub mod credentials;
pub mod error;
pub mod fsx;
pub mod i18n;
pub mod media;
pub mod net;
pub mod providers;
pub mod queue;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod upload;
pub mod watch;

pub use error::{Action, Error, ErrorKind, Result};
