//! ChakraHQ: photo upload with a client id, fetch, config, Update Process, process list.

use super::{creds, drain, now_secs, read_multipart, Shared};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::sync::Arc;

const TEAM: &str = "5fc9f8e3-af4a-4f29-bfd8-6c02e3abe3ee";

/// (attribute short id, type)
type Attr = (&'static str, &'static str);
/// Procedures: (short id, name, attributes).
const PROCEDURES: &[(&str, &str, &[Attr])] = &[
    (
        "lead",
        "Lead",
        &[
            ("name", "text"),
            ("customer_code", "text"),
            ("site_photo", "photo"),
            ("owner_photo", "photo"),
        ],
    ),
    (
        "fieldvisit",
        "Field visit",
        &[("address", "text"), ("visit_photo", "photo")],
    ),
];

/// Processes: (procedure, id, name).
const PROCESSES: &[(&str, &str, &str)] = &[
    ("lead", "6571a0c0e4b0a1b2c3d4e5f1", "Harbour Road 5"),
    ("lead", "6571a0c0e4b0a1b2c3d4e5f2", "Mill Lane 12"),
    ("fieldvisit", "6571a0c0e4b0a1b2c3d4e6a1", "Visit 2026-11-20"),
];

/// Ready-made targets, listed by `GET /__sandbox`.
pub static TARGETS: &[&str] = &[
    "lead/6571a0c0e4b0a1b2c3d4e5f1/site_photo",
    "lead/6571a0c0e4b0a1b2c3d4e5f2/owner_photo",
    "fieldvisit/6571a0c0e4b0a1b2c3d4e6a1/visit_photo",
];

pub fn seed(s: &Shared) {
    let mut g = s.lock();
    for (proc_id, id, name) in PROCESSES {
        // The name goes in the procedure's first text attribute.
        let attr = PROCEDURES
            .iter()
            .find(|p| p.0 == *proc_id)
            .and_then(|p| p.2.iter().find(|a| a.1 == "text"))
            .map_or("name", |a| a.0);
        let mut m = Map::new();
        m.insert(attr.into(), json!(name));
        g.chakra_processes
            .insert((proc_id.to_string(), id.to_string()), m);
    }
}

/// Real-hosts mode: ChakraHQ has one host (providers.md, `[CH-upload]`).
pub(super) fn real_host(path: &str, host: &str) -> Option<bool> {
    path.starts_with("/v1/ext/")
        .then_some(host == "api.chakrahq.com")
}

pub fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v1/ext/photo", post(upload_no_id))
        .route("/v1/ext/photo/{id}", post(upload_with_id).get(fetch))
        .route("/v1/ext/config", get(config))
        .route(
            "/v1/ext/procedure/{procedure}/process/{id}",
            axum::routing::put(update_process).get(get_process),
        )
        .route(
            "/v1/ext/procedure/{procedure}/process/list",
            post(list_processes),
        )
}

fn err(status: StatusCode, msg: &str) -> Response {
    (status, Json(json!({"_errors": [msg]}))).into_response()
}

fn check_auth(h: &HeaderMap) -> Result<(), Response> {
    match h.get("authorization").and_then(|v| v.to_str().ok()) {
        Some(v) if v == format!("Bearer {}", creds::CHAKRA_TOKEN) => Ok(()),
        Some(v) if !v.starts_with("Bearer ") => Err(err(
            StatusCode::UNAUTHORIZED,
            "Unauthorized: use 'Authorization: Bearer <access token>'",
        )),
        _ => Err(err(StatusCode::UNAUTHORIZED, "Unauthorized")),
    }
}

async fn upload_no_id(st: State<Arc<Shared>>, h: HeaderMap, body: Body) -> Response {
    upload(st, uuid::Uuid::new_v4().to_string(), h, body).await
}

async fn upload_with_id(
    st: State<Arc<Shared>>,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Body,
) -> Response {
    upload(st, id, h, body).await
}

async fn upload(State(s): State<Arc<Shared>>, id: String, h: HeaderMap, body: Body) -> Response {
    if let Err(r) = check_auth(&h) {
        drain(body).await;
        return r;
    }
    if uuid::Uuid::parse_str(&id).is_err() {
        drain(body).await;
        return err(StatusCode::BAD_REQUEST, "photoId has to be a uuid");
    }
    let parts = match read_multipart(&s, &h, body).await {
        Ok(p) => p,
        Err(e) => return err(StatusCode::BAD_REQUEST, &e),
    };
    let Some(file) = parts.files.iter().find(|f| f.field == "photo") else {
        return err(
            StatusCode::BAD_REQUEST,
            "photo is required (multipart file field 'photo')",
        );
    };
    if let Some(extra) = parts
        .texts
        .keys()
        .find(|k| *k != "filename" && *k != "filetype")
    {
        return err(StatusCode::BAD_REQUEST, &format!("unknown field '{extra}'"));
    }
    if file.format().is_none() {
        return err(StatusCode::BAD_REQUEST, "photo is not an image");
    }
    {
        let g = s.lock();
        if let Some((sha, obj)) = g.chakra_photos.get(&id) {
            // Same id, same bytes: the earlier upload landed; answer as before (idempotent).
            return if *sha == file.sha256 {
                (StatusCode::OK, Json(json!({"_data": obj}))).into_response()
            } else {
                err(StatusCode::CONFLICT, "a photo with this id already exists")
            };
        }
    }
    let filename = parts
        .texts
        .get("filename")
        .cloned()
        .unwrap_or_else(|| file.file_name.clone());
    let filetype = parts
        .texts
        .get("filetype")
        .cloned()
        .unwrap_or_else(|| file.format().map(|f| f.ext()).unwrap_or("").to_string());
    let ms = now_secs() * 1000;
    let obj = json!({
        "id": id, "createdAt": ms, "updatedAt": ms, "filetype": filetype, "filename": filename,
        "height": null, "width": null, "isPublic": false, "team": TEAM, "user": null
    });
    let fields: HashMap<String, String> = parts.texts.clone();
    s.record(file.record("chakrahq", &format!("/v1/ext/photo/{id}"), "", &id, fields));
    s.lock()
        .chakra_photos
        .insert(id, (file.sha256.clone(), obj.clone()));
    (StatusCode::OK, Json(json!({"_data": obj}))).into_response()
}

async fn fetch(State(s): State<Arc<Shared>>, Path(id): Path<String>, h: HeaderMap) -> Response {
    if let Err(r) = check_auth(&h) {
        return r;
    }
    match s.lock().chakra_photos.get(&id) {
        Some((_, obj)) => Json(json!({"_data": obj})).into_response(),
        None => err(StatusCode::NOT_FOUND, "photo not found"),
    }
}

async fn config(h: HeaderMap) -> Response {
    if let Err(r) = check_auth(&h) {
        return r;
    }
    let procedures: Vec<Value> = PROCEDURES
        .iter()
        .map(|(id, name, attrs)| {
            json!({"shortId": id, "name": name,
                   "attributes": attrs.iter().map(|(a, t)| json!({"shortId": a, "type": t})).collect::<Vec<_>>()})
        })
        .collect();
    Json(json!({"_data": {"procedures": procedures}})).into_response()
}

fn process_json(procedure: &str, id: &str, data: &Map<String, Value>) -> Value {
    json!({"id": id, "procedure": procedure, "data": data})
}

async fn get_process(
    State(s): State<Arc<Shared>>,
    Path((procedure, id)): Path<(String, String)>,
    h: HeaderMap,
) -> Response {
    if let Err(r) = check_auth(&h) {
        return r;
    }
    match s
        .lock()
        .chakra_processes
        .get(&(procedure.clone(), id.clone()))
    {
        Some(d) => Json(json!({"_data": process_json(&procedure, &id, d)})).into_response(),
        None => err(StatusCode::NOT_FOUND, "process not found"),
    }
}

async fn update_process(
    State(s): State<Arc<Shared>>,
    Path((procedure, id)): Path<(String, String)>,
    h: HeaderMap,
    body: String,
) -> Response {
    if let Err(r) = check_auth(&h) {
        return r;
    }
    let Some((_, _, attrs)) = PROCEDURES.iter().find(|p| p.0 == procedure) else {
        return err(StatusCode::NOT_FOUND, "procedure not found");
    };
    let v: Value = match serde_json::from_str(&body) {
        Ok(v) => v,
        Err(_) => {
            return err(
                StatusCode::BAD_REQUEST,
                "body must be JSON {\"data\": {...}}",
            )
        }
    };
    let Some(data) = v.get("data").and_then(|d| d.as_object()) else {
        return err(
            StatusCode::BAD_REQUEST,
            "body must be JSON {\"data\": {...}}",
        );
    };
    let mut g = s.lock();
    for (k, val) in data {
        let Some((_, ty)) = attrs.iter().find(|a| a.0 == k) else {
            return err(
                StatusCode::BAD_REQUEST,
                &format!("unknown attribute '{k}' for procedure {procedure}"),
            );
        };
        if *ty == "photo" {
            let ok = val
                .as_str()
                .is_some_and(|p| g.chakra_photos.contains_key(p));
            if !ok {
                return err(
                    StatusCode::BAD_REQUEST,
                    &format!("attribute '{k}' must be the id of an uploaded photo"),
                );
            }
        }
    }
    let Some(proc_data) = g.chakra_processes.get_mut(&(procedure.clone(), id.clone())) else {
        return err(StatusCode::NOT_FOUND, "process not found");
    };
    for (k, val) in data {
        proc_data.insert(k.clone(), val.clone());
    }
    let out = process_json(&procedure, &id, proc_data);
    Json(json!({"_data": out})).into_response()
}

fn matches_where(w: &Value, d: &Map<String, Value>) -> bool {
    let Some(obj) = w.as_object() else {
        return true;
    };
    obj.iter().all(|(k, v)| match (k.as_str(), v) {
        ("or", Value::Array(a)) => a.iter().any(|x| matches_where(x, d)),
        ("and", Value::Array(a)) => a.iter().all(|x| matches_where(x, d)),
        _ => {
            let want = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string())
                .to_lowercase();
            d.get(k)
                .and_then(|x| x.as_str())
                .is_some_and(|x| x.to_lowercase().contains(&want))
        }
    })
}

async fn list_processes(
    State(s): State<Arc<Shared>>,
    Path(procedure): Path<String>,
    h: HeaderMap,
    body: String,
) -> Response {
    if let Err(r) = check_auth(&h) {
        return r;
    }
    let q: Value = serde_json::from_str(&body).unwrap_or_default();
    let limit = q
        .get("limit")
        .and_then(|l| l.as_u64())
        .unwrap_or(20)
        .min(100) as usize;
    let skip = q.get("skip").and_then(|l| l.as_u64()).unwrap_or(0) as usize;
    // `where`: attribute → text (contained, case-insensitive), combined with
    // `or` / `and` arrays of such objects.
    let filter = q.get("where").cloned().unwrap_or(Value::Null);
    let g = s.lock();
    let mut all: Vec<Value> = g
        .chakra_processes
        .iter()
        .filter(|((p, _), d)| *p == procedure && matches_where(&filter, d))
        .map(|((p, id), d)| process_json(p, id, d))
        .collect();
    all.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
    let has_more = all.len() > skip + limit;
    let page: Vec<Value> = all.into_iter().skip(skip).take(limit).collect();
    Json(json!({"_data": page, "_meta": {"hasMore": has_more}})).into_response()
}
