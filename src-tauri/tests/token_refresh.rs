//! Issue #16 item 1 through the desktop app: when the Zoho access token dies
//! while a batch is in flight, every upload refused with the dead token waits
//! for one refresh (Zoho blocks a client after 10 token requests in 10
//! minutes). For CRM and Bigin, through the app's own queue runner.

mod common;

use common::*;
use photodrop::sandbox::{creds, Faults};
use std::time::{Duration, Instant};

const ZOHO: &[(&str, &str)] = &[
    ("client_id", creds::ZOHO_CLIENT_ID),
    ("client_secret", creds::ZOHO_CLIENT_SECRET),
    ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
];

/// Pick `profile` and `target` in the window and drop `files` (several go as
/// the record's attachments); wait until the sandbox has `total` uploads.
async fn drop_onto(
    t: &Ctx,
    profile: &str,
    target: &str,
    files: &[std::path::PathBuf],
    total: usize,
) {
    t.select("#profile", profile).await;
    t.wait("document.querySelector('#target-input')", "the target box")
        .await;
    t.type_into("#target-input", target).await;
    t.click("#target-use").await;
    t.wait(
        &format!("document.querySelector('#target-value')?.textContent?.includes('{target}')"),
        "the target chosen",
    )
    .await;
    t.inject_drop(files).await;
    if files.len() > 1 {
        // A record holds one photo: the app offers attachments, which go in parallel.
        t.wait(
            "document.querySelector('#cd-buttons button[data-choice=attach]')",
            "the one-photo-slot question",
        )
        .await;
        t.click("#cd-buttons button[data-choice=attach]").await;
    }
    let t0 = Instant::now();
    while t.sandbox.uploads().len() < total {
        if t0.elapsed() >= Duration::from_secs(90) {
            t.shot("token-refresh-stuck").await;
            let tiles = t
                .js("return [...document.querySelectorAll('#tiles .tile')].map(e => e.dataset.state + ': ' + e.textContent).join('\\n');")
                .await;
            eprintln!("tiles:\n{}", tiles.as_str().unwrap_or_default());
        }
        assert!(
            t0.elapsed() < Duration::from_secs(90),
            "{} of {total} uploads arrived",
            t.sandbox.uploads().len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dead_token_mid_batch_makes_one_refresh_in_the_app() {
    let ctx = start_with(|dir, sb| {
        saved_profile(dir, sb, "crm", "zoho-crm", ZOHO);
        saved_profile(dir, sb, "bigin", "zoho-bigin", ZOHO);
        vec![]
    })
    .await;
    let t = &ctx;
    let dir = ctx.dirs.path().join("photos");
    let mut expected_tokens = 0;
    let mut total = 0;
    for (profile, target, api) in [
        ("crm", "Leads/3000000038009", "/crm/"),
        ("bigin", "Contacts/4000000010001", "/bigin/"),
    ] {
        let files = distinct_photos_tagged(&dir.join(profile), 9, profile);
        // One upload: the profile's first token.
        total += 1;
        drop_onto(t, profile, target, &files[..1], total).await;
        expected_tokens += 1;
        assert_eq!(ctx.sandbox.token_requests(), expected_tokens, "{profile}");
        // The token dies; the batch's answers come back 100 ms apart after a
        // second (so on a loaded machine every upload has been sent with the
        // dead token before the first answer), and the first refused upload
        // has refreshed before the others are refused.
        let refused_before = refused_count(&ctx);
        ctx.sandbox.set_faults(Faults {
            expire_tokens: Some(true),
            delay_ms: Some(1000),
            stagger_ms: Some(100),
            path_prefix: Some(api.into()),
            ..Default::default()
        });
        total += 8;
        drop_onto(t, profile, target, &files[1..], total).await;
        ctx.sandbox.set_faults(Faults {
            stagger_ms: Some(0),
            delay_ms: Some(0),
            ..Default::default()
        });
        let refused = refused_count(&ctx) - refused_before;
        assert!(
            refused >= 2,
            "{profile}: several uploads refused at once ({refused})"
        );
        expected_tokens += 1;
        assert_eq!(
            ctx.sandbox.token_requests(),
            expected_tokens,
            "{profile}: {refused} uploads refused with one dead token make exactly one refresh"
        );
    }
    t.shot("token-refresh").await;
}

fn refused_count(ctx: &Ctx) -> usize {
    ctx.sandbox
        .requests()
        .iter()
        .filter(|r| r.status == 401)
        .count()
}
