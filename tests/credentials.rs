//! Credentials live in the real Secret Service (gnome-keyring in a private
//! D-Bus session, started by `scripts/test`) and nowhere else.

mod common;

use common::*;
use photodrop::sandbox::creds;
use std::process::Command;

/// The secret stored for (`service`, `user`), read from the OS keyring the
/// CLI under test writes to: the Secret Service (`secret-tool`), or for the
/// Windows build under Wine the Credential Manager (target `user.service`,
/// the keyring crate's naming; read by the test helper `credread.exe`).
fn secret_tool_lookup(service: &str, user: &str) -> Option<String> {
    let out = match windows_exe() {
        Some(_) => Command::new("wine")
            .arg(
                std::env::var_os("PHOTODROP_TEST_CREDREAD")
                    .expect("PHOTODROP_TEST_CREDREAD (scripts/test-windows)"),
            )
            .arg(format!("{user}.{service}"))
            .output()
            .expect("wine"),
        None => Command::new("secret-tool")
            .args(["lookup", "service", service, "username", user])
            .output()
            .expect("secret-tool (libsecret-tools) must be installed; scripts/test installs it"),
    };
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// How `credential set` names the store it wrote to.
fn store_name() -> &'static str {
    if windows_exe().is_some() {
        "Windows Credential Manager"
    } else {
        "Secret Service"
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_go_to_the_os_keyring_and_nowhere_else() {
    let env = Env::new().await;
    env.ok(&[
        "profile",
        "add",
        "shop",
        "--provider",
        "chakrahq",
        "--base-url",
        &env.url(),
    ])
    .await;
    let r = env
        .run_stdin(
            &["credential", "set", "shop", "token"],
            &format!("{}\n", creds::CHAKRA_TOKEN),
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains(store_name()), "{r:?}");
    assert_eq!(
        secret_tool_lookup(&env.keyring_service, "shop/token").as_deref(),
        Some(creds::CHAKRA_TOKEN),
        "trailing newline trimmed, stored in the keyring"
    );
    let toml = std::fs::read_to_string(env.path("config/profiles.toml")).unwrap();
    assert!(
        toml.contains("chakrahq") && !toml.contains(creds::CHAKRA_TOKEN),
        "{toml}"
    );
    let list = env.ok(&["profile", "list", "--json"]).await;
    assert_eq!(list.lines()[0]["credentials"]["token"], "set");
    assert_no_secrets("profile list", &list.all_text());

    env.ok(&["credential", "remove", "shop", "token"]).await;
    assert_eq!(secret_tool_lookup(&env.keyring_service, "shop/token"), None);
    assert_eq!(
        env.ok(&["profile", "list", "--json"]).await.lines()[0]["credentials"]["token"],
        "missing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_a_profile_removes_its_secrets_and_cached_tokens() {
    let env = Env::new().await;
    env.profile("crm", "zoho-crm", &[]).await;
    let a = env.copy("jpeg-S/nikon-e950.jpg", "a.jpg");
    assert_eq!(
        env.upload("crm", Some("Leads/3000000038009"), &[&a])
            .await
            .code,
        0
    );
    assert!(
        secret_tool_lookup(&env.keyring_service, "crm/zoho_token_cache").is_some(),
        "token record cached in the keyring"
    );
    env.ok(&["profile", "remove", "crm"]).await;
    for f in [
        "client_id",
        "client_secret",
        "refresh_token",
        "zoho_token_cache",
    ] {
        assert_eq!(
            secret_tool_lookup(&env.keyring_service, &format!("crm/{f}")),
            None,
            "{f} left behind"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_credential_commands_are_refused_before_reading_a_secret() {
    let env = Env::new().await;
    env.ok(&[
        "profile",
        "add",
        "q",
        "--provider",
        "questionpro",
        "--base-url",
        &env.url(),
    ])
    .await;
    let r = env
        .run_stdin(&["credential", "set", "q", "password"], "x")
        .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("api_key"), "{r:?}");
    let r = env
        .run_stdin(&["credential", "set", "q", "api_key"], "")
        .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("stdin"), "{r:?}");
    let r = env
        .run_stdin(&["credential", "set", "ghost", "api_key"], "x")
        .await;
    assert_eq!(r.code, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_keyring_the_error_says_how_to_use_the_environment() {
    if windows_exe().is_some() {
        // The Credential Manager is part of Windows: there is no session bus
        // to take away. The environment variables are covered elsewhere.
        eprintln!("skipped for the Windows build: no way to make the Credential Manager absent");
        return;
    }
    let env = Env::new().await;
    env.ok(&[
        "profile",
        "add",
        "ci",
        "--provider",
        "chakrahq",
        "--base-url",
        &env.url(),
    ])
    .await;
    let mut c = env.command();
    c.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let r = env
        .run_with(c, &["credential", "set", "ci", "token"], Some("abc"))
        .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("PHOTODROP_SECRET_"), "{r:?}");
    // ...and the environment variable indeed works there.
    let a = env.copy("jpeg-S/nikon-e950.jpg", "a.jpg");
    let mut c = env.command();
    c.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("PHOTODROP_SECRET_CI_TOKEN", creds::CHAKRA_TOKEN);
    let r = env
        .run_with(
            c,
            &[
                "upload",
                "--json",
                "--profile",
                "ci",
                &a.display().to_string(),
            ],
            None,
        )
        .await;
    assert_eq!(r.code, 0, "{r:?}");
}

type Lines = tokio::io::Lines<tokio::io::BufReader<tokio::process::ChildStdout>>;

/// `photodrop credential zoho-device PROFILE --json`, left running, with its
/// first line (the code and address to show).
async fn start_device_sign_in(
    env: &Env,
    profile: &str,
) -> (tokio::process::Child, Lines, serde_json::Value) {
    use tokio::io::AsyncBufReadExt;
    let mut c = env.command();
    c.args(["credential", "zoho-device", profile, "--json"]);
    let mut child = c.spawn().unwrap();
    let mut out = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let first =
        serde_json::from_str(&out.next_line().await.unwrap().expect("a first line")).unwrap();
    (child, out, first)
}

/// What the person does on the sandbox's approval page ("" dc: the default).
async fn answer_device_sign_in(
    env: &Env,
    user_code: &str,
    dc: &str,
    decision: &str,
) -> reqwest::Response {
    let mut form = vec![("user_code", user_code), ("decision", decision)];
    if !dc.is_empty() {
        form.push(("dc", dc));
    }
    reqwest::Client::new()
        .post(format!("{}/oauth/v3/device", env.url()))
        .form(&form)
        .send()
        .await
        .unwrap()
}

/// Zoho's device flow: the CLI shows a code, polls no faster than asked, and
/// after approval by a user of another data centre follows `other_dc`, stores
/// the refresh token and switches the profile's data centre.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoho_device_flow_connects_and_follows_other_dc() {
    let env = Env::new().await;
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
    let (mut child, mut out, first) = start_device_sign_in(&env, "crm").await;
    let code = first["user_code"].as_str().unwrap().to_string();
    assert!(first["verification_url"]
        .as_str()
        .unwrap()
        .ends_with("/oauth/v3/device"));
    assert!(
        first.get("device_code").is_none(),
        "the device code stays inside"
    );
    // Let it poll while pending, then approve as a user of the EU data centre.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let page = answer_device_sign_in(&env, &code, "eu", "accept").await;
    assert!(page.status().is_success());
    let done: serde_json::Value = serde_json::from_str(
        &tokio::time::timeout(std::time::Duration::from_secs(30), out.next_line())
            .await
            .expect("connected within 30 s")
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(done["status"], "connected");
    assert_eq!(done["dc"], "eu");
    assert!(child.wait().await.unwrap().success());
    let polls = env.requests_to("/oauth/v3/device/token");
    assert!(
        polls.len() >= 3,
        "pending, other_dc, then the token: {polls:?}"
    );
    assert!(
        polls.windows(2).all(|w| w[1].at_ms - w[0].at_ms >= 1800),
        "never polled faster than the 2 s the sandbox asks for: {polls:?}"
    );
    let list = env.ok(&["profile", "list", "--json"]).await;
    assert!(list.stdout.contains("\"dc\":\"eu\""), "{list:?}");
    // The stored refresh token works.
    let a = env.copy("jpeg-S/nikon-e950.jpg", "a.jpg");
    let r = env.upload("crm", Some("Leads/3000000038009"), &[&a]).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert_no_secrets("device flow output", &format!("{first}{done}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zoho_device_flow_denied_says_so() {
    let env = Env::new().await;
    env.profile("crm", "zoho-crm", &[]).await;
    let (child, _out, first) = start_device_sign_in(&env, "crm").await;
    answer_device_sign_in(&env, first["user_code"].as_str().unwrap(), "", "deny").await;
    let o = tokio::time::timeout(std::time::Duration::from_secs(30), child.wait_with_output())
        .await
        .unwrap()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("refused in the browser"), "{err}");
}
