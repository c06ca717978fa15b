//! Targets by field (`Products[Product_Code=SKU-1001]`), manifests and
//! watched folders with field templates, through the real CLI against the
//! sandbox's Zoho search (criteria grammar, escaping, 204) and ChakraHQ's
//! process list.

#[macro_use]
mod common;

use common::*;
use photodrop::sandbox::Faults;
use std::path::PathBuf;

/// Search calls the sandbox answered for `module` (Zoho CRM v2).
fn searches(env: &Env, module: &str) -> usize {
    env.requests_to(&format!("/crm/v2/{module}/search")).len()
}

t!(
    one_match_goes_there_none_or_several_send_nothing,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let widget = env.sandbox.add_zoho_record(
            "crm",
            "Products",
            &[("Product_Name", "Widget"), ("Product_Code", "SKU-1001")],
        );
        for name in ["Twin A", "Twin B", "Twin C"] {
            env.sandbox.add_zoho_record(
                "crm",
                "Products",
                &[("Product_Name", name), ("Product_Code", "SKU-TWIN")],
            );
        }
        let a = env.jpeg("a.jpg", 1);
        let r = env
            .upload("crm", Some("Products[Product_Code=SKU-1001]"), &[&a])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        let line = r.line_for(&a);
        assert_eq!(line["status"], "uploaded");
        assert_eq!(line["target"], "Products[Product_Code=SKU-1001]");
        assert_eq!(line["resolved_target"], format!("Products/{widget}"));
        assert_eq!(line["record_name"], "Widget");
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 1);
        assert_eq!(ups[0].target, format!("Products/{widget}"));

        // None: nothing sent, exit 1, the message names module, field and value.
        let b = env.jpeg("b.jpg", 2);
        let r = env
            .upload("crm", Some("Products[Product_Code=SKU-0000]"), &[&b])
            .await;
        assert_eq!(r.code, 1, "{r:?}");
        let e = &r.line_for(&b)["error"];
        assert_eq!(e["code"], "RECORD_NOT_FOUND", "{r:?}");
        let m = e["message"].as_str().unwrap();
        assert!(
            m.contains("Products") && m.contains("Product_Code") && m.contains("SKU-0000"),
            "{m}"
        );

        // Several: nothing sent, how many and the candidates (id and name).
        let r = env
            .upload("crm", Some("Products[Product_Code=SKU-TWIN]"), &[&b])
            .await;
        assert_eq!(r.code, 1, "{r:?}");
        let e = &r.line_for(&b)["error"];
        assert_eq!(e["code"], "RECORD_AMBIGUOUS", "{r:?}");
        assert!(e["message"].as_str().unwrap().contains("3 Products"), "{e}");
        let cands = e["action"]["candidates"].as_array().unwrap();
        assert_eq!(cands.len(), 3);
        assert_eq!(e["action"]["count"], 3);
        assert!(cands.iter().any(|c| c["name"] == "Twin B"));
        assert!(cands
            .iter()
            .all(|c| c["target"].as_str().unwrap().starts_with("Products/")));
        assert_eq!(env.sandbox.uploads().len(), 1, "nothing more was sent");

        // Choosing one of them sends it there.
        let job = r.line_for(&b)["job_id"].as_i64().unwrap().to_string();
        let pick = cands[1]["target"].as_str().unwrap();
        env.ok(&["retry", &job, "--target", pick]).await;
        // (The not-found job stays failed, so resume's status is 1.)
        env.run(&["queue", "resume"]).await;
        assert_eq!(env.sandbox.uploads().last().unwrap().target, pick);

        // A field the module does not have is the service's refusal, said so.
        let r = env
            .upload("crm", Some("Products[No_Such_Field=x]"), &[&b])
            .await;
        assert_eq!(r.line_for(&b)["error"]["code"], "BAD_TARGET_FIELD", "{r:?}");
    }
);

t!(
    values_with_commas_brackets_slashes_and_any_script_are_escaped,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let names = [
            r"Dara, Jr. (Sales)",
            r"Back\slash & Co",
            "SKU-2001/L",
            "Ньютон 中文 Ærø",
        ];
        let ids: Vec<String> = names
            .iter()
            .map(|n| {
                env.sandbox
                    .add_zoho_record("crm", "Accounts", &[("Account_Name", n)])
            })
            .collect();
        // Near misses that a loose match would take.
        env.sandbox
            .add_zoho_record("crm", "Accounts", &[("Account_Name", "Dara")]);
        env.sandbox
            .add_zoho_record("crm", "Accounts", &[("Account_Name", "SKU-2001")]);
        for (i, (name, id)) in names.iter().zip(&ids).enumerate() {
            let f = env.jpeg(&format!("f{i}.jpg"), 10 + i as u32);
            let target = format!("Accounts[Account_Name={name}]");
            let r = env.upload("crm", Some(&target), &[&f]).await;
            assert_eq!(r.code, 0, "{name}: {r:?}");
            assert_eq!(
                r.line_for(&f)["resolved_target"],
                format!("Accounts/{id}"),
                "{name}"
            );
        }
    }
);

t!(
    attachments_bigin_and_chakrahq_by_field,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let c = env.sandbox.add_zoho_record(
            "crm",
            "Contacts",
            &[("Full_Name", "Grace H"), ("Email", "grace@example.com")],
        );
        let f = env.jpeg("g.jpg", 3);
        let r = env
            .upload(
                "crm",
                Some("Contacts[Email=grace@example.com]/Attachments"),
                &[&f],
            )
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(
            env.sandbox.uploads().last().unwrap().target,
            format!("Contacts/{c}/Attachments")
        );

        env.profile("bigin", "zoho-bigin", &[]).await;
        let b = env.sandbox.add_zoho_record(
            "bigin",
            "Contacts",
            &[("Full_Name", "Lin B"), ("Mobile", "+1 555 0100")],
        );
        let f = env.jpeg("b.jpg", 4);
        let r = env
            .upload("bigin", Some("Contacts[Mobile=+1 555 0100]"), &[&f])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.line_for(&f)["resolved_target"], format!("Contacts/{b}"));

        env.profile("chakra", "chakrahq", &[]).await;
        let p = env
            .sandbox
            .add_chakra_process("lead", &[("name", "Site 7"), ("customer_code", "C-7")]);
        // A contains-match the lookup must not take.
        env.sandbox
            .add_chakra_process("lead", &[("name", "Site 77"), ("customer_code", "C-77")]);
        let f = env.jpeg("c.jpg", 5);
        let r = env
            .upload("chakra", Some("lead[customer_code=C-7]/site_photo"), &[&f])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(
            r.line_for(&f)["resolved_target"],
            format!("lead/{p}/site_photo")
        );
        assert_eq!(r.line_for(&f)["record_name"], "Site 7");
        // A provider without lookups says so before anything is read.
        env.profile("qp", "questionpro", &[]).await;
        let r = env.upload("qp", Some("users[email=x@y.z]"), &[&f]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr.contains("FIELD_TARGET_UNSUPPORTED")
                || r.all_text().contains("cannot find a record"),
            "{r:?}"
        );
    }
);

t!(
    a_manifest_of_200_rows_looks_each_value_up_once,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let mut ids = vec![];
        for i in 0..100 {
            ids.push(env.sandbox.add_zoho_record(
                "crm",
                "Products",
                &[
                    ("Product_Name", &format!("P{i}")),
                    ("Product_Code", &format!("SKU-{i:04}")),
                ],
            ));
        }
        std::fs::create_dir_all(env.path("photos")).unwrap();
        let mut csv = String::from("file,target\n");
        for i in 0..200u32 {
            env.jpeg(&format!("photos/p{i:03}.jpg"), 100 + i);
            csv.push_str(&format!(
                "photos/p{i:03}.jpg,Products[Product_Code=SKU-{:04}]\n",
                i / 2
            ));
        }
        // A malformed row: reported with its line, nothing sent for it.
        csv.push_str("photos/p000.jpg,\n");
        let m = env.write("manifest.csv", csv.as_bytes());
        let r = env
            .run(&[
                "upload",
                "--json",
                "--profile",
                "crm",
                "--manifest",
                m.to_str().unwrap(),
            ])
            .await;
        assert_eq!(r.code, 1, "one bad row: {}", r.stderr);
        let lines = r.lines();
        assert_eq!(lines.len(), 201);
        assert_eq!(
            lines.iter().filter(|l| l["status"] == "uploaded").count(),
            200
        );
        let bad: Vec<_> = lines.iter().filter(|l| l["status"] == "failed").collect();
        assert_eq!(bad[0]["error"]["code"], "MANIFEST_ROW_INVALID");
        assert!(
            bad[0]["error"]["message"]
                .as_str()
                .unwrap()
                .contains("line 202"),
            "{}",
            bad[0]
        );
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 200);
        for i in 0..200usize {
            let name = format!("p{i:03}.jpg");
            let u = ups.iter().find(|u| u.file_name == name).unwrap();
            assert_eq!(u.target, format!("Products/{}", ids[i / 2]), "{name}");
        }
        assert_eq!(
            searches(&env, "Products"),
            100,
            "one search per distinct value"
        );
    }
);

t!(lookups_are_retried_like_uploads, |env: Env| async move {
    env.profile("crm", "zoho-crm", &[]).await;
    let id = env.sandbox.add_zoho_record(
        "crm",
        "Products",
        &[("Product_Name", "W"), ("Product_Code", "SKU-9")],
    );
    // The search answers 503, then 429 with Retry-After, then works.
    env.faults(Faults {
        fail_next: Some(2),
        status: Some(503),
        path_prefix: Some("/crm/v2/Products/search".into()),
        ..Default::default()
    });
    let f = env.jpeg("r.jpg", 7);
    let r = env
        .upload("crm", Some("Products[Product_Code=SKU-9]"), &[&f])
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(searches(&env, "Products"), 3);
    env.faults(Faults {
        fail_next: Some(1),
        status: Some(429),
        retry_after: Some(1),
        path_prefix: Some("/crm/v2/Products/search".into()),
        ..Default::default()
    });
    let g = env.jpeg("s.jpg", 8);
    let r = env
        .upload("crm", Some("Products[Product_Code=SKU-9]"), &[&g])
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.line_for(&g)["resolved_target"], format!("Products/{id}"));
});

t!(
    a_watched_folder_with_a_field_template,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let id = env.sandbox.add_zoho_record(
            "crm",
            "Products",
            &[("Product_Name", "Lamp"), ("Product_Code", "SKU-1001")],
        );
        let inbox = env.path("inbox");
        std::fs::create_dir_all(&inbox).unwrap();
        let inbox_s = inbox.to_str().unwrap().to_string();
        let mut w = start_watch(
            &env,
            &[
                &inbox_s,
                "--profile",
                "crm",
                "--target",
                "Products[Product_Code={1}]",
                "--pattern",
                r"^(SKU-\d+)_",
                "--json",
            ],
        );
        env.jpeg("inbox/SKU-1001_front.jpg", 21);
        env.jpeg("inbox/SKU-1001_back.jpg", 22);
        env.jpeg("inbox/SKU-4040_side.jpg", 23);
        let failed: PathBuf = inbox.join("Failed");
        wait_for(60, "two uploads and one failure", || {
            watch_output(&env)
                .matches("\"status\":\"uploaded\"")
                .count()
                == 2
                && failed.join("SKU-4040_side.jpg.txt").exists()
        })
        .await;
        w.start_kill().unwrap();
        w.wait().await.unwrap();
        let ups = env.sandbox.uploads();
        assert_eq!(ups.len(), 2);
        assert!(ups.iter().all(|u| u.target == format!("Products/{id}")));
        let why = std::fs::read_to_string(failed.join("SKU-4040_side.jpg.txt")).unwrap();
        assert!(why.contains("SKU-4040"), "{why}");
        assert_eq!(
            searches(&env, "Products"),
            2,
            "one lookup per value, kept for the folder"
        );
    }
);

t!(
    a_field_criteria_cannot_search_falls_back_to_its_own_search,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let id = env.sandbox.add_zoho_record(
            "crm",
            "Contacts",
            &[
                ("Full_Name", "Mia K"),
                ("Email", "Mia.K@example.com"),
                ("Phone", "+44 20 7946 0999"),
            ],
        );
        env.faults(Faults {
            unsearchable: Some(vec!["Email".into(), "Phone".into(), "Account_Name".into()]),
            ..Default::default()
        });
        let f = env.jpeg("m.jpg", 31);
        let r = env
            .upload("crm", Some("Contacts[Email=mia.k@example.com]"), &[&f])
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(r.line_for(&f)["resolved_target"], format!("Contacts/{id}"));
        assert_eq!(
            searches(&env, "Contacts"),
            2,
            "criteria refused, then email="
        );
        let g = env.jpeg("p.jpg", 32);
        let r = env
            .upload("crm", Some("Contacts[Phone=+442079460999]"), &[&g])
            .await;
        assert_eq!(
            r.line_for(&g)["resolved_target"],
            format!("Contacts/{id}"),
            "{r:?}"
        );
        // No search of its own for this field: the refusal, said so.
        let r = env
            .upload("crm", Some("Accounts[Account_Name=Zylker]"), &[&g])
            .await;
        assert_eq!(r.line_for(&g)["error"]["code"], "BAD_TARGET_FIELD", "{r:?}");
    }
);
