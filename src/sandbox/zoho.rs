//! Zoho Accounts (token endpoint), Zoho CRM and Zoho Bigin: record photo, search, record page.

use super::records::{Criteria, ZohoRecord};
use super::{creds, drain, read_multipart, request_host, Shared, Token};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Rec {
    pub product: &'static str,
    pub module: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
    pub locked: bool,
    pub forbidden: bool,
}

const fn rec(
    product: &'static str,
    module: &'static str,
    id: &'static str,
    name: &'static str,
    email: &'static str,
    phone: &'static str,
) -> Rec {
    Rec {
        product,
        module,
        id,
        name,
        email,
        phone,
        locked: false,
        forbidden: false,
    }
}

/// Records the sandbox knows. Everything else is INVALID_DATA, as on the real service.
pub static RECORDS: &[Rec] = &[
    rec(
        "crm",
        "Leads",
        "3000000038009",
        "Ada Lovelace",
        "ada@example.com",
        "+44 20 7946 0001",
    ),
    rec(
        "crm",
        "Leads",
        "3000000038010",
        "Grace Hopper",
        "grace@example.com",
        "+1 202 555 0142",
    ),
    rec(
        "crm",
        "Leads",
        "3000000038011",
        "Adam Smith",
        "adam.smith@example.com",
        "+44 131 496 0011",
    ),
    rec(
        "crm",
        "Contacts",
        "3000000040001",
        "Alan Turing",
        "alan@example.com",
        "+44 161 496 0001",
    ),
    rec(
        "crm",
        "Contacts",
        "3000000040002",
        "Katherine Johnson",
        "kj@example.com",
        "+1 757 555 0100",
    ),
    rec(
        "crm",
        "Accounts",
        "3000000050001",
        "Analytical Engines Ltd",
        "office@engines.example",
        "+44 20 7946 0100",
    ),
    rec(
        "crm",
        "Products",
        "3000000060001",
        "Difference Engine",
        "",
        "",
    ),
    rec(
        "crm",
        "Vendors",
        "3000000070001",
        "Babbage Supplies",
        "sales@babbage.example",
        "+44 20 7946 0200",
    ),
    rec("crm", "Deals", "3000000080001", "Engine order", "", ""),
    rec(
        "crm",
        "Site_Visits",
        "3000000090001",
        "Visit at Harbour Road 5",
        "",
        "",
    ),
    Rec {
        locked: true,
        ..rec(
            "crm",
            "Leads",
            "3000000099001",
            "Locked Lead (in approval)",
            "locked@example.com",
            "",
        )
    },
    Rec {
        forbidden: true,
        ..rec(
            "crm",
            "Leads",
            "3000000099002",
            "Private Lead (other territory)",
            "private@example.com",
            "",
        )
    },
    rec(
        "bigin",
        "Contacts",
        "4000000010001",
        "Dorothy Vaughan",
        "dorothy@example.com",
        "+1 757 555 0101",
    ),
    rec(
        "bigin",
        "Contacts",
        "4000000010002",
        "Mary Jackson",
        "mary@example.com",
        "+1 757 555 0102",
    ),
    rec(
        "bigin",
        "Accounts",
        "4000000020001",
        "Orbital Mechanics Inc",
        "info@orbital.example",
        "+1 757 555 0199",
    ),
    rec("bigin", "Products", "4000000030001", "Slide Rule", "", ""),
    Rec {
        locked: true,
        ..rec(
            "bigin",
            "Contacts",
            "4000000099001",
            "Locked Contact",
            "",
            "",
        )
    },
];

/// The built-in records as the sandbox's live record store, which tests add to.
pub fn seed(s: &Shared) {
    let mut g = s.lock();
    g.zoho_records = RECORDS
        .iter()
        .map(|r| {
            let mut fields = serde_json::Map::new();
            fields.insert(ZohoRecord::name_key(r.module).into(), json!(r.name));
            if !r.email.is_empty() {
                fields.insert("Email".into(), json!(r.email));
            }
            if !r.phone.is_empty() {
                fields.insert("Phone".into(), json!(r.phone));
            }
            ZohoRecord {
                product: r.product.into(),
                module: r.module.into(),
                id: r.id.into(),
                fields,
                locked: r.locked,
                forbidden: r.forbidden,
            }
        })
        .collect();
}

const CRM_MODULES: &[&str] = &[
    "Leads",
    "Contacts",
    "Accounts",
    "Products",
    "Vendors",
    "Deals",
    "Site_Visits",
];
const BIGIN_MODULES: &[&str] = &["Contacts", "Accounts", "Products"];
const UNSUPPORTED_MODULES: &[&str] = &[
    "Documents",
    "Projects",
    "Activities",
    "Notes",
    "Tasks",
    "Events",
    "Calls",
];

/// Zoho's data centres as `../shared/providers.md` lists them: (accounts
/// server, API domain). The sandbox's own copy, written from the document: the
/// client's table is what real-hosts tests check.
const REAL_DCS: &[(&str, &str)] = &[
    ("accounts.zoho.com", "www.zohoapis.com"),
    ("accounts.zoho.eu", "www.zohoapis.eu"),
    ("accounts.zoho.in", "www.zohoapis.in"),
    ("accounts.zoho.com.au", "www.zohoapis.com.au"),
    ("accounts.zoho.jp", "www.zohoapis.jp"),
    // Canada's accounts server is under zohocloud.ca, its API domain is not.
    ("accounts.zohocloud.ca", "www.zohoapis.ca"),
    ("accounts.zoho.com.cn", "www.zohoapis.com.cn"),
    ("accounts.zoho.sa", "www.zohoapis.sa"),
];

/// Real-hosts mode: OAuth on an accounts server, the APIs on an API domain.
pub(super) fn real_host(path: &str, host: &str) -> Option<bool> {
    if path.starts_with("/oauth/") {
        return Some(REAL_DCS.iter().any(|d| d.0 == host));
    }
    if path.starts_with("/crm/") || path.starts_with("/bigin/") {
        return Some(REAL_DCS.iter().any(|d| d.1 == host));
    }
    None
}

/// What a token response names as `api_domain`, and the API host its token
/// is bound to: in real-hosts mode the issuing data centre's API domain.
fn issued_for(s: &Shared, h: &HeaderMap) -> (String, Option<String>) {
    if !s.real_hosts {
        return (s.origin.clone(), None);
    }
    let host = request_host(h);
    match REAL_DCS.iter().find(|d| d.0 == host) {
        Some((_, api)) => (format!("https://{api}"), Some(api.to_string())),
        None => (s.origin.clone(), None),
    }
}

pub fn routes() -> Router<Arc<Shared>> {
    let mut r = Router::new()
        .route("/oauth/v2/token", post(token))
        .route("/oauth/v3/device/code", post(device_code))
        .route("/oauth/v3/device/token", post(device_token))
        .route("/oauth/v3/device", get(device_page).post(device_approve));
    // The same handlers serve both products; `bigin` picks the rules.
    for (bigin, product) in [(false, "crm"), (true, "bigin")] {
        r = r
            .route(
                &format!("/{product}/{{version}}/{{module}}/{{id}}/photo"),
                post(move |st, p, q, h, b| upload(bigin, false, st, p, q, h, b))
                    .get(move |st, p, h| get_photo(product, st, p, h)),
            )
            .route(
                &format!("/{product}/{{version}}/{{module}}/{{id}}/Attachments"),
                post(move |st, p, q, h, b| upload(bigin, true, st, p, q, h, b))
                    .get(move |st, p, h| list_attachments(product, st, p, h)),
            )
            .route(
                &format!("/{product}/{{version}}/{{module}}/search"),
                get(move |st, p, q, h| search(bigin, st, p, q, h)),
            )
            .route(
                &format!("/{product}/tab/{{module}}/{{id}}"),
                get(move |st, p| page(product, st, p)),
            );
    }
    r
}

fn zerr(status: StatusCode, code: &str, message: &str, details: serde_json::Value) -> Response {
    (
        status,
        Json(json!({"code": code, "details": details, "message": message, "status": "error"})),
    )
        .into_response()
}

/// Which document's error table answers a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Bigin v1/v2 (seed 004).
    Bigin,
    /// CRM v2 (seed 002). The seed is the only source for v2–v7; we answer
    /// v3–v7 as v2, since nothing documents when v8's codes appeared.
    CrmV2,
    /// CRM v8 (Zoho's OpenAPI description, `zoho-crm-v8-record-photo.md`).
    CrmV8,
}

impl Dialect {
    /// Of a product (`bigin` or CRM) and the version in its URL (`v8`).
    pub fn of(bigin: bool, version: &str) -> Dialect {
        match (bigin, version_ok(false, version)) {
            (true, _) => Dialect::Bigin,
            (false, Some(8)) => Dialect::CrmV8,
            _ => Dialect::CrmV2,
        }
    }

    /// From a request path such as `/crm/v8/Leads/1/photo`.
    pub fn of_path(path: &str) -> Dialect {
        let mut parts = path.trim_start_matches('/').split('/');
        let product = parts.next();
        Dialect::of(product == Some("bigin"), parts.next().unwrap_or(""))
    }
}

/// The documented answer for a code in a dialect (used by handlers and by the
/// `error_code` fault knob). `id` fills v8's `details.id`; `size`/`resolution`
/// v8's limits. `INVALID_FILE_TYPE` names v8's 415 `INVALID_DATA`. A code the
/// dialect's document does not list is refused loudly, so a test cannot rely
/// on an answer the real service never gives.
pub fn error_for(d: Dialect, code: &str, id: &str) -> Response {
    error_with(d, code, id, None)
}

pub fn error_with(d: Dialect, code: &str, id: &str, resolution: Option<u64>) -> Response {
    let v8 = d == Dialect::CrmV8;
    let with_id = || if v8 { json!({"id": id}) } else { json!({}) };
    let (st, code, msg, details) = match code {
        // Common to every version (auth, limits, server errors).
        "INVALID_TOKEN" => (401, code, "invalid oauth token", json!({})),
        "OAUTH_SCOPE_MISMATCH" => (401, code, "Unauthorized", json!({})),
        "NO_PERMISSION" => (403, code, "Permission denied to upload photo", json!({})),
        "INTERNAL_ERROR" => (500, code, "Internal Server Error", json!({})),
        "TOO_MANY_REQUESTS" => (429, code, "too many requests", json!({})),
        "INVALID_MODULE" => (
            400,
            code,
            "the module name given seems to be invalid",
            json!({}),
        ),
        "INVALID_URL_PATTERN" => (
            if v8 { 400 } else { 404 },
            code,
            "Please check if the URL trying to access is a correct one",
            json!({}),
        ),
        "INVALID_DATA" => (
            400,
            code,
            "the related id given seems to be invalid",
            with_id(),
        ),
        "RECORD_LOCKED" => (
            400,
            code,
            "Sorry, you cannot perform this operation as the record is locked.",
            with_id(),
        ),
        // v2 and Bigin only.
        "INVALID_REQUEST_METHOD" if !v8 => (
            400,
            code,
            "The http request method type is not a valid one",
            json!({}),
        ),
        "AUTHORIZATION_FAILED" if !v8 => (
            400,
            code,
            "User does not have sufficient privilege to upload photo",
            json!({}),
        ),
        "FILE_SIZE_MORE_THAN_ALLOWED_SIZE" if !v8 => (
            if d == Dialect::Bigin { 415 } else { 400 },
            code,
            "please check if the file size is in the correct range",
            json!({}),
        ),
        // v8 only.
        "CANNOT_PERFORM_ACTION" if v8 => (
            400,
            code,
            "no permission to perform an action on this record",
            json!({}),
        ),
        "NOT_REVIEWED" if v8 => (
            400,
            code,
            "cannot upload the record image that is not reviewed yet",
            with_id(),
        ),
        "NOT_APPROVED" if v8 => (
            400,
            code,
            "cannot upload the record image that is not approved yet",
            with_id(),
        ),
        "FILE_SIZE_EXCEEDS" if v8 => (
            413,
            code,
            "File exceeded its maximum limit",
            json!({"size": 10_485_760}),
        ),
        // Zoho's example value (16062248) is not a round limit, so we take it for the photo's own pixel count.
        "FILE_RESOLUTION_EXCEEDS" if v8 => (
            415,
            code,
            "File exceeded its maximum limit",
            json!({"resolution": resolution.unwrap_or(16_062_248)}),
        ),
        "INVALID_FILE_TYPE" if v8 => (415, "INVALID_DATA", "invalid file type", json!({})),
        _ => (
            400,
            "SANDBOX_UNDOCUMENTED",
            "the sandbox was asked for an error this API version does not document",
            json!({"requested": code, "dialect": format!("{d:?}")}),
        ),
    };
    zerr(StatusCode::from_u16(st).expect("valid"), code, msg, details)
}

/// Token endpoint: form body or query string, as Zoho accepts both.
async fn token(
    State(s): State<Arc<Shared>>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let p = form_params(q, &body);
    let get = |k: &str| p.get(k).map(String::as_str).unwrap_or("");
    let ok = |v: serde_json::Value| (StatusCode::OK, Json(v)).into_response();
    if get("client_id") != creds::ZOHO_CLIENT_ID
        || get("client_secret") != creds::ZOHO_CLIENT_SECRET
    {
        return ok(json!({"error": "invalid_client"}));
    }
    let (refresh, photo_scope, issue_refresh) = match get("grant_type") {
        "refresh_token" => match get("refresh_token") {
            creds::ZOHO_REFRESH_TOKEN => (creds::ZOHO_REFRESH_TOKEN, true, false),
            creds::ZOHO_REFRESH_TOKEN_NO_SCOPE => {
                (creds::ZOHO_REFRESH_TOKEN_NO_SCOPE, false, false)
            }
            _ => return ok(json!({"error": "invalid_code"})),
        },
        "authorization_code" => {
            if get("code") != creds::ZOHO_GRANT_CODE {
                return ok(json!({"error": "invalid_code"}));
            }
            (creds::ZOHO_REFRESH_TOKEN, true, true)
        }
        _ => return ok(json!({"error": "unsupported_grant_type"})),
    };
    let mut g = s.lock();
    let now = Instant::now();
    // Per accounts server and refresh token: in real-hosts mode each data
    // centre is its own server with its own count.
    let server = if s.real_hosts {
        request_host(&headers)
    } else {
        ""
    };
    let log = g
        .zoho_token_log
        .entry(format!("{server} {refresh}"))
        .or_default();
    while log
        .front()
        .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(600))
    {
        log.pop_front();
    }
    if log.len() >= 10 {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "Access Denied", "error_description": "You have made too many requests continuously. Please try again after some time."})),
        )
            .into_response();
    }
    log.push_back(now);
    g.token_requests += 1;
    let ttl = g.token_ttl;
    let access = format!("1000.{}", uuid::Uuid::new_v4().simple());
    let (api_domain, api_host) = issued_for(&s, &headers);
    g.zoho_tokens.insert(
        access.clone(),
        Token {
            expires: now + Duration::from_secs(ttl),
            photo_scope,
            client: get("client_id").to_string(),
            api_host,
        },
    );
    let mut v = json!({"access_token": access, "api_domain": api_domain, "token_type": "Bearer", "expires_in": ttl});
    if g.faults.omit_api_domain {
        v.as_object_mut().map(|o| o.remove("api_domain"));
    }
    if issue_refresh {
        v["refresh_token"] = json!(refresh);
    }
    ok(v)
}

/// Zoho's accounts server takes its parameters as a form body or in the query string.
fn form_params(q: HashMap<String, String>, body: &str) -> HashMap<String, String> {
    let mut p: HashMap<String, String> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    for (k, v) in q {
        p.entry(k).or_insert(v);
    }
    p
}

/// Device flow, step 1: a user code to show and a device code to poll with.
async fn device_code(
    State(s): State<Arc<Shared>>,
    Query(q): Query<HashMap<String, String>>,
    body: String,
) -> Response {
    let p = form_params(q, &body);
    let get = |k: &str| p.get(k).map(String::as_str).unwrap_or("");
    if get("client_id") != creds::ZOHO_CLIENT_ID {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "invalid_client"})),
        )
            .into_response();
    }
    if get("grant_type") != "device_request" || get("scope").is_empty() {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "invalid_request", "error_description": "grant_type=device_request and scope are required"})),
        )
            .into_response();
    }
    let raw = uuid::Uuid::new_v4().simple().to_string().to_uppercase();
    let user_code = format!("{}-{}", &raw[..4], &raw[4..8]);
    let device = format!("1004.{}", uuid::Uuid::new_v4().simple());
    let mut g = s.lock();
    let interval = g.device_interval;
    g.zoho_devices.insert(
        device.clone(),
        super::Device {
            user_code: user_code.clone(),
            decision: None,
            moved: false,
            last_poll: None,
            interval,
            expires: Instant::now() + Duration::from_secs(300),
        },
    );
    Json(json!({
        "user_code": user_code,
        "device_code": device,
        "interval": interval,
        "expires_in": 300,
        "verification_url": format!("{}/oauth/v3/device", s.origin),
    }))
    .into_response()
}

/// Device flow, step 2: pending, too fast, in another DC, or the tokens.
async fn device_token(
    State(s): State<Arc<Shared>>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let p = form_params(q, &body);
    let get = |k: &str| p.get(k).map(String::as_str).unwrap_or("");
    let err = |e: &str| (StatusCode::OK, Json(json!({"error": e}))).into_response();
    if get("client_id") != creds::ZOHO_CLIENT_ID
        || get("client_secret") != creds::ZOHO_CLIENT_SECRET
    {
        return err("invalid_client");
    }
    if get("grant_type") != "device_token" {
        return err("unsupported_grant_type");
    }
    let now = Instant::now();
    let mut g = s.lock();
    let Some(d) = g.zoho_devices.get_mut(get("code")) else {
        return err("invalid_code");
    };
    if d.expires < now {
        return err("expired");
    }
    let too_fast = d.last_poll.is_some_and(|t| {
        now.duration_since(t) + Duration::from_millis(150) < Duration::from_secs(d.interval)
    });
    d.last_poll = Some(now);
    if too_fast {
        d.interval += 5;
        return err("slow_down");
    }
    match d.decision.clone() {
        None => err("authorization_pending"),
        Some(None) => err("access_denied"),
        Some(Some(dc)) if dc != "us" && !d.moved => {
            d.moved = true;
            Json(json!({"error": "other_dc", "user_location": dc})).into_response()
        }
        Some(Some(_)) => {
            g.zoho_devices.remove(get("code"));
            let ttl = g.token_ttl;
            let access = format!("1000.{}", uuid::Uuid::new_v4().simple());
            g.token_requests += 1;
            let (api_domain, api_host) = issued_for(&s, &headers);
            g.zoho_tokens.insert(
                access.clone(),
                Token {
                    expires: now + Duration::from_secs(ttl),
                    photo_scope: true,
                    client: creds::ZOHO_CLIENT_ID.to_string(),
                    api_host,
                },
            );
            Json(
                json!({"access_token": access, "refresh_token": creds::ZOHO_REFRESH_TOKEN,
                        "api_domain": api_domain, "token_type": "Bearer", "expires_in": ttl}),
            )
            .into_response()
        }
    }
}

/// The page a person opens to approve a device sign-in.
async fn device_page() -> Response {
    Html(
        "<!doctype html><title>Zoho sandbox: connect a device</title><h1>Connect a device</h1>\
         <form method=post><label>Code <input name=user_code autofocus></label> \
         <label>Data centre <select name=dc><option>us<option>eu<option>in<option>au</select></label> \
         <button name=decision value=accept>Accept</button> <button name=decision value=deny>Deny</button></form>",
    )
    .into_response()
}

/// Approve (or deny) the device with this user code, as the given DC's user.
async fn device_approve(State(s): State<Arc<Shared>>, body: String) -> Response {
    let p = form_params(HashMap::new(), &body);
    let get = |k: &str| p.get(k).map(String::as_str).unwrap_or("");
    let code = get("user_code").trim().to_uppercase();
    let mut g = s.lock();
    let Some(d) = g.zoho_devices.values_mut().find(|d| d.user_code == code) else {
        return (
            StatusCode::NOT_FOUND,
            Html("<p>Unknown or expired code.</p>"),
        )
            .into_response();
    };
    let accept = get("decision") != "deny";
    let dc = match get("dc") {
        "" => "us".to_string(),
        other => other.to_lowercase(),
    };
    d.decision = Some(accept.then_some(dc));
    Html(if accept {
        "<p>Connected. You can return to PhotoDrop.</p>"
    } else {
        "<p>Denied.</p>"
    })
    .into_response()
}

fn check_token(s: &Shared, h: &HeaderMap) -> Result<Token, Response> {
    let Some(v) = h.get("authorization").and_then(|v| v.to_str().ok()) else {
        return Err(zerr(
            StatusCode::UNAUTHORIZED,
            "AUTHENTICATION_FAILURE",
            "Authentication failed",
            json!({}),
        ));
    };
    let Some(tok) = v.strip_prefix("Zoho-oauthtoken ") else {
        return Err(zerr(
            StatusCode::UNAUTHORIZED,
            "INVALID_TOKEN",
            "invalid oauth token (use the 'Zoho-oauthtoken' scheme)",
            json!({}),
        ));
    };
    let host = request_host(h);
    match s.lock().zoho_tokens.get(tok.trim()) {
        // A token is valid only on the API domain of the DC that issued it.
        Some(t) if t.api_host.as_deref().is_some_and(|a| a != host) => Err(zerr(
            StatusCode::UNAUTHORIZED,
            "INVALID_TOKEN",
            "invalid oauth token",
            json!({}),
        )),
        Some(t) if t.expires > Instant::now() => Ok(t.clone()),
        _ => Err(zerr(
            StatusCode::UNAUTHORIZED,
            "INVALID_TOKEN",
            "invalid oauth token",
            json!({}),
        )),
    }
}

fn version_ok(bigin: bool, v: &str) -> Option<u32> {
    if bigin {
        return match v {
            "v1" => Some(1),
            "v2" => Some(2),
            _ => None,
        };
    }
    match v {
        "v2.1" => Some(2),
        _ => v
            .strip_prefix('v')
            .and_then(|n| n.parse().ok())
            .filter(|n| (2..=8).contains(n)),
    }
}

/// Check a module name against the version's list; returns the name records
/// are kept under. Bigin v1's document names Companies `Companies`, v2's
/// (and the modules API) `Accounts`: each version takes only its own name.
fn module_check(bigin: bool, version: u32, module: &str) -> Result<String, Response> {
    let list: &[&str] = match (bigin, version) {
        (true, 1) => &["Contacts", "Companies", "Products"],
        (true, _) => BIGIN_MODULES,
        (false, _) => CRM_MODULES,
    };
    if UNSUPPORTED_MODULES.contains(&module) {
        return Err(zerr(
            StatusCode::BAD_REQUEST,
            "INVALID_MODULE",
            "The given module is not supported in API",
            json!({}),
        ));
    }
    if !list.contains(&module) || (!bigin && module == "Deals" && version < 5) {
        return Err(zerr(
            StatusCode::BAD_REQUEST,
            "INVALID_MODULE",
            "the module name given seems to be invalid",
            json!({}),
        ));
    }
    Ok(if module == "Companies" {
        "Accounts"
    } else {
        module
    }
    .to_string())
}

struct InFlight<'a> {
    s: &'a Shared,
    client: String,
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        if let Some(n) = self.s.lock().zoho_in_flight.get_mut(&self.client) {
            *n = n.saturating_sub(1);
        }
    }
}

/// The record photo (`attach` false: one slot, images only, 10 MB / 10 MP) or
/// a record attachment (`attach` true: a new attachment per call, any file
/// but executables, up to 100 MB).
async fn upload(
    bigin: bool,
    attach: bool,
    State(s): State<Arc<Shared>>,
    Path((version, module, id)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let product = if bigin { "bigin" } else { "crm" };
    let api = if bigin { "zoho-bigin" } else { "zoho-crm" };
    let token = match check_token(&s, &headers) {
        Ok(t) => t,
        Err(r) => {
            drain(body).await;
            return r;
        }
    };
    let dialect = Dialect::of(bigin, &version);
    let wire_module = module.clone();
    let mut module = module;
    let pre = (|| {
        let v = version_ok(bigin, &version)
            .ok_or_else(|| error_for(dialect, "INVALID_URL_PATTERN", &id))?;
        module = module_check(bigin, v, &module)?;
        if let Some(r) = q.get("restrict_triggers") {
            if bigin || attach || r != "workflow" {
                return Err(zerr(
                    StatusCode::BAD_REQUEST,
                    "INVALID_DATA",
                    "invalid value for restrict_triggers",
                    json!({"param": "restrict_triggers"}),
                ));
            }
        }
        if !token.photo_scope {
            let scope = if bigin { "ZohoBigin" } else { "ZohoCRM" };
            return Err(zerr(
                StatusCode::UNAUTHORIZED,
                "OAUTH_SCOPE_MISMATCH",
                "Unauthorized",
                json!({"required_scope": format!("{scope}.modules.{}.CREATE", module.to_lowercase())}),
            ));
        }
        let rec = s
            .lock()
            .zoho_records
            .iter()
            .find(|r| r.product == product && r.module == module && r.id == id)
            .cloned()
            .ok_or_else(|| error_for(dialect, "INVALID_DATA", &id))?;
        if rec.forbidden {
            return Err(error_for(dialect, "NO_PERMISSION", &id));
        }
        if rec.locked {
            return Err(error_for(dialect, "RECORD_LOCKED", &id));
        }
        Ok(())
    })();
    if let Err(r) = pre {
        drain(body).await;
        return r;
    }
    // An org allows only so many concurrent calls (5 on the Free edition).
    let admitted = {
        let mut g = s.lock();
        let n = g.zoho_in_flight.entry(token.client.clone()).or_default();
        *n += 1;
        *n <= 5
    };
    let _guard = InFlight {
        s: &s,
        client: token.client.clone(),
    };
    if !admitted {
        drain(body).await;
        return error_for(dialect, "TOO_MANY_REQUESTS", &id);
    }
    let parts = match read_multipart(&s, &headers, body).await {
        Ok(p) => p,
        Err(e) => {
            return zerr(
                StatusCode::BAD_REQUEST,
                "INVALID_DATA",
                &e,
                json!({"param": "file"}),
            )
        }
    };
    let Some(file) = parts.files.iter().find(|f| f.field == "file") else {
        let got: Vec<&str> = parts.files.iter().map(|f| f.field.as_str()).collect();
        return zerr(
            StatusCode::BAD_REQUEST,
            "REQUIRED_PARAM_MISSING",
            "file is required (multipart field 'file')",
            json!({"param": "file", "received_fields": got}),
        );
    };
    if attach {
        return store_attachment(&s, bigin, &version, &wire_module, &module, &id, file);
    }
    use crate::media::ImageFormat as F;
    let v8 = dialect == Dialect::CrmV8;
    match file.format() {
        Some(F::Jpeg | F::Png | F::Gif | F::Bmp) => {}
        _ if v8 => return error_for(dialect, "INVALID_FILE_TYPE", &id),
        // The v2 and Bigin seeds do not say how a wrong type is answered; we
        // answer as their INVALID_DATA does for a bad parameter.
        _ => {
            return zerr(
                StatusCode::BAD_REQUEST,
                "INVALID_DATA",
                "the file type is not supported; allowed: PNG, JPEG, JPG, GIF, BMP",
                json!({"param": "file"}),
            )
        }
    }
    let pixels = file.dimensions().map(|(w, h)| w as u64 * h as u64);
    let too_many_px = pixels.is_none_or(|px| px > 10_000_000);
    if file.size > 10 * 1024 * 1024 {
        return error_for(
            dialect,
            if v8 {
                "FILE_SIZE_EXCEEDS"
            } else {
                "FILE_SIZE_MORE_THAN_ALLOWED_SIZE"
            },
            &id,
        );
    }
    if too_many_px {
        return match v8 {
            true => error_with(dialect, "FILE_RESOLUTION_EXCEEDS", &id, pixels),
            false => error_for(dialect, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE", &id),
        };
    }
    let target = format!("{module}/{id}");
    let mut fields = HashMap::new();
    if let Some(r) = q.get("restrict_triggers") {
        fields.insert("restrict_triggers".to_string(), r.clone());
    }
    let rec = s.record(file.record(
        api,
        &format!("/{product}/{version}/{wire_module}/{id}/photo"),
        &target,
        &target,
        fields,
    ));
    s.lock()
        .zoho_photos
        .insert((product.into(), module.clone(), id.clone()), rec.id);
    (StatusCode::OK, Json(json!({"message": "photo uploaded successfully", "details": {}, "status": "success", "code": "SUCCESS"}))).into_response()
}

fn store_attachment(
    s: &Shared,
    bigin: bool,
    version: &str,
    wire_module: &str,
    module: &str,
    id: &str,
    file: &super::FilePart,
) -> Response {
    let (product, api) = if bigin {
        ("bigin", "zoho-bigin")
    } else {
        ("crm", "zoho-crm")
    };
    if file.size > 100 * 1024 * 1024 {
        // Attachments (v2–v8 alike): the seed's 100 MB limit and its code.
        return zerr(
            if bigin {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            } else {
                StatusCode::BAD_REQUEST
            },
            "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
            "please check if the file size is in the correct range",
            json!({}),
        );
    }
    let name = file.file_name.clone();
    if name.is_empty() || name.to_lowercase().ends_with(".exe") {
        return zerr(
            StatusCode::BAD_REQUEST,
            "INVALID_DATA",
            "the file name is missing or its type is not allowed",
            json!({"param": "file"}),
        );
    }
    let target = format!("{module}/{id}/Attachments");
    let rec = s.record(file.record(
        api,
        &format!("/{product}/{version}/{wire_module}/{id}/Attachments"),
        &target,
        &target,
        HashMap::new(),
    ));
    // Zoho ids are long numbers; derive one from the upload's own id.
    let att_id = format!(
        "{}",
        3_000_000_100_000u64 + rec.id[1..].parse::<u64>().unwrap_or(0)
    );
    s.lock()
        .zoho_attachments
        .entry((product.into(), module.into(), id.into()))
        .or_default()
        .push(super::Attachment {
            id: att_id.clone(),
            upload: rec.id,
            file_name: name,
            size: file.size,
        });
    let who = json!({"name": "Sandbox User", "id": "3000000030001"});
    (StatusCode::OK, Json(json!({"data": [{"code": "SUCCESS", "details": {
        "Modified_Time": "2026-11-23T10:00:00+00:00", "Modified_By": who, "Created_Time": "2026-11-23T10:00:00+00:00",
        "id": att_id, "Created_By": who}, "message": "attachment uploaded successfully", "status": "success"}]}))).into_response()
}

/// GET …/Attachments: the record's attachments, 204 when there are none.
async fn list_attachments(
    product: &'static str,
    State(s): State<Arc<Shared>>,
    Path((version, module, id)): Path<(String, String, String)>,
    h: HeaderMap,
) -> Response {
    if let Err(r) = check_token(&s, &h) {
        return r;
    }
    let bigin = product == "bigin";
    let Some(v) = version_ok(bigin, &version) else {
        return error_for(Dialect::of(bigin, &version), "INVALID_URL_PATTERN", &id);
    };
    let module = match module_check(bigin, v, &module) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let list = s
        .lock()
        .zoho_attachments
        .get(&(product.to_string(), module, id))
        .cloned()
        .unwrap_or_default();
    if list.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let data: Vec<_> = list
        .iter()
        .map(|a| json!({"id": a.id, "File_Name": a.file_name, "Size": a.size.to_string(), "$file_id": a.upload}))
        .collect();
    let n = data.len();
    Json(json!({"data": data, "info": {"per_page": 200, "count": n, "page": 1, "more_records": false}}))
        .into_response()
}

/// GET …/photo returns the raw image bytes, as documented.
async fn get_photo(
    product: &'static str,
    State(s): State<Arc<Shared>>,
    Path((_v, module, id)): Path<(String, String, String)>,
    h: HeaderMap,
) -> Response {
    if let Err(r) = check_token(&s, &h) {
        return r;
    }
    let up = s
        .lock()
        .zoho_photos
        .get(&(product.to_string(), module, id))
        .cloned();
    match up {
        Some(u) => axum::response::Redirect::temporary(&s.file_url(&u)).into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    }
}

async fn search(
    bigin: bool,
    State(s): State<Arc<Shared>>,
    Path((version, module)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    h: HeaderMap,
) -> Response {
    if let Err(r) = check_token(&s, &h) {
        return r;
    }
    let Some(v) = version_ok(bigin, &version) else {
        return error_for(Dialect::of(bigin, &version), "INVALID_URL_PATTERN", "");
    };
    let module = match module_check(bigin, v, &module) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let product = if bigin { "bigin" } else { "crm" };
    let norm = |s: &str| s.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    if !["word", "email", "phone", "criteria"]
        .iter()
        .any(|k| q.contains_key(*k))
    {
        return zerr(
            StatusCode::BAD_REQUEST,
            "REQUIRED_PARAM_MISSING",
            "One of criteria, email, phone or word is required",
            json!({}),
        );
    }
    let g = s.lock();
    let in_module: Vec<&ZohoRecord> = g
        .zoho_records
        .iter()
        .filter(|r| r.product == product && r.module == module)
        .collect();
    let criteria = match q.get("criteria").map(|c| Criteria::parse(c)) {
        None => None,
        Some(Ok(c)) => {
            // A field the module does not have is refused, as Zoho does.
            let known = |f: &str| {
                f == "id"
                    || f == ZohoRecord::name_key(&module)
                    || f == "Email"
                    || f == "Phone"
                    || in_module.iter().any(|r| r.fields.contains_key(f))
            };
            if let Some(f) = c.fields().into_iter().find(|f| !known(f)) {
                return zerr(
                    StatusCode::BAD_REQUEST,
                    "INVALID_QUERY",
                    "Invalid query formed",
                    json!({"reason": "invalid field found", "api_name": f}),
                );
            }
            if let Some(f) = c
                .fields()
                .into_iter()
                .find(|f| g.faults.unsearchable.iter().any(|u| u == f))
            {
                return zerr(
                    StatusCode::BAD_REQUEST,
                    "INVALID_QUERY",
                    "Invalid query formed",
                    json!({"reason": "the field is not available for search", "api_name": f}),
                );
            }
            Some(c)
        }
        Some(Err((reason, field))) => {
            return zerr(
                StatusCode::BAD_REQUEST,
                "INVALID_QUERY",
                "Invalid query formed",
                json!({"reason": reason, "api_name": field}),
            )
        }
    };
    let name_key = ZohoRecord::name_key(&module);
    let matches = |r: &ZohoRecord| -> bool {
        let text = |f: &str| r.text(f).unwrap_or_default();
        if let Some(w) = q.get("word") {
            let w = w.to_lowercase();
            return text(name_key).to_lowercase().contains(&w)
                || text("Email").to_lowercase().contains(&w);
        }
        if let Some(e) = q.get("email") {
            return text("Email").eq_ignore_ascii_case(e);
        }
        if let Some(p) = q.get("phone") {
            let phone = text("Phone");
            return !phone.is_empty() && norm(&phone).ends_with(&norm(p));
        }
        criteria.as_ref().is_some_and(|c| {
            c.matches(&|f: &str| {
                if f == "id" {
                    Some(r.id.clone())
                } else {
                    r.text(f)
                }
            })
        })
    };
    let per_page = q
        .get("per_page")
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(200)
        .clamp(1, 200);
    let page = q
        .get("page")
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let all: Vec<serde_json::Value> = in_module
        .iter()
        .filter(|r| matches(r))
        .map(|r| r.json())
        .collect();
    drop(g);
    let total = all.len();
    let data: Vec<serde_json::Value> = all
        .into_iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .collect();
    let more = total > page * per_page;
    if data.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let n = data.len();
    Json(json!({"data": data, "info": {"per_page": per_page, "count": n, "page": page, "more_records": more}})).into_response()
}

/// The record's page: what the link in a receipt opens.
async fn page(
    product: &'static str,
    State(s): State<Arc<Shared>>,
    Path((module, id)): Path<(String, String)>,
) -> Response {
    let rec = s
        .lock()
        .zoho_records
        .iter()
        .find(|r| r.product == product && r.module == module && r.id == id)
        .cloned();
    let Some(rec) = rec else {
        return (StatusCode::NOT_FOUND, "no such record").into_response();
    };
    let photo = s
        .lock()
        .zoho_photos
        .get(&(product.to_string(), module.clone(), id.clone()))
        .cloned();
    let img = photo
        .map(|u| {
            format!(
                "<img alt=\"record photo\" style=\"max-width:320px\" src=\"{}\">",
                s.file_url(&u)
            )
        })
        .unwrap_or_else(|| "<p>No photo yet.</p>".into());
    let atts = s
        .lock()
        .zoho_attachments
        .get(&(product.to_string(), module.clone(), id.clone()))
        .cloned()
        .unwrap_or_default();
    let img = if atts.is_empty() {
        img
    } else {
        let items: String = atts
            .iter()
            .map(|a| {
                format!(
                    "<li><a href=\"{}\">{}</a> ({} bytes)</li>",
                    s.file_url(&a.upload),
                    a.file_name.replace('&', "&amp;").replace('<', "&lt;"),
                    a.size
                )
            })
            .collect();
        format!("{img}<h2>Attachments</h2><ul>{items}</ul>")
    };
    let esc = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    Html(format!(
        "<!doctype html><title>{name}</title><h1>{name}</h1><p>Zoho {product} sandbox · {module} {id}</p>{img}",
        name = esc(&rec.text(ZohoRecord::name_key(&rec.module)).unwrap_or_default()),
        module = esc(&module),
    ))
    .into_response()
}
