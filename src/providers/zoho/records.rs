//! Finding records: the search behind the app's target picker (free text,
//! e-mail, phone) and the exact lookup behind targets by field
//! (`Products[Product_Code=SKU-1001]`, Zoho's `criteria` grammar).

use super::ZohoRecordPhoto;
use crate::error::{Error, Result};
use crate::providers::http::Response;
use crate::providers::{FieldMatches, FieldTarget, RecordHit};

/// Records per search page: Zoho's maximum, so one call counts most matches.
const PER_PAGE: &str = "200";

/// Zoho's criteria for one field equal to a value, `(Field:equals:value)`:
/// a `\`, `(`, `)` or `,` in the value is escaped with a backslash, as Zoho's
/// search API requires (unescaped, they would end or split the criterion).
pub fn criteria_equals(field: &str, value: &str) -> String {
    let mut v = String::with_capacity(value.len() + 4);
    for c in value.chars() {
        if matches!(c, '\\' | '(' | ')' | ',') {
            v.push('\\');
        }
        v.push(c);
    }
    format!("({field}:equals:{v})")
}

impl ZohoRecordPhoto {
    /// One `GET {api}/{crm|bigin}/{version}/{Module}/search` call with `params`.
    async fn search_once(
        &self,
        token: &crate::credentials::Secret,
        api: &url::Url,
        module: &str,
        params: &[(&str, &str)],
    ) -> Result<Response> {
        let mut url = api
            .join(&format!(
                "{}/{}/{}/search",
                self.product.path,
                self.version,
                (self.product.wire_module)(module, &self.version)
            ))
            .map_err(|e| Error::internal(e.to_string()))?;
        url.query_pairs_mut().extend_pairs(params);
        self.get(url, token).await
    }

    /// A search with a fresh token after a 401 (once); 204 is no match.
    async fn search_answer(
        &self,
        module: &str,
        params: &[(&str, &str)],
    ) -> Result<Option<serde_json::Value>> {
        let mut fresh = false;
        let r = loop {
            let (token, api) = self.auth.token().await?;
            let r = self.search_once(&token, &api, module, params).await?;
            if r.status == 401 && !fresh && self.auth.can_refresh() {
                self.auth.refused(&token).await;
                fresh = true;
                continue;
            }
            break r;
        };
        if r.status == 204 {
            return Ok(None);
        }
        if !r.is_success() {
            return Err(self.classify(&r, module, "-"));
        }
        Ok(Some(r.json().unwrap_or_default()))
    }

    /// Search a module by free text (`word`), e-mail or phone.
    pub async fn search_records(&self, module: &str, query: &str) -> Result<Vec<RecordHit>> {
        let module = (self.product.module)(module, module)?;
        let q = query.trim();
        let key = if q.contains('@') {
            "email"
        } else if !q.is_empty() && q.chars().all(|c| c.is_ascii_digit() || "+-() ".contains(c)) {
            "phone"
        } else {
            "word"
        };
        let v = self
            .search_answer(&module, &[(key, q), ("per_page", "50")])
            .await?;
        Ok(v.map(|v| hits(&v, &module)).unwrap_or_default())
    }

    pub(super) fn check_by_field(&self, t: &FieldTarget) -> Result<()> {
        (self.product.module)(&t.kind, &t.kind)?;
        if !(t.rest.is_empty() || t.rest.eq_ignore_ascii_case("/Attachments")) {
            return Err(Error::config(
                "BAD_TARGET",
                crate::tr!("target-zoho-field-rest", target = t.canonical()),
            ));
        }
        Ok(())
    }

    /// Records of `t.kind` whose `t.field` equals `t.value` (criteria search).
    pub(super) async fn lookup_by_field(&self, t: &FieldTarget) -> Result<FieldMatches> {
        self.check_by_field(t)?;
        let module = (self.product.module)(&t.kind, &t.kind)?;
        let criteria = criteria_equals(&t.field, &t.value);
        let v = match self
            .search_answer(&module, &[("criteria", &criteria), ("per_page", PER_PAGE)])
            .await
        {
            Ok(v) => v,
            // A field Zoho's criteria cannot search but its own e-mail or
            // phone search covers: that search, kept to exact matches.
            Err(e) if e.code == "INVALID_QUERY" && own_search(&t.field).is_some() => {
                let key = own_search(&t.field).expect("checked");
                let v = self
                    .search_answer(&module, &[(key, t.value.as_str()), ("per_page", PER_PAGE)])
                    .await?;
                let Some(v) = v else {
                    return Ok(FieldMatches {
                        hits: vec![],
                        count: 0,
                        more: false,
                    });
                };
                let same = |rec: &serde_json::Value| {
                    let got = rec
                        .get(&t.field)
                        .and_then(|x| x.as_str())
                        .unwrap_or_default();
                    if key == "email" {
                        got.eq_ignore_ascii_case(t.value.trim())
                    } else {
                        let digits =
                            |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
                        !got.is_empty() && digits(got) == digits(&t.value)
                    }
                };
                let hits = hits_where(&v, &module, same);
                let count = hits.len();
                return Ok(FieldMatches {
                    hits,
                    count,
                    more: false,
                });
            }
            Err(e) if e.code == "INVALID_QUERY" => {
                return Err(Error::config(
                    "BAD_TARGET_FIELD",
                    crate::tr!(
                        "target-zoho-field-unsearchable",
                        service = self.product.display,
                        module = module,
                        field = &t.field,
                        reason = &e.message
                    ),
                )
                .with_provider(self.product.info.id))
            }
            Err(e) => return Err(e),
        };
        let Some(v) = v else {
            return Ok(FieldMatches {
                hits: vec![],
                count: 0,
                more: false,
            });
        };
        let hits = hits(&v, &module);
        let info = v.get("info");
        let count = info
            .and_then(|i| i.get("count"))
            .and_then(|c| c.as_u64())
            .map_or(hits.len(), |c| (c as usize).max(hits.len()));
        let more = info
            .and_then(|i| i.get("more_records"))
            .and_then(|m| m.as_bool())
            .unwrap_or(false);
        Ok(FieldMatches { hits, count, more })
    }
}

/// Zoho's own search parameter for a field, when it has one: `email` for
/// e-mail fields, `phone` for phone fields (by their API names).
fn own_search(field: &str) -> Option<&'static str> {
    let f = field.to_ascii_lowercase();
    if f.contains("email") {
        Some("email")
    } else if f.contains("phone") || f.contains("mobile") {
        Some("phone")
    } else {
        None
    }
}

/// The records of a search answer, each with a name to show.
fn hits(v: &serde_json::Value, module: &str) -> Vec<RecordHit> {
    hits_where(v, module, |_| true)
}

/// [`hits`] of the records `keep` accepts.
fn hits_where(
    v: &serde_json::Value,
    module: &str,
    keep: impl Fn(&serde_json::Value) -> bool,
) -> Vec<RecordHit> {
    let Some(a) = v.get("data").and_then(|d| d.as_array()) else {
        return vec![];
    };
    a.iter()
        .filter(|rec| keep(rec))
        .filter_map(|rec| {
            let id = rec.get("id")?.as_str()?.to_string();
            let name = [
                "Full_Name",
                "Account_Name",
                "Product_Name",
                "Vendor_Name",
                "Deal_Name",
                "Name",
                "Last_Name",
            ]
            .iter()
            .find_map(|k| rec.get(*k).and_then(|x| x.as_str()))
            .unwrap_or("")
            .to_string();
            let detail = ["Email", "Phone", "Mobile"]
                .iter()
                .find_map(|k| rec.get(*k).and_then(|x| x.as_str()))
                .map(str::to_string);
            Some(RecordHit {
                target: format!("{module}/{id}"),
                id,
                name,
                detail,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_values_are_escaped_as_zoho_requires() {
        assert_eq!(
            criteria_equals("Email", "ada@example.com"),
            "(Email:equals:ada@example.com)"
        );
        assert_eq!(
            criteria_equals("Account_Name", r"Dara, Jr. (Sales) \ Co"),
            r"(Account_Name:equals:Dara\, Jr. \(Sales\) \\ Co)"
        );
        assert_eq!(
            criteria_equals("Product_Code", "SKU-2001/L"),
            "(Product_Code:equals:SKU-2001/L)"
        );
    }
}
