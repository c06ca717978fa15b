//! The app in other languages, end to end: every screen and dialog rendered
//! in the pseudo-locale at the smallest window (800×600) has no text of ours
//! outside a catalog (every message is bracketed) and nothing cut off; then
//! German, Japanese and Arabic (right to left), chosen in Settings, with the
//! core's messages following. The screenshots feed the README's gallery.

use crate::common::*;
use serde_json::json;
use std::path::PathBuf;

/// Problems on the page as it is: text of ours not from a catalog (in the
/// pseudo-locale every message is `[…]`), text cut off, or a page wider than
/// the window. Data (file names, targets, codes, profile names) is marked
/// `translate="no"` by the page and not checked for brackets.
const AUDIT: &str = r#"
const problems = [];
const pseudo = document.documentElement.lang === 'en-XA';
const neutral = /^[\s\d.,:;·•→←✓✗—–\-+×%()#\/\[\]…"“”'?!]*$/;
const shown = (el) => {
  if (!el || el.closest('[hidden], dialog:not([open])')) return false;
  const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none' && !el.closest('.sr-only, .skip:not(:focus)');
};
const where = (el) => `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}>`;
const bracketed = (t) => t.startsWith('[') && t.endsWith(']');
if (pseudo) {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = w.nextNode());) {
    const text = n.textContent.trim(), el = n.parentElement;
    if (!text || neutral.test(text) || !el || el.closest('[translate=no], script, style, option, select, textarea')) continue;
    if (!shown(el)) continue;
    // A message may hold values (a file name) and sit next to other messages:
    // each bracketed run is one message; anything outside the runs is ours uncatalogued.
    const outside = text.replace(/\[[^\[\]]*(\[[^\[\]]*\][^\[\]]*)*\]/g, '').trim();
    if (!neutral.test(outside)) problems.push(`not from a catalog: "${text.slice(0, 90)}" in ${where(el)}`);
  }
  for (const s of document.querySelectorAll('select')) {
    const o = s.selectedOptions[0];
    if (!o || !shown(s) || s.closest('[translate=no]') || o.closest('[translate=no]')) continue;
    const t = o.textContent.trim();
    if (t && !neutral.test(t) && !bracketed(t)) problems.push(`not from a catalog: option "${t}" of ${where(s)}`);
  }
  for (const el of document.querySelectorAll('[placeholder], [aria-label]')) {
    if (!shown(el) || el.closest('[translate=no]')) continue;
    for (const a of ['placeholder', 'aria-label']) {
      const t = (el.getAttribute(a) || '').trim();
      if (t && !neutral.test(t) && !bracketed(t)) problems.push(`not from a catalog: ${a} "${t.slice(0, 90)}" of ${where(el)}`);
    }
  }
}
if (document.documentElement.scrollWidth > innerWidth + 1) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
for (const el of document.querySelectorAll('body *')) {
  if (!shown(el) || el.closest('[translate=no]') || !(el.textContent.trim() || el.placeholder)) continue;
  const cs = getComputedStyle(el);
  const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
  if (clips && el.scrollWidth > el.clientWidth + 1 && el.children.length === 0) problems.push(`cut off: "${el.textContent.trim().slice(0, 60)}" in ${where(el)} (${el.scrollWidth} > ${el.clientWidth})`);
  const r = el.getBoundingClientRect();
  if (el.tagName === 'INPUT' && !el.value && el.placeholder) {
    // A placeholder shows on one line too.
    const ctx = (window.__measure ||= document.createElement('canvas').getContext('2d'));
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const need = ctx.measureText(el.placeholder).width;
    if (need > room + 1) problems.push(`cut off: placeholder "${el.placeholder.slice(0, 60)}" of ${where(el)} (${Math.round(need)} > ${Math.round(room)})`);
  }
  if (el.tagName === 'SELECT' && el.selectedOptions[0]) {
    // A select shows its chosen option on one line: measure it in the select's font.
    const ctx = (window.__measure ||= document.createElement('canvas').getContext('2d'));
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16;
    const need = ctx.measureText(el.selectedOptions[0].textContent.trim()).width;
    if (need > room + 1) problems.push(`cut off: option "${el.selectedOptions[0].textContent.trim().slice(0, 60)}" of ${where(el)} (${Math.round(need)} > ${Math.round(room)})`);
  }
  if (el.children.length === 0 && (r.right > innerWidth + 1 || r.left < -1)) problems.push(`outside the window: "${el.textContent.trim().slice(0, 60)}" in ${where(el)}`);
}
return problems;
"#;

/// The thumbnails of the photos sent (a missing file has none to show).
const SENT_THUMBS_SHOWN: &str = "[...document.querySelectorAll('#tiles .tile:is([data-state=done], [data-state=duplicate]) img.thumb')].every(i => i.complete && i.naturalWidth > 0)";

async fn audit(t: &Ctx, screen: &str) {
    t.settle().await;
    let found = t.js(AUDIT).await;
    t.assert_no_problems(found, &format!("lang-failed-{screen}"), screen)
        .await;
}

/// Choose a language in Settings: the page starts again in it.
async fn choose_language(t: &Ctx, tag: &str, expect: &str) {
    t.show_tab("settings").await;
    t.js("document.body.dataset.ready = '';").await;
    t.select("#set-language", tag).await;
    t.wait(
        &format!(
            "document.body.dataset.ready === '1' && document.documentElement.lang === {expect:?}"
        ),
        "the page to start again in the new language",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_every_language() {
    let _turn = crate::ONE_APP.lock().await;
    let ctx = start_with(|_, _| vec![("PHOTODROP_LANG".into(), "en-XA".into())]).await;
    let t = &ctx;
    t.c.set_window_size(800, 600).await.unwrap();
    let width = t
        .wait("innerWidth <= 800 && innerWidth", "the window at 800×600")
        .await;
    assert!(width.as_f64().unwrap() >= 760.0, "{width}");

    // 1. The pseudo-locale, smallest window: the upload screen with a target,
    //    photos done and one that cannot be read.
    t.wait(
        "document.documentElement.lang === 'en-XA' && document.querySelector('#search-input')",
        "the page in the pseudo-locale",
    )
    .await;
    audit(t, "upload-empty").await;
    t.type_into("#search-input", "Ada").await;
    t.wait(
        "document.querySelector('#search-results li[role=option]')",
        "search results",
    )
    .await;
    audit(t, "upload-search").await;
    t.click("#search-results li[role=option]").await;
    t.wait("document.querySelector('#target-value')", "the target")
        .await;
    let mut files = photos(2);
    files.push(PathBuf::from("/nonexistent/gone.jpg"));
    t.inject_drop(&files).await;
    // Two photos on a one-photo record: the app asks first (a dialog, checked too).
    t.wait(
        "document.querySelector('#confirm-dialog').open",
        "the one-photo question",
    )
    .await;
    audit(t, "one-slot-dialog").await;
    t.click("#cd-buttons [data-choice=attach]").await;
    t.wait(
        "document.querySelectorAll('#tiles .tile[data-state=done] a.link').length === 2 && document.querySelector('#tiles .tile[data-state=error] .status')",
        "two uploads and one refusal",
    )
    .await;
    t.wait(SENT_THUMBS_SHOWN, "the thumbnails").await;
    audit(t, "upload-done").await;
    // The core's own message (a missing file) is in the page's language.
    let refusal = t
        .js("return document.querySelector('#tiles .tile[data-state=error] .status').textContent;")
        .await;
    let refusal = refusal.as_str().unwrap();
    assert!(
        refusal.starts_with('[') && refusal.contains("gone.jpg"),
        "{refusal}"
    );
    t.shot("lang-pseudo-upload").await;

    // 2. Every other screen and dialog (the gallery shoots three).
    crate::other_screens(t, async |screen: &str| {
        if screen == "history" {
            t.wait(
                "document.querySelectorAll('#hist-viewport .hrow').length >= 2",
                "history rows",
            )
            .await;
        }
        audit(t, screen).await;
        if ["history", "settings", "profile-dialog"].contains(&screen) {
            t.shot(&format!("lang-pseudo-{screen}")).await;
        }
    })
    .await;

    // 3. German, Japanese and Arabic, chosen in Settings (the window back to
    //    its usual size for the gallery).
    t.c.set_window_size(1100, 760).await.unwrap();
    for (tag, upload_tab, rtl) in [
        ("de", "Hochladen", false),
        ("ja", "アップロード", false),
        ("ar", "الرفع", true),
    ] {
        choose_language(t, tag, tag).await;
        let dir = t.js("return document.documentElement.dir;").await;
        assert_eq!(dir, json!(if rtl { "rtl" } else { "ltr" }), "{tag}");
        let label = t
            .js("return document.querySelector('#tab-upload').textContent;")
            .await;
        assert_eq!(label, json!(upload_tab), "{tag}");
        crate::show_settings(t).await;
        // The profile's option labels come from the core's catalogs.
        let fit = t
            .js("return document.querySelector('label[for=set-opt-fit]').textContent;")
            .await;
        assert_ne!(fit, json!("Fit photos to the destination"), "{tag}");
        audit(t, &format!("{tag}-settings")).await;
        t.show_tab("upload").await;
        t.wait(
            "document.querySelector('#search-input')",
            "the record search",
        )
        .await;
        t.type_into("#search-input", "Ada").await;
        t.wait(
            "document.querySelector('#search-results li[role=option]')",
            "search results",
        )
        .await;
        t.click("#search-results li[role=option]").await;
        t.inject_drop(&[PathBuf::from(format!("/nonexistent/{tag}-gone.jpg"))])
            .await;
        t.inject_drop(&photos(3)[2..]).await;
        t.wait(
            &format!("document.querySelector('#tiles .tile[data-state=error] .status')?.textContent.includes('{tag}-gone.jpg') && document.querySelector('#tiles .tile[data-state=done], #tiles .tile[data-state=duplicate]')"),
            "the photo sent and the missing one explained",
        )
        .await;
        let refusal = t
            .js("return document.querySelector('#tiles .tile[data-state=error] .status').textContent;")
            .await;
        let expected = match tag {
            "de" => "Datei nicht gefunden",
            "ja" => "ファイルが見つかりません",
            _ => "الملف غير موجود",
        };
        assert!(
            refusal.as_str().unwrap().contains(expected),
            "{tag}: {refusal}"
        );
        t.wait(SENT_THUMBS_SHOWN, "the thumbnails").await;
        audit(t, &format!("{tag}-upload")).await;
        t.shot(&format!("lang-{tag}-upload")).await;
        t.show_tab("history").await;
        // A date, not only a time, for anything before today is the
        // formatter's job; today's rows show the time in the language's way.
        t.wait(
            "document.querySelectorAll('#hist-viewport .hrow').length >= 3",
            "history rows",
        )
        .await;
        audit(t, &format!("{tag}-history")).await;
        t.shot(&format!("lang-{tag}-history")).await;
    }
    // Back to following the system (here: PHOTODROP_LANG, the pseudo-locale).
    choose_language(t, "system", "en-XA").await;
}
