//! What Zoho CRM and Zoho Bigin share: data centres, OAuth tokens, the record
//! photo call, record search and the error codes.
//!
//! Tokens: `client_id` + `client_secret` + `refresh_token` (keyring) are traded
//! for an access token at the accounts server of the account's data centre.
//! The token record (token, `api_domain`, expiry) is cached in the keyring and
//! reused until 60 s before it expires; refreshes are single-flight per
//! profile, because Zoho allows only 10 token requests per 10 minutes per
//! refresh token. Calls go to the `api_domain` the token response names
//! (or to the profile's base URL). A raw `access_token` is accepted too.

mod records;
mod signin;
pub use signin::{sign_in_info, SIGN_IN};

use super::Profile;
use crate::credentials::{self, Credentials, Secret};
use crate::error::{Action, Error, ErrorKind, Result, Retry};
use crate::media::ImageFormat;
use crate::net::check_transport;
use crate::providers::http::{self, HttpClient, Response};
use crate::providers::{
    BuildContext, FieldSpec, Lookup, OptionSpec, ProgressFn, Provider, ProviderInfo, Receipt,
    RecordHit, Target, UploadItem,
};
use crate::tr;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
use tokio::sync::Mutex;
use url::Url;

/// Zoho data centres: (id, accounts server, API domain, CRM web host).
pub const DATA_CENTRES: &[(&str, &str, &str, &str)] = &[
    (
        "us",
        "https://accounts.zoho.com",
        "https://www.zohoapis.com",
        "https://crm.zoho.com",
    ),
    (
        "eu",
        "https://accounts.zoho.eu",
        "https://www.zohoapis.eu",
        "https://crm.zoho.eu",
    ),
    (
        "in",
        "https://accounts.zoho.in",
        "https://www.zohoapis.in",
        "https://crm.zoho.in",
    ),
    (
        "au",
        "https://accounts.zoho.com.au",
        "https://www.zohoapis.com.au",
        "https://crm.zoho.com.au",
    ),
    (
        "jp",
        "https://accounts.zoho.jp",
        "https://www.zohoapis.jp",
        "https://crm.zoho.jp",
    ),
    (
        "ca",
        "https://accounts.zohocloud.ca",
        "https://www.zohoapis.ca",
        "https://crm.zohocloud.ca",
    ),
    (
        "cn",
        "https://accounts.zoho.com.cn",
        "https://www.zohoapis.com.cn",
        "https://crm.zoho.com.cn",
    ),
    (
        "sa",
        "https://accounts.zoho.sa",
        "https://www.zohoapis.sa",
        "https://crm.zoho.sa",
    ),
];
pub const DC_IDS: &[&str] = &["us", "eu", "in", "au", "jp", "ca", "cn", "sa"];

/// Zoho CRM and Bigin accept these for a record photo, up to 10 MB and 10 MP.
pub const PHOTO_FORMATS: &[ImageFormat] = &[
    ImageFormat::Jpeg,
    ImageFormat::Png,
    ImageFormat::Gif,
    ImageFormat::Bmp,
];
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_PIXELS: u64 = 10_000_000;

pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        name: "client_id",
        help: "Client ID from the Zoho API console (Self Client)",
    },
    FieldSpec {
        name: "client_secret",
        help: "Client secret from the Zoho API console",
    },
    FieldSpec {
        name: "refresh_token",
        help: "Refresh token (or sign in: a grant code or the device flow fills it)",
    },
    FieldSpec {
        name: "access_token",
        help: "A raw access token instead of the three above (expires within an hour)",
    },
];
pub const AUTH_SETS: &[&[&str]] = &[
    &["client_id", "client_secret", "refresh_token"],
    &["access_token"],
];

/// Hidden keyring field holding the cached token record.
pub const TOKEN_CACHE_FIELD: &str = "zoho_token_cache";

pub const DC_OPTION: OptionSpec = OptionSpec {
    key: "dc",
    label: "Data centre",
    help: "Data centre of the Zoho account",
    default: Some("us"),
    choices: DC_IDS,
    choice_labels: &[],
    whole_number: None,
};
pub const CONCURRENCY_OPTION: OptionSpec = OptionSpec {
    key: "concurrency",
    label: "Uploads at once",
    help: "Parallel uploads for this org: Zoho allows 5 (Free), 10 (Standard), 15 (Professional), 20 (Enterprise), 25 (Ultimate)",
    default: Some("4"),
    choices: &[],
    choice_labels: &[],
    whole_number: None,
};

/// The parts where CRM and Bigin differ.
#[derive(Debug)]
pub struct Product {
    pub info: &'static ProviderInfo,
    /// Path segment after the API domain: `crm` or `bigin`.
    pub path: &'static str,
    /// Scope prefix: `ZohoCRM` or `ZohoBigin`.
    pub scope: &'static str,
    pub display: &'static str,
    /// Normalise a module name written by the user; `Err` explains the choices.
    pub module: fn(&str, &str) -> Result<String>,
    /// The module's name in the URL of an API version (targets keep the normalised one).
    pub wire_module: fn(&str, &str) -> String,
    /// Modules whose records take a photo: (API name, display name).
    pub photo_modules: &'static [(&'static str, &'static str)],
}

/// `Debug` is written by hand: the derived one would print the access token.
#[derive(Clone, Serialize, Deserialize)]
struct TokenRecord {
    access_token: String,
    api_domain: String,
    /// Unix seconds.
    expires_at: u64,
    /// Which accounts server issued it (a DC change invalidates the cache).
    issuer: String,
}

impl std::fmt::Debug for TokenRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRecord")
            .field("access_token", &"***")
            .field("api_domain", &self.api_domain)
            .field("expires_at", &self.expires_at)
            .field("issuer", &self.issuer)
            .finish()
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl TokenRecord {
    fn fresh(&self) -> bool {
        self.expires_at > now() + 60
    }
}

enum Mode {
    Refresh {
        client_id: Secret,
        client_secret: Secret,
        refresh_token: Secret,
    },
    Static(Secret),
}

/// Access tokens for one profile.
pub struct ZohoAuth {
    mode: Mode,
    accounts: Url,
    /// The profile's base URL overrides the api_domain from token responses.
    api_override: Option<Url>,
    default_api: Url,
    creds: Credentials,
    http: HttpClient,
    provider: &'static str,
    cache: Mutex<Option<TokenRecord>>,
    keyring_checked: std::sync::atomic::AtomicBool,
}

/// Where a Zoho profile's secrets go: the accounts server (client secret,
/// refresh token) and the API domain (access tokens), or the base URL.
pub fn origins(profile: &Profile) -> Result<Vec<Url>> {
    let (accounts, api, _) = dc_urls(profile);
    Ok(vec![accounts, api])
}

pub fn dc_urls(profile: &Profile) -> (Url, Url, Url) {
    let dc = profile.option("dc").unwrap_or("us");
    let row = DATA_CENTRES
        .iter()
        .find(|r| r.0 == dc)
        .unwrap_or(&DATA_CENTRES[0]);
    let p = |s: &str| Url::parse(s).expect("static URL");
    match &profile.base_url {
        Some(b) => (b.clone(), b.clone(), b.clone()),
        None => (p(row.1), p(row.2), p(row.3)),
    }
}

impl ZohoAuth {
    pub fn new(cx: &BuildContext) -> Result<Self> {
        let creds = &cx.credentials;
        let provider = cx.profile.provider.id;
        let mode = match (
            creds.get("client_id")?,
            creds.get("client_secret")?,
            creds.get("refresh_token")?,
        ) {
            (Some(client_id), Some(client_secret), Some(refresh_token)) => Mode::Refresh {
                client_id,
                client_secret,
                refresh_token,
            },
            (a, b, c) => match creds.get("access_token")? {
                Some(t) => Mode::Static(t),
                None => {
                    let mut need = vec![];
                    if a.is_none() {
                        need.push("client_id");
                    }
                    if b.is_none() {
                        need.push("client_secret");
                    }
                    if c.is_none() {
                        need.push("refresh_token");
                    }
                    let mut e = credentials::missing(creds.profile(), &need);
                    e.message.push_str(
                        " Alternatively store a raw access_token, or sign in (a Self Client grant \
                         code or the device flow), which stores the refresh token.",
                    );
                    return Err(e);
                }
            },
        };
        let (accounts, default_api, _) = dc_urls(&cx.profile);
        Ok(ZohoAuth {
            mode,
            accounts,
            api_override: cx.profile.base_url.clone(),
            default_api,
            creds: creds.clone(),
            http: cx.http.clone(),
            provider,
            cache: Mutex::new(None),
            keyring_checked: Default::default(),
        })
    }

    fn secrets(&self) -> Vec<&str> {
        match &self.mode {
            Mode::Refresh {
                client_id,
                client_secret,
                refresh_token,
            } => vec![
                client_id.expose(),
                client_secret.expose(),
                refresh_token.expose(),
            ],
            Mode::Static(t) => vec![t.expose()],
        }
    }

    /// A usable (access token, API base URL), refreshing at most once at a time.
    async fn token(&self) -> Result<(Secret, Url)> {
        let mut cache = self.cache.lock().await;
        if cache.as_ref().is_none_or(|t| !t.fresh())
            && !self
                .keyring_checked
                .swap(true, std::sync::atomic::Ordering::SeqCst)
        {
            if let Some(rec) = self.load_cached().await {
                *cache = Some(rec);
            }
        }
        let rec = match cache.as_ref() {
            Some(t) if t.fresh() => t.clone(),
            _ => {
                let rec = match &self.mode {
                    Mode::Static(tok) => TokenRecord {
                        access_token: tok.expose().to_string(),
                        api_domain: self.default_api.to_string(),
                        expires_at: u64::MAX,
                        issuer: self.accounts.to_string(),
                    },
                    Mode::Refresh { .. } => {
                        let rec = self.refresh().await?;
                        self.store_cached(&rec).await;
                        rec
                    }
                };
                *cache = Some(rec.clone());
                rec
            }
        };
        let api = match &self.api_override {
            Some(u) => u.clone(),
            None => Url::parse(&rec.api_domain)
                .map(crate::net::as_base)
                .map_err(|_| {
                    Error::internal(format!(
                        "Zoho returned an unusable api_domain '{}'",
                        rec.api_domain
                    ))
                })?,
        };
        Ok((Secret::new(rec.access_token), api))
    }

    async fn load_cached(&self) -> Option<TokenRecord> {
        let creds = self.creds.clone();
        let raw = tokio::task::spawn_blocking(move || creds.get(TOKEN_CACHE_FIELD))
            .await
            .ok()?
            .ok()??;
        let rec: TokenRecord = serde_json::from_str(raw.expose()).ok()?;
        (rec.issuer == self.accounts.as_str() && rec.fresh()).then_some(rec)
    }

    async fn store_cached(&self, rec: &TokenRecord) {
        let creds = self.creds.clone();
        let text = Secret::new(serde_json::to_string(rec).unwrap_or_default());
        let res = tokio::task::spawn_blocking(move || creds.set(TOKEN_CACHE_FIELD, &text)).await;
        if let Ok(Err(e)) = res {
            // Not fatal: the token still works for this process.
            tracing::warn!(
                "could not cache the Zoho token in the keyring: {}",
                e.message
            );
        }
    }

    async fn refresh(&self) -> Result<TokenRecord> {
        let Mode::Refresh {
            client_id,
            client_secret,
            refresh_token,
        } = &self.mode
        else {
            unreachable!("refresh is only called in refresh mode")
        };
        tracing::debug!(accounts = %self.accounts, "refreshing Zoho access token");
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", client_id.expose()),
            ("client_secret", client_secret.expose()),
            ("refresh_token", refresh_token.expose()),
        ];
        token_call(
            self.provider,
            &self.http,
            &self.accounts,
            &form,
            self.api_override.is_some(),
        )
        .await
        .map_err(|e| e.redact(&self.secrets()))
    }

    /// After a 401: forget `refused` if it is still the cached token. Tied to
    /// the token that failed, so a batch whose uploads all fail with the same
    /// expired token makes one refresh, not one per upload (Zoho blocks a
    /// client after 10 token requests in 10 minutes).
    async fn refused(&self, refused: &Secret) {
        if matches!(self.mode, Mode::Static(_)) {
            return;
        }
        let mut cache = self.cache.lock().await;
        if cache
            .as_ref()
            .is_some_and(|t| t.access_token == refused.expose())
        {
            *cache = None;
            self.keyring_checked
                .store(true, std::sync::atomic::Ordering::SeqCst);
            let creds = self.creds.clone();
            let _ = tokio::task::spawn_blocking(move || creds.delete(TOKEN_CACHE_FIELD)).await;
        }
    }

    /// Whether a refused call is worth repeating: a refresh token can get a new access token.
    fn can_refresh(&self) -> bool {
        matches!(self.mode, Mode::Refresh { .. })
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: Option<String>,
    refresh_token: Option<String>,
    api_domain: Option<String>,
    expires_in: Option<u64>,
    error: Option<String>,
    error_description: Option<String>,
}

/// Whether `u` is one of the data centres' API hosts (over https).
fn is_zoho_api_host(u: &Url) -> bool {
    u.scheme() == "https"
        && DATA_CENTRES.iter().any(|r| {
            Url::parse(r.2).is_ok_and(|api| api.host_str() == u.host_str() && u.port().is_none())
        })
}

/// POST {accounts}/oauth/v2/token with a form body (secrets never go in the URL).
async fn token_call(
    provider: &'static str,
    http: &HttpClient,
    accounts: &Url,
    form: &[(&str, &str)],
    api_overridden: bool,
) -> Result<TokenRecord> {
    let rec = token_call_full(provider, http, accounts, form, api_overridden).await?;
    Ok(rec.0)
}

/// POST a form to `path` on Zoho's accounts server and read the answer: the
/// token call and both steps of the device sign-in. `secrets` are redacted
/// from a transport error.
async fn accounts_call(
    provider: &'static str,
    http: &HttpClient,
    accounts: &Url,
    path: &str,
    form: &[(&str, &str)],
    secrets: &[&str],
) -> Result<http::Response> {
    let url = accounts
        .join(path)
        .map_err(|e| Error::internal(e.to_string()))?;
    let resp = http
        .inner
        .post(url)
        .form(form)
        .send()
        .await
        .map_err(|e| http::transport_error(provider, e, None).redact(secrets))?;
    http::read(provider, resp, None).await
}

async fn token_call_full(
    provider: &'static str,
    http: &HttpClient,
    accounts: &Url,
    form: &[(&str, &str)],
    api_overridden: bool,
) -> Result<(TokenRecord, Option<String>)> {
    let r = accounts_call(provider, http, accounts, "oauth/v2/token", form, &[]).await?;
    let parsed: Option<TokenResponse> = serde_json::from_str(&r.body).ok();
    match parsed {
        Some(TokenResponse {
            access_token: Some(tok),
            api_domain,
            expires_in,
            refresh_token,
            ..
        }) if r.is_success() => {
            // The access token goes wherever api_domain says: only to one of
            // Zoho's own API hosts (or the profile's base URL, which then
            // overrides it). Missing or foreign: the data centre's API host.
            let dc_api = DATA_CENTRES
                .iter()
                .find(|r| Url::parse(r.1).is_ok_and(|u| u.host_str() == accounts.host_str()))
                .map(|r| r.2.to_string());
            let api_domain = match (api_domain, dc_api) {
                (Some(d), _) if api_overridden => d,
                (Some(d), dc) => {
                    let u = Url::parse(&d).map_err(|_| {
                        Error::internal(format!("Zoho returned an invalid api_domain '{d}'"))
                    })?;
                    check_transport(&u)?;
                    if is_zoho_api_host(&u) {
                        d
                    } else {
                        tracing::warn!("ignoring api_domain {d}: not a Zoho API host");
                        dc.unwrap_or_else(|| accounts.to_string())
                    }
                }
                (None, Some(dc)) => dc,
                (None, None) => accounts.to_string(),
            };
            Ok((
                TokenRecord {
                    access_token: tok,
                    api_domain,
                    expires_at: now() + expires_in.unwrap_or(3600),
                    issuer: accounts.to_string(),
                },
                refresh_token,
            ))
        }
        Some(TokenResponse {
            error: Some(err),
            error_description,
            ..
        }) => {
            let desc = error_description.unwrap_or_default();
            let e = match err.as_str() {
                "invalid_code" => Error::new(
                    ErrorKind::Auth,
                    "invalid_code",
                    crate::tr!("zoho-token-invalid-code"),
                )
                .with_action(Action::SignIn {
                    profile: String::new(),
                }),
                "invalid_client" | "invalid_client_secret" => Error::new(
                    ErrorKind::Auth,
                    err.clone(),
                    crate::tr!("zoho-token-invalid-client"),
                )
                .with_action(Action::set_credentials(&["client_id", "client_secret"])),
                "Access Denied" | "access_denied" if desc.to_lowercase().contains("too many") => {
                    Error::new(
                        ErrorKind::RateLimited,
                        "TOKEN_RATE_LIMIT",
                        crate::tr!("zoho-token-rate-limit"),
                    )
                    .with_retry_after(Some(std::time::Duration::from_secs(600)))
                }
                _ => Error::new(
                    ErrorKind::Auth,
                    err.clone(),
                    crate::tr!(
                        "zoho-token-refused",
                        reason = if desc.is_empty() {
                            err.clone()
                        } else {
                            format!("{err}: {desc}")
                        }
                    ),
                ),
            };
            // A refused refresh will not improve by asking again: ask the user.
            let e = if e.kind == ErrorKind::Auth {
                e.with_retry(Retry::Permanent)
            } else {
                e
            };
            Err(e
                .with_provider(provider)
                .with_status(r.status)
                .with_body(Some(r.body)))
        }
        _ => Err(http::generic_status_error(provider, "Zoho Accounts", &r)),
    }
}

/// Suffix of a target that adds a record attachment instead of setting the photo.
pub const ATTACHMENTS: &str = "Attachments";
/// The same, as the app appends it to a record target.
pub const ATTACHMENTS_SUFFIX: &str = "/Attachments";

/// The target picker's words for Zoho's modules and records.
pub const PICKER: crate::providers::Picker = crate::providers::Picker {
    kind_label: "Module",
    item_label: "Record",
    placeholder: "Find a record by name, e-mail or phone",
    lists_without_query: false,
    takes_links: true,
};

/// Where on a record a file goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordTarget {
    pub module: String,
    pub id: String,
    /// `Module/Id/Attachments`: a new record attachment (many per record)
    /// rather than the record's single photo.
    pub attach: bool,
}

impl RecordTarget {
    pub fn canonical(&self) -> String {
        if self.attach {
            format!("{}/{}/{ATTACHMENTS}", self.module, self.id)
        } else {
            format!("{}/{}", self.module, self.id)
        }
    }
}

/// `Module/Id` (the record photo) or `Module/Id/Attachments` (a record attachment).
pub fn parse_target(product: &Product, raw: Option<&str>) -> Result<RecordTarget> {
    let trimmed = raw.map(|r| r.trim().trim_matches('/'));
    if let Some(base) = trimmed.and_then(split_attachments) {
        let (module, id) = parse_record_target(product, Some(base))?;
        return Ok(RecordTarget {
            module,
            id,
            attach: true,
        });
    }
    let (module, id) = parse_record_target(product, trimmed)?;
    Ok(RecordTarget {
        module,
        id,
        attach: false,
    })
}

/// Attachments differ from the record photo: each call creates a new one (so
/// an unconfirmed upload is not repeated blindly), and they take any file up
/// to 100 MB, so photos go at full size.
pub fn target_kind(target: &str) -> Option<crate::providers::TargetKind> {
    split_attachments(target.trim().trim_matches('/')).map(|_| crate::providers::TargetKind {
        idempotency: crate::providers::Idempotency::None,
        limits: crate::providers::Limits {
            formats: ImageFormat::ALL,
            max_bytes: Some(ATTACHMENT_MAX_BYTES),
            max_pixels: None,
        },
    })
}

pub const ATTACHMENT_MAX_BYTES: u64 = 100 * 1024 * 1024;

/// `Module/Id/Attachments` → `Module/Id`.
fn split_attachments(t: &str) -> Option<&str> {
    let at = t.len().checked_sub(ATTACHMENTS.len() + 1)?;
    (t.is_char_boundary(at) && t[at..].eq_ignore_ascii_case(&format!("/{ATTACHMENTS}")))
        .then(|| &t[..at])
}

/// A Zoho record: module API name + record id.
pub fn parse_record_target(product: &Product, raw: Option<&str>) -> Result<(String, String)> {
    let raw = raw.ok_or_else(|| {
        Error::config(
            "TARGET_REQUIRED",
            tr!(
                "target-zoho-required",
                service = product.display,
                help = product.info.target_help_text()
            ),
        )
    })?;
    let raw = raw.trim().trim_matches('/');
    if raw.starts_with("http://") || raw.starts_with("https://") {
        return record_from_url(product, raw);
    }
    let (module, id) = raw.split_once('/').ok_or_else(|| {
        Error::config(
            "BAD_TARGET",
            tr!(
                "target-zoho-bad",
                target = raw,
                help = product.info.target_help_text()
            ),
        )
    })?;
    let module = (product.module)(module, raw)?;
    if id.is_empty() || id.len() > 25 || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(Error::config(
            "BAD_TARGET",
            tr!("target-zoho-bad-id", id = id),
        ));
    }
    Ok((module, id.to_string()))
}

/// A record address copied from the Zoho web UI, such as
/// `https://crm.zoho.eu/crm/org20071234/tab/Leads/3000000038009` or
/// `https://bigin.zoho.com/bigin/org123/Home#/Contacts/3000000038009?section=x`:
/// the last `Module/<digits>` pair in the path or fragment is the record.
fn record_from_url(product: &Product, raw: &str) -> Result<(String, String)> {
    let bad = || {
        Error::config(
            "BAD_TARGET",
            tr!(
                "target-zoho-bad-link",
                target = raw,
                service = product.display,
                help = product.info.target_help_text()
            ),
        )
    };
    let url = url::Url::parse(raw).map_err(|_| bad())?;
    let mut parts: Vec<String> = url
        .path_segments()
        .map(|s| s.map(str::to_string).collect())
        .unwrap_or_default();
    if let Some(f) = url.fragment() {
        let f = f.split('?').next().unwrap_or("");
        parts.extend(f.split('/').filter(|s| !s.is_empty()).map(str::to_string));
    }
    for w in parts.windows(2).rev() {
        let (m, id) = (&w[0], &w[1]);
        if !id.is_empty() && id.len() <= 25 && id.chars().all(|c| c.is_ascii_digit()) {
            if let Ok(module) = (product.module)(m, raw) {
                return Ok((module, id.clone()));
            }
        }
    }
    Err(bad())
}

/// The record-photo provider shared by CRM and Bigin.
pub struct ZohoRecordPhoto {
    pub product: &'static Product,
    auth: ZohoAuth,
    version: String,
    restrict_workflow: bool,
    web: Url,
}

impl ZohoRecordPhoto {
    pub fn build(product: &'static Product, cx: BuildContext) -> Result<Arc<dyn Provider>> {
        let auth = ZohoAuth::new(&cx)?;
        let p = &cx.profile;
        let (_, _, web) = dc_urls(p);
        Ok(Arc::new(ZohoRecordPhoto {
            product,
            auth,
            version: p.option("version").unwrap_or("v2").to_string(),
            restrict_workflow: p.option("restrict_triggers") == Some("workflow"),
            web,
        }))
    }

    fn record_link(&self, module: &str, id: &str) -> Option<String> {
        // Zoho's photo call returns no link; the record page is what a person wants to open.
        Some(format!(
            "{}/{}/tab/{module}/{id}",
            self.web.as_str().trim_end_matches('/'),
            self.product.path
        ))
    }

    fn classify(&self, r: &Response, module: &str, id: &str) -> Error {
        self.classify_for(r, module, id, false)
    }

    /// Every documented error, keyed on HTTP status and code together: the
    /// same code means different things under different statuses (v8's
    /// `INVALID_DATA` is a wrong record id with 400 and a wrong file type with
    /// 415). Sources: the v2 seed (CRM), the Bigin seed, and Zoho's OpenAPI
    /// description of v8 (`zoho-crm-v8-record-photo.md`). Versions 3–7 are not
    /// described anywhere we have; we assume each answers with v2's or v8's
    /// pairs, so both sets are understood whatever the profile's version.
    fn classify_for(&self, r: &Response, module: &str, id: &str, attach: bool) -> Error {
        let p = self.product;
        let v = r.json().unwrap_or_default();
        // Errors come top-level, or wrapped in data[0] in newer versions.
        let obj = v.get("data").and_then(|d| d.get(0)).unwrap_or(&v);
        let code = obj.get("code").and_then(|c| c.as_str()).unwrap_or("");
        let zmsg = obj.get("message").and_then(|c| c.as_str()).unwrap_or("");
        let detail = |k: &str| obj.pointer(&format!("/details/{k}")).cloned();
        let param_is_file = obj.pointer("/details/param").and_then(|x| x.as_str()) == Some("file");
        let module_l = module.to_lowercase();
        let photo_rules = tr!("zoho-photo-rules");
        let service = p.display;
        let (kind, msg) = match (r.status, code) {
            (401, "INVALID_TOKEN" | "AUTHENTICATION_FAILURE") => (
                ErrorKind::Auth,
                tr!("zoho-invalid-token", service = service),
            ),
            (401, "OAUTH_SCOPE_MISMATCH") => (
                ErrorKind::Permission,
                tr!(
                    if attach {
                        "zoho-scope-mismatch-attach"
                    } else {
                        "zoho-scope-mismatch"
                    },
                    scope = p.scope,
                    module = &module_l
                ),
            ),
            (403, "NO_PERMISSION") | (400, "AUTHORIZATION_FAILED") => (
                ErrorKind::Permission,
                tr!("zoho-no-permission", module = module),
            ),
            (400, "CANNOT_PERFORM_ACTION") => (
                ErrorKind::Permission,
                tr!("zoho-cannot-perform", module = module, id = id),
            ),
            (400, "NOT_APPROVED") => (
                ErrorKind::Locked,
                tr!(
                    "zoho-not-approved",
                    module = module,
                    id = id,
                    service = service
                ),
            ),
            (400, "NOT_REVIEWED") => (
                ErrorKind::Locked,
                tr!(
                    "zoho-not-reviewed",
                    module = module,
                    id = id,
                    service = service
                ),
            ),
            (400, "INVALID_MODULE") => (
                ErrorKind::Config,
                tr!(
                    "zoho-invalid-module",
                    service = service,
                    module = module,
                    said = zmsg,
                    help = p.info.target_help_text()
                ),
            ),
            (400, "INVALID_DATA") if attach && param_is_file => (
                ErrorKind::UnsupportedFormat,
                tr!("zoho-attachment-refused", service = service, said = zmsg),
            ),
            (400, "INVALID_DATA") if param_is_file => (
                ErrorKind::UnsupportedFormat,
                tr!(
                    "zoho-file-refused",
                    service = service,
                    said = zmsg,
                    rules = &photo_rules
                ),
            ),
            (415, "INVALID_DATA") => (
                ErrorKind::UnsupportedFormat,
                tr!(
                    "zoho-file-type",
                    service = service,
                    said = zmsg,
                    rules = &photo_rules
                ),
            ),
            (400, "INVALID_DATA") => (
                ErrorKind::NotFound,
                tr!(
                    "zoho-no-record",
                    module = module,
                    id = id,
                    service = service
                ),
            ),
            (400 | 413 | 415, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE") if attach => (
                ErrorKind::TooLarge,
                tr!("zoho-attachment-too-large", service = service),
            ),
            // v2 (400) and Bigin (415): one code for both the size and the resolution limit.
            (400 | 415, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE") => (
                ErrorKind::TooLarge,
                tr!("zoho-photo-too-large", service = service),
            ),
            (413, "FILE_SIZE_EXCEEDS") => (
                ErrorKind::TooLarge,
                tr!(
                    "zoho-photo-over-size",
                    service = service,
                    size = match detail("size").and_then(|x| x.as_u64()) {
                        // Zoho counts in MiB: 10485760 is its "10 MB".
                        Some(b) => format!(
                            "{} MB ({b} B)",
                            crate::i18n::number(b as f64 / 1048576.0, 0)
                        ),
                        None => "10 MB".into(),
                    }
                ),
            ),
            (415, "FILE_RESOLUTION_EXCEEDS") => (
                ErrorKind::TooLarge,
                match detail("resolution").and_then(|x| x.as_u64()) {
                    Some(px) => tr!(
                        "zoho-photo-over-resolution",
                        service = service,
                        megapixels = crate::i18n::number(px as f64 / 1e6, 1)
                    ),
                    None => tr!("zoho-photo-over-resolution-unknown", service = service),
                },
            ),
            (400, "RECORD_LOCKED") => (
                ErrorKind::Locked,
                tr!("zoho-record-locked", module = module, id = id),
            ),
            (400 | 404, "INVALID_URL_PATTERN") | (400 | 405, "INVALID_REQUEST_METHOD") => (
                ErrorKind::Config,
                tr!(
                    "zoho-bad-request",
                    service = service,
                    code = code,
                    version = &self.version
                ),
            ),
            (_, "INVALID_HOST") => (
                ErrorKind::Config,
                tr!("zoho-invalid-host", service = service),
            ),
            (429, "TOO_MANY_REQUESTS") => (
                ErrorKind::RateLimited,
                tr!("zoho-too-many-requests", service = service),
            ),
            (500..=599, "INTERNAL_ERROR") => (
                ErrorKind::Transient,
                tr!("zoho-internal-error", service = service),
            ),
            _ => {
                // Undocumented pair: the status decides what to do, Zoho's own words say what happened.
                let mut e = http::generic_status_error(p.info.id, p.display, r);
                if !code.is_empty() {
                    e.message = if zmsg.is_empty() {
                        tr!("zoho-said", message = &e.message, code = code)
                    } else {
                        tr!(
                            "zoho-said-words",
                            message = &e.message,
                            code = code,
                            words = zmsg
                        )
                    };
                    e.code = code.to_string();
                }
                return e;
            }
        };
        let mut e = Error::new(kind, code, msg)
            .with_status(r.status)
            .with_provider(p.info.id)
            .with_retry_after(r.retry_after())
            .with_body(Some(r.body.clone()));
        if r.status == 401 {
            e.action = Some(Box::new(Action::SignIn {
                profile: String::new(),
            }));
        }
        if kind == ErrorKind::Config {
            e.kind = ErrorKind::Rejected;
        }
        e
    }

    /// `POST {api}/{crm|bigin}/{version}/{Module}/{id}/{what}` with the file as
    /// multipart `file` (the runner keeps the uploads in flight within the
    /// org's concurrency limit: `Profile::concurrency`). Returns the
    /// answer and the token it was sent with (to redact it from errors).
    async fn post_file(
        &self,
        item: &UploadItem,
        progress: ProgressFn,
        module: &str,
        record: &str,
        what: &str,
    ) -> Result<(Response, Secret)> {
        let id = self.product.info.id;
        let (token, api) = self.auth.token().await?;
        let mut url = api
            .join(&format!(
                "{}/{}/{}/{record}/{what}",
                self.product.path,
                self.version,
                (self.product.wire_module)(module, &self.version)
            ))
            .map_err(|e| Error::internal(e.to_string()))?;
        // Workflow triggers can be held back for the photo call only.
        if self.restrict_workflow && what == "photo" {
            url.query_pairs_mut()
                .append_pair("restrict_triggers", "workflow");
        }
        let (part, tracker) = http::file_part(item, &item.file_name, progress).await?;
        let form = reqwest::multipart::Form::new().part("file", part);
        let resp = self
            .auth
            .http
            .inner
            .post(url)
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", token.expose()),
            )
            .multipart(form)
            .send()
            .await
            .map_err(|e| http::transport_error(id, e, Some(&tracker)))?;
        let r = http::read(id, resp, Some(&tracker)).await?;
        if r.status == 401 {
            self.auth.refused(&token).await;
        }
        Ok((r, token))
    }

    /// Add the file as a new record attachment:
    /// `POST {api}/{crm|bigin}/{version}/{Module}/{id}/Attachments`, multipart `file`.
    async fn attach(
        &self,
        item: &UploadItem,
        t: &RecordTarget,
        progress: ProgressFn,
    ) -> Result<Receipt> {
        let (r, token) = self
            .post_file(item, progress, &t.module, &t.id, ATTACHMENTS)
            .await?;
        let id = self.product.info.id;
        let v = r.json().unwrap_or_default();
        let row = v.pointer("/data/0").unwrap_or(&v);
        let att_id = row
            .pointer("/details/id")
            .and_then(|x| x.as_str())
            .map(str::to_string);
        match att_id {
            Some(att)
                if r.is_success()
                    && row.get("code").and_then(|c| c.as_str()) == Some("SUCCESS") =>
            {
                Ok(Receipt {
                    remote_id: att,
                    url: self.record_link(&t.module, &t.id),
                    url_expires_in_secs: None,
                    raw: r.body,
                })
            }
            _ if r.is_success() => Err(Error::internal(format!(
                "{} answered {} with an unexpected body; the attachment may not have been added.",
                self.product.display, r.status
            ))
            .with_provider(id)
            .with_body(Some(r.body))),
            _ => Err(self
                .classify_for(&r, &t.module, &t.id, true)
                .redact(&[token.expose()])),
        }
    }

    /// An authenticated GET, its answer as it came.
    async fn get(&self, url: Url, token: &Secret) -> Result<Response> {
        let id = self.product.info.id;
        let resp = self
            .auth
            .http
            .inner
            .get(url)
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", token.expose()),
            )
            .send()
            .await
            .map_err(|e| http::transport_error(id, e, None))?;
        http::read(id, resp, None).await
    }
}

#[async_trait]
impl Provider for ZohoRecordPhoto {
    fn info(&self) -> &'static ProviderInfo {
        self.product.info
    }

    fn parse_target(&self, raw: Option<&str>) -> Result<Target> {
        Ok(Target(parse_target(self.product, raw)?.canonical()))
    }

    async fn upload(&self, item: &UploadItem, progress: ProgressFn) -> Result<Receipt> {
        let id = self.product.info.id;
        let t = parse_target(self.product, Some(&item.target.0))?;
        if t.attach {
            return self.attach(item, &t, progress).await;
        }
        let (module, record) = (t.module, t.id);
        let (r, token) = self
            .post_file(item, progress, &module, &record, "photo")
            .await?;
        let v = r.json().unwrap_or_default();
        let ok = r.is_success()
            && (v.get("code").and_then(|c| c.as_str()) == Some("SUCCESS")
                || v.get("status").and_then(|c| c.as_str()) == Some("success"));
        if !ok {
            if r.is_success() {
                return Err(Error::internal(format!(
                    "{} answered {} with an unexpected body; the photo may not be attached.",
                    self.product.display, r.status
                ))
                .with_provider(id)
                .with_body(Some(r.body)));
            }
            return Err(self
                .classify(&r, &module, &record)
                .redact(&[token.expose()]));
        }
        Ok(Receipt {
            remote_id: format!("{module}/{record}"),
            url: self.record_link(&module, &record),
            url_expires_in_secs: None,
            raw: r.body,
        })
    }

    /// Record attachments are not idempotent: list the record's attachments
    /// and match by file name and size. (The photo slot is replaced, so a
    /// repeat is harmless there and never asks.)
    async fn look_for(&self, item: &UploadItem) -> Result<Lookup> {
        let t = parse_target(self.product, Some(&item.target.0))?;
        if !t.attach {
            return Ok(Lookup::Unknown(crate::tr!("lookup-photo-slot")));
        }
        for page in 1..=20 {
            let (token, api) = self.auth.token().await?;
            let mut url = api
                .join(&format!(
                    "{}/{}/{}/{}/{ATTACHMENTS}",
                    self.product.path,
                    self.version,
                    (self.product.wire_module)(&t.module, &self.version),
                    t.id
                ))
                .map_err(|e| Error::internal(e.to_string()))?;
            url.query_pairs_mut()
                .append_pair("fields", "id,File_Name,Size")
                .append_pair("page", &page.to_string())
                .append_pair("per_page", "200");
            let r = self.get(url, &token).await?;
            if r.status == 204 {
                return Ok(Lookup::Absent); // no attachments at all
            }
            if !r.is_success() {
                return Err(self
                    .classify_for(&r, &t.module, &t.id, true)
                    .redact(&[token.expose()]));
            }
            let v = r.json().unwrap_or_default();
            let rows = v
                .get("data")
                .and_then(|d| d.as_array())
                .cloned()
                .unwrap_or_default();
            let size_of = |x: &serde_json::Value| match x {
                serde_json::Value::String(s) => s.parse::<u64>().ok(),
                x => x.as_u64(),
            };
            if let Some(row) = rows.iter().find(|a| {
                a.get("File_Name").and_then(|n| n.as_str()) == Some(item.file_name.as_str())
                    && a.get("Size").and_then(size_of) == Some(item.size)
            }) {
                let att = row
                    .get("id")
                    .and_then(|x| x.as_str())
                    .unwrap_or_default()
                    .to_string();
                return Ok(Lookup::Found(Receipt {
                    remote_id: att,
                    url: self.record_link(&t.module, &t.id),
                    url_expires_in_secs: None,
                    raw: row.to_string(),
                }));
            }
            if v.pointer("/info/more_records").and_then(|m| m.as_bool()) != Some(true) {
                return Ok(Lookup::Absent);
            }
        }
        Ok(Lookup::Unknown(crate::tr!(
            "lookup-zoho-too-many",
            file = item.file_name.as_str(),
            size = crate::i18n::size(item.size)
        )))
    }

    /// The refused token was already dropped where it failed ([`ZohoAuth::refused`]).
    async fn reauthenticate(&self) -> Result<bool> {
        Ok(self.auth.can_refresh())
    }

    async fn search(&self, module: &str, query: &str) -> Result<Vec<RecordHit>> {
        self.search_records(module, query).await
    }

    fn check_field_target(&self, t: &crate::providers::FieldTarget) -> Result<()> {
        self.check_by_field(t)
    }

    async fn find_by_field(
        &self,
        t: &crate::providers::FieldTarget,
    ) -> Result<crate::providers::FieldMatches> {
        self.lookup_by_field(t).await
    }

    async fn record_kinds(&self) -> Result<Vec<crate::providers::RecordKind>> {
        // Zoho has a modules API, but it needs the settings scope; the modules
        // that take a photo are few and documented, so they are listed here.
        let version: u32 = self
            .version
            .trim_start_matches('v')
            .split('.')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(2);
        Ok(self
            .product
            .photo_modules
            .iter()
            .filter(|(m, _)| !(*m == "Deals" && self.product.path == "crm" && version < 5))
            .map(|(id, name)| crate::providers::RecordKind {
                id: id.to_string(),
                name: name.to_string(),
                slots: vec![],
            })
            .collect())
    }

    async fn verify(&self) -> Result<String> {
        let (_, api) = self.auth.token().await?;
        Ok(crate::tr!(
            "verify-zoho",
            service = self.product.display,
            api = api.as_str().trim_end_matches('/')
        ))
    }
}

/// Options common to both Zoho products (plus each product's own).
#[macro_export]
#[doc(hidden)]
macro_rules! zoho_options {
    ($($extra:expr),* $(,)?) => {
        &[
            $crate::providers::zoho::DC_OPTION,
            $crate::providers::zoho::CONCURRENCY_OPTION,
            $($extra),*
        ]
    };
}
