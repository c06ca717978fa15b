//! Capillary: OAuth token generation and the file service.

use super::{creds, drain, read_multipart, Shared};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

const NAMESPACES: &[&str] = &["rewards", "catalog"];

/// Real-hosts mode, from providers.md's Capillary hosts: OAuth tokens on the
/// regional API hosts `[CAP-clusters]`, the file service on the InTouch
/// cluster hosts `[CAP-hosts]`, `[CAP-rel]` (`uscrm.cc` inferred there). The
/// documents do not say whether a token is bound to a cluster: not checked.
pub(super) fn real_host(path: &str, host: &str) -> Option<bool> {
    const OAUTH: &[&str] = &[
        "eu.api.capillarytech.com",
        "apac.api.capillarytech.com",
        "apac2.api.capillarytech.com",
        "us.api.capillarytech.com",
    ];
    const FILES: &[&str] = &[
        "eucrm.cc.capillarytech.com",
        "incrm.cc.capillarytech.com",
        "sgcrm.cc.capillarytech.com",
        "uscrm.cc.capillarytech.com",
    ];
    if path.starts_with("/v3/oauth/") {
        return Some(OAUTH.contains(&host));
    }
    path.starts_with("/api_gateway/file-service/")
        .then_some(FILES.contains(&host))
}

pub fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/v3/oauth/token/generate", post(generate))
        .route("/api_gateway/file-service/{namespace}/{name}", post(upload))
}

fn fail(status: StatusCode, msg: &str) -> Response {
    (
        status,
        Json(json!({"code": status.as_u16(), "status": "false", "message": msg})),
    )
        .into_response()
}

async fn generate(State(s): State<Arc<Shared>>, body: String) -> Response {
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    if v.get("key").and_then(|k| k.as_str()) != Some(creds::CAPILLARY_KEY)
        || v.get("secret").and_then(|k| k.as_str()) != Some(creds::CAPILLARY_SECRET)
    {
        return (StatusCode::UNAUTHORIZED, Json(json!({"data": null, "errors": [{"code": 1001, "message": "Invalid key or secret"}]}))).into_response();
    }
    let mut g = s.lock();
    g.token_requests += 1;
    // Capillary tokens last at most 60 minutes.
    let ttl = g.token_ttl.min(3600);
    let tok = format!(
        "eyJhbGciOiJIUzI1NiJ9.{}.sandbox",
        uuid::Uuid::new_v4().simple()
    );
    g.cap_tokens
        .insert(tok.clone(), Instant::now() + Duration::from_secs(ttl));
    Json(json!({"data": {"accessToken": tok, "ttlSeconds": ttl}, "errors": null})).into_response()
}

fn check_auth(s: &Shared, h: &HeaderMap) -> Result<(), Response> {
    let header_token = ["x-cap-api-oauth-token", "cap-api-access-token"]
        .iter()
        .find_map(|n| h.get(*n).and_then(|v| v.to_str().ok()));
    if let Some(t) = header_token {
        return match s.lock().cap_tokens.get(t) {
            Some(exp) if *exp > Instant::now() => Ok(()),
            _ => Err(fail(
                StatusCode::UNAUTHORIZED,
                "Invalid or expired OAuth token",
            )),
        };
    }
    let expected =
        crate::providers::capillary::basic_header(creds::CAPILLARY_USER, creds::CAPILLARY_PASSWORD);
    match h.get("authorization").and_then(|v| v.to_str().ok()) {
        Some(v) if v == expected => Ok(()),
        Some(_) => Err(fail(
            StatusCode::UNAUTHORIZED,
            "Authentication failed: use Basic base64(username:md5(password))",
        )),
        None => Err(fail(StatusCode::UNAUTHORIZED, "Authentication required")),
    }
}

async fn upload(
    State(s): State<Arc<Shared>>,
    Path((namespace, name)): Path<(String, String)>,
    h: HeaderMap,
    body: Body,
) -> Response {
    let pre = (|| {
        check_auth(&s, &h)?;
        if !NAMESPACES.contains(&namespace.as_str()) {
            return Err(fail(StatusCode::NOT_FOUND, "namespace not found"));
        }
        let ext_ok = name.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && [
                    "jpg", "jpeg", "png", "gif", "bmp", "webp", "tiff", "tif", "heic",
                ]
                .contains(&ext.to_ascii_lowercase().as_str())
        });
        let safe = name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
        if !ext_ok || !safe {
            return Err((StatusCode::BAD_REQUEST, Json(json!({}))).into_response());
        }
        Ok(())
    })();
    if let Err(r) = pre {
        drain(body).await;
        return r;
    }
    let parts = match read_multipart(&s, &h, body).await {
        Ok(p) => p,
        Err(_) => return (StatusCode::BAD_REQUEST, Json(json!({}))).into_response(),
    };
    // The document: "If the file path is not given, a placeholder is created
    // in the s3 location to store the image" — and the answer is a success.
    // So a missing or differently named part gets an empty object, as there.
    let placeholder;
    let file = match parts.files.iter().find(|f| f.field == "file") {
        Some(f) => f,
        None => {
            let id = s.new_id();
            let _ = std::fs::write(s.store_dir().join(&id), b"");
            placeholder = super::FilePart {
                field: String::new(),
                file_name: name.clone(),
                content_type: String::new(),
                size: 0,
                sha256: hex::encode(<sha2::Sha256 as sha2::Digest>::digest(b"")),
                head: vec![],
                id,
            };
            &placeholder
        }
    };
    let fmt = match file.format() {
        Some(f) => f,
        None if file.size == 0 => {
            let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
            crate::media::ImageFormat::ALL
                .iter()
                .copied()
                .find(|f| f.ext() == ext || (ext == "jpeg" && f.ext() == "jpg"))
                .unwrap_or(crate::media::ImageFormat::Png)
        }
        None => return fail(StatusCode::UNSUPPORTED_MEDIA_TYPE, "file is not an image"),
    };
    let version = {
        let mut g = s.lock();
        let v = g
            .cap_versions
            .entry(format!("{namespace}/{name}"))
            .or_insert(0);
        *v += 1;
        *v
    };
    let handle = uuid::Uuid::new_v4().to_string();
    let s3 = format!(
        "{namespace}/100606/{}.{}",
        uuid::Uuid::new_v4().simple(),
        fmt.ext()
    );
    let rec = s.record(file.record(
        "capillary",
        &format!("/api_gateway/file-service/{namespace}/{name}"),
        &namespace,
        &handle,
        HashMap::new(),
    ));
    let secure = format!(
        "{}?X-Amz-Expires=3600&X-Amz-Signature={}",
        s.file_url(&rec.id),
        uuid::Uuid::new_v4().simple()
    );
    Json(json!({
        "code": 200, "status": "true", "message": "Successfully uploaded file",
        "file": {
            "name": name, "namespace": namespace, "version": version, "acl": "PRIVATE",
            "fileSize": file.size.to_string(), "file_handle": handle, "content_type": fmt.mime(),
            "s3_token": s3, "latest_version": version,
            "last_modified": "2026-11-23 09:10:59", "s3_url": format!("s3://sandbox-bucket/{s3}")
        },
        "secureFilePath": secure
    }))
    .into_response()
}
