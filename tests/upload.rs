//! The upload contract, end to end: the real CLI against the sandbox over real
//! HTTP on loopback, credentials in a real Secret Service.

#[macro_use]
mod common;

use common::*;
use photodrop::sandbox::{creds, Faults};
use std::time::Instant;

const JPEG_3MB: &str = "jpeg-M/Nikon_D40.jpg"; // 3008×2000, ~3 MB
const JPEG_SMALL: &str = "jpeg-S/nikon-e950.jpg"; // ~160 KB
const PNG: &str = "png/basn6a16.png";
const LEAD: &str = "Leads/3000000038009";
/// Byte-for-byte checks send photos as they are (privacy stripping is tested in pipeline.rs).
const KEEP: &str = "privacy=keep";

t!(
    zoho_crm_photo_arrives_byte_identical,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[KEEP]).await;
        let a = env.copy(JPEG_3MB, "front.jpg");
        let b = env.copy(PNG, "logo.png");
        let r = env.upload("crm", Some(LEAD), &[&a, &b]).await;
        assert_eq!(r.code, 0, "{r:?}");
        for f in [&a, &b] {
            let l = r.line_for(f);
            assert_eq!(l["status"], "uploaded");
            assert_eq!(l["remote_id"], LEAD);
            assert_eq!(l["url"], format!("{}/crm/tab/{LEAD}", env.url()));
            assert!(l["error"].is_null());
        }
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 2);
        for f in [&a, &b] {
            let name = f.file_name().unwrap().to_str().unwrap();
            let u = ups.iter().find(|u| u.file_name == name).expect("arrived");
            assert_eq!(
                u.sha256,
                sha256(f),
                "bytes on the server differ from {name}"
            );
            assert_eq!(u.field, "file");
            assert_eq!(u.path, format!("/crm/v2/{LEAD}/photo"));
        }
        assert!(env
            .requests_to("/crm/")
            .iter()
            .all(|r| r.auth.as_deref() == Some("Zoho-oauthtoken")));
        assert_eq!(
            env.sandbox.token_requests(),
            1,
            "one token for the whole batch"
        );
    }
);

t!(
    zoho_token_is_cached_in_keyring_and_refreshed_once_on_expiry,
    |env: Env| async move {
        env.profile(
            "crm",
            "zoho-crm",
            &["version=v8", "restrict_triggers=workflow"],
        )
        .await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        assert_eq!(env.upload("crm", Some(LEAD), &[&a]).await.code, 0);
        assert_eq!(env.upload("crm", Some(LEAD), &[&a]).await.code, 0);
        assert_eq!(
            env.sandbox.token_requests(),
            1,
            "second run reuses the token cached in the keyring"
        );
        let req = env.requests_to("/crm/v8/");
        assert!(
            req.iter()
                .all(|r| r.query.as_deref() == Some("restrict_triggers=workflow")),
            "{req:?}"
        );

        env.faults(Faults {
            expire_tokens: Some(true),
            ..Default::default()
        });
        let r = env.upload_again("crm", Some(LEAD), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(
            env.sandbox.token_requests(),
            2,
            "a 401 INVALID_TOKEN refreshes exactly once"
        );
        assert!(env.requests_to("/crm/").iter().any(|r| r.status == 401));
    }
);

t!(
    zoho_parallel_batch_uses_one_refresh_and_respects_org_concurrency,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        env.faults(Faults {
            delay_ms: Some(150),
            path_prefix: Some("/crm/".into()),
            ..Default::default()
        });
        let files: Vec<_> = (0..12)
            .map(|i| env.copy(JPEG_SMALL, &format!("p{i}.jpg")))
            .collect();
        let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
        let mut c = env.command();
        c.arg("upload")
            .arg("--json")
            .arg("--concurrency")
            .arg("16")
            .args(["--profile", "crm", "--target", LEAD]);
        c.args(&refs);
        let r = env.run_with(c, &[], None).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.lines().len(), 12);
        assert_eq!(env.sandbox.token_requests(), 1, "refresh is single-flight");
        assert!(
            env.requests_to("/crm/").iter().all(|r| r.status != 429),
            "the client stays under the org's concurrency limit"
        );
    }
);

/// Uploads in flight when the access token dies all get 401 with the same
/// token: one refresh serves them all (Zoho blocks a client after 10 token
/// requests in 10 minutes). Run for CRM and Bigin, through the queue runner.
async fn one_refresh_when_the_token_dies_mid_batch(env: Env, kind: &str, target: &str) {
    env.profile("z", kind, &[KEEP]).await;
    let first = env.copy(JPEG_SMALL, "first.jpg");
    let r = env.upload("z", Some(target), &[&first]).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(env.sandbox.token_requests(), 1);
    // The token cached in the keyring is now dead, and the answers to the
    // batch come back spread out (100 ms apart): the first refused upload has
    // refreshed by the time the later ones are refused with the old token.
    env.faults(Faults {
        expire_tokens: Some(true),
        stagger_ms: Some(100),
        path_prefix: Some(format!(
            "/{}/",
            if kind == "zoho-crm" { "crm" } else { "bigin" }
        )),
        ..Default::default()
    });
    let files: Vec<_> = (0..8)
        .map(|i| env.copy(PNG, &format!("p{i}.png")))
        .collect();
    let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
    let r = env
        .upload_with(
            "z",
            Some(target),
            &refs,
            &["--allow-duplicates", "--concurrency", "4"],
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.lines().len(), 8);
    let refused = env
        .requests_to("/")
        .iter()
        .filter(|r| r.status == 401)
        .count();
    assert!(
        refused >= 2,
        "the batch had several uploads refused at once ({refused})"
    );
    assert_eq!(
        env.sandbox.token_requests(),
        2,
        "{refused} uploads refused with one dead token make exactly one refresh"
    );
}

t!(
    zoho_crm_token_death_mid_batch_refreshes_once,
    |env: Env| async move { one_refresh_when_the_token_dies_mid_batch(env, "zoho-crm", LEAD).await }
);

t!(
    zoho_bigin_token_death_mid_batch_refreshes_once,
    |env: Env| async move {
        one_refresh_when_the_token_dies_mid_batch(env, "zoho-bigin", "Contacts/4000000010001").await
    }
);

t!(
    zoho_documented_errors_are_explained,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        // (code, words the message must contain)
        let cases: &[(&str, &str)] = &[
            ("INVALID_MODULE", "module"),
            ("INVALID_URL_PATTERN", "version"),
            ("OAUTH_SCOPE_MISMATCH", "ZohoCRM.modules.leads.CREATE"),
            ("NO_PERMISSION", "administrator"),
            ("AUTHORIZATION_FAILED", "administrator"),
            ("INVALID_DATA", "3000000038009"),
            ("FILE_SIZE_MORE_THAN_ALLOWED_SIZE", "10 MB"),
            ("RECORD_LOCKED", "locked"),
            ("INVALID_REQUEST_METHOD", "version"),
        ];
        for (code, words) in cases {
            env.faults(Faults {
                fail_next: Some(1),
                error_code: Some(code.to_string()),
                path_prefix: Some("/crm/".into()),
                ..Default::default()
            });
            let r = env.upload("crm", Some(LEAD), &[&a]).await;
            assert_eq!(r.code, 1, "{code}: {r:?}");
            let l = r.line_for(&a);
            assert_eq!(l["status"], "failed");
            assert_eq!(l["error"]["code"], *code);
            let msg = l["error"]["message"].as_str().unwrap();
            assert!(
                msg.contains(words),
                "{code}: message lacks '{words}': {msg}"
            );
        }
        // Permanent errors were not retried: one request each.
        assert_eq!(env.requests_to("/crm/").len(), cases.len());
        // INTERNAL_ERROR and 429 are transient: retried until they pass.
        for code in ["INTERNAL_ERROR", "TOO_MANY_REQUESTS"] {
            env.faults(Faults {
                fail_next: Some(1),
                error_code: Some(code.into()),
                path_prefix: Some("/crm/".into()),
                ..Default::default()
            });
            let r = env.upload("crm", Some(LEAD), &[&a]).await;
            assert_eq!(r.code, 0, "{code}: {r:?}");
        }
    }
);

// Zoho CRM v8 answers as Zoho's own OpenAPI description of it says; each
// (status, code) pair gets its own meaning: v8's INVALID_DATA is a wrong file
// type under 415 and a wrong record id under 400.
t!(
    zoho_crm_v8_errors_are_read_by_status_and_code,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &["version=v8"]).await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        // (fault, status, code, kind, words the message must contain)
        let cases: &[(&str, u16, &str, &str, &str)] = &[
            (
                "INVALID_FILE_TYPE",
                415,
                "INVALID_DATA",
                "unsupported_format",
                "file type",
            ),
            (
                "INVALID_DATA",
                400,
                "INVALID_DATA",
                "not_found",
                "no Leads record with id 3000000038009",
            ),
            (
                "FILE_RESOLUTION_EXCEEDS",
                415,
                "FILE_RESOLUTION_EXCEEDS",
                "too_large",
                "16.1 megapixels",
            ),
            (
                "FILE_SIZE_EXCEEDS",
                413,
                "FILE_SIZE_EXCEEDS",
                "too_large",
                "10485760 B",
            ),
            ("NOT_APPROVED", 400, "NOT_APPROVED", "locked", "approval"),
            ("NOT_REVIEWED", 400, "NOT_REVIEWED", "locked", "reviewed"),
            (
                "CANNOT_PERFORM_ACTION",
                400,
                "CANNOT_PERFORM_ACTION",
                "permission",
                "owner",
            ),
            ("RECORD_LOCKED", 400, "RECORD_LOCKED", "locked", "locked"),
            (
                "INVALID_URL_PATTERN",
                400,
                "INVALID_URL_PATTERN",
                "rejected",
                "version=v8",
            ),
        ];
        for (fault, status, code, kind, words) in cases {
            env.faults(Faults {
                fail_next: Some(1),
                error_code: Some(fault.to_string()),
                path_prefix: Some("/crm/v8/".into()),
                ..Default::default()
            });
            let r = env.upload_again("crm", Some(LEAD), &[&a]).await;
            assert_eq!(r.code, 1, "{fault}: {r:?}");
            let e = &r.line_for(&a)["error"];
            assert_eq!(e["status"], *status, "{fault}: {e}");
            assert_eq!(e["code"], *code, "{fault}: {e}");
            assert_eq!(e["kind"], *kind, "{fault}: {e}");
            assert_eq!(e["retryable"], false, "{fault}: {e}");
            let msg = e["message"].as_str().unwrap();
            assert!(
                msg.contains(words),
                "{fault}: message lacks '{words}': {msg}"
            );
        }
        assert_eq!(env.requests_to("/crm/").len(), cases.len(), "none retried");
        // An undocumented pair still says what Zoho said, with its code.
        env.faults(Faults {
            fail_next: Some(1),
            error_code: Some("FILE_SIZE_MORE_THAN_ALLOWED_SIZE".into()),
            path_prefix: Some("/crm/v8/".into()),
            ..Default::default()
        });
        let r = env.upload_again("crm", Some(LEAD), &[&a]).await;
        let e = &r.line_for(&a)["error"];
        assert_eq!(
            e["code"], "SANDBOX_UNDOCUMENTED",
            "v8 does not document the v2 code: {e}"
        );
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("Zoho said: SANDBOX_UNDOCUMENTED"),
            "{e}"
        );
    }
);

t!(zoho_real_refusals_from_the_sandbox, |env: Env| async move {
    env.profile("crm", "zoho-crm", &[]).await;
    let a = env.copy(JPEG_SMALL, "a.jpg");
    let code_for = |r: &Run| {
        r.line_for(&a)["error"]["code"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        code_for(&env.upload("crm", Some("Leads/3000000000001"), &[&a]).await),
        "INVALID_DATA"
    );
    assert_eq!(
        code_for(&env.upload("crm", Some("Leads/3000000099001"), &[&a]).await),
        "RECORD_LOCKED"
    );
    assert_eq!(
        code_for(&env.upload("crm", Some("Leads/3000000099002"), &[&a]).await),
        "NO_PERMISSION"
    );
    // Deals gained photos in v5: INVALID_MODULE on v2, fine on v8.
    assert_eq!(
        code_for(&env.upload("crm", Some("Deals/3000000080001"), &[&a]).await),
        "INVALID_MODULE"
    );
    env.profile_with(
        "crm8",
        "zoho-crm",
        &["version=v8"],
        &default_creds("zoho-crm"),
    )
    .await;
    assert_eq!(
        env.upload("crm8", Some("Deals/3000000080001"), &[&a])
            .await
            .code,
        0
    );
    // A refresh token without the photo scope.
    env.profile_with(
        "noscope",
        "zoho-crm",
        &[],
        &[
            ("client_id", creds::ZOHO_CLIENT_ID),
            ("client_secret", creds::ZOHO_CLIENT_SECRET),
            ("refresh_token", creds::ZOHO_REFRESH_TOKEN_NO_SCOPE),
        ],
    )
    .await;
    let r = env
        .upload("noscope", Some("Contacts/3000000040001"), &[&a])
        .await;
    assert_eq!(code_for(&r), "OAUTH_SCOPE_MISMATCH");
    assert!(r.line_for(&a)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("ZohoCRM.modules.contacts.CREATE"));
    // A wrong refresh token: the user is told to reconnect, and it is not retried in a loop.
    env.profile_with(
        "badrefresh",
        "zoho-crm",
        &[],
        &[
            ("client_id", creds::ZOHO_CLIENT_ID),
            ("client_secret", creds::ZOHO_CLIENT_SECRET),
            ("refresh_token", "1000.revoked"),
        ],
    )
    .await;
    let before = env.sandbox.requests().len();
    let r = env.upload("badrefresh", Some(LEAD), &[&a]).await;
    assert_eq!(code_for(&r), "invalid_code");
    assert!(
        r.all_text().contains("credential sign-in badrefresh"),
        "{r:?}"
    );
    assert_eq!(
        env.sandbox.requests().len() - before,
        1,
        "a refused refresh token is asked once"
    );
    assert_no_secrets("CLI output", &r.all_text());
});

t!(
    zoho_bigin_companies_map_to_accounts_and_size_error_is_415,
    |env: Env| async move {
        env.profile("bigin", "zoho-bigin", &[]).await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        let r = env
            .upload("bigin", Some("Companies/4000000020001"), &[&a])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.line_for(&a)["remote_id"], "Accounts/4000000020001");
        assert_eq!(
            env.sandbox.uploads()[0].path,
            "/bigin/v2/Accounts/4000000020001/photo"
        );
        // Bigin v1's URLs name the module Companies (its document), v2's Accounts;
        // the sandbox takes only each version's own name.
        env.profile("bigin1", "zoho-bigin", &["version=v1"]).await;
        let r = env
            .upload_again("bigin1", Some("Companies/4000000020001"), &[&a])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.line_for(&a)["remote_id"], "Accounts/4000000020001");
        assert_eq!(
            env.sandbox.uploads()[1].path,
            "/bigin/v1/Companies/4000000020001/photo"
        );
        env.faults(Faults {
            fail_next: Some(1),
            error_code: Some("FILE_SIZE_MORE_THAN_ALLOWED_SIZE".into()),
            ..Default::default()
        });
        let r = env
            .upload("bigin", Some("Contacts/4000000010001"), &[&a])
            .await;
        let l = r.line_for(&a);
        assert_eq!(l["error"]["code"], "FILE_SIZE_MORE_THAN_ALLOWED_SIZE");
        assert_eq!(l["error"]["kind"], "too_large");
        // Bigin takes photos only on three modules: refused before anything is sent.
        let r = env
            .upload("bigin", Some("Deals/4000000010001"), &[&a])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
    }
);

t!(
    zoho_grant_code_exchange_and_raw_access_token,
    |env: Env| async move {
        env.profile_with(
            "crm",
            "zoho-crm",
            &[],
            &[
                ("client_id", creds::ZOHO_CLIENT_ID),
                ("client_secret", creds::ZOHO_CLIENT_SECRET),
            ],
        )
        .await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        let r = env.upload("crm", Some(LEAD), &[&a]).await;
        assert_eq!(
            r.code, 2,
            "no refresh token yet is a configuration error: {r:?}"
        );
        assert!(
            r.stderr
                .contains("photodrop credential set crm refresh_token"),
            "{r:?}"
        );
        let bad = env
            .run_stdin(&["credential", "zoho-grant", "crm"], "1000.expired-code")
            .await;
        assert_ne!(bad.code, 0);
        assert!(bad.stderr.contains("grant code"), "{bad:?}");
        let good = env
            .run_stdin(&["credential", "zoho-grant", "crm"], creds::ZOHO_GRANT_CODE)
            .await;
        assert_eq!(good.code, 0, "{good:?}");
        assert_no_secrets("zoho-grant output", &good.all_text());
        assert_eq!(env.upload("crm", Some(LEAD), &[&a]).await.code, 0);

        // A raw access token (from the token endpoint) works on its own.
        let tok: serde_json::Value = zoho_token(&reqwest::Client::new(), &env.url()).await;
        env.profile_with(
            "raw",
            "zoho-crm",
            &[],
            &[("access_token", tok["access_token"].as_str().unwrap())],
        )
        .await;
        assert_eq!(env.upload("raw", Some(LEAD), &[&a]).await.code, 0);
        // Once it expires there is nothing to refresh: the user is told what to do.
        env.faults(Faults {
            expire_tokens: Some(true),
            ..Default::default()
        });
        let r = env.upload_again("raw", Some(LEAD), &[&a]).await;
        assert_eq!(r.line_for(&a)["error"]["code"], "INVALID_TOKEN");
        let err = &r.line_for(&a)["error"];
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains("credential sign-in raw"),
            "{err}"
        );
        assert_eq!(
            err["action"],
            serde_json::json!({"do": "sign_in", "profile": "raw"})
        );
    }
);

t!(
    chakrahq_free_photo_and_process_attachment,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[KEEP]).await;
        let a = env.copy(JPEG_3MB, "site.jpg");
        let r = env.upload("chakra", None, &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let id = r.line_for(&a)["remote_id"].as_str().unwrap().to_string();
        assert!(uuid::Uuid::parse_str(&id).is_ok());
        let u = &env.sandbox.uploads()[0];
        assert_eq!(
            (u.field.as_str(), u.sha256.as_str()),
            ("photo", sha256(&a).as_str())
        );
        assert_eq!(u.fields.get("filename").map(String::as_str), Some("site"));
        assert_eq!(u.fields.get("filetype").map(String::as_str), Some("jpg"));

        let target = "lead/6571a0c0e4b0a1b2c3d4e5f1/site_photo";
        let r = env.upload("chakra", Some(target), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let id = r.line_for(&a)["remote_id"].as_str().unwrap().to_string();
        let p: serde_json::Value = reqwest::Client::new()
            .get(format!(
                "{}/v1/ext/procedure/lead/process/6571a0c0e4b0a1b2c3d4e5f1",
                env.url()
            ))
            .bearer_auth(creds::CHAKRA_TOKEN)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(p["_data"]["data"]["site_photo"], id.as_str());
        // A bad process: the photo is uploaded, the message says it is not attached.
        let r = env
            .upload(
                "chakra",
                Some("lead/000000000000000000000000/site_photo"),
                &[&a],
            )
            .await;
        assert_eq!(r.code, 1);
        let msg = r.line_for(&a)["error"]["message"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(msg.contains("was uploaded but not attached"), "{msg}");
    }
);

t!(
    chakrahq_retries_reuse_the_photo_id_so_nothing_is_duplicated,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[KEEP]).await;
        let a = env.copy(JPEG_3MB, "a.jpg");
        let b = env.copy(JPEG_3MB, "b.jpg");
        // Connection reset half-way through the body, then 503 with Retry-After.
        env.faults(Faults {
            reset_next: Some(1),
            reset_after_bytes: Some(1_000_000),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        let r = env.upload("chakra", None, &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        env.faults(Faults {
            fail_next: Some(2),
            status: Some(503),
            retry_after: Some(1),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        let t0 = Instant::now();
        let r = env.upload_again("chakra", None, &[&b]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert!(
            t0.elapsed().as_secs_f64() >= 2.0,
            "Retry-After: 1 was honoured twice"
        );
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 2, "one photo per file");
        for u in &ups {
            assert_eq!(u.sha256, sha256(&a));
            let posts: Vec<_> = env
                .requests_to("/v1/ext/photo/")
                .into_iter()
                .filter(|r| r.method == "POST" && r.path.ends_with(&u.remote_id))
                .collect();
            assert!(posts.len() >= 2, "retried under the same id: {posts:?}");
        }
        assert!(env
            .requests_to("/v1/ext/photo/")
            .iter()
            .any(|r| r.fault.as_deref() == Some("reset")));
    }
);

t!(
    capillary_basic_auth_and_deterministic_names,
    |env: Env| async move {
        env.profile("cap", "capillary", &[KEEP]).await;
        let a = env.copy(JPEG_SMALL, "Shop front (1).jpg");
        let r = env.upload("cap", None, &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let l = r.line_for(&a);
        assert!(l["url"].as_str().unwrap().contains("X-Amz-Expires=3600"));
        let hash = sha256(&a);
        let expect = format!(
            "/api_gateway/file-service/rewards/Shop_front__1-{}.jpg",
            &hash[..16]
        );
        let u = &env.sandbox.uploads()[0];
        assert_eq!(u.path, expect);
        assert_eq!(
            (u.field.as_str(), u.sha256.as_str()),
            ("file", hash.as_str())
        );
        assert_eq!(l["remote_id"], u.remote_id.as_str());
        // Same file again: same object name (a retry or re-run cannot make a second file).
        assert_eq!(
            env.upload_again("cap", Some("rewards"), &[&a]).await.code,
            0
        );
        assert_eq!(env.sandbox.uploads()[1].path, expect);
        // Wrong password: clear message, not retried.
        env.profile_with(
            "capbad",
            "capillary",
            &[],
            &[("username", creds::CAPILLARY_USER), ("password", "nope")],
        )
        .await;
        let before = env.requests_to("/api_gateway").len();
        let r = env.upload("capbad", None, &[&a]).await;
        assert_eq!(r.code, 1);
        assert!(r.line_for(&a)["error"]["message"]
            .as_str()
            .unwrap()
            .contains("password"));
        assert_eq!(env.requests_to("/api_gateway").len() - before, 1);
        // Unknown namespace.
        let r = env.upload("cap", Some("nosuchspace"), &[&a]).await;
        assert_eq!(r.line_for(&a)["error"]["kind"], "not_found");
    }
);

// Capillary answers success with a 0-byte placeholder when the photo's part is
// missing or named differently (its document says so; the sandbox does it):
// PhotoDrop checks the stored size and name and never calls that "uploaded".
t!(
    capillary_placeholder_is_never_reported_as_uploaded,
    |env: Env| async move {
        env.profile("capx", "capillary", &[KEEP, "file_field=image"])
            .await;
        let a = env.copy(JPEG_SMALL, "front.jpg");
        let r = env.upload("capx", None, &[&a]).await;
        assert_eq!(r.code, 1, "{r:?}");
        let l = r.line_for(&a);
        assert_ne!(l["status"], "uploaded", "{l}");
        assert_eq!(l["error"]["code"], "UPLOAD_NOT_STORED", "{l}");
        let msg = l["error"]["message"].as_str().unwrap();
        assert!(
            msg.contains("stored 0 bytes") && msg.contains("file_field"),
            "{msg}"
        );
        // The sandbox did what the service does: a success with an empty object.
        let u = &env.sandbox.uploads()[0];
        assert_eq!((u.size, u.field.as_str()), (0, ""));
        // With the right field the same file goes through and the check passes.
        env.profile("cap", "capillary", &[KEEP]).await;
        let r = env.upload_again("cap", None, &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
    }
);

t!(
    capillary_oauth_with_configurable_header,
    |env: Env| async move {
        env.profile_with(
            "capo",
            "capillary",
            &["oauth_header=CAP-API-ACCESS-TOKEN"],
            &[
                ("oauth_key", creds::CAPILLARY_KEY),
                ("oauth_secret", creds::CAPILLARY_SECRET),
            ],
        )
        .await;
        let a = env.copy(PNG, "a.png");
        let b = env.copy(JPEG_SMALL, "b.jpg");
        let r = env.upload("capo", None, &[&a, &b]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(env.sandbox.token_requests(), 1);
        assert!(env
            .requests_to("/api_gateway")
            .iter()
            .all(|r| r.auth.as_deref() == Some("cap-api-access-token")));
        // A 401 on the file service (token expired or revoked): a new token is generated once.
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(401),
            path_prefix: Some("/api_gateway".into()),
            ..Default::default()
        });
        let r = env.upload_again("capo", None, &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(
            env.sandbox.token_requests(),
            3,
            "first token + a fresh one after the 401"
        );
    }
);

t!(
    questionpro_key_in_header_never_in_url,
    |env: Env| async move {
        env.profile("qp", "questionpro", &[KEEP]).await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        let r = env.upload("qp", Some("1234567"), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let l = r.line_for(&a);
        assert!(l["remote_id"].as_str().unwrap().parse::<u64>().is_ok());
        assert!(l["url"].as_str().unwrap().starts_with(&env.url()));
        let reqs = env.requests_to("/a/api/");
        assert!(
            reqs.iter()
                .all(|r| r.query.is_none() && r.auth.as_deref() == Some("api-key")),
            "{reqs:?}"
        );
        assert_eq!(env.sandbox.uploads()[0].sha256, sha256(&a));
        // Unknown user, wrong key.
        assert_eq!(
            env.upload("qp", Some("999"), &[&a]).await.line_for(&a)["error"]["kind"],
            "not_found"
        );
        env.profile_with("qpbad", "questionpro", &[], &[("api_key", "wrong-key-123")])
            .await;
        let r = env.upload("qpbad", Some("1234567"), &[&a]).await;
        let e = &r.line_for(&a)["error"];
        assert_eq!(e["code"], "UNAUTHORIZED_1010");
        assert!(e["message"].as_str().unwrap().contains("api_key"));
        assert!(!r.all_text().contains("wrong-key-123"));
    }
);

// QuestionPro: a used-up call allowance (429, id 1013, no Retry-After) stops
// the file with what to do; the per-minute limit (429 with Retry-After) passes.
t!(
    questionpro_quota_and_rate_limit_are_told_apart,
    |env: Env| async move {
        env.profile("qp", "questionpro", &[KEEP]).await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(429),
            error_code: Some("1013".into()),
            path_prefix: Some("/a/api/".into()),
            ..Default::default()
        });
        let r = env.upload("qp", Some("1234567"), &[&a]).await;
        let e = &r.line_for(&a)["error"];
        assert_eq!(e["kind"], "quota_exhausted", "{e}");
        assert!(e["message"].as_str().unwrap().contains("admin"), "{e}");
        assert_eq!(env.requests_to("/a/api/").len(), 1, "not retried");
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(429),
            retry_after: Some(1),
            path_prefix: Some("/a/api/".into()),
            ..Default::default()
        });
        let r = env.upload_again("qp", Some("1234567"), &[&a]).await;
        assert_eq!(r.code, 0, "the per-minute limit passes: {r:?}");
    }
);

t!(
    questionpro_ambiguous_failures_are_not_repeated,
    |env: Env| async move {
        env.profile("qp", "questionpro", &[]).await;
        let a = env.copy(JPEG_3MB, "a.jpg");
        // A 500 after the whole file was sent: PhotoDrop looks at the user's
        // images first; none of that size, so it is sent again.
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(500),
            path_prefix: Some("/a/api/".into()),
            ..Default::default()
        });
        let r = env.upload("qp", Some("1234567"), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let posts = |env: &Env| {
            env.requests_to("/a/api/")
                .iter()
                .filter(|r| r.method == "POST")
                .count()
        };
        assert_eq!(posts(&env), 2);
        assert_eq!(env.sandbox.uploads().len(), 1);
        // Stored, then the answer lost: an image of that size is there, but
        // QuestionPro's list cannot say it is this one: the person decides.
        env.faults(Faults {
            lose_answer_next: Some(1),
            path_prefix: Some("/a/api/".into()),
            ..Default::default()
        });
        let r = env.upload_again("qp", Some("1234567"), &[&a]).await;
        assert_eq!(r.code, 1, "{r:?}");
        let e = &r.line_for(&a)["error"];
        assert_eq!(e["code"], "UPLOAD_UNCONFIRMED");
        assert_eq!(e["kind"], "ambiguous");
        assert!(e["message"].as_str().unwrap().contains("looked"), "{e}");
        assert_eq!(posts(&env), 3, "not sent again");
        assert_eq!(env.sandbox.uploads().len(), 2);
        // 503 + Retry-After (not processed) and a reset before the body was sent: retried, one image.
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(503),
            retry_after: Some(1),
            path_prefix: Some("/a/api/".into()),
            ..Default::default()
        });
        assert_eq!(env.upload_again("qp", Some("1234567"), &[&a]).await.code, 0);
        // The file must be much larger than loopback socket buffers (a few MB): otherwise the
        // whole body may already sit in the kernel when the reset comes, which is rightly ambiguous.
        let big = env.copy(JPEG_3MB, "big.jpg");
        {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new().append(true).open(&big).unwrap();
            f.write_all(&vec![0u8; 24 << 20]).unwrap();
        }
        env.faults(Faults {
            reset_next: Some(1),
            reset_after_bytes: Some(100_000),
            path_prefix: Some("/a/api/".into()),
            ..Default::default()
        });
        let r = env.upload("qp", Some("1234567"), &[&big]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(env.sandbox.uploads().len(), 4);
    }
);

t!(
    bad_files_get_clear_errors_and_nothing_is_sent,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let missing = env.path("missing.jpg");
        let dir = env.path("folder");
        std::fs::create_dir(&dir).unwrap();
        let text = env.write("notes.jpg", b"this is a shopping list, not a photo\n");
        let pdf = env.write("scan.png", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
        let empty = env.write("empty.jpg", b"");
        let r = env
            .upload("chakra", None, &[&missing, &dir, &text, &pdf, &empty])
            .await;
        assert_eq!(r.code, 1, "{r:?}");
        let expect = [
            (&missing, "FILE_NOT_FOUND", "no such file"),
            (&dir, "IS_A_DIRECTORY", "folder"),
            (&text, "NOT_AN_IMAGE", "a text file"),
            (&pdf, "NOT_AN_IMAGE", "a PDF document"),
            (&empty, "NOT_AN_IMAGE", "an empty file"),
        ];
        for (f, code, words) in expect {
            let l = r.line_for(f);
            assert_eq!(l["status"], "failed");
            assert_eq!(l["error"]["code"], code);
            let msg = l["error"]["message"].as_str().unwrap();
            assert!(
                msg.contains(&f.display().to_string()) && msg.contains(words),
                "{msg}"
            );
        }
        assert!(
            env.sandbox.requests().is_empty(),
            "nothing may be sent for bad files"
        );
        // Zoho with fitting turned off: a WebP and an over-size photo are refused before sending.
        env.profile("crm", "zoho-crm", &["fit=refuse"]).await;
        let webp = env.copy("webp/denali.webp", "x.webp");
        let big = env.copy("jpeg-L/Canon_EOS_5D.jpg", "big.jpg");
        let r = env.upload("crm", Some(LEAD), &[&webp, &big]).await;
        assert_eq!(r.line_for(&webp)["error"]["code"], "UNSUPPORTED_FORMAT");
        assert_eq!(r.line_for(&big)["error"]["code"], "TOO_MANY_PIXELS");
        assert!(env.requests_to("/crm/").is_empty());
    }
);

t!(
    configuration_errors_exit_2_and_say_what_to_do,
    |env: Env| async move {
        let a = env.copy(JPEG_SMALL, "a.jpg");
        let a_s = a.display().to_string();
        let r = env.run(&["upload", "--profile", "nope", &a_s]).await;
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("photodrop profile add nope"), "{r:?}");
        let r = env
            .run(&["profile", "add", "x", "--provider", "dropbox"])
            .await;
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("zoho-crm"), "{r:?}");
        let r = env
            .run(&[
                "profile",
                "add",
                "x",
                "--provider",
                "chakrahq",
                "--base-url",
                "http://example.com",
            ])
            .await;
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("https"), "{r:?}");
        let r = env
            .run(&[
                "profile",
                "add",
                "x",
                "--provider",
                "chakrahq",
                "--set",
                "token=abc",
            ])
            .await;
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("credential set x token"), "{r:?}");
        env.ok(&[
            "profile",
            "add",
            "c",
            "--provider",
            "chakrahq",
            "--base-url",
            &env.url(),
        ])
        .await;
        let r = env.run(&["upload", "--profile", "c", &a_s]).await;
        assert_eq!(r.code, 2);
        assert!(
            r.stderr.contains("photodrop credential set c token"),
            "{r:?}"
        );
        assert!(r.stderr.contains("PHOTODROP_SECRET_C_TOKEN"), "{r:?}");
        env.profile("crm", "zoho-crm", &[]).await;
        for bad in ["Leads", "Leads/abc", "Le ads/123"] {
            let r = env
                .run(&["upload", "--profile", "crm", "--target", bad, &a_s])
                .await;
            assert_eq!(r.code, 2, "{bad}: {r:?}");
        }
        assert_eq!(
            env.run(&["upload", "--profile", "crm"]).await.code,
            2,
            "no files is a usage error"
        );
        assert!(env.sandbox.requests().is_empty());
    }
);

t!(
    environment_secrets_work_without_the_keyring,
    |env: Env| async move {
        env.ok(&[
            "profile",
            "add",
            "ci-chakra",
            "--provider",
            "chakrahq",
            "--base-url",
            &env.url(),
        ])
        .await;
        let a = env.copy(JPEG_SMALL, "a.jpg");
        let mut c = env.command();
        c.env("PHOTODROP_SECRET_CI_CHAKRA_TOKEN", creds::CHAKRA_TOKEN);
        let r = env
            .run_with(
                c,
                &[
                    "upload",
                    "--json",
                    "--profile",
                    "ci-chakra",
                    &a.display().to_string(),
                ],
                None,
            )
            .await;
        assert_eq!(r.code, 0, "{r:?}");
    }
);

t!(
    secrets_never_reach_files_urls_or_output,
    |env: Env| async move {
        let a = env.copy(JPEG_SMALL, "a.jpg");
        let mut out = String::new();
        for (name, kind, target) in [
            ("z", "zoho-crm", Some(LEAD)),
            ("c", "chakrahq", None),
            ("k", "capillary", None),
            ("q", "questionpro", Some("1234567")),
        ] {
            env.profile(name, kind, &[]).await;
            let r = env.upload(name, target, &[&a]).await;
            assert_eq!(r.code, 0, "{kind}: {r:?}");
            out.push_str(&r.all_text());
            out.push_str(&env.ok(&["profile", "list", "--json"]).await.all_text());
        }
        assert_no_secrets("CLI output", &out);
        for entry in walk(env.dir.path()) {
            if entry.extension().is_some_and(|e| e == "jpg") {
                continue;
            }
            let text =
                String::from_utf8_lossy(&std::fs::read(&entry).unwrap_or_default()).into_owned();
            assert_no_secrets(&entry.display().to_string(), &text);
        }
        for r in env.sandbox.requests() {
            assert_no_secrets(
                "a request URL",
                &format!("{}?{}", r.path, r.query.unwrap_or_default()),
            );
        }
        let list = env.ok(&["profile", "list", "--json"]).await;
        assert!(list.lines().iter().all(|p| p["ready"] == true));
    }
);

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

t!(
    zoho_refusal_of_the_file_itself_is_not_blamed_on_the_record,
    |env: Env| async move {
        // Bypass pre-flight with a raw multipart request is not possible through the CLI, so
        // check the sandbox's own strictness directly: a WebP sent to Zoho is refused.
        env.profile("crm", "zoho-crm", &[]).await;
        let tok: serde_json::Value = zoho_token(&reqwest::Client::new(), &env.url()).await;
        let webp = std::fs::read(corpus("webp/denali.webp")).unwrap();
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(webp).file_name("x.webp"),
        );
        let resp = reqwest::Client::new()
            .post(format!("{}/crm/v2/{LEAD}/photo", env.url()))
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", tok["access_token"].as_str().unwrap()),
            )
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 400);
        let v: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(v["code"], "INVALID_DATA");
        assert_eq!(v["details"]["param"], "file");
        // A wrong field name is refused too.
        let form = reqwest::multipart::Form::new().part(
            "photo",
            reqwest::multipart::Part::bytes(std::fs::read(corpus(JPEG_SMALL)).unwrap())
                .file_name("a.jpg"),
        );
        let resp = reqwest::Client::new()
            .post(format!("{}/crm/v2/{LEAD}/photo", env.url()))
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", tok["access_token"].as_str().unwrap()),
            )
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 400);
        assert!(env.sandbox.uploads().is_empty());
    }
);

t!(
    zoho_attachments_take_many_photos_at_full_size,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[KEEP]).await;
        let big = env.copy("jpeg-XL/Issue_266.jpg", "big.jpg"); // 22 MP: too many for the photo
        let a = env.copy(JPEG_3MB, "front.jpg");
        let b = env.copy(PNG, "logo.png");
        let target = format!("{LEAD}/attachments");
        let r = env.upload("crm", Some(&target), &[&big, &a, &b]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let mut ids = std::collections::HashSet::new();
        for f in [&big, &a, &b] {
            let l = r.line_for(f);
            assert_eq!(l["status"], "uploaded", "{l}");
            assert_eq!(l["target"], format!("{LEAD}/Attachments"));
            assert_eq!(l["url"], format!("{}/crm/tab/{LEAD}", env.url()));
            assert_eq!(
                l["prepared"]["resized"], false,
                "attachments go at full size"
            );
            ids.insert(l["remote_id"].as_str().unwrap().to_string());
        }
        assert_eq!(ids.len(), 3, "each photo is its own attachment");
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 3);
        for f in [&big, &a, &b] {
            let name = f.file_name().unwrap().to_str().unwrap();
            let u = ups.iter().find(|u| u.file_name == name).expect("arrived");
            assert_eq!(u.sha256, sha256(f), "{name} arrived changed");
            assert_eq!(u.path, format!("/crm/v2/{LEAD}/Attachments"));
        }
        // The record's photo was not touched, and the record page lists them.
        assert!(env
            .requests_to("/crm/v2/Leads/3000000038009/photo")
            .is_empty());
        let page = reqwest::get(format!("{}/crm/tab/{LEAD}", env.url()))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("big.jpg") && page.contains("logo.png"),
            "{page}"
        );
    }
);

// Attachments are not idempotent: when the answer to one is lost, PhotoDrop
// looks at the record's attachments before anything is sent again.
t!(
    zoho_attachment_with_a_lost_answer_is_looked_for_before_a_repeat,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[KEEP]).await;
        let target = format!("{LEAD}/Attachments");
        let att = "/crm/v2/Leads/3000000038009/Attachments";
        let posts = |env: &Env| {
            env.requests_to(att)
                .iter()
                .filter(|r| r.method == "POST")
                .count()
        };
        let stored = |env: &Env| {
            env.sandbox
                .uploads()
                .iter()
                .filter(|u| u.path == att)
                .count()
        };
        // 1. Stored, then the answer is lost: found in the list, done, not sent again.
        let a = env.copy(JPEG_3MB, "a.jpg");
        env.faults(Faults {
            lose_answer_next: Some(1),
            path_prefix: Some(att.into()),
            ..Default::default()
        });
        let r = env.upload("crm", Some(&target), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let l = r.line_for(&a);
        assert_eq!(l["status"], "uploaded", "{l}");
        assert_eq!((posts(&env), stored(&env)), (1, 1), "not sent twice");
        assert!(
            env.requests_to(att).iter().any(|r| r.method == "GET"),
            "it looked"
        );
        let remote = l["remote_id"].as_str().unwrap().to_string();
        assert!(
            remote.parse::<u64>().is_ok(),
            "the attachment's id: {remote}"
        );
        // 2. A 500 after the whole file was sent, nothing stored: not in the list, so sent again.
        let b = env.copy(PNG, "b.png");
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(500),
            path_prefix: Some(att.into()),
            ..Default::default()
        });
        let r = env.upload("crm", Some(&target), &[&b]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(
            (posts(&env), stored(&env)),
            (3, 2),
            "sent again once, stored once"
        );
        // 3. The list cannot be read either: the person decides, told what was checked.
        let c = env.copy(JPEG_SMALL, "c.jpg");
        env.faults(Faults {
            fail_next: Some(2),
            status: Some(500),
            path_prefix: Some(att.into()),
            ..Default::default()
        });
        let r = env.upload("crm", Some(&target), &[&c]).await;
        assert_eq!(r.code, 1, "{r:?}");
        let e = &r.line_for(&c)["error"];
        assert_eq!(e["code"], "UPLOAD_UNCONFIRMED", "{e}");
        assert!(
            e["message"].as_str().unwrap().contains("could not look"),
            "{e}"
        );
        assert_eq!(posts(&env), 4, "not repeated blindly");
        // The record photo (one slot, last write wins) is retried as before.
        env.faults(Faults {
            fail_next: Some(1),
            status: Some(500),
            path_prefix: Some("/crm/v2/Leads/3000000038009/photo".into()),
            ..Default::default()
        });
        let r = env.upload_again("crm", Some(LEAD), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
    }
);

t!(
    chakrahq_process_picker_finds_procedures_processes_and_photo_slots,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        // Procedures with their photo attributes, from GET /v1/ext/config.
        let kinds = env
            .ok(&["search", "--profile", "chakra", "--json"])
            .await
            .lines();
        let lead = kinds
            .iter()
            .find(|k| k["id"] == "lead")
            .expect("lead procedure");
        let slots: Vec<&str> = lead["slots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            slots,
            ["site_photo", "owner_photo"],
            "only photo attributes"
        );
        assert!(kinds.iter().any(|k| k["id"] == "fieldvisit"));
        // A process by its text attributes (the process list query with `or`).
        let hits = env
            .ok(&["search", "--profile", "chakra", "--json", "lead", "harbour"])
            .await
            .lines();
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!(hits[0]["target"], "lead/6571a0c0e4b0a1b2c3d4e5f1");
        assert_eq!(hits[0]["name"], "Harbour Road 5");
        let visit = env
            .ok(&[
                "search",
                "--profile",
                "chakra",
                "--json",
                "fieldvisit",
                "2026-11",
            ])
            .await
            .lines();
        assert_eq!(visit[0]["target"], "fieldvisit/6571a0c0e4b0a1b2c3d4e6a1");
        // No query: the latest processes.
        let all = env
            .ok(&["search", "--profile", "chakra", "--json", "lead"])
            .await
            .lines();
        assert_eq!(all.len(), 2);
        let none = env
            .ok(&["search", "--profile", "chakra", "lead", "nowhere"])
            .await;
        assert!(none.stdout.contains("No lead record matches"), "{none:?}");
        let bad = env
            .run(&["search", "--profile", "chakra", "ticket", "x"])
            .await;
        assert_ne!(bad.code, 0);
        assert!(bad.all_text().contains("no procedure 'ticket'"), "{bad:?}");
        let body: Vec<_> = env
            .requests_to("/v1/ext/procedure/lead/process/list")
            .into_iter()
            .collect();
        assert!(!body.is_empty());
        // The picked hit plus a slot is a target that uploads.
        let a = env.copy(JPEG_SMALL, "site.jpg");
        let target = format!("{}/site_photo", hits[0]["target"].as_str().unwrap());
        let r = env.upload("chakra", Some(&target), &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
    }
);

t!(
    zoho_modules_are_listed_for_the_picker,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let kinds = env
            .ok(&["search", "--profile", "crm", "--json"])
            .await
            .lines();
        let ids: Vec<&str> = kinds.iter().map(|k| k["id"].as_str().unwrap()).collect();
        assert_eq!(
            ids,
            ["Leads", "Contacts", "Accounts", "Products", "Vendors"],
            "no Deals before v5"
        );
        env.profile("crm8", "zoho-crm", &["version=v8"]).await;
        let kinds = env
            .ok(&["search", "--profile", "crm8", "--json"])
            .await
            .lines();
        assert!(kinds.iter().any(|k| k["id"] == "Deals"));
        env.profile("bigin", "zoho-bigin", &[]).await;
        let kinds = env
            .ok(&["search", "--profile", "bigin", "--json"])
            .await
            .lines();
        let names: Vec<&str> = kinds.iter().map(|k| k["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["Contacts", "Companies", "Products"]);
    }
);

/// `photodrop sandbox` stopped the way scripts stop it (SIGTERM) removes the
/// folder where it kept what was uploaded, and a reset empties it: benchmark
/// rounds of gigabytes must not fill the disk.
#[cfg(unix)]
#[tokio::test]
async fn the_sandbox_cleans_up_what_it_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_photodrop"))
        .args(["sandbox", "--port", &port.to_string()])
        .env("TMPDIR", tmp.path())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stores = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect()
    };
    wait_for(20, "the sandbox's store", || stores().len() == 1).await;
    let store = stores().remove(0);
    let url = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    for _ in 0..100 {
        if http.get(format!("{url}/__sandbox")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let photo = reqwest::multipart::Part::bytes(jpeg_bytes(1))
        .file_name("a.jpg")
        .mime_str("image/jpeg")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .part("photo", photo)
        .text("filename", "a")
        .text("filetype", "jpg");
    let r = http
        .post(format!(
            "{url}/v1/ext/photo/11111111-2222-3333-4444-555555555555"
        ))
        .bearer_auth(photodrop::sandbox::creds::CHAKRA_TOKEN)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{r:?}");
    assert_eq!(
        std::fs::read_dir(&store).unwrap().count(),
        1,
        "the upload is kept"
    );
    http.post(format!("{url}/__sandbox/reset"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        std::fs::read_dir(&store).unwrap().count(),
        0,
        "a reset forgets it"
    );
    let kill = std::process::Command::new("kill")
        .arg(child.id().unwrap().to_string())
        .status()
        .unwrap();
    assert!(kill.success());
    let status = child.wait().await.unwrap();
    assert!(status.success(), "{status:?}");
    assert!(!store.exists(), "{} left behind", store.display());
}
