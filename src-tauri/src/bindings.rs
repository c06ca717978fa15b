//! The UI's TypeScript types are generated from the Rust types every command
//! takes or returns (ts-rs derives, feature `ts`: scripts/test turns it on),
//! not copied by hand. This test writes them to a temporary folder and
//! compares them with `ui/src/bindings/`, so a change on the Rust side that the
//! UI has not taken in fails the build. `PHOTODROP_WRITE_BINDINGS=1` writes them there instead.

use crate::commands::matching::ManifestRow;
use crate::commands::settings::UpdateStatus;
use crate::commands::watch::RuleView;
use crate::commands::Bootstrap;
use photodrop::app::batch::{Expanded, PlanView, Queued};
use photodrop::app::history::HistoryFilter;
use photodrop::app::matching::{MatchRow, MatchRule};
use photodrop::app::watching::Preview;
use photodrop::app::{Imported, ProfileInput};
use photodrop::providers::{DeviceAuth, FieldMatches, RecordHit, RecordKind};
use photodrop::queue::Job;
use photodrop::watch::WatchRule;
use photodrop::{Action, Error};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

fn export(dir: &Path) {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    // The roots: each command's input and output; ts-rs follows the rest.
    Bootstrap::export_all(&cfg).unwrap();
    Expanded::export_all(&cfg).unwrap();
    PlanView::export_all(&cfg).unwrap();
    Queued::export_all(&cfg).unwrap();
    Job::export_all(&cfg).unwrap();
    HistoryFilter::export_all(&cfg).unwrap();
    RecordKind::export_all(&cfg).unwrap();
    RecordHit::export_all(&cfg).unwrap();
    DeviceAuth::export_all(&cfg).unwrap();
    RuleView::export_all(&cfg).unwrap();
    WatchRule::export_all(&cfg).unwrap();
    UpdateStatus::export_all(&cfg).unwrap();
    ProfileInput::export_all(&cfg).unwrap();
    Action::export_all(&cfg).unwrap();
    Error::export_all(&cfg).unwrap();
    MatchRule::export_all(&cfg).unwrap();
    MatchRow::export_all(&cfg).unwrap();
    FieldMatches::export_all(&cfg).unwrap();
    ManifestRow::export_all(&cfg).unwrap();
    Preview::export_all(&cfg).unwrap();
    Imported::export_all(&cfg).unwrap();
}

fn read_all(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") {
                out.insert(name, std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    out
}

#[test]
fn ui_bindings_are_current() {
    let checked_in = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
    if std::env::var_os("PHOTODROP_WRITE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&checked_in);
        export(&checked_in);
        return;
    }
    let fresh = tempfile::tempdir().unwrap();
    export(fresh.path());
    let (want, have) = (read_all(fresh.path()), read_all(&checked_in));
    let stale: std::collections::BTreeSet<&String> = want
        .keys()
        .chain(have.keys())
        .filter(|k| want.get(*k) != have.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "ui/src/bindings/ is out of date with the Rust types ({stale:?}): run \
         `PHOTODROP_WRITE_BINDINGS=1 cargo test -p photodrop-desktop --features ts --lib bindings`, \
         then make the UI build again"
    );
}
