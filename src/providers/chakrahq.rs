//! ChakraHQ: `POST {base}/v1/ext/photo/{photoId}` with `Authorization: Bearer`,
//! multipart `photo` (file) + `filename` + `filetype`.
//!
//! The photo id is a UUID the client picks before the first attempt
//! ([`UploadItem::idempotency_key`]) and reuses for every retry, so a repeat can
//! never create a second photo; a server that answers "already exists" is
//! checked with a fetch and counted as success. Attaching to a record means
//! writing the photo id into a photo attribute of a process (Update Process):
//! target `PROCEDURE/PROCESS_ID/ATTRIBUTE`, or no target for a free photo.

use super::http::{self, HttpClient, Response};
use super::{
    BuildContext, Capabilities, FieldSpec, Idempotency, Limits, Picker, ProgressFn, Provider,
    ProviderFactory, ProviderInfo, Receipt, Target, UploadItem,
};
use crate::credentials::Secret;
use crate::error::{Action, Error, ErrorKind, Result};
use crate::media::ImageFormat;
use async_trait::async_trait;
use std::sync::Arc;
use url::Url;

pub static INFO: ProviderInfo = ProviderInfo {
    id: "chakrahq",
    name: "ChakraHQ",
    target_help: "none for a free photo, or PROCEDURE/PROCESS_ID/ATTRIBUTE to set a process's photo attribute",
    fields: &[FieldSpec { name: "token", help: "Access token of a ChakraHQ API key (admin → API Keys)" }],
    auth_sets: &[&["token"]],
    options: &[],
    limits: Limits { formats: ImageFormat::ALL, max_bytes: None, max_pixels: None },
    caps: Capabilities { idempotency: Idempotency::ClientId, search: true, max_concurrency: 8, needs_content_hash: false, by_field: true },
    target_kind: None,
    origins: |p| Ok(vec![base_url(p)]),
    sign_in: None,
    cached_fields: &[],
    picker: Some(Picker {
        kind_label: "Procedure",
        item_label: "Process",
        placeholder: "Find a process by name",
        lists_without_query: true,
        takes_links: false,
    }),
    many_photos_suffix: None,
};

const DEFAULT_BASE: &str = "https://api.chakrahq.com";

pub struct ChakraHq;

fn base_url(p: &super::Profile) -> Url {
    p.base_url
        .clone()
        .unwrap_or_else(|| Url::parse(DEFAULT_BASE).expect("static URL"))
}

impl ProviderFactory for ChakraHq {
    fn info(&self) -> &'static ProviderInfo {
        &INFO
    }
    fn build(&self, cx: BuildContext) -> Result<Arc<dyn Provider>> {
        let token = cx.credentials.require("token")?;
        let base = base_url(&cx.profile);
        Ok(Arc::new(Chakra {
            base,
            token,
            http: cx.http,
            config: tokio::sync::OnceCell::new(),
        }))
    }
}

struct Chakra {
    base: Url,
    token: Secret,
    http: HttpClient,
    /// The account's procedures, read once from `GET /v1/ext/config`.
    config: tokio::sync::OnceCell<Vec<Procedure>>,
}

/// A procedure (Lead, Field visit, ...) and its attributes, from the config.
#[derive(Debug, Clone)]
struct Procedure {
    short_id: String,
    name: String,
    /// (short id, type) of each attribute.
    attributes: Vec<(String, String)>,
}

struct ProcessTarget {
    procedure: String,
    process: String,
    attribute: String,
}

fn parse(raw: &str) -> Result<Option<ProcessTarget>> {
    let raw = raw.trim().trim_matches('/');
    if raw.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = raw.split('/').collect();
    // Ids are letters, digits, '-', '_' and '.', and never only dots: a
    // `..` segment would walk the request to another API path.
    let ok_part = |s: &str| {
        !s.is_empty()
            && s.len() <= 100
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
            && !s.chars().all(|c| c == '.')
    };
    if parts.len() != 3 || !parts.iter().all(|p| ok_part(p)) {
        return Err(Error::config(
            "BAD_TARGET",
            crate::tr!("chakra-bad-target", target = raw),
        ));
    }
    Ok(Some(ProcessTarget {
        procedure: parts[0].into(),
        process: parts[1].into(),
        attribute: parts[2].into(),
    }))
}

impl Chakra {
    fn url(&self, path: &str) -> Result<Url> {
        self.base
            .join(path)
            .map_err(|e| Error::internal(e.to_string()))
    }

    /// `base` + `segments`, each percent-encoded as one path segment (ids from
    /// a target or from the server never change the path's shape).
    fn url_of(&self, segments: &[&str]) -> Result<Url> {
        let mut u = self.base.clone();
        u.path_segments_mut()
            .map_err(|_| Error::internal("ChakraHQ base URL cannot take a path"))?
            .pop_if_empty()
            .extend(segments);
        Ok(u)
    }

    fn classify(&self, r: &Response, what: &str) -> Error {
        let v = r.json().unwrap_or_default();
        let server_msg = v.get("_errors").and_then(|e| e.get(0)).map(|e| {
            e.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| e.to_string())
        });
        let said = server_msg
            .as_deref()
            .map(|m| format!(" {}", crate::tr!("chakra-said", message = m)))
            .unwrap_or_default();
        let (kind, msg) = match r.status {
            401 => (ErrorKind::Auth, "chakra-401"),
            403 => (ErrorKind::Permission, "chakra-403"),
            404 => (ErrorKind::NotFound, "chakra-404"),
            400 | 422 => (ErrorKind::Rejected, "chakra-400"),
            _ => return http::generic_status_error(INFO.id, INFO.name, r),
        };
        let msg = crate::tr!(msg, what = what, said = &said);
        let e = Error::new(kind, format!("HTTP_{}", r.status), msg)
            .with_status(r.status)
            .with_provider(INFO.id)
            .with_body(Some(r.body.clone()))
            .redact(&[self.token.expose()]);
        if r.status == 401 {
            e.with_action(Action::set_credentials(&["token"]))
        } else {
            e
        }
    }

    async fn send(
        &self,
        req: reqwest::RequestBuilder,
        tracker: Option<&http::SendTracker>,
    ) -> Result<Response> {
        let resp = req
            .bearer_auth(self.token.expose())
            .send()
            .await
            .map_err(|e| http::transport_error(INFO.id, e, tracker))?;
        http::read(INFO.id, resp, tracker).await
    }

    async fn upload_photo(
        &self,
        item: &UploadItem,
        progress: ProgressFn,
    ) -> Result<(String, String)> {
        let photo_id = item.idempotency_key.to_string();
        let stem = std::path::Path::new(&item.file_name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| item.file_name.clone());
        let (part, tracker) = http::file_part(item, &item.file_name, progress).await?;
        let form = reqwest::multipart::Form::new()
            .part("photo", part)
            .text("filename", stem)
            .text("filetype", item.format.ext());
        let url = self.url_of(&["v1", "ext", "photo", &photo_id.to_string()])?;
        let r = self
            .send(self.http.inner.post(url).multipart(form), Some(&tracker))
            .await?;
        if r.is_success() {
            let v = r.json().unwrap_or_default();
            let id = v
                .pointer("/_data/id")
                .and_then(|x| x.as_str())
                .unwrap_or_default();
            if id != photo_id {
                return Err(Error::internal(format!(
                    "ChakraHQ answered with photo id '{id}', expected {photo_id}"
                ))
                .with_provider(INFO.id)
                .with_body(Some(r.body)));
            }
            return Ok((photo_id, r.body));
        }
        if r.status == 409 {
            // The id exists: an earlier attempt landed. Confirm with a fetch.
            let url = self.url_of(&["v1", "ext", "photo", &photo_id.to_string()])?;
            let f = self.send(self.http.inner.get(url), None).await?;
            if f.is_success() {
                return Ok((photo_id, f.body));
            }
        }
        Err(self.classify(&r, &crate::tr!("chakra-what-upload")))
    }
}

impl Chakra {
    /// One `POST /v1/ext/procedure/{p}/process/list` (the picker's search and
    /// the lookup by field), its answer as JSON.
    async fn list_processes(
        &self,
        proc: &Procedure,
        body: &serde_json::Value,
    ) -> Result<serde_json::Value> {
        let url = self.url_of(&["v1", "ext", "procedure", &proc.short_id, "process", "list"])?;
        let r = self
            .send(self.http.inner.post(url).json(body), None)
            .await?;
        if !r.is_success() {
            return Err(self.classify(&r, &crate::tr!("chakra-what-list")));
        }
        Ok(r.json().unwrap_or_default())
    }

    /// The procedure of this short id, from the account's configuration.
    async fn procedure(&self, short_id: &str) -> Result<&Procedure> {
        let procs = self.procedures().await?;
        procs
            .iter()
            .find(|p| p.short_id == short_id)
            .ok_or_else(|| {
                Error::config(
                    "BAD_TARGET",
                    crate::tr!(
                        "chakra-no-procedure",
                        procedure = short_id,
                        known = procs
                            .iter()
                            .map(|p| p.short_id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })
    }

    async fn procedures(&self) -> Result<&Vec<Procedure>> {
        self.config
            .get_or_try_init(|| async {
                let r = self
                    .send(self.http.inner.get(self.url("v1/ext/config")?), None)
                    .await?;
                if !r.is_success() {
                    return Err(self.classify(&r, &crate::tr!("chakra-what-config")));
                }
                let v = r.json().unwrap_or_default();
                let list = v
                    .pointer("/_data/procedures")
                    .and_then(|p| p.as_array())
                    .cloned()
                    .unwrap_or_default();
                Ok(list
                    .iter()
                    .filter_map(|p| {
                        let short_id = p.get("shortId")?.as_str()?.to_string();
                        let name = p
                            .get("name")
                            .and_then(|n| n.as_str())
                            .unwrap_or(&short_id)
                            .to_string();
                        let attributes = p
                            .get("attributes")
                            .and_then(|a| a.as_array())
                            .map(|a| {
                                a.iter()
                                    .filter_map(|x| {
                                        Some((
                                            x.get("shortId")?.as_str()?.to_string(),
                                            x.get("type")?.as_str()?.to_string(),
                                        ))
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                        Some(Procedure {
                            short_id,
                            name,
                            attributes,
                        })
                    })
                    .collect())
            })
            .await
    }
}

#[async_trait]
impl Provider for Chakra {
    fn info(&self) -> &'static ProviderInfo {
        &INFO
    }

    fn parse_target(&self, raw: Option<&str>) -> Result<Target> {
        match raw {
            None => Ok(Target(String::new())),
            Some(r) => match parse(r)? {
                None => Ok(Target(String::new())),
                Some(t) => Ok(Target(format!(
                    "{}/{}/{}",
                    t.procedure, t.process, t.attribute
                ))),
            },
        }
    }

    async fn upload(&self, item: &UploadItem, progress: ProgressFn) -> Result<Receipt> {
        let target = parse(&item.target.0)?;
        let (photo_id, mut raw) = self.upload_photo(item, progress).await?;
        if let Some(t) = target {
            // Setting an attribute is idempotent, so this step can be repeated safely too.
            let url = self.url_of(&[
                "v1",
                "ext",
                "procedure",
                &t.procedure,
                "process",
                &t.process,
            ])?;
            let body = serde_json::json!({ "data": { t.attribute.clone(): photo_id } });
            let r = self
                .send(self.http.inner.put(url).json(&body), None)
                .await?;
            if !r.is_success() {
                let mut e = self.classify(
                    &r,
                    &crate::tr!(
                        "chakra-what-set",
                        attribute = &t.attribute,
                        process = &t.process
                    ),
                );
                e.message = crate::tr!(
                    "chakra-not-attached",
                    photo = &photo_id,
                    procedure = &t.procedure,
                    process = &t.process,
                    reason = &e.message
                );
                return Err(e);
            }
            raw = format!("{raw}\n{}", r.body);
        }
        Ok(Receipt {
            remote_id: photo_id,
            url: None,
            url_expires_in_secs: None,
            raw,
        })
    }

    async fn record_kinds(&self) -> Result<Vec<super::RecordKind>> {
        Ok(self
            .procedures()
            .await?
            .iter()
            .map(|p| super::RecordKind {
                id: p.short_id.clone(),
                name: p.name.clone(),
                slots: p
                    .attributes
                    .iter()
                    .filter(|(_, ty)| ty == "photo")
                    .map(|(id, _)| super::Slot {
                        id: id.clone(),
                        name: id.replace('_', " "),
                    })
                    .collect(),
            })
            .filter(|k| !k.slots.is_empty())
            .collect())
    }

    /// Processes of a procedure whose text attributes contain `query`
    /// (`POST /v1/ext/procedure/{p}/process/list` with an `or` of the text
    /// attributes); the most recent ones when the query is empty.
    async fn search(&self, procedure: &str, query: &str) -> Result<Vec<super::RecordHit>> {
        let proc = self.procedure(procedure).await?;
        let text: Vec<&str> = proc
            .attributes
            .iter()
            .filter(|(_, ty)| ty == "text")
            .map(|(id, _)| id.as_str())
            .collect();
        let q = query.trim();
        let mut body = serde_json::json!({ "limit": 50, "skip": 0 });
        if !q.is_empty() && !text.is_empty() {
            let or: Vec<_> = text.iter().map(|a| serde_json::json!({ *a: q })).collect();
            body["where"] = serde_json::json!({ "or": or });
        }
        let v = self.list_processes(proc, &body).await?;
        let hits = v
            .get("_data")
            .and_then(|d| d.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|p| {
                        let id = p.get("id")?.as_str()?.to_string();
                        let data = p.get("data");
                        let texts: Vec<String> = text
                            .iter()
                            .filter_map(|a| data?.get(*a)?.as_str().map(str::to_string))
                            .filter(|s| !s.is_empty())
                            .collect();
                        Some(super::RecordHit {
                            target: format!("{}/{id}", proc.short_id),
                            name: texts.first().cloned().unwrap_or_else(|| id.clone()),
                            detail: texts.get(1).cloned(),
                            id,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(hits)
    }

    fn check_field_target(&self, t: &super::FieldTarget) -> Result<()> {
        // PROCEDURE[ATTRIBUTE=VALUE]/PHOTO_ATTRIBUTE: the same shape as an id
        // target, with the process named by an attribute's value.
        match parse(&format!("{}/0{}", t.kind, t.rest)) {
            Ok(Some(_)) => Ok(()),
            _ => Err(Error::config(
                "BAD_TARGET",
                crate::tr!("chakra-bad-field-target", target = t.canonical()),
            )),
        }
    }

    /// Processes whose attribute equals the value: the process list's
    /// `where` (which ChakraHQ documents as a filter on attribute short ids,
    /// not whether it matches exactly), kept to exact matches here, ignoring
    /// case, across pages.
    async fn find_by_field(&self, t: &super::FieldTarget) -> Result<super::FieldMatches> {
        self.check_field_target(t)?;
        let proc = self.procedure(&t.kind).await?;
        if !proc.attributes.iter().any(|(id, _)| *id == t.field) {
            return Err(Error::config(
                "BAD_TARGET_FIELD",
                crate::tr!(
                    "chakra-no-attribute",
                    procedure = &proc.short_id,
                    attribute = &t.field,
                    attributes = proc
                        .attributes
                        .iter()
                        .map(|(id, _)| id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        let want = t.value.to_lowercase();
        let mut hits = vec![];
        // 10 pages of 100: a value shared by more processes than that is not a key.
        for page in 0..10u64 {
            let body = serde_json::json!({
                "limit": 100, "skip": page * 100, "where": { t.field.as_str(): t.value }
            });
            let v = self.list_processes(proc, &body).await?;
            let data = v
                .get("_data")
                .and_then(|d| d.as_array())
                .cloned()
                .unwrap_or_default();
            for p in &data {
                let (Some(id), Some(d)) = (p.get("id").and_then(|i| i.as_str()), p.get("data"))
                else {
                    continue;
                };
                let value = d.get(&t.field).map(|x| match x {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                if value.is_some_and(|x| x.to_lowercase() == want) {
                    let name = proc
                        .attributes
                        .iter()
                        .filter(|(_, ty)| ty == "text")
                        .find_map(|(a, _)| d.get(a)?.as_str().filter(|s| !s.is_empty()))
                        .unwrap_or(id);
                    hits.push(super::RecordHit {
                        target: format!("{}/{id}", proc.short_id),
                        id: id.to_string(),
                        name: name.to_string(),
                        detail: None,
                    });
                }
            }
            let more = v
                .pointer("/_meta/hasMore")
                .and_then(|m| m.as_bool())
                .unwrap_or(false);
            if !more || data.is_empty() {
                let count = hits.len();
                return Ok(super::FieldMatches {
                    hits,
                    count,
                    more: false,
                });
            }
        }
        let count = hits.len();
        Ok(super::FieldMatches {
            hits,
            count,
            more: true,
        })
    }

    async fn verify(&self) -> Result<String> {
        let r = self
            .send(self.http.inner.get(self.url("v1/ext/config")?), None)
            .await?;
        if !r.is_success() {
            return Err(self.classify(&r, &crate::tr!("chakra-what-config")));
        }
        Ok(crate::tr!("verify-chakrahq"))
    }
}
