//! QuestionPro user images:
//! `POST https://api.questionpro.{tld}/a/api/v2/users/{user-id}/images`, multipart `file`.
//!
//! The document shows the key as `?apiKey=`; the service stopped accepting keys
//! in the query string on 2024-03-31 and wants an `api-key` header, which is
//! what we send, so the key never appears in a URL. Each POST creates a new
//! image, so an upload that may have landed is never repeated blindly.

use super::http::{self, HttpClient, Response};
use super::{
    BuildContext, Capabilities, FieldSpec, Idempotency, Limits, Lookup, OptionSpec, ProgressFn,
    Provider, ProviderFactory, ProviderInfo, Receipt, Target, UploadItem,
};
use crate::credentials::Secret;
use crate::error::{Action, Error, ErrorKind, Result, Retry};
use crate::media::ImageFormat;
use async_trait::async_trait;
use std::sync::Arc;
use url::Url;

const DATA_CENTRES: &[(&str, &str)] = &[
    ("us", "https://api.questionpro.com"),
    ("eu", "https://api.questionpro.eu"),
    ("ca", "https://api.questionpro.ca"),
    ("sg", "https://api.questionpro.sg"),
    ("au", "https://api.questionpro.au"),
    ("ae", "https://api.questionpro.ae"),
    ("sa", "https://api.surveyanalytics.com"),
    ("ksa", "https://api.questionprosa.com"),
];

pub static INFO: ProviderInfo = ProviderInfo {
    id: "questionpro",
    name: "QuestionPro",
    target_help: "a QuestionPro user id, e.g. 1234567",
    fields: &[FieldSpec {
        name: "api_key",
        help: "API key (Integration → Developer API → Get API Key)",
    }],
    auth_sets: &[&["api_key"]],
    options: &[OptionSpec {
        key: "dc",
        label: "Data centre",
        help: "Data centre of the account",
        default: Some("us"),
        choices: &["us", "eu", "ca", "sg", "au", "ae", "sa", "ksa"],
        choice_labels: &[],
        whole_number: None,
    }],
    limits: Limits {
        formats: ImageFormat::ALL,
        max_bytes: None,
        max_pixels: None,
    },
    // 300 calls per minute per key: 4 in parallel stays well inside.
    caps: Capabilities {
        idempotency: Idempotency::None,
        search: false,
        max_concurrency: 4,
        needs_content_hash: false,
        by_field: false,
    },
    target_kind: None,
    origins: |p| Ok(vec![base_url(p)]),
    sign_in: None,
    cached_fields: &[],
    picker: None,
    many_photos_suffix: None,
};

pub struct QuestionPro;

/// The data centre's API host, or the profile's base URL.
fn base_url(p: &super::Profile) -> Url {
    let dc = p.option("dc").unwrap_or("us");
    match &p.base_url {
        Some(b) => b.clone(),
        None => Url::parse(
            DATA_CENTRES
                .iter()
                .find(|r| r.0 == dc)
                .map(|r| r.1)
                .unwrap_or(DATA_CENTRES[0].1),
        )
        .expect("static URL"),
    }
}

impl ProviderFactory for QuestionPro {
    fn info(&self) -> &'static ProviderInfo {
        &INFO
    }
    fn build(&self, cx: BuildContext) -> Result<Arc<dyn Provider>> {
        let key = cx.credentials.require("api_key")?;
        let base = base_url(&cx.profile);
        Ok(Arc::new(Qp {
            base,
            key,
            http: cx.http,
        }))
    }
}

struct Qp {
    base: Url,
    key: Secret,
    http: HttpClient,
}

/// An image id as text: QuestionPro sends a number (a string is taken too).
fn image_id(x: &serde_json::Value) -> String {
    x.as_i64()
        .map(|n| n.to_string())
        .unwrap_or_else(|| x.to_string().trim_matches('"').to_string())
}

fn parse_user(raw: Option<&str>) -> Result<String> {
    let raw = raw.map(str::trim).unwrap_or("");
    if raw.is_empty() {
        return Err(Error::config(
            "TARGET_REQUIRED",
            crate::tr!("questionpro-target-required"),
        ));
    }
    if raw.len() > 19 || !raw.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::config(
            "BAD_TARGET",
            crate::tr!("questionpro-bad-target", target = raw),
        ));
    }
    Ok(raw.to_string())
}

impl Qp {
    /// An authenticated GET; a refusal comes back classified.
    async fn get(&self, url: Url) -> Result<Response> {
        let resp = self
            .http
            .inner
            .get(url)
            .header("api-key", self.key.expose())
            .send()
            .await
            .map_err(|e| http::transport_error(INFO.id, e, None))?;
        let r = http::read(INFO.id, resp, None).await?;
        if !r.is_success() {
            return Err(self.classify(&r));
        }
        Ok(r)
    }

    fn classify(&self, r: &Response) -> Error {
        let v = r.json().unwrap_or_default();
        let err = v.pointer("/response/error");
        let id = err
            .and_then(|e| e.get("id"))
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| x.to_string())
            })
            .unwrap_or_default();
        let name = err
            .and_then(|e| e.get("name"))
            .and_then(|x| x.as_str())
            .unwrap_or("");
        let qmsg = err
            .and_then(|e| e.get("message"))
            .and_then(|x| x.as_str())
            .unwrap_or("");
        let said = if qmsg.is_empty() {
            String::new()
        } else {
            format!(" {}", crate::tr!("questionpro-said", message = qmsg))
        };
        let code = if name.is_empty() {
            format!("HTTP_{}", r.status)
        } else if id.is_empty() {
            name.to_string()
        } else {
            format!("{name}_{id}")
        };
        // QuestionPro's limits page: a used-up call allowance is 429 with id
        // 1013 (the same id its error table gives a 403). The per-minute limit
        // (300/60 s per key) is also a 429 but passes; its body is not
        // documented, so one that carries Retry-After, or another id, is taken
        // for the per-minute limit and retried. Keyed on status and id, not on
        // the message's wording.
        let quota = r.status == 429 && id == "1013" && r.retry_after().is_none();
        let (kind, msg) = match (r.status, id.as_str()) {
            (401, _) | (_, "1010") => (ErrorKind::Auth, "questionpro-auth"),
            (403, _) | (_, "1011") => (ErrorKind::Permission, "questionpro-permission"),
            (404, _) | (_, "1040") => (ErrorKind::NotFound, "questionpro-no-user"),
            (429, _) if quota => (ErrorKind::QuotaExhausted, "questionpro-quota"),
            (429, _) => (ErrorKind::RateLimited, "questionpro-rate"),
            (400, _) => (ErrorKind::Rejected, "questionpro-rejected"),
            _ => {
                return http::generic_status_error(INFO.id, INFO.name, r)
                    .redact(&[self.key.expose()])
            }
        };
        let msg = crate::tr!(msg, said = &said);
        let mut e = Error::new(kind, code, msg)
            .with_status(r.status)
            .with_provider(INFO.id)
            .with_retry_after(r.retry_after())
            .with_body(Some(r.body.clone()));
        if kind == ErrorKind::Auth {
            e.action = Some(Box::new(Action::set_credentials(&["api_key"])));
            e.retry = Retry::Permanent; // a static key cannot be refreshed
        }
        e.redact(&[self.key.expose()])
    }
}

#[async_trait]
impl Provider for Qp {
    fn info(&self) -> &'static ProviderInfo {
        &INFO
    }

    fn parse_target(&self, raw: Option<&str>) -> Result<Target> {
        parse_user(raw).map(Target)
    }

    async fn upload(&self, item: &UploadItem, progress: ProgressFn) -> Result<Receipt> {
        let user = parse_user(Some(&item.target.0))?;
        let url = self
            .base
            .join(&format!("a/api/v2/users/{user}/images"))
            .map_err(|e| Error::internal(e.to_string()))?;
        let (part, tracker) = http::file_part(item, &item.file_name, progress).await?;
        let form = reqwest::multipart::Form::new().part("file", part);
        let resp = self
            .http
            .inner
            .post(url)
            .header("api-key", self.key.expose())
            .multipart(form)
            .send()
            .await
            .map_err(|e| http::transport_error(INFO.id, e, Some(&tracker)))?;
        let r = http::read(INFO.id, resp, Some(&tracker)).await?;
        if !r.is_success() {
            return Err(self.classify(&r));
        }
        let v = r.json().unwrap_or_default();
        let id = v.pointer("/response/imageID").map(image_id);
        let Some(id) = id else {
            return Err(Error::new(
                ErrorKind::Ambiguous,
                "UPLOAD_NOT_CONFIRMED",
                crate::tr!("questionpro-no-image-id"),
            )
            .with_provider(INFO.id)
            .with_body(Some(r.body)));
        };
        let link = v
            .pointer("/response/imageURL")
            .and_then(|x| x.as_str())
            .map(str::to_string);
        Ok(Receipt {
            remote_id: id,
            url: link,
            url_expires_in_secs: None,
            raw: r.body,
        })
    }

    /// QuestionPro adds an image on every upload. Its list gives only an id, a
    /// URL and a size rounded to 0.1 MB (`"2.3 Mb"`), so: an image whose URL
    /// ends with the file's name is it; no image of that rounded size means it
    /// did not arrive; images of that size without the name cannot be told
    /// apart from it.
    async fn look_for(&self, item: &UploadItem) -> Result<Lookup> {
        let user = parse_user(Some(&item.target.0))?;
        let rounded = format!("{:.1} Mb", item.size as f64 / 1048576.0);
        let mut same_size = 0usize;
        for page in 1..=50 {
            let mut url = self
                .base
                .join(&format!("a/api/v2/users/{user}/images"))
                .map_err(|e| Error::internal(e.to_string()))?;
            url.query_pairs_mut()
                .append_pair("page", &page.to_string())
                .append_pair("perPage", "100");
            let v = self.get(url).await?.json().unwrap_or_default();
            let list = v
                .get("response")
                .and_then(|x| x.as_array())
                .cloned()
                .unwrap_or_default();
            for img in &list {
                let url = img.get("imageURL").and_then(|x| x.as_str()).unwrap_or("");
                let tail = url
                    .split(['?', '#'])
                    .next()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("");
                if !item.file_name.is_empty() && tail == item.file_name {
                    return Ok(Lookup::Found(Receipt {
                        remote_id: img.get("imageID").map(image_id).unwrap_or_default(),
                        url: Some(url.to_string()),
                        url_expires_in_secs: None,
                        raw: img.to_string(),
                    }));
                }
                if img.get("size").and_then(|x| x.as_str()) == Some(rounded.as_str()) {
                    same_size += 1;
                }
            }
            if list.len() < 100 {
                break;
            }
        }
        Ok(match same_size {
            0 => Lookup::Absent,
            n => Lookup::Unknown(crate::tr!(
                "lookup-questionpro",
                user = user.to_string(),
                count = n,
                size = crate::i18n::size(item.size),
                file = item.file_name.as_str()
            )),
        })
    }

    async fn verify(&self) -> Result<String> {
        // Cheapest authenticated call: the organisation's image list, first page of one.
        let mut url = self
            .base
            .join("a/api/v2/images")
            .map_err(|e| Error::internal(e.to_string()))?;
        url.query_pairs_mut()
            .append_pair("page", "1")
            .append_pair("perPage", "1");
        self.get(url).await?;
        Ok(crate::tr!("verify-questionpro"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, id: &str, message: &str, retry_after: Option<&str>) -> Response {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(s) = retry_after {
            headers.insert("retry-after", s.parse().unwrap());
        }
        Response {
            status,
            headers,
            body: serde_json::json!({"response": {"error": {"name": "TOO_MANY_REQUESTS",
                "httpStatusCode": status, "id": id, "message": message}}})
            .to_string(),
        }
    }

    /// Quota or per-minute limit is decided by status, id and Retry-After,
    /// whatever the message says (its wording is not documented).
    #[test]
    fn quota_is_429_with_id_1013_and_no_retry_after() {
        let qp = Qp {
            base: Url::parse("https://api.questionpro.com/a/api/v2/").unwrap(),
            key: Secret::new(String::from("k")),
            http: HttpClient::new().unwrap(),
        };
        let kind = |r: Response| qp.classify(&r).kind;
        for msg in ["API call limit exceeded", "Allowance used up", ""] {
            assert_eq!(
                kind(answer(429, "1013", msg, None)),
                ErrorKind::QuotaExhausted,
                "{msg}"
            );
        }
        assert_eq!(
            kind(answer(429, "1013", "API call limit exceeded", Some("60"))),
            ErrorKind::RateLimited
        );
        assert_eq!(
            kind(answer(429, "1099", "API call limit exceeded", None)),
            ErrorKind::RateLimited
        );
        assert_eq!(
            kind(answer(403, "1013", "no permission", None)),
            ErrorKind::Permission
        );
        let quota = qp.classify(&answer(429, "1013", "x", None));
        assert_ne!(
            quota.retry,
            Retry::Retryable,
            "a used-up allowance is not retried"
        );
        assert_eq!(
            qp.classify(&answer(429, "1013", "x", Some("1"))).retry,
            Retry::Retryable
        );
    }
}
