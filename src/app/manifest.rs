//! Manifests: a CSV that says which photo goes to which record, one row per
//! photo (`file,target`), for batches where every photo has its own target
//! (`photodrop upload --manifest`, the app's mapping table import).

use crate::error::{Error, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One usable row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Row {
    /// The CSV's line number (1 is the header).
    pub line: u64,
    /// The photo, relative paths taken from the CSV's folder.
    pub file: PathBuf,
    /// The target as written (by id or by field), not yet checked.
    pub target: String,
}

/// A row that cannot be used, and why (`MANIFEST_ROW_INVALID`, naming the line).
#[derive(Debug)]
pub struct BadRow {
    pub line: u64,
    /// The file cell, when there was one.
    pub file: Option<String>,
    pub error: Error,
}

/// Every row of the manifest at `path`, in order; rows that cannot be used
/// are returned as such, so the others still go. The file itself being
/// unreadable or having no `file`/`target` header is an error.
pub fn read(path: &Path) -> Result<Vec<std::result::Result<Row, BadRow>>> {
    let shown = path.display();
    let text = std::fs::read(path).map_err(|e| {
        Error::input(
            "MANIFEST_UNREADABLE",
            crate::tr!("manifest-unreadable", file = &shown, reason = e.to_string()),
        )
    })?;
    // Spreadsheets save UTF-8 with a byte-order mark, and in many locales
    // with ';' between cells.
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&text);
    let first_line = text.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if !first_line.contains(&b',') && first_line.contains(&b';') {
        b';'
    } else {
        b','
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text);
    let bad_header = |why: String| {
        Error::input(
            "MANIFEST_INVALID",
            crate::tr!("manifest-invalid", file = &shown, why = why),
        )
    };
    let headers = rdr
        .headers()
        .map_err(|e| bad_header(e.to_string()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(file_col), Some(target_col)) = (col("file"), col("target")) else {
        return Err(bad_header(crate::tr!(
            "manifest-why-columns",
            columns = headers
                .iter()
                .map(|h| format!("'{h}'"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    };
    let base = path.parent().unwrap_or(Path::new("."));
    let mut rows = vec![];
    for rec in rdr.records() {
        let bad = |line: u64, file: Option<String>, why: String| BadRow {
            line,
            file,
            error: Error::input(
                "MANIFEST_ROW_INVALID",
                crate::tr!(
                    "manifest-row-invalid",
                    file = &shown,
                    line = line,
                    why = why
                ),
            ),
        };
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                rows.push(Err(bad(
                    line,
                    None,
                    crate::tr!("manifest-why-unreadable", reason = e.to_string()),
                )));
                continue;
            }
        };
        let line = rec.position().map_or(0, |p| p.line());
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let file = rec.get(file_col).map(str::trim).unwrap_or_default();
        let target = rec.get(target_col).map(str::trim).unwrap_or_default();
        let row = match (file.is_empty(), target.is_empty()) {
            (true, _) => Err(bad(line, None, crate::tr!("manifest-why-no-file"))),
            (false, true) => Err(bad(
                line,
                Some(file.into()),
                crate::tr!("manifest-why-no-target", file = file),
            )),
            (false, false) => Ok(Row {
                line,
                file: base.join(file),
                target: target.to_string(),
            }),
        };
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(text: &str) -> (tempfile::TempDir, PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("m.csv");
        std::fs::write(&p, text).unwrap();
        (d, p)
    }

    #[test]
    fn rows_come_with_their_lines_and_paths_from_the_csv_folder() {
        let elsewhere = std::env::temp_dir().join("elsewhere").join("b.jpg");
        let (d, p) = manifest(&format!(
            "\u{feff}Target,File,note\n\"Accounts[Account_Name=Dara, Jr. (Sales)]\",a.jpg,x\n\n\
             Leads/1,{}\n,c.jpg\nLeads/2,\n\"Products[Product_Code=SKU \"\"7\"\"]\",sub/d.jpg\n",
            elsewhere.display()
        ));
        let rows = read(&p).unwrap();
        assert_eq!(rows.len(), 5);
        let ok = rows[0].as_ref().unwrap();
        assert_eq!(
            (ok.line, ok.target.as_str()),
            (2, "Accounts[Account_Name=Dara, Jr. (Sales)]")
        );
        assert_eq!(ok.file, d.path().join("a.jpg"));
        assert_eq!(
            rows[1].as_ref().unwrap().file,
            elsewhere,
            "an absolute path stays"
        );
        let e = rows[2].as_ref().unwrap_err();
        assert_eq!((e.line, e.error.code.as_str()), (5, "MANIFEST_ROW_INVALID"));
        assert!(e.error.message.contains("line 5"), "{}", e.error.message);
        assert_eq!(e.file.as_deref(), Some("c.jpg"));
        assert!(rows[3].as_ref().unwrap_err().file.is_none());
        assert_eq!(
            rows[4].as_ref().unwrap().target,
            "Products[Product_Code=SKU \"7\"]"
        );
    }

    #[test]
    fn semicolons_and_a_missing_column() {
        let (_d, p) = manifest("file;target\na.jpg;Leads/1\n");
        assert_eq!(read(&p).unwrap()[0].as_ref().unwrap().target, "Leads/1");
        let (_d, p) = manifest("photo,record\na.jpg,Leads/1\n");
        assert_eq!(read(&p).unwrap_err().code, "MANIFEST_INVALID");
        assert_eq!(
            read(Path::new("/nonexistent/m.csv")).unwrap_err().code,
            "MANIFEST_UNREADABLE"
        );
    }
}
