//! The durable queue, end to end: the real CLI killed with SIGKILL and
//! resumed, sandbox faults during a batch, duplicates, history, retry.

#[macro_use]
mod common;

use common::*;
use photodrop::sandbox::{creds, Faults};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// Run `photodrop upload ARGS FILES` and SIGKILL it once the sandbox has `uploads` uploads.
async fn upload_killed_after(env: &Env, args: &[&str], files: &[PathBuf], uploads: usize) {
    let mut c = env.command();
    c.arg("upload").args(args).args(files);
    let mut child = c.spawn().unwrap();
    wait_for(60, "some uploads before the kill", || {
        env.sandbox.uploads().len() >= uploads
    })
    .await;
    child.start_kill().unwrap(); // SIGKILL
    child.wait().await.unwrap();
}

/// file name → the set of ChakraHQ photo ids it arrived under.
fn ids_by_name(env: &Env) -> BTreeMap<String, BTreeSet<String>> {
    let mut m: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for u in env.sandbox.uploads() {
        m.entry(u.file_name.clone())
            .or_default()
            .insert(u.remote_id.clone());
    }
    m
}

t!(
    kill_9_mid_batch_then_resume_delivers_every_photo_once,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let files: Vec<PathBuf> = (0..30)
            .map(|i| env.jpeg(&format!("p{i:02}.jpg"), i))
            .collect();
        // A slow service, so the kill lands while uploads are in flight.
        env.faults(Faults {
            delay_ms: Some(400),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        upload_killed_after(&env, &["--json", "--profile", "chakra"], &files, 6).await;
        let before = env.sandbox.uploads().len();
        assert!(
            before < 30,
            "the kill came too late to test anything ({before} uploads)"
        );

        let list = env.ok(&["queue", "list", "--json"]).await;
        let unfinished = json_lines(&list.stdout);
        assert!(
            !unfinished.is_empty(),
            "the killed batch left no jobs: {list:?}"
        );

        env.faults(Faults {
            delay_ms: Some(0),
            ..Default::default()
        });
        let r = env.run(&["queue", "resume", "--json"]).await;
        assert_eq!(r.code, 0, "{r:?}");

        let by_name = ids_by_name(&env);
        assert_eq!(by_name.len(), 30, "every photo arrives: {by_name:?}");
        for (name, ids) in &by_name {
            assert_eq!(
                ids.len(),
                1,
                "{name} arrived under two ChakraHQ ids: {ids:?}"
            );
        }
        // What arrived is complete.
        let by_sha = env.arrived_hashes();
        for f in &files {
            assert!(
                by_sha.contains(&sha256(f)),
                "{} arrived damaged",
                f.display()
            );
        }
        let h = env.ok(&["history", "--json", "--limit", "100"]).await;
        let rows = json_lines(&h.stdout);
        assert_eq!(rows.len(), 30, "{h:?}");
        assert!(
            rows.iter()
                .all(|r| r["state"] == "done" && r["remote_id"].is_string()),
            "{h:?}"
        );
        assert!(json_lines(&env.ok(&["queue", "list", "--json"]).await.stdout).is_empty());
        // Nothing left to do: resume is a quick no-op.
        assert_eq!(env.run(&["queue", "resume"]).await.code, 0);
    }
);

t!(
    a_batch_survives_503s_resets_and_429_with_retry_after,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let files: Vec<PathBuf> = (0..12)
            .map(|i| env.jpeg(&format!("f{i}.jpg"), 100 + i))
            .collect();
        let refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
        env.faults(Faults {
            fail_next: Some(6),
            status: Some(503),
            reset_next: Some(3),
            reset_after_bytes: Some(500),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        let r = env.upload("chakra", None, &refs).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert!(r.lines().iter().all(|l| l["status"] == "uploaded"), "{r:?}");

        let more: Vec<PathBuf> = (0..6)
            .map(|i| env.jpeg(&format!("g{i}.jpg"), 200 + i))
            .collect();
        let refs: Vec<&std::path::Path> = more.iter().map(|p| p.as_path()).collect();
        env.faults(Faults {
            fail_next: Some(3),
            status: Some(429),
            retry_after: Some(1),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        let t0 = std::time::Instant::now();
        let r = env.upload("chakra", None, &refs).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert!(
            t0.elapsed().as_millis() >= 1000,
            "Retry-After was not honoured"
        );
        let by_name = ids_by_name(&env);
        assert_eq!(by_name.len(), 18);
        assert!(by_name.values().all(|ids| ids.len() == 1), "{by_name:?}");

        // An outage (every request 503 for a while) during a batch: it all arrives.
        let later: Vec<PathBuf> = (0..8)
            .map(|i| env.jpeg(&format!("h{i}.jpg"), 400 + i))
            .collect();
        let refs: Vec<&std::path::Path> = later.iter().map(|p| p.as_path()).collect();
        env.faults(Faults {
            fail_for_secs: Some(8),
            status: Some(503),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        let r = env.upload("chakra", None, &refs).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(ids_by_name(&env).len(), 26);

        // A longer outage than `upload` waits for: the files stay queued (exit 1,
        // saying so), and `queue resume` delivers them once the service is back.
        let last = env.jpeg("last.jpg", 500);
        env.faults(Faults {
            fail_for_secs: Some(6),
            status: Some(503),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        let r = env
            .upload_with("chakra", None, &[&last], &["--retry-for", "2"])
            .await;
        assert_eq!(r.code, 1, "{r:?}");
        let l = r.line_for(&last);
        assert_eq!(l["state"], "waiting-retry", "{l}");
        assert!(
            l["error"]["message"]
                .as_str()
                .unwrap()
                .contains("queue resume"),
            "{l}"
        );
        assert_eq!(env.run(&["queue", "resume"]).await.code, 0);
        assert_eq!(ids_by_name(&env).len(), 27);
    }
);

t!(
    permanent_errors_need_attention_and_retry_finishes_them,
    |env: Env| async move {
        env.profile_with("chakra", "chakrahq", &[], &[("token", "not-the-token")])
            .await;
        let a = env.jpeg("a.jpg", 1);
        let b = env.jpeg("b.jpg", 2);
        let r = env.upload("chakra", None, &[&a, &b]).await;
        assert_eq!(r.code, 1, "{r:?}");
        let l = r.line_for(&a);
        assert_eq!(l["status"], "failed");
        assert_eq!(l["state"], "needs-attention");
        assert!(l["job_id"].is_i64());
        assert!(
            l["error"]["message"]
                .as_str()
                .unwrap()
                .contains("photodrop credential set chakra token"),
            "{l}"
        );
        // Listed as unfinished, with the reason.
        let list = json_lines(&env.ok(&["queue", "list", "--json"]).await.stdout);
        assert_eq!(list.len(), 2);
        assert!(list
            .iter()
            .all(|j| j["state"] == "needs-attention" && j["error"]["code"].is_string()));
        // resume does not loop on them: it stops and says so (exit 1).
        assert_eq!(env.run(&["queue", "resume"]).await.code, 1);

        // Fix the credential, retry one by id and the rest with --all.
        let r = env
            .run_stdin(
                &["credential", "set", "chakra", "token"],
                creds::CHAKRA_TOKEN,
            )
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        let id = l["job_id"].as_i64().unwrap().to_string();
        let r = env.run(&["retry", &id, "--json"]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(json_lines(&r.stdout)[0]["status"], "uploaded");
        let r = env.run(&["retry", "--all", "--json"]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(env.sandbox.uploads().len(), 2);
        assert!(json_lines(&env.ok(&["queue", "list", "--json"]).await.stdout).is_empty());
        // Retrying a finished job is refused with a reason.
        let r = env.run(&["retry", &id]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stderr.contains("done already"), "{r:?}");
    }
);

t!(
    same_content_on_the_same_target_is_reported_not_sent_again,
    |env: Env| async move {
        env.profile("qp", "questionpro", &[]).await;
        let a = env.jpeg("a.jpg", 7);
        let copy = env.path("copy-of-a.jpg");
        std::fs::copy(&a, &copy).unwrap();
        let first = env.upload("qp", Some("1234567"), &[&a]).await;
        assert_eq!(first.code, 0, "{first:?}");
        let first = first.line_for(&a);

        // Same content under another name, same user: reported, exit 0.
        let r = env.upload("qp", Some("1234567"), &[&copy]).await;
        assert_eq!(r.code, 0, "{r:?}");
        let l = r.line_for(&copy);
        assert_eq!(l["status"], "duplicate", "{l}");
        assert!(
            l["message"]
                .as_str()
                .unwrap()
                .contains("already attached to 1234567"),
            "{l}"
        );
        assert_eq!(l["remote_id"], first["remote_id"]);
        assert_eq!(env.sandbox.uploads().len(), 1);
        let text = env
            .run(&["upload", "--profile", "qp", "--target", "1234567"])
            .await;
        assert_eq!(text.code, 2, "no files is a usage error");
        let human = env
            .run(&[
                "upload",
                "--profile",
                "qp",
                "--target",
                "1234567",
                copy.to_str().unwrap(),
            ])
            .await;
        assert!(
            human.stdout.contains("already attached to 1234567 on 20"),
            "{human:?}"
        );

        // Another target is not a duplicate; --allow-duplicates sends it anyway.
        assert_eq!(
            env.upload("qp", Some("7654321"), &[&a]).await.line_for(&a)["status"],
            "uploaded"
        );
        assert_eq!(
            env.upload_again("qp", Some("1234567"), &[&a])
                .await
                .line_for(&a)["status"],
            "uploaded"
        );
        assert_eq!(env.sandbox.uploads().len(), 3);

        // The profile setting allows duplicates too.
        env.ok(&[
            "profile",
            "add",
            "qp",
            "--provider",
            "questionpro",
            "--base-url",
            &env.url(),
            "--set",
            "duplicates=allow",
            "--replace",
        ])
        .await;
        assert_eq!(
            env.upload("qp", Some("1234567"), &[&a]).await.line_for(&a)["status"],
            "uploaded"
        );

        // History: newest first, every finished job, with the preparation and link.
        let h = json_lines(&env.ok(&["history", "--json", "--limit", "3"]).await.stdout);
        assert_eq!(h.len(), 3);
        assert!(h[0]["finished_at"].as_str().unwrap() >= h[1]["finished_at"].as_str().unwrap());
        assert!(
            h.iter()
                .all(|r| r["prepared"].is_object() || r["state"] == "duplicate"),
            "{h:?}"
        );
        let all = json_lines(&env.ok(&["history", "--json"]).await.stdout);
        assert_eq!(all.len(), 6);
        assert_eq!(all.iter().filter(|r| r["state"] == "duplicate").count(), 2);
        let found = json_lines(
            &env.ok(&["history", "--json", "--search", "copy-of"])
                .await
                .stdout,
        );
        assert_eq!(found.len(), 2);

        // Every matching row (not only --limit) exported as CSV, the same
        // export the app's History screen makes.
        let csv_path = env.path("exports/history, Ünïcode.csv");
        std::fs::create_dir_all(csv_path.parent().unwrap()).unwrap();
        let out = json_lines(
            &env.ok(&[
                "history",
                "--json",
                "--limit",
                "1",
                "--state",
                "duplicate",
                "--csv",
                &native_path(&csv_path),
            ])
            .await
            .stdout,
        );
        assert_eq!(out[0]["exported"], 2, "{out:?}");
        let mut r = csv::Reader::from_path(&csv_path).unwrap();
        assert_eq!(
            r.headers().unwrap().iter().collect::<Vec<_>>(),
            [
                "finished_at",
                "state",
                "profile",
                "provider",
                "target",
                "file",
                "size",
                "remote_id",
                "url",
                "error_code",
                "error"
            ]
        );
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert!(
            rows.iter().all(|r| &r[1] == "duplicate" && &r[2] == "qp"),
            "{rows:?}"
        );
        let all_csv = env.path("all.csv");
        env.ok(&["history", "--csv", &native_path(&all_csv)]).await;
        assert_eq!(
            csv::Reader::from_path(&all_csv).unwrap().records().count(),
            6
        );
        // A bad place is an error that says what to do, and nothing half-written.
        let r = env
            .run(&[
                "history",
                "--csv",
                &native_path(&env.path("no/such/dir/h.csv")),
            ])
            .await;
        assert_ne!(r.code, 0);
        assert!(
            r.stderr.contains("EXPORT_FAILED") || r.stderr.contains("Choose another place"),
            "{}",
            r.stderr
        );
    }
);

t!(
    a_killed_upload_is_finished_by_the_next_upload,
    |env: Env| async move {
        env.profile("cap", "capillary", &[]).await;
        let files: Vec<PathBuf> = (0..10)
            .map(|i| env.jpeg(&format!("c{i}.jpg"), 300 + i))
            .collect();
        env.faults(Faults {
            delay_ms: Some(500),
            ..Default::default()
        });
        upload_killed_after(&env, &["--profile", "cap"], &files, 1).await;
        env.faults(Faults {
            delay_ms: Some(0),
            ..Default::default()
        });
        let extra = env.jpeg("extra.jpg", 999);
        let r = env.upload("cap", None, &[&extra]).await;
        assert_eq!(r.code, 0, "{r:?}");
        // Only its own file on stdout; the leftovers are finished too.
        assert_eq!(r.lines().len(), 1, "{r:?}");
        let names: BTreeSet<String> = env
            .sandbox
            .uploads()
            .iter()
            .map(|u| u.file_name.clone())
            .collect();
        assert_eq!(names.len(), 11, "{names:?}");
    }
);

t!(
    a_killed_upload_run_again_with_the_same_files_sends_each_once,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let files: Vec<PathBuf> = (0..12)
            .map(|i| env.jpeg(&format!("r{i:02}.jpg"), 600 + i))
            .collect();
        env.faults(Faults {
            delay_ms: Some(400),
            path_prefix: Some("/v1/ext/photo".into()),
            ..Default::default()
        });
        upload_killed_after(&env, &["--json", "--profile", "chakra"], &files, 3).await;
        env.faults(Faults {
            delay_ms: Some(0),
            ..Default::default()
        });
        // The same command again, plus the same photo twice under one more name.
        let twin = env.path("twin.jpg");
        std::fs::copy(&files[11], &twin).unwrap();
        let mut refs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
        refs.push(&twin);
        let r = env.upload("chakra", None, &refs).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.lines().len(), 13, "one line per file given: {r:?}");
        let by_name = ids_by_name(&env);
        assert_eq!(by_name.len(), 12, "{by_name:?}");
        assert!(by_name.values().all(|ids| ids.len() == 1), "{by_name:?}");
        let h = json_lines(&env.ok(&["history", "--json"]).await.stdout);
        assert_eq!(
            h.iter().filter(|r| r["state"] == "done").count(),
            12,
            "{h:?}"
        );
    }
);

t!(
    an_upload_cut_off_mid_flight_to_questionpro_is_not_repeated,
    |env: Env| async move {
        env.profile("qp", "questionpro", &[]).await;
        let a = env.jpeg("a.jpg", 4242);
        // The server takes its time to answer: the kill lands while the request is in flight.
        env.faults(Faults {
            delay_ms: Some(3000),
            path_prefix: Some("/a/api/v2/users".into()),
            ..Default::default()
        });
        let mut c = env.command();
        c.args(["upload", "--json", "--profile", "qp", "--target", "1234567"])
            .arg(&a);
        let mut child = c.spawn().unwrap();
        // Killed once the job is `uploading` and its small body is on the wire.
        let t0 = std::time::Instant::now();
        loop {
            let l = json_lines(&env.ok(&["queue", "list", "--json"]).await.stdout);
            if l.first().is_some_and(|j| j["state"] == "uploading") {
                break;
            }
            assert!(t0.elapsed().as_secs() < 30, "never saw the job uploading");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        child.start_kill().unwrap();
        child.wait().await.unwrap();
        env.faults(Faults {
            delay_ms: Some(0),
            ..Default::default()
        });
        // The sandbox logs a request when it answers; let the cut-off one finish.
        tokio::time::sleep(std::time::Duration::from_millis(3000)).await;
        let sent = env.requests_to("/a/api/v2/users").len();
        // QuestionPro makes a new image per upload: PhotoDrop must not guess.
        let r = env.run(&["queue", "resume"]).await;
        let h = env.ok(&["history", "--json"]).await.stdout;
        assert_eq!(
            r.code,
            1,
            "{r:?}\nhistory: {h}\nrequests: {:?}",
            env.sandbox.requests()
        );
        let list = json_lines(&env.ok(&["queue", "list", "--json"]).await.stdout);
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(list[0]["state"], "needs-attention");
        assert_eq!(list[0]["error"]["code"], "UPLOAD_UNCONFIRMED");
        assert!(
            list[0]["error"]["message"]
                .as_str()
                .unwrap()
                .contains("photodrop retry"),
            "{list:?}"
        );
        // The same advice as data, for the app's button.
        assert_eq!(list[0]["error"]["action"]["do"], "retry_job", "{list:?}");
        assert_eq!(list[0]["error"]["action"]["job"], list[0]["id"], "{list:?}");
        assert_eq!(env.requests_to("/a/api/v2/users").len(), sent, "sent again");
    }
);

t!(
    duplicates_are_found_by_content_whether_sent_as_is_or_prepared,
    |env: Env| async move {
        // `keep`: files go as they are and are hashed while sent; the default
        // profile strips metadata, so a prepared copy goes and the original
        // is hashed instead. Both must recognise the same content later,
        // even when the first file is gone by then.
        env.profile("keep", "questionpro", &["privacy=keep"]).await;
        env.profile("strip", "questionpro", &[]).await;
        // Same size, same first and last 64 KiB, different middle: the
        // cheap sample cannot tell them apart, the full hash must.
        let padded = |middle: u8| {
            let mut b = jpeg_bytes(3);
            b.extend(std::iter::repeat_n(0u8, 150_000));
            b.push(middle);
            b.extend(std::iter::repeat_n(0u8, 150_000));
            b
        };
        let a = env.write("a.jpg", &padded(1));
        let b = env.write("b.jpg", &padded(2));
        let a_again = env.write("a-again.jpg", &padded(1));
        let r = env
            .upload("keep", Some("1234567"), &[&a, &b, &a_again])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.line_for(&a)["status"], "uploaded", "{r:?}");
        assert_eq!(r.line_for(&b)["status"], "uploaded", "{r:?}");
        // The same content twice in one batch is one job, sent once.
        assert_eq!(
            r.line_for(&a_again)["job_id"],
            r.line_for(&a)["job_id"],
            "{r:?}"
        );
        assert_eq!(env.sandbox.uploads().len(), 2);
        let hashes = env.arrived_hashes();
        assert_eq!(hashes, BTreeSet::from([sha256(&a), sha256(&b)]));

        // Copies of a file sent as it is, after the original is gone.
        let copy = env.path("copy.jpg");
        std::fs::copy(&a, &copy).unwrap();
        std::fs::remove_file(&a).unwrap();
        std::fs::remove_file(&a_again).unwrap();
        let r = env.upload("keep", Some("1234567"), &[&copy]).await;
        assert_eq!(r.line_for(&copy)["status"], "duplicate", "{r:?}");

        // A photo whose private metadata was stripped before sending.
        let photo = env.copy("jpeg-S/Canon_IXUS_v2.jpg", "canon.jpg");
        let r = env.upload("strip", Some("1234567"), &[&photo]).await;
        assert_eq!(r.line_for(&photo)["status"], "uploaded", "{r:?}");
        assert!(
            r.line_for(&photo)["prepared"]["stripped"]
                .as_array()
                .is_some_and(|s| !s.is_empty()),
            "{r:?}"
        );
        let copy = env.path("canon-copy.jpg");
        std::fs::copy(&photo, &copy).unwrap();
        std::fs::remove_file(&photo).unwrap();
        let r = env.upload("strip", Some("1234567"), &[&copy]).await;
        assert_eq!(r.line_for(&copy)["status"], "duplicate", "{r:?}");
        assert_eq!(env.sandbox.uploads().len(), 3);
    }
);
