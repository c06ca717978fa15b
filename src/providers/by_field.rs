//! Targets written by what staff know instead of a record id:
//! `MODULE[FIELD=VALUE]` (Zoho: `Contacts[Email=ada@example.com]`,
//! `Products[Product_Code=SKU-2001/L]/Attachments`) and
//! `PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE` (ChakraHQ). The syntax is
//! shared; what a kind, a field and the part after the brackets may be is each
//! provider's to check (`Provider::check_field_target`), and the lookup is
//! its own search (`Provider::find_by_field`). The runner resolves such a
//! target to one record just before the upload (`queue::runner`), so a
//! watched folder and a manifest take them like any other target.

use crate::error::{Error, Result};
use serde::Serialize;

/// A target that names a record by one field's value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldTarget {
    /// The module or procedure (`Products`, `lead`).
    pub kind: String,
    /// The field's API name (`Product_Code`, `Email`).
    pub field: String,
    /// Everything between `=` and the closing bracket, as written.
    pub value: String,
    /// What follows the brackets (`/Attachments`, `/site_photo`), or "".
    pub rest: String,
}

/// The longest value taken (Zoho's text fields hold at most 255 characters;
/// a longer one is a mistake, not a record).
const MAX_VALUE: usize = 1000;

impl FieldTarget {
    /// `None` when `raw` is not written by field (no `[`): a record id.
    pub fn parse(raw: &str) -> Option<Result<FieldTarget>> {
        let raw = raw.trim();
        let open = raw.find('[')?;
        Some(Self::parse_at(raw, open))
    }

    fn parse_at(raw: &str, open: usize) -> Result<FieldTarget> {
        let bad = |why: &str| {
            Error::config(
                "BAD_TARGET",
                // `why` names a catalog message (`target-why-…`).
                crate::tr!(
                    "target-by-field-bad",
                    target = raw,
                    why = crate::i18n::message(why, &[])
                ),
            )
        };
        let name_ok = |s: &str| {
            !s.is_empty()
                && s.len() <= 100
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
                && !s.chars().all(|c| c == '.')
        };
        let kind = &raw[..open];
        if !name_ok(kind) {
            return Err(bad("target-why-module"));
        }
        // The value runs to the last ']' (a value may itself hold brackets).
        let close = raw
            .rfind(']')
            .filter(|c| *c > open)
            .ok_or_else(|| bad("target-why-no-close"))?;
        let inner = &raw[open + 1..close];
        let (field, value) = inner
            .split_once('=')
            .ok_or_else(|| bad("target-why-no-equals"))?;
        let field = field.trim();
        if !name_ok(field) {
            return Err(bad("target-why-field"));
        }
        if value.trim().is_empty() {
            return Err(bad("target-why-empty"));
        }
        if value.chars().count() > MAX_VALUE || value.chars().any(char::is_control) {
            return Err(bad("target-why-too-long"));
        }
        let rest = &raw[close + 1..];
        if !rest.is_empty() && (!rest.starts_with('/') || rest.contains(['[', ']'])) {
            return Err(bad("target-why-rest"));
        }
        Ok(FieldTarget {
            kind: kind.to_string(),
            field: field.to_string(),
            value: value.to_string(),
            rest: rest.trim_end_matches('/').to_string(),
        })
    }

    /// The target as stored in a job: `kind[field=value]rest`.
    pub fn canonical(&self) -> String {
        format!("{}[{}={}]{}", self.kind, self.field, self.value, self.rest)
    }

    /// The target once the record is known (`hit_target`: the record's own
    /// target, `Products/4150000000123`).
    pub fn resolved(&self, hit_target: &str) -> String {
        format!("{hit_target}{}", self.rest)
    }

    /// "Products whose Product_Code is SKU-1001", for messages.
    pub fn describe(&self) -> String {
        crate::tr!(
            "record-where",
            kind = &self.kind,
            field = &self.field,
            value = &self.value
        )
    }
}

/// What a lookup by field found: the first records (enough to choose from)
/// and how many matched in all.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldMatches {
    pub hits: Vec<super::RecordHit>,
    /// How many records matched (at least `hits.len()`).
    pub count: usize,
    /// More matched than were counted (the service stopped at a page).
    pub more: bool,
}

/// Targets by field looked up once per distinct value: a batch of 300
/// photos of 100 products makes 100 searches, however many run at once
/// (later ones wait for the first). A finding is kept for a few minutes, so a
/// watched folder's lookups stay cheap and a record created meanwhile is
/// still found; a failed lookup is not kept. One per app: the runner and the
/// app's mapping table share it.
pub mod lookups {
    use super::{FieldMatches, FieldTarget};
    use crate::error::Result;
    use crate::providers::Provider;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;
    use tokio::sync::OnceCell;
    use tokio::time::Instant;

    /// How long a finding is reused.
    pub const KEEP: Duration = Duration::from_secs(5 * 60);

    type Key = (String, FieldTarget);
    type Cell = Arc<OnceCell<(Instant, FieldMatches)>>;

    #[derive(Default)]
    pub struct Lookups {
        found: Mutex<HashMap<Key, Cell>>,
    }

    impl Lookups {
        /// What `provider` finds for `t` in `profile`, from a finding younger
        /// than [`KEEP`] when there is one.
        pub async fn find(
            &self,
            profile: &str,
            provider: &dyn Provider,
            t: &FieldTarget,
        ) -> Result<FieldMatches> {
            let key = (profile.to_string(), t.clone());
            let cell = {
                let mut m = self.found.lock().unwrap_or_else(|p| p.into_inner());
                let stale = m
                    .get(&key)
                    .and_then(|c| c.get())
                    .is_some_and(|(at, _)| at.elapsed() >= KEEP);
                if stale {
                    m.remove(&key);
                }
                // A batch's worth of keys; old findings go when the map grows.
                if m.len() > 50_000 {
                    m.retain(|_, c| c.get().is_none_or(|(at, _)| at.elapsed() < KEEP));
                }
                m.entry(key).or_default().clone()
            };
            let (_, found) = cell
                .get_or_try_init(|| async {
                    Ok::<_, crate::Error>((Instant::now(), provider.find_by_field(t).await?))
                })
                .await?;
            Ok(found.clone())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(raw: &str) -> FieldTarget {
        FieldTarget::parse(raw).expect("by field").unwrap()
    }

    #[test]
    fn values_run_to_the_closing_bracket() {
        let t = ok("Contacts[Email=ada@example.com]");
        assert_eq!(
            (
                t.kind.as_str(),
                t.field.as_str(),
                t.value.as_str(),
                t.rest.as_str()
            ),
            ("Contacts", "Email", "ada@example.com", "")
        );
        assert_eq!(ok("Products[Product_Code=SKU-2001/L]").value, "SKU-2001/L");
        assert_eq!(
            ok("Accounts[Account_Name=Dara, Jr. (Sales)]").value,
            "Dara, Jr. (Sales)"
        );
        assert_eq!(ok("Accounts[Account_Name=a=b]").value, "a=b");
        assert_eq!(ok("Accounts[Account_Name=[x] y]").value, "[x] y");
        assert_eq!(ok("Contacts[Last_Name=Ньютон 中]").value, "Ньютон 中");
        let a = ok("Contacts[Email=a@b.c]/Attachments");
        assert_eq!(
            (a.value.as_str(), a.rest.as_str()),
            ("a@b.c", "/Attachments")
        );
        assert_eq!(a.canonical(), "Contacts[Email=a@b.c]/Attachments");
        assert_eq!(a.resolved("Contacts/42"), "Contacts/42/Attachments");
        let c = ok("lead[customer_code=C-7]/site_photo");
        assert_eq!((c.kind.as_str(), c.rest.as_str()), ("lead", "/site_photo"));
    }

    #[test]
    fn ids_are_not_targets_by_field_and_bad_ones_say_why() {
        assert!(FieldTarget::parse("Leads/3000000038009").is_none());
        for bad in [
            "[Email=x]",
            "Contacts[Email=x",
            "Contacts[Email]",
            "Contacts[=x]",
            "Contacts[Email=]",
            "Contacts[Email=  ]",
            "Con tacts[Email=x]",
            "Contacts[Email=x]Attachments",
            "../x[Email=x]",
        ] {
            let e = FieldTarget::parse(bad).expect("has a bracket").unwrap_err();
            assert_eq!(e.code, "BAD_TARGET", "{bad}");
        }
    }
}
