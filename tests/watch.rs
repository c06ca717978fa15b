//! Watched folders, end to end: the real `photodrop watch` process against
//! the sandbox, with files written slowly, renamed in, copied in by the
//! thousand, and added while the watcher was stopped.

#[macro_use]
mod common;

use common::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn count_by_name(env: &Env) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for u in env.sandbox.uploads() {
        *m.entry(u.file_name.clone()).or_default() += 1;
    }
    m
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

t!(
    slow_writes_renames_and_files_added_while_stopped,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let inbox = env.path("inbox");
        std::fs::create_dir_all(&inbox).unwrap();
        // Present before the watcher starts.
        env.jpeg("inbox/early.jpg", 1);
        let inbox_s = inbox.to_str().unwrap().to_string();
        let mut w = start_watch(&env, &[&inbox_s, "--profile", "chakra", "--json"]);
        wait_for(30, "the file that was there at start", || {
            count_by_name(&env).contains_key("early.jpg")
        })
        .await;

        // Written slowly, in one handle, over ~3 s: taken once, complete.
        let slow = jpeg_bytes(2);
        let slow_path = inbox.join("slow.jpg");
        let mut f = std::fs::File::create(&slow_path).unwrap();
        for chunk in slow.chunks(slow.len().div_ceil(6)) {
            f.write_all(chunk).unwrap();
            f.flush().unwrap();
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        drop(f);
        // Written as a temporary name, then renamed (browsers, sync tools).
        let part = inbox.join("renamed.jpg.part");
        std::fs::write(&part, jpeg_bytes(3)).unwrap();
        tokio::time::sleep(Duration::from_millis(600)).await;
        std::fs::rename(&part, inbox.join("renamed.jpg")).unwrap();
        // Reopened and appended to, pausing between writes (a partial JPEG in between).
        let appended = jpeg_bytes(4);
        let half = appended.len() / 2;
        std::fs::write(inbox.join("append.jpg"), &appended[..half]).unwrap();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        std::fs::OpenOptions::new()
            .append(true)
            .open(inbox.join("append.jpg"))
            .unwrap()
            .write_all(&appended[half..])
            .unwrap();

        wait_for(40, "slow.jpg, renamed.jpg and append.jpg", || {
            let m = count_by_name(&env);
            ["slow.jpg", "renamed.jpg", "append.jpg"]
                .iter()
                .all(|n| m.contains_key(*n))
        })
        .await;
        let ups = env.sandbox.uploads();
        let slow_up = ups.iter().find(|u| u.file_name == "slow.jpg").unwrap();
        assert_eq!(
            slow_up.sha256,
            hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&slow)),
            "slow.jpg arrived incomplete"
        );
        let app_up = ups.iter().find(|u| u.file_name == "append.jpg").unwrap();
        assert_eq!(
            app_up.sha256,
            hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&appended)),
            "append.jpg arrived incomplete"
        );

        // Stop the watcher; files arriving meanwhile are uploaded at its next start.
        w.start_kill().unwrap();
        w.wait().await.unwrap();
        env.jpeg("inbox/while-stopped-1.jpg", 5);
        env.jpeg("inbox/while-stopped-2.jpg", 6);
        let mut w = start_watch(&env, &[&inbox_s, "--profile", "chakra", "--json"]);
        wait_for(30, "files added while stopped", || {
            let m = count_by_name(&env);
            m.contains_key("while-stopped-1.jpg") && m.contains_key("while-stopped-2.jpg")
        })
        .await;
        let uploaded = inbox.join("Uploaded");
        wait_for(10, "every file moved to Uploaded/", || {
            files_in(&uploaded).len() == 6
        })
        .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        w.start_kill().unwrap();
        w.wait().await.unwrap();

        let m = count_by_name(&env);
        assert!(
            m.values().all(|n| *n == 1),
            "something arrived twice: {m:?}"
        );
        assert!(!m.keys().any(|n| n.contains(".part")), "{m:?}");
        assert_eq!(files_in(&inbox), vec!["Uploaded".to_string()]);
        let h = env.ok(&["history", "--json"]).await;
        assert_eq!(h.stdout.lines().count(), 6, "{h:?}");
    }
);

t!(
    a_thousand_files_copied_at_once_arrive_exactly_once,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let inbox = env.path("inbox");
        let staging = env.path("staging");
        std::fs::create_dir_all(&inbox).unwrap();
        std::fs::create_dir_all(&staging).unwrap();
        let n = 1000;
        let sources: Vec<PathBuf> = (0..n)
            .map(|i| env.jpeg(&format!("staging/s{i:04}.jpg"), 10_000 + i))
            .collect();
        let inbox_s = inbox.to_str().unwrap().to_string();
        // stdout is a pipe nobody reads here: result lines must never stall the uploads.
        let mut c = env.command();
        c.args([
            "watch",
            &inbox_s,
            "--profile",
            "chakra",
            "--concurrency",
            "8",
            "--json",
        ]);
        let mut w = c.spawn().unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
        for s in &sources {
            std::fs::copy(s, inbox.join(s.file_name().unwrap())).unwrap();
        }
        wait_for(240, "1000 uploads", || {
            env.sandbox.uploads().len() >= n as usize
        })
        .await;
        let uploaded = inbox.join("Uploaded");
        // Moving follows the uploads; under Wine, beside another test, the
        // last moves came more than 30 s after the last upload (a CI run).
        wait_for(120, "1000 files in Uploaded/", || {
            files_in(&uploaded).len() == n as usize
        })
        .await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        w.start_kill().unwrap();
        w.wait().await.unwrap();
        let m = count_by_name(&env);
        assert_eq!(m.len(), n as usize);
        assert!(
            m.values().all(|c| *c == 1),
            "duplicates: {:?}",
            m.iter().filter(|(_, c)| **c > 1).collect::<Vec<_>>()
        );
        assert_eq!(env.sandbox.uploads().len(), n as usize);
    }
);

t!(
    target_templates_and_files_that_cannot_be_placed,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let inbox = env.path("scans");
        std::fs::create_dir_all(inbox.join("Leads/3000000038010")).unwrap();
        let inbox_s = inbox.to_str().unwrap().to_string();
        // A regex over the file name.
        let mut w = start_watch(
            &env,
            &[
                &inbox_s,
                "--profile",
                "crm",
                "--target",
                "Leads/{1}",
                "--pattern",
                r"^(\d+)_",
                "--json",
            ],
        );
        env.jpeg("scans/3000000038009_front.jpg", 1);
        env.jpeg("scans/no-record-here.jpg", 2);
        env.write("scans/notes.pdf", b"%PDF-1.7 not a photo");
        let failed = inbox.join("Failed");
        // Until the watcher has recorded the upload as done (the sandbox has it
        // a moment before): killed earlier, the job would be left `uploading`.
        wait_for(30, "the upload and two failures", || {
            watch_output(&env).contains("\"status\":\"uploaded\"") && files_in(&failed).len() == 4
        })
        .await;
        w.start_kill().unwrap();
        w.wait().await.unwrap();
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 1);
        assert_eq!(ups[0].target, "Leads/3000000038009");
        assert_eq!(
            files_in(&failed),
            vec![
                "no-record-here.jpg",
                "no-record-here.jpg.txt",
                "notes.pdf",
                "notes.pdf.txt"
            ]
        );
        let why = std::fs::read_to_string(failed.join("no-record-here.jpg.txt")).unwrap();
        assert!(why.contains("cannot tell which record"), "{why}");
        let why = std::fs::read_to_string(failed.join("notes.pdf.txt")).unwrap();
        assert!(why.contains("PDF"), "{why}");
        // Listed as needing attention, not silently skipped.
        let list = env.ok(&["queue", "list", "--json"]).await;
        assert_eq!(list.stdout.lines().count(), 2, "{list:?}");

        // {dir}: the sub-folder names the record (recursive), saved as a rule.
        env.ok(&[
            "watch",
            &inbox_s,
            "--profile",
            "crm",
            "--target",
            "{dir}",
            "--recursive",
            "--save",
            "by-folder",
            "--list",
        ])
        .await;
        let rules = env.ok(&["watch", "--list", "--json"]).await;
        assert!(rules.stdout.contains("by-folder"), "{rules:?}");
        let mut w = start_watch(&env, &["--rules"]);
        tokio::time::sleep(Duration::from_millis(500)).await;
        env.jpeg("scans/Leads/3000000038010/IMG_1.jpg", 3);
        wait_for(30, "the {dir} upload", || env.sandbox.uploads().len() == 2).await;
        w.start_kill().unwrap();
        w.wait().await.unwrap();
        assert_eq!(env.sandbox.uploads()[1].target, "Leads/3000000038010");
        assert!(
            files_in(&inbox.join("Failed")).len() == 4,
            "Failed/ is not watched"
        );
    }
);
