//! The data-centre tables, tested with the services' real URLs: the sandbox
//! answers for the real host names over TLS (a CA made for the run), the test
//! build of the CLI resolves every name to it (feature `test-hosts`), and the
//! sandbox serves each API only on the hosts the documents give for it — a Zoho
//! token only on its own data centre's API domain. Every data centre of every
//! provider makes one upload through profiles with no base URL.

#[macro_use]
mod common;

use common::*;
use photodrop::sandbox::RequestRecord;

/// The choices a provider offers for `key` (what a user can pick).
fn choices(provider: &str, key: &str) -> Vec<&'static str> {
    let p = photodrop::providers::info(provider).unwrap();
    let o = p.all_options().find(|o| o.key == key).unwrap();
    o.choices.to_vec()
}

/// The provider offers exactly the data centres (`key` option) the test covers.
fn assert_all_offered(provider: &str, key: &str, tested: &[&str]) {
    let mut offered = choices(provider, key);
    offered.sort();
    let mut tested = tested.to_vec();
    tested.sort();
    assert_eq!(
        offered, tested,
        "{provider}: every data centre offered is tested"
    );
}

/// Hosts that received the requests for paths starting with `prefix`, in order.
fn hosts_for(seen: &[RequestRecord], prefix: &str) -> Vec<String> {
    seen.iter()
        .filter(|r| r.path.starts_with(prefix))
        .map(|r| r.host.clone())
        .collect()
}

/// Some requests for paths starting with `prefix`, all addressed to `host`.
fn assert_served_at(seen: &[RequestRecord], prefix: &str, host: &str, what: &str) {
    let hosts = hosts_for(seen, prefix);
    assert!(
        !hosts.is_empty() && hosts.iter().all(|h| h == host),
        "{what}: {prefix} at {host}: {seen:?}"
    );
}

/// Upload one photo with `profile`; the requests the sandbox saw meanwhile.
async fn upload_ok(
    env: &Env,
    profile: &str,
    target: Option<&str>,
    seed: u32,
) -> Vec<RequestRecord> {
    let before = env.sandbox.requests().len();
    let f = env.jpeg(&format!("{profile}.jpg"), seed);
    let r = env.upload(profile, target, &[&f]).await;
    assert_eq!(r.code, 0, "{profile}: {r:?}");
    assert_eq!(r.line_for(&f)["status"], "uploaded", "{profile}: {r:?}");
    env.sandbox.requests().split_off(before)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_data_centre_of_every_provider_through_its_real_urls() {
    let env = Env::with_real_hosts().await;
    // (dc, accounts server, API domain): ../shared/providers.md's Zoho table.
    let zoho = [
        ("us", "accounts.zoho.com", "www.zohoapis.com"),
        ("eu", "accounts.zoho.eu", "www.zohoapis.eu"),
        ("in", "accounts.zoho.in", "www.zohoapis.in"),
        ("au", "accounts.zoho.com.au", "www.zohoapis.com.au"),
        ("jp", "accounts.zoho.jp", "www.zohoapis.jp"),
        ("ca", "accounts.zohocloud.ca", "www.zohoapis.ca"),
        ("cn", "accounts.zoho.com.cn", "www.zohoapis.com.cn"),
        ("sa", "accounts.zoho.sa", "www.zohoapis.sa"),
    ];
    for (kind, target, api_prefix) in [
        ("zoho-crm", "Leads/3000000038009", "/crm/"),
        ("zoho-bigin", "Contacts/4000000010001", "/bigin/"),
    ] {
        assert_all_offered(kind, "dc", &zoho.map(|z| z.0));
        for (i, (dc, accounts, api)) in zoho.iter().enumerate() {
            let name = format!("{kind}-{dc}");
            env.profile(&name, kind, &[&format!("dc={dc}")]).await;
            let seen = upload_ok(&env, &name, Some(target), i as u32).await;
            assert_served_at(&seen, "/oauth/", accounts, &name);
            assert_served_at(&seen, api_prefix, api, &name);
        }
    }

    // A token response without api_domain: the data centre's own API domain.
    env.faults(photodrop::sandbox::Faults {
        omit_api_domain: Some(true),
        ..Default::default()
    });
    env.profile("crm-au-no-domain", "zoho-crm", &["dc=au"])
        .await;
    let seen = upload_ok(&env, "crm-au-no-domain", Some("Leads/3000000038009"), 30).await;
    assert_served_at(&seen, "/crm/", "www.zohoapis.com.au", "no api_domain");
    env.faults(photodrop::sandbox::Faults {
        omit_api_domain: Some(false),
        ..Default::default()
    });

    // ChakraHQ: one host.
    env.profile("chakra", "chakrahq", &[]).await;
    let seen = upload_ok(&env, "chakra", None, 40).await;
    assert_eq!(hosts_for(&seen, "/v1/ext/photo"), ["api.chakrahq.com"]);

    // Capillary: (cluster, OAuth host, file-service host), OAuth credentials.
    let capillary = [
        (
            "eu",
            "eu.api.capillarytech.com",
            "eucrm.cc.capillarytech.com",
        ),
        (
            "in",
            "apac.api.capillarytech.com",
            "incrm.cc.capillarytech.com",
        ),
        (
            "sg",
            "apac2.api.capillarytech.com",
            "sgcrm.cc.capillarytech.com",
        ),
        (
            "us",
            "us.api.capillarytech.com",
            "uscrm.cc.capillarytech.com",
        ),
    ];
    for (i, (cluster, oauth, files)) in capillary.iter().enumerate() {
        let name = format!("capillary-{cluster}");
        env.profile_with(
            &name,
            "capillary",
            &[&format!("cluster={cluster}"), "auth=oauth"],
            &[
                ("oauth_key", photodrop::sandbox::creds::CAPILLARY_KEY),
                ("oauth_secret", photodrop::sandbox::creds::CAPILLARY_SECRET),
            ],
        )
        .await;
        let seen = upload_ok(&env, &name, None, 50 + i as u32).await;
        assert_served_at(&seen, "/v3/oauth/", oauth, &name);
        assert_served_at(&seen, "/api_gateway/", files, &name);
    }

    // QuestionPro: (dc, host), providers.md's list.
    let qp = [
        ("us", "api.questionpro.com"),
        ("eu", "api.questionpro.eu"),
        ("ca", "api.questionpro.ca"),
        ("sg", "api.questionpro.sg"),
        ("au", "api.questionpro.au"),
        ("ae", "api.questionpro.ae"),
        ("sa", "api.surveyanalytics.com"),
        ("ksa", "api.questionprosa.com"),
    ];
    assert_all_offered("questionpro", "dc", &qp.map(|q| q.0));
    for (i, (dc, host)) in qp.iter().enumerate() {
        let name = format!("qp-{dc}");
        env.profile(&name, "questionpro", &[&format!("dc={dc}")])
            .await;
        let seen = upload_ok(&env, &name, Some("1234567"), 60 + i as u32).await;
        assert_served_at(&seen, "/a/api/", host, &name);
    }
    let all = env.sandbox.requests();
    assert!(all.iter().all(|r| r.status != 421), "{all:?}");
}

/// The sandbox is the strict side: a token issued in one data centre does not
/// work on another's API domain, and an API asked on a host that does not
/// serve it answers 421.
#[tokio::test]
async fn the_real_hosts_sandbox_refuses_the_wrong_host() {
    let (sb, pem) = photodrop::sandbox::Sandbox::start_real_hosts()
        .await
        .unwrap();
    let addr = sb.addr;
    let http = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).unwrap())
        .resolve_to_addrs("accounts.zoho.eu", &[addr])
        .resolve_to_addrs("www.zohoapis.eu", &[addr])
        .resolve_to_addrs("www.zohoapis.com", &[addr])
        .resolve_to_addrs("api.chakrahq.com", &[addr])
        .build()
        .unwrap();
    let tok: serde_json::Value = zoho_token(&http, "https://accounts.zoho.eu").await;
    assert_eq!(tok["api_domain"], "https://www.zohoapis.eu", "{tok}");
    let access = tok["access_token"].as_str().unwrap();
    let search = |host: &str| {
        http.get(format!(
            "https://{host}/crm/v2/Leads/search?email=a@example.com"
        ))
        .header("Authorization", format!("Zoho-oauthtoken {access}"))
        .send()
    };
    let home = search("www.zohoapis.eu").await.unwrap().status();
    assert!(home.is_success(), "{home}");
    let other = search("www.zohoapis.com").await.unwrap();
    assert_eq!(
        other.status(),
        401,
        "a token of the EU data centre on the US API domain"
    );
    let wrong = http
        .post("https://api.chakrahq.com/oauth/v2/token")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 421);
}
