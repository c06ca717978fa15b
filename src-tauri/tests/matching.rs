//! Issue #19 through the app: 40 photos named by product code are dropped
//! with no target; "Match each photo to a record" looks each code up in Zoho
//! CRM (the sandbox's search), the table shows found / not found / ambiguous,
//! a candidate is picked for one ambiguous photo, and "Send matched" puts
//! every matched photo on its own record — nothing else is sent.

mod common;

use common::*;
use photodrop::sandbox::creds;
use std::collections::BTreeMap;
use std::time::Duration;

const ZOHO: &[(&str, &str)] = &[
    ("client_id", creds::ZOHO_CLIENT_ID),
    ("client_secret", creds::ZOHO_CLIENT_SECRET),
    ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forty_photos_matched_by_product_code() {
    // code → record id; SKU-2000 is on two records, SKU-999x on none.
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    let mut twins = vec![];
    let t = start_with(|dir, sb| {
        saved_profile(dir, sb, "crm", "zoho-crm", ZOHO);
        for i in 0..36 {
            let code = format!("SKU-{}", 1000 + i);
            let id = sb.add_zoho_record(
                "crm",
                "Products",
                &[
                    ("Product_Name", &format!("Product {i}")),
                    ("Product_Code", &code),
                ],
            );
            ids.insert(code, id);
        }
        for name in ["Twin left", "Twin right"] {
            twins.push(sb.add_zoho_record(
                "crm",
                "Products",
                &[("Product_Name", name), ("Product_Code", "SKU-2000")],
            ));
        }
        vec![]
    })
    .await;

    // The photos, named as a product shoot names them; the ambiguous and the
    // unknown ones first, so they are in view at the top of the table.
    let dir = t.dirs.path().join("shoot");
    let mut names: Vec<String> = vec![
        "SKU-2000_a.jpg".into(),
        "SKU-2000_b.jpg".into(),
        "SKU-9990_x.jpg".into(),
        "SKU-9991_x.jpg".into(),
    ];
    names.extend((0..36).map(|i| format!("SKU-{}_front.jpg", 1000 + i)));
    let files: Vec<_> = distinct_photos(&dir, names.len())
        .into_iter()
        .zip(&names)
        .map(|(p, n)| {
            let to = dir.join(n);
            std::fs::rename(&p, &to).unwrap();
            to
        })
        .collect();

    t.select("#profile", "crm").await;
    t.inject_drop(&files).await;
    t.wait(
        "document.querySelectorAll('#tiles .tile').length === 40 && !document.querySelector('#match-open').hidden",
        "40 tiles and the offer to match them",
    )
    .await;
    assert_eq!(
        t.uploads_to("zoho-crm"),
        0,
        "nothing goes before a target or a match"
    );

    t.click("#match-open").await;
    t.wait(
        "[...document.querySelectorAll('#match-kind option')].some(o => o.value === 'Products')",
        "the modules",
    )
    .await;
    t.select("#match-kind", "Products").await;
    t.type_into("#match-field", "Product_Code").await;
    t.select("#match-from", "pattern").await;
    t.type_into("#match-pattern", r"^(SKU-\d+)_").await;
    t.click("#match-go").await;
    t.wait_for(
        "(document.querySelector('#match-summary')?.textContent ?? '').includes('36 found') && !(document.querySelector('#match-summary')?.textContent ?? '').includes('looking')",
        "every code looked up",
        Duration::from_secs(60),
    )
    .await;
    let summary = t
        .js("return document.querySelector('#match-summary').textContent;")
        .await;
    let summary = summary.as_str().unwrap();
    assert!(
        summary.contains("40 photos")
            && summary.contains("2 with several records")
            && summary.contains("2 not found"),
        "{summary}"
    );
    t.shot("matching-table").await;
    // One search per distinct code (36 + SKU-2000 + two unknown).
    assert_eq!(
        t.sandbox
            .requests()
            .iter()
            .filter(|r| r.path.ends_with("/Products/search"))
            .count(),
        39
    );

    // The first ambiguous photo goes to the second twin; the other stays here.
    let pick = format!("Products/{}", twins[1]);
    t.select("#match-viewport .mrow[data-status=many] select", &pick)
        .await;
    t.wait(
        "document.querySelector('#match-send')?.textContent === 'Send 37 matched'",
        "37 photos ready to send",
    )
    .await;
    t.click("#match-send").await;
    let t0 = std::time::Instant::now();
    while t.uploads_to("zoho-crm") < 37 {
        assert!(
            t0.elapsed() < Duration::from_secs(120),
            "{} of 37 uploads arrived",
            t.uploads_to("zoho-crm")
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    t.wait_for(
        "document.querySelectorAll('#tiles .tile[data-state=done]').length === 37",
        "37 tiles done",
        Duration::from_secs(60),
    )
    .await;
    // Every photo on its own record, nothing for the unmatched ones.
    let ups = t.sandbox.uploads();
    assert_eq!(ups.len(), 37);
    for i in 0..36 {
        let code = format!("SKU-{}", 1000 + i);
        let name = format!("{code}_front.jpg");
        let u = ups
            .iter()
            .find(|u| u.file_name == name)
            .unwrap_or_else(|| panic!("{name} not sent"));
        assert_eq!(u.target, format!("Products/{}", ids[&code]), "{name}");
    }
    let twin = ups
        .iter()
        .find(|u| u.file_name.starts_with("SKU-2000"))
        .unwrap();
    assert_eq!(twin.target, pick);
    assert!(!ups.iter().any(|u| u.file_name.starts_with("SKU-999")));
    // The three left are still in the table to fix or skip.
    t.wait(
        "document.querySelectorAll('#match-viewport .mrow').length === 3",
        "the unmatched rows left",
    )
    .await;
    t.shot("matching-sent").await;

    // A watch rule with a field template: its "Try a file name" line names
    // the record the service finds for the sample.
    t.click("#tab-watch").await;
    t.select("#rule-profile", "crm").await;
    t.type_into("#rule-pattern", r"^(SKU-\d+)_").await;
    t.type_into("#rule-sample", "SKU-1007_front.jpg").await;
    t.type_into("#rule-target", "Products[Product_Code={1}]")
        .await;
    let want = format!(
        "→ Products[Product_Code=SKU-1007] → Product 7 (Products/{})",
        ids["SKU-1007"]
    );
    t.wait(
        &format!("document.querySelector('#rule-preview')?.textContent === {want:?}"),
        "the preview resolved against the service",
    )
    .await;
    t.type_into("#rule-sample", "SKU-2000_x.jpg").await;
    t.wait(
        "(document.querySelector('#rule-preview')?.textContent ?? '').includes('2 records match')",
        "the preview saying the value is ambiguous",
    )
    .await;

    // A photo that was not there yet ("no such file"), added again once it
    // is: one fresh tile, with its size and its thumbnail.
    t.click("#tab-upload").await;
    let late = dir.join("SKU-1001_late.jpg");
    t.inject_drop(std::slice::from_ref(&late)).await;
    let tile = format!("#tiles .tile[data-path={:?}]", late.display().to_string());
    t.wait(
        &format!("document.querySelector({tile:?})?.dataset.state === 'error'"),
        "the missing photo's tile",
    )
    .await;
    std::fs::copy(&files[4], &late).unwrap();
    t.inject_drop(std::slice::from_ref(&late)).await;
    t.wait(
        &format!(
            "document.querySelectorAll({tile:?}).length === 1 && document.querySelector({tile:?}).dataset.state !== 'error' \
             && !document.querySelector({tile:?}).textContent.includes('0 B') \
             && document.querySelector({tile:?} + ' img')?.naturalWidth > 0"
        ),
        "one fresh tile with its size and thumbnail",
    )
    .await;
}
