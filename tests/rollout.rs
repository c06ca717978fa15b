//! Rolling PhotoDrop out to a team: profiles exported and imported (never a
//! secret), profiles and a policy managed in the system folder.

#[macro_use]
mod common;

use common::*;

t!(
    export_holds_no_secret_and_imports_back,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &["dc=eu", "version=v8"])
            .await;
        env.profile("chakra", "chakrahq", &[]).await;
        // A cached token too: it must not travel either.
        let a = env.jpeg("a.jpg", 1);
        env.upload("crm", Some("Leads/3000000038009"), &[&a]).await;
        let out = env.path("team.photodrop");
        let r = env
            .ok(&[
                "profile",
                "export",
                "crm",
                "chakra",
                "--output",
                out.to_str().unwrap(),
            ])
            .await;
        let text = std::fs::read_to_string(&out).unwrap();
        assert_no_secrets("the export", &text);
        assert_no_secrets("the export's output", &r.all_text());
        assert!(
            !text.contains("token") && !text.contains("secret"),
            "{text}"
        );
        assert!(
            text.contains("[profiles.crm]") && text.contains("dc = \"eu\""),
            "{text}"
        );
        let stdout = env.ok(&["profile", "export", "crm"]).await.stdout;
        assert!(stdout.contains("version = \"v8\""), "{stdout}");
        assert_eq!(env.run(&["profile", "export", "nope"]).await.code, 2);

        // A colleague: another config, another keyring service, no secrets yet.
        let other = Env::new().await;
        let r = other
            .ok(&["profile", "import", out.to_str().unwrap(), "--json"])
            .await;
        let lines = r.lines();
        assert_eq!(lines.len(), 2);
        let crm = lines.iter().find(|l| l["name"] == "crm").unwrap();
        assert_eq!(
            crm["needs"],
            serde_json::json!(["client_id", "client_secret", "refresh_token"])
        );
        assert_eq!(crm["replaced"], false);
        let list = other.ok(&["profile", "list", "--json"]).await;
        assert!(list.stdout.contains("\"dc\":\"eu\""), "{}", list.stdout);
        // Again: refused without --replace, nothing half-imported.
        let r = other
            .run(&["profile", "import", out.to_str().unwrap()])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.all_text().contains("PROFILE_EXISTS") || r.all_text().contains("already exist"),
            "{r:?}"
        );
        let r = other
            .ok(&["profile", "import", out.to_str().unwrap(), "--replace"])
            .await;
        assert!(r.stdout.contains("crm: replaced"), "{r:?}");

        // A file carrying a secret among the options is refused whole.
        let evil = env.write(
            "evil.photodrop",
            b"[profiles.x]\nprovider = \"chakrahq\"\n[profiles.x.options]\ntoken = \"sandbox-chakra-token\"\n",
        );
        let r = other
            .run(&["profile", "import", evil.to_str().unwrap()])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.all_text().contains("secret"), "{r:?}");
        assert!(!other.ok(&["profile", "list"]).await.stdout.contains("x "));
    }
);

t!(
    managed_profiles_are_listed_protected_and_work_with_the_users_secret,
    |env: Env| async move {
        let sys = env.path("system");
        std::fs::create_dir_all(&sys).unwrap();
        std::fs::write(
            sys.join("profiles.toml"),
            format!(
                "[profiles.office]\nprovider = \"chakrahq\"\nbase_url = \"{}\"\n",
                env.url()
            ),
        )
        .unwrap();
        let list = env.ok(&["profile", "list", "--json"]).await;
        let v: serde_json::Value =
            serde_json::from_str(list.stdout.lines().next().unwrap()).unwrap();
        assert_eq!(v["name"], "office");
        assert!(
            v["managed"].as_str().unwrap().ends_with("profiles.toml"),
            "{v}"
        );
        assert!(env
            .ok(&["profile", "list"])
            .await
            .stdout
            .contains("managed by your administrator"));
        // Not changed or removed by its user.
        let r = env.run(&["profile", "remove", "office"]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.all_text().contains("managed by your administrator"),
            "{r:?}"
        );
        let r = env
            .run(&[
                "profile",
                "add",
                "office",
                "--provider",
                "chakrahq",
                "--base-url",
                &env.url(),
                "--replace",
            ])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
        // The user's own secret makes it work.
        let r = env
            .run_stdin(
                &["credential", "set", "office", "token"],
                photodrop::sandbox::creds::CHAKRA_TOKEN,
            )
            .await;
        assert_eq!(r.code, 0, "{r:?}");
        let a = env.jpeg("a.jpg", 2);
        let r = env.upload("office", None, &[&a]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert_eq!(env.sandbox.uploads().len(), 1);
    }
);

t!(
    a_policy_fixes_privacy_hosts_and_who_adds_profiles,
    |env: Env| async move {
        env.profile("mine", "chakrahq", &["privacy=keep"]).await;
        let sys = env.path("system");
        std::fs::create_dir_all(&sys).unwrap();
        // Privacy forced on: a photo with GPS loses it although the profile says keep.
        std::fs::write(sys.join("policy.toml"), "privacy = \"strip\"\n").unwrap();
        let gps = env.copy("jpeg-S/DSCN0010.jpg", "gps.jpg");
        let out = env.path("prepared.jpg");
        let r = env
            .ok(&[
                "prepare",
                "--profile",
                "mine",
                gps.to_str().unwrap(),
                out.to_str().unwrap(),
                "--json",
            ])
            .await;
        assert!(
            r.stdout.contains("gps"),
            "privacy forced by the policy: {}",
            r.stdout
        );

        // Only these hosts (the sandbox is 127.0.0.1).
        std::fs::write(
            sys.join("policy.toml"),
            "allowed_hosts = [\"*.zohoapis.eu\", \"accounts.zoho.eu\"]\n",
        )
        .unwrap();
        let r = env
            .run(&[
                "profile",
                "add",
                "other",
                "--provider",
                "chakrahq",
                "--base-url",
                &env.url(),
            ])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.all_text().contains("127.0.0.1") && r.all_text().contains("does not allow"),
            "{r:?}"
        );
        env.ok(&[
            "profile",
            "add",
            "eu",
            "--provider",
            "zoho-crm",
            "--set",
            "dc=eu",
        ])
        .await;

        // No profiles of one's own at all.
        std::fs::write(sys.join("policy.toml"), "user_profiles = false\n").unwrap();
        let r = env
            .run(&["profile", "add", "x", "--provider", "chakrahq"])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.all_text().contains("administrator"), "{r:?}");

        // A misspelt key is an error, not a rule nobody enforces.
        std::fs::write(sys.join("policy.toml"), "privasy = \"strip\"\n").unwrap();
        let r = env.run(&["profile", "list"]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.all_text().contains("policy.toml"), "{r:?}");
    }
);

t!(
    managed_watch_rules_are_listed_and_protected,
    |env: Env| async move {
        env.profile("chakra", "chakrahq", &[]).await;
        let sys = env.path("system");
        let scans = env.path("scans");
        std::fs::create_dir_all(&sys).unwrap();
        std::fs::create_dir_all(&scans).unwrap();
        std::fs::write(
            sys.join("watch.toml"),
            format!(
                "[[rule]]\nname = \"office-scanner\"\ndir = {:?}\nprofile = \"chakra\"\n",
                native_path(&scans)
            ),
        )
        .unwrap();
        let r = env.ok(&["watch", "--list", "--json"]).await;
        let v: serde_json::Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
        assert_eq!(v["name"], "office-scanner");
        assert_eq!(v["managed"], true, "{v}");
        let r = env.run(&["watch", "--remove", "office-scanner"]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.all_text().contains("administrator"), "{r:?}");
        // A user's rule of the same name cannot replace it either.
        let scans_s = native_path(&scans);
        let r = env
            .run(&[
                "watch",
                &scans_s,
                "--profile",
                "chakra",
                "--save",
                "office-scanner",
                "--list",
            ])
            .await;
        assert_eq!(r.code, 2, "{r:?}");
        // The user's own rules still work beside it.
        env.ok(&[
            "watch",
            &scans_s,
            "--profile",
            "chakra",
            "--save",
            "mine",
            "--list",
        ])
        .await;
        let r = env.ok(&["watch", "--list", "--json"]).await;
        assert_eq!(r.stdout.lines().count(), 2, "{r:?}");
        let user_file = std::fs::read_to_string(env.path("config").join("watch.toml")).unwrap();
        assert!(
            !user_file.contains("office-scanner") && !user_file.contains("managed"),
            "{user_file}"
        );
    }
);
