//! QuestionPro: user images, with the `api-key` header (keys in the query are refused).

use super::{creds, drain, read_multipart, Shared};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub static USERS: &[u64] = &[1234567, 7654321];

/// Real-hosts mode: the current `api.questionpro.{tld}` hosts providers.md
/// lists for the data centres, with KSA's and "SA"'s own domains.
pub(super) fn real_host(path: &str, host: &str) -> Option<bool> {
    const HOSTS: &[&str] = &[
        "api.questionpro.com",
        "api.questionpro.eu",
        "api.questionpro.ca",
        "api.questionpro.sg",
        "api.questionpro.au",
        "api.questionpro.ae",
        "api.surveyanalytics.com",
        "api.questionprosa.com",
    ];
    path.starts_with("/a/api/").then_some(HOSTS.contains(&host))
}

pub fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/a/api/v2/users/{user}/images", post(upload).get(list_user))
        .route("/a/api/v2/images", get(list_all))
}

pub fn error(status: u16, id: &str, message: &str) -> Response {
    let name = match status {
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        429 => "TOO_MANY_REQUESTS",
        _ => "INTERNAL_SERVER_ERROR",
    };
    let st = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        st,
        Json(json!({"response": {"error": {
        "docs": "www.questionpro.com/api/error-codes.html", "name": name, "httpStatusCode": status,
        "id": id, "message": message, "resourceUrl": "resource_url"}}})),
    )
        .into_response()
}

/// The per-minute limit's answer (300 calls per 60 s per key). Its body is not
/// documented; the sandbox says when to come back.
pub fn rate_limited() -> Response {
    let mut r = error(429, "1013", "Rate limit exceeded: 300 calls per 60 seconds");
    r.headers_mut()
        .insert("retry-after", "60".parse().expect("digits"));
    r
}

fn check(s: &Shared, h: &HeaderMap, q: &HashMap<String, String>) -> Result<(), Response> {
    if q.keys().any(|k| k.eq_ignore_ascii_case("apikey")) {
        return Err(error(401, "1010", "API keys in the query string are no longer accepted (since 2024-03-31); send the api-key header"));
    }
    match h.get("api-key").and_then(|v| v.to_str().ok()) {
        Some(k) if k == creds::QUESTIONPRO_KEY => {}
        _ => return Err(error(401, "1010", "Incorrect API Key")),
    }
    // 300 calls per 60 s per key.
    let mut g = s.lock();
    let now = Instant::now();
    while g
        .qp_calls
        .front()
        .is_some_and(|t| now.duration_since(*t) > Duration::from_secs(60))
    {
        g.qp_calls.pop_front();
    }
    if g.qp_calls.len() >= 300 {
        return Err(rate_limited());
    }
    g.qp_calls.push_back(now);
    Ok(())
}

async fn upload(
    State(s): State<Arc<Shared>>,
    Path(user): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    h: HeaderMap,
    body: Body,
) -> Response {
    let pre = check(&s, &h, &q).and_then(|_| match user.parse::<u64>() {
        Ok(u) if USERS.contains(&u) => Ok(()),
        Ok(_) => Err(error(
            404,
            "1040",
            "The resource that you're trying to access doesn't exist",
        )),
        Err(_) => Err(error(400, "1003", "Invalid URL parameters")),
    });
    if let Err(r) = pre {
        drain(body).await;
        return r;
    }
    let parts = match read_multipart(&s, &h, body).await {
        Ok(p) => p,
        Err(e) => return error(400, "1002", &format!("Invalid schema: {e}")),
    };
    let Some(file) = parts.files.iter().find(|f| f.field == "file") else {
        return error(
            400,
            "1002",
            "Invalid schema: multipart field 'file' is required",
        );
    };
    if file.format().is_none() {
        return error(400, "1002", "Invalid schema: file is not an image");
    }
    let image_id = {
        let mut g = s.lock();
        g.qp_next_image += 1;
        g.qp_next_image
    };
    let rec = s.record(file.record(
        "questionpro",
        &format!("/a/api/v2/users/{user}/images"),
        &user,
        &image_id.to_string(),
        HashMap::new(),
    ));
    Json(json!({
        "response": {"imageID": image_id, "imageURL": s.file_url(&rec.id), "size": format!("{:.1} Mb", file.size as f64 / 1048576.0)},
        "requestID": uuid::Uuid::new_v4().to_string()
    }))
    .into_response()
}

fn images(s: &Shared, user: Option<&str>) -> Vec<serde_json::Value> {
    s.lock()
        .uploads
        .iter()
        .filter(|u| u.api == "questionpro" && user.is_none_or(|x| x == u.target))
        .map(|u| json!({"imageID": u.remote_id.parse::<u64>().unwrap_or(0), "imageURL": s.file_url(&u.id), "size": format!("{:.1} Mb", u.size as f64 / 1048576.0)}))
        .collect()
}

async fn list_user(
    State(s): State<Arc<Shared>>,
    Path(user): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    h: HeaderMap,
) -> Response {
    if let Err(r) = check(&s, &h, &q) {
        return r;
    }
    // `page` (from 1) and `perPage` (default 100), as the list document describes.
    let num = |k: &str, d: usize| q.get(k).and_then(|v| v.parse::<usize>().ok()).unwrap_or(d);
    let (page, per) = (num("page", 1).max(1), num("perPage", 100).clamp(1, 1000));
    let all = images(&s, Some(&user));
    let page: Vec<_> = all.into_iter().skip((page - 1) * per).take(per).collect();
    Json(json!({"response": page})).into_response()
}

async fn list_all(
    State(s): State<Arc<Shared>>,
    Query(q): Query<HashMap<String, String>>,
    h: HeaderMap,
) -> Response {
    if let Err(r) = check(&s, &h, &q) {
        return r;
    }
    Json(json!({"response": images(&s, None)})).into_response()
}
