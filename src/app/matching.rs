//! "Match each photo to a record": many photos, each named by what staff
//! know (`SKU-1001_front.jpg`, a folder per customer), turned into one target
//! by field per photo (`Products[Product_Code=SKU-1001]`), looked up before
//! anything is sent, so the app can show the whole mapping — found, not
//! found, ambiguous with its candidates — and send only what matched.

use crate::config::Profile;
use crate::error::{Error, Result};
use crate::providers::{FieldMatches, FieldTarget, Provider};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Where each photo's value comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum ValueFrom {
    /// The file name without its extension.
    Stem,
    /// The first capture of a regex over the file name (the whole match
    /// when it has no group).
    Pattern { regex: String },
    /// The name of the folder the photo is in.
    Folder,
}

/// How a batch is matched: records of `kind` whose `field` equals each
/// photo's value; `rest` is what follows the brackets (`/Attachments`, a
/// ChakraHQ photo attribute `/site_photo`, or "").
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatchRule {
    pub kind: String,
    pub field: String,
    pub value: ValueFrom,
    pub rest: String,
}

/// One photo of the table.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatchRow {
    pub path: PathBuf,
    pub name: String,
    /// The value taken from the photo, when there is one.
    pub value: Option<String>,
    /// The target by field to look up (`Products[Product_Code=SKU-1001]`).
    pub target: Option<String>,
    /// Why this photo has no value (the pattern does not match, ...).
    pub problem: Option<String>,
}

/// Each photo's value and target by field under `rule`, in order.
pub fn rows(rule: &MatchRule, paths: &[PathBuf]) -> Result<Vec<MatchRow>> {
    // The module, field and what follows, checked once with a stand-in value.
    FieldTarget::parse(&format!("{}[{}=x]{}", rule.kind, rule.field, rule.rest)).unwrap_or_else(
        || {
            Err(Error::config(
                "BAD_TARGET",
                crate::tr!("target-choose-field"),
            ))
        },
    )?;
    let regex = match &rule.value {
        ValueFrom::Pattern { regex } => Some(regex::Regex::new(regex).map_err(|e| {
            Error::config(
                "BAD_PATTERN",
                crate::tr!(
                    "target-bad-pattern",
                    pattern = regex,
                    reason = e.to_string()
                ),
            )
        })?),
        _ => None,
    };
    let name_of = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    Ok(paths
        .iter()
        .map(|p| {
            let name = name_of(p);
            let value = match &rule.value {
                ValueFrom::Stem => p.file_stem().map(|s| s.to_string_lossy().into_owned()),
                ValueFrom::Folder => p.parent().map(name_of).filter(|n| !n.is_empty()),
                ValueFrom::Pattern { .. } => regex.as_ref().and_then(|r| {
                    let c = r.captures(&name)?;
                    c.get(1)
                        .or_else(|| c.get(0))
                        .map(|m| m.as_str().to_string())
                }),
            }
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty());
            let target = value.as_ref().map(|v| {
                FieldTarget {
                    kind: rule.kind.clone(),
                    field: rule.field.clone(),
                    value: v.clone(),
                    rest: rule.rest.clone(),
                }
                .canonical()
            });
            let problem = value.is_none().then(|| match &rule.value {
                ValueFrom::Pattern { regex } => {
                    crate::tr!("match-why-pattern", pattern = regex.as_str())
                }
                ValueFrom::Folder => crate::tr!("match-why-no-folder"),
                ValueFrom::Stem => crate::tr!("match-why-empty-name"),
            });
            MatchRow {
                path: p.clone(),
                name,
                value,
                target,
                problem,
            }
        })
        .collect())
}

/// Look `target` (by field) up for the table: the records that match, each
/// hit's `target` ready to send to (what followed the brackets kept). Shares
/// the app's lookups with the runner, so sending what was found does not
/// search again.
pub async fn look_up(
    app: &crate::context::App,
    profile: &Profile,
    provider: &dyn Provider,
    target: &str,
) -> Result<FieldMatches> {
    let t = FieldTarget::parse(target).unwrap_or_else(|| {
        Err(Error::config(
            "BAD_TARGET",
            crate::tr!("target-not-by-field", target = target),
        ))
    })?;
    provider.check_field_target(&t)?;
    let mut found = app.lookups.find(&profile.name, provider, &t).await?;
    for h in &mut found.hits {
        h.target = t.resolved(&h.target);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(value: ValueFrom) -> MatchRule {
        MatchRule {
            kind: "Products".into(),
            field: "Product_Code".into(),
            value,
            rest: String::new(),
        }
    }

    #[test]
    fn values_from_names_patterns_and_folders() {
        let paths = vec![
            PathBuf::from("/in/ACME, Inc (2)/SKU-1001_front.jpg"),
            PathBuf::from("/in/x/IMG_0001.JPG"),
        ];
        let r = rows(&rule(ValueFrom::Stem), &paths).unwrap();
        assert_eq!(
            r[0].target.as_deref(),
            Some("Products[Product_Code=SKU-1001_front]")
        );
        let r = rows(
            &rule(ValueFrom::Pattern {
                regex: r"^(SKU-\d+)_".into(),
            }),
            &paths,
        )
        .unwrap();
        assert_eq!(r[0].value.as_deref(), Some("SKU-1001"));
        assert!(r[1].target.is_none());
        assert!(r[1].problem.as_deref().unwrap().contains("does not match"));
        let r = rows(&rule(ValueFrom::Folder), &paths).unwrap();
        assert_eq!(r[0].value.as_deref(), Some("ACME, Inc (2)"));
        // What the table builds, the parser reads back the same.
        let t = FieldTarget::parse(r[0].target.as_deref().unwrap())
            .unwrap()
            .unwrap();
        assert_eq!(t.value, "ACME, Inc (2)");
        assert_eq!(
            rows(&rule(ValueFrom::Pattern { regex: "(".into() }), &paths)
                .unwrap_err()
                .code,
            "BAD_PATTERN"
        );
    }
}
