//! Finished uploads: pages of the history and its export as CSV, for both hosts.

use crate::error::{Error, Result};
use crate::queue::{format_time, HistoryQuery, Job, Queue, State};
use serde::Deserialize;
use std::path::Path;

/// A history filter as a host receives it: every part optional, empty means
/// "any".
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryFilter {
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub limit: Option<usize>,
    /// Keyset cursor: (finished_at, id) of the last row shown.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub before: Option<(i64, i64)>,
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub profile: Option<String>,
    /// Only rows whose file name, target or remote id contains this.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub text: Option<String>,
    /// done, duplicate, failed or needs-attention.
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub state: Option<String>,
}

impl HistoryFilter {
    pub fn query(self) -> Result<HistoryQuery> {
        let state = match self
            .state
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(s) => Some(State::parse(s).ok_or_else(|| {
                Error::config("BAD_STATE", crate::tr!("history-bad-state", state = s))
            })?),
        };
        Ok(HistoryQuery {
            limit: self.limit.unwrap_or(200).clamp(1, 100_000),
            before: self.before,
            profile: self.profile.filter(|s| !s.is_empty()),
            text: self.text.filter(|s| !s.trim().is_empty()),
            state,
        })
    }
}

/// One page, newest first.
pub fn page(queue: &Queue, filter: HistoryFilter) -> Result<Vec<Job>> {
    queue.history(&filter.query()?)
}

const CSV_HEADER: [&str; 11] = [
    "finished_at",
    "state",
    "profile",
    "provider",
    "target",
    "file",
    "size",
    "remote_id",
    "url",
    "error_code",
    "error",
];

/// Write every row matching `filter` (its limit and cursor ignored) to `dest`
/// as CSV, newest first, paging through the keyset index. The file appears
/// whole or not at all. Returns the number of rows.
pub fn export_csv(queue: &Queue, filter: HistoryFilter, dest: &Path) -> Result<usize> {
    let mut q = filter.query()?;
    q.limit = 1000;
    q.before = None;
    let dir = dest
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let cannot = |e: &dyn std::fmt::Display| {
        Error::input(
            "EXPORT_FAILED",
            crate::tr!(
                "history-export-failed",
                file = dest.display(),
                reason = e.to_string()
            ),
        )
    };
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| cannot(&e))?;
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(tmp));
    w.write_record(CSV_HEADER).map_err(|e| cannot(&e))?;
    let mut n = 0;
    loop {
        let rows = queue.history(&q)?;
        for j in &rows {
            w.write_record(csv_row(j).iter().map(|c| defused(c)))
                .map_err(|e| cannot(&e))?;
        }
        n += rows.len();
        match rows.last() {
            Some(last) if rows.len() == q.limit => {
                q.before = Some((last.finished_at.unwrap_or(last.created_at), last.id))
            }
            _ => break,
        }
    }
    let file = w
        .into_inner()
        .map_err(|e| cannot(&e))?
        .into_inner()
        .map_err(|e| cannot(&e))?;
    file.persist(dest).map_err(|e| cannot(&e))?;
    Ok(n)
}

fn csv_row(j: &Job) -> [String; 11] {
    [
        j.finished_at.map(format_time).unwrap_or_default(),
        j.state.as_str().to_string(),
        j.profile.clone(),
        j.provider.clone(),
        j.target.clone().unwrap_or_default(),
        j.path.display().to_string(),
        j.size.to_string(),
        j.remote_id.clone().unwrap_or_default(),
        j.url.clone().unwrap_or_default(),
        j.error.as_ref().map(|e| e.code.clone()).unwrap_or_default(),
        j.error
            .as_ref()
            .map(|e| e.message.clone())
            .unwrap_or_default(),
    ]
}

/// A cell as a spreadsheet may open it safely: line breaks and direction
/// marks that could forge rows become `�`, and a leading `=`, `+`, `-` or `@`
/// gets a `'` so a file name never runs as a formula (the csv crate quotes;
/// this part is the spreadsheet's problem, not CSV's).
fn defused(s: &str) -> String {
    let s = crate::fsx::printable(s);
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_line(cells: &[&str]) -> String {
        let mut w = csv::Writer::from_writer(vec![]);
        w.write_record(cells.iter().map(|c| defused(c))).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(
            csv_line(&["plain", "a,b", "say \"hi\"", "=cmd()", "-1,2", "a\nb"]),
            "plain,\"a,b\",\"say \"\"hi\"\"\",'=cmd(),\"'-1,2\",a�b\n"
        );
    }

    #[test]
    fn a_bad_state_says_which_are_known() {
        let e = HistoryFilter {
            state: Some("finished".into()),
            ..Default::default()
        }
        .query()
        .unwrap_err();
        assert_eq!(e.code, "BAD_STATE");
        assert!(e.message.contains("needs-attention"), "{}", e.message);
        let q = HistoryFilter {
            state: Some(" ".into()),
            profile: Some(String::new()),
            limit: Some(1_000_000),
            ..Default::default()
        }
        .query()
        .unwrap();
        assert!(q.state.is_none() && q.profile.is_none());
        assert_eq!(q.limit, 100_000);
    }
}
