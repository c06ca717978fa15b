//! Languages: every catalog has every key, every key the code uses exists,
//! and the CLI speaks the language the environment (or --lang) asks for
//! while its `--json` codes stay the same.

#[macro_use]
mod common;

use common::*;
use fluent_syntax::ast;
use std::collections::BTreeMap;

const LANGS: &[&str] = &["en", "de", "fr", "es", "pt-BR", "ja", "zh-Hans", "ar"];
const FILES: &[&str] = &["core.ftl", "cli.ftl", "shell.ftl", "ui.ftl"];

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Message id → (attribute names, variable names) of one catalog file.
fn shape(lang: &str, file: &str) -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    let path = root().join(lang).join(file);
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, errs)| panic!("{lang}/{file} does not parse: {errs:?}"));
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = vec![];
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            for a in &m.attributes {
                variables(&a.value, &mut vars);
            }
            vars.sort();
            vars.dedup();
            let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
            assert!(
                out.insert(m.id.name.to_string(), (attrs, vars)).is_none(),
                "{lang}/{file}: {} twice",
                m.id.name
            );
        }
    }
    out
}

fn variables(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_catalog_has_every_key_with_the_same_arguments() {
    let found: Vec<String> = std::fs::read_dir(root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for l in LANGS {
        assert!(found.iter().any(|f| f == l), "no catalog for {l}");
    }
    assert_eq!(found.len(), LANGS.len(), "{found:?}");
    for file in FILES {
        let en = shape("en", file);
        assert!(!en.is_empty());
        for lang in &LANGS[1..] {
            let other = shape(lang, file);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}/{file}: missing {missing:?}, not in English {extra:?}"
            );
            for (id, (attrs, vars)) in &en {
                let (a, v) = &other[id];
                assert_eq!(a, attrs, "{lang}/{file} {id}: attributes");
                // A translation may leave a value out (a plural's "one"
                // says "One photo"), never bring one the code does not pass.
                let unknown: Vec<_> = v.iter().filter(|x| !vars.contains(x)).collect();
                assert!(
                    unknown.is_empty(),
                    "{lang}/{file} {id}: uses {unknown:?}, which English does not"
                );
            }
        }
    }
}

/// Every `tr!("key"` and `i18n::message("key"` in the core and the CLI, and
/// every option of every provider, has its English message.
#[test]
fn every_key_the_code_uses_exists() {
    let mut en = shape("en", "core.ftl");
    en.extend(shape("en", "cli.ftl"));
    en.extend(shape("en", "shell.ftl"));
    let re = regex::Regex::new(r#"(?:tr!\(\s*|message\(\s*)"([a-z][a-z0-9_-]*)""#).unwrap();
    // `tr!(if cond { "a" } else { "b" }, ...)`: every branch's key.
    let chosen = regex::Regex::new(r#"tr!\(\s*if\b[^,;]*"#).unwrap();
    let key = regex::Regex::new(r#"\{\s*"([a-z][a-z0-9_-]*)"\s*\}"#).unwrap();
    // Keys put together at run time, e.g. `cli-credential-{status}`.
    let mut used: Vec<(String, String)> = [
        "cli-credential-set",
        "cli-credential-missing",
        "cli-credential-unknown",
        "cli-imported",
        "cli-replaced",
        "help-usage",
        "help-commands",
        "help-arguments",
        "help-options",
        "help-help",
    ]
    .iter()
    .map(|k| (k.to_string(), "built at run time".to_string()))
    .collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    // The core and the CLI, and the desktop shell.
    let sources = walkdir::WalkDir::new(root.join("src"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("src-tauri/src")));
    for entry in sources {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for c in re.captures_iter(&text) {
                used.push((c[1].to_string(), entry.path().display().to_string()));
            }
            for m in chosen.find_iter(&text) {
                for c in key.captures_iter(m.as_str()) {
                    used.push((c[1].to_string(), entry.path().display().to_string()));
                }
            }
        }
    }
    assert!(used.len() > 40, "found only {used:?}");
    let missing: Vec<_> = used.iter().filter(|(k, _)| !en.contains_key(k)).collect();
    assert!(
        missing.is_empty(),
        "keys without an English message: {missing:?}"
    );
    // Option labels: a new option gets a catalog entry, or it would show in
    // English in every language.
    let mut options: Vec<&photodrop::providers::OptionSpec> =
        photodrop::providers::COMMON_OPTIONS.iter().collect();
    for f in photodrop::providers::REGISTRY {
        options.extend(f.info().options.iter());
    }
    // The catalog's English is the code's own words (they would drift apart
    // otherwise, and English readers would see the catalog's).
    let english =
        |key: &str| photodrop::i18n::with_language("en", || photodrop::i18n::message(key, &[]));
    for o in options {
        let key = format!("option-{}", o.key);
        assert!(en.contains_key(&key), "no {key} in core.ftl");
        // Help is found by its English words (two providers' `dc` differ).
        let pseudo = photodrop::i18n::with_language("en-XA", || o.help_text());
        assert!(
            pseudo.starts_with('['),
            "no catalog message reads exactly like {}'s help {:?} (add option-{}-help[-VARIANT] to core.ftl)",
            o.key,
            o.help,
            o.key
        );
        assert_eq!(english(&key), o.label, "{key}");
        for (c, label) in o.choices.iter().zip(o.choice_labels) {
            let key = format!("option-{}-{c}", o.key);
            assert_eq!(english(&key), *label, "{key}");
        }
    }
    for f in photodrop::providers::REGISTRY {
        let i = f.info();
        let key = |what: &str| format!("provider-{}-{what}", i.id);
        assert_eq!(
            english(&key("target-help")),
            i.target_help,
            "{}",
            key("target-help")
        );
        for f in i.fields {
            let key = format!("field-{}", f.name);
            assert_eq!(english(&key), f.help, "{key}");
        }
        if let Some(p) = &i.picker {
            assert_eq!(english(&key("kind-label")), p.kind_label);
            assert_eq!(english(&key("item-label")), p.item_label);
            assert_eq!(english(&key("search-placeholder")), p.placeholder);
        }
        if let Some(s) = &i.sign_in {
            assert_eq!(english(&key("sign-in")), s.instructions);
        }
    }
}

/// The CLI run with a locale environment and no language setting.
async fn run_in(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let mut c = env.command();
    c.env_remove("PHOTODROP_LANG");
    for v in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    for (k, v) in vars {
        c.env(k, v);
    }
    env.run_with(c, args, None).await
}

t!(
    the_cli_follows_the_locale_and_keeps_json_codes,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let missing = env.path("gone.jpg");
        let missing = missing.to_str().unwrap();
        let up = [
            "upload",
            "--profile",
            "crm",
            "--target",
            "Leads/3000000038009",
            "--json",
            missing,
        ];
        let message = |r: &Run| -> (String, String) {
            let line = r
                .stdout
                .lines()
                .find(|l| l.contains("FILE_NOT_FOUND"))
                .unwrap_or_else(|| panic!("{r:?}"));
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            (
                v["error"]["code"].as_str().unwrap().into(),
                v["error"]["message"].as_str().unwrap().into(),
            )
        };
        let en = message(&run_in(&env, &[("LANG", "C.UTF-8")], &up).await);
        assert_eq!(en.0, "FILE_NOT_FOUND");
        assert!(en.1.contains("no such file"), "{en:?}");
        // The setting overrides the system: --lang, then PHOTODROP_LANG.
        let mut with_flag = up.to_vec();
        with_flag.insert(0, "--lang=zh-Hans");
        let zh = message(&run_in(&env, &[("LANG", "de_DE.UTF-8")], &with_flag).await);
        assert!(zh.1.contains("找不到该文件"), "{zh:?}");
        let pt = message(
            &run_in(
                &env,
                &[("LANG", "de_DE.UTF-8"), ("PHOTODROP_LANG", "pt-BR")],
                &up,
            )
            .await,
        );
        assert!(pt.1.contains("arquivo não encontrado"), "{pt:?}");
        if windows_exe().is_some() {
            // Windows takes the person's UI languages from the OS (Wine's
            // prefix here), not from LANG: only the setting is checked.
            let ar = message(&run_in(&env, &[("PHOTODROP_LANG", "ar")], &up).await);
            assert!(ar.1.contains("الملف غير موجود"), "{ar:?}");
            return;
        }
        let de = message(&run_in(&env, &[("LANG", "de_DE.UTF-8")], &up).await);
        assert_eq!(de.0, "FILE_NOT_FOUND", "codes stay");
        assert!(de.1.contains("Datei nicht gefunden"), "{de:?}");
        assert!(de.1.contains("gone.jpg"), "{de:?}");
        // LC_ALL wins over LANG, LC_MESSAGES over LANG; a LANGUAGE list left
        // by a desktop session does not override them.
        let ja = message(
            &run_in(
                &env,
                &[
                    ("LANG", "de_DE.UTF-8"),
                    ("LC_ALL", "ja_JP.UTF-8"),
                    ("LANGUAGE", "fr"),
                ],
                &up,
            )
            .await,
        );
        assert!(ja.1.contains("ファイルが見つかりません"), "{ja:?}");
        let fr = message(
            &run_in(
                &env,
                &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "fr_CA.UTF-8")],
                &up,
            )
            .await,
        );
        assert!(fr.1.contains("fichier introuvable"), "{fr:?}");
        // A language we have no catalog for: English.
        let ko = message(&run_in(&env, &[("LANG", "ko_KR.UTF-8")], &up).await);
        assert!(ko.1.contains("no such file"), "{ko:?}");
        let ar = message(&run_in(&env, &[("LANG", "ar_SA.UTF-8")], &up).await);
        assert!(ar.1.contains("الملف غير موجود"), "{ar:?}");
    }
);

t!(
    human_output_and_errors_are_translated,
    |env: Env| async move {
        env.profile("crm", "zoho-crm", &[]).await;
        let a = env.jpeg("a.jpg", 1);
        // Windows takes its language from the OS, not LANG: the setting there.
        let lang = |posix: &'static str, tag: &'static str| {
            if windows_exe().is_some() {
                ("PHOTODROP_LANG", tag)
            } else {
                ("LANG", posix)
            }
        };
        let de = [lang("de_DE.UTF-8", "de")];
        let up = [
            "upload",
            "--profile",
            "crm",
            "--target",
            "Leads/3000000038009",
            a.to_str().unwrap(),
        ];
        let r = run_in(&env, &de, &up).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert!(
            r.stdout.contains("1 hochgeladen, 0 fehlgeschlagen."),
            "{r:?}"
        );
        // The same photo again: already attached.
        let r = run_in(&env, &de, &up).await;
        assert!(
            r.stdout
                .contains("hängt bereits an Leads/3000000038009 seit "),
            "{r:?}"
        );
        // The date in the language's order (day.month.year).
        assert!(
            regex::Regex::new(r"seit \d\d\.\d\d\.\d{4}, \d\d:\d\d UTC")
                .unwrap()
                .is_match(&r.stdout),
            "{r:?}"
        );
        let r = run_in(&env, &de, &["history"]).await;
        assert!(
            regex::Regex::new(r"^\d\d\.\d\d\.\d{4}, \d\d:\d\d UTC")
                .unwrap()
                .is_match(&r.stdout),
            "{r:?}"
        );
        // A configuration error, with what to do, in Japanese; exit code 2 stays.
        let r = run_in(
            &env,
            &[lang("ja_JP.UTF-8", "ja")],
            &[
                "upload",
                "--profile",
                "nobody",
                "--target",
                "x",
                a.to_str().unwrap(),
            ],
        )
        .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr
                .starts_with("エラー: 「nobody」という名前のプロファイルはありません。"),
            "{r:?}"
        );
        assert!(
            r.stderr
                .contains("`photodrop profile add nobody --provider KIND`"),
            "{r:?}"
        );
        // The pseudo-locale brackets every message the CLI prints for people.
        let r = run_in(&env, &[("PHOTODROP_LANG", "en-XA")], &["history"]).await;
        assert!(
            r.stdout.lines().next().is_some_and(|l| l.contains('[')),
            "{r:?}"
        );
        // Listings, confirmations, --help and clap's usage errors too.
        let r = run_in(&env, &de, &["profile", "list"]).await;
        assert!(r.stdout.contains("bereit"), "{r:?}");
        let r = run_in(&env, &de, &["providers"]).await;
        assert!(r.stdout.contains("  Zugangsdaten: "), "{r:?}");
        assert!(r.stdout.contains("jedes Profil"), "{r:?}");
        let r = run_in(&env, &de, &["watch", "--list"]).await;
        assert!(
            r.stdout
                .starts_with("Keine gespeicherten Überwachungsregeln."),
            "{r:?}"
        );
        let r = run_in(&env, &de, &["upload", "--help"]).await;
        assert_eq!(r.code, 0, "{r:?}");
        // The program's own name leads the usage line (photodrop.exe under Wine).
        assert!(
            ["photodrop", "photodrop.exe"]
                .iter()
                .any(|bin| r.stdout.contains(&format!("Aufruf: {bin} upload "))),
            "{r:?}"
        );
        assert!(r.stdout.contains("\nOptionen:\n"), "{r:?}");
        assert!(r.stdout.contains("Das zu verwendende Profil"), "{r:?}");
        let r = run_in(&env, &de, &["upload", "--bogus"]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr
                .starts_with("Fehler: unerwartetes Argument '--bogus'"),
            "{r:?}"
        );
        let r = run_in(&env, &de, &["upload", "--profile", "a", "--profile", "b"]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr.contains("darf nur einmal angegeben werden"),
            "{r:?}"
        );
        let r = run_in(&env, &[lang("ar_EG.UTF-8", "ar")], &["queue", "list"]).await;
        assert_eq!(r.code, 0, "{r:?}");
        assert!(r.stdout.contains("لا توجد"), "{r:?}");
    }
);

/// Words people read are built from the catalogs (`tr!`), so they follow the
/// language: errors of the core, the CLI and the shell, the CLI's lines, the
/// reasons inside them. The scan looks at every string literal of the
/// non-test code that reads like prose (two words) and fails unless it is:
/// - the code's own words that a catalog translates (a provider's option
///   labels and help: the English catalog holds exactly that text),
/// - a log line, a panic or an `Error::internal` detail (technical, for a
///   report, wrapped in a catalog sentence),
/// - SQL, or one of the few below, each with its reason.
///
/// The sandbox speaks for the services and stays English.
const NOT_WORDS_FOR_PEOPLE: &[(&str, &str)] = &[
    ("too many", "matches Zoho's own error text"),
    ("Raw profile type ", "a PNG text chunk's keyword"),
    ("text/plain; charset=utf-8", "a MIME type"),
    ("failed printing to std", "matches Rust's own panic message"),
    (
        "seek before the start",
        "a decoder's misuse of a reader: a bug, not a user's problem",
    ),
    (
        "Attach photos to records in Zoho CRM, Zoho Bigin, ChakraHQ, Capillary and QuestionPro",
        "clap's about line; --help sets it from cli-about",
    ),
];

#[test]
fn no_words_for_people_are_written_in_the_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let english: std::collections::HashSet<String> = ["core.ftl", "cli.ftl", "shell.ftl"]
        .iter()
        .flat_map(|f| shape("en", f).into_keys())
        .map(|k| photodrop::i18n::with_language("en", || photodrop::i18n::message(&k, &[])))
        .collect();
    let literal = regex::Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let prose = regex::Regex::new(r"[A-Za-z]{2,}[,;:]? [a-z]{2,}").unwrap();
    let technical = regex::Regex::new(
        r"tracing::|debug!|info!|warn!|error!|trace!|\.expect\(|panic!|unreachable!|assert|internal\(|\.context\(|SELECT|UPDATE|INSERT|DELETE|ALTER",
    )
    .unwrap();
    // SQL, and commands to type (the same in every language).
    let sql = regex::Regex::new(r"^\s*(SELECT|UPDATE|INSERT|DELETE|ALTER|CREATE) ").unwrap();
    let mut found = vec![];
    let sources = walkdir::WalkDir::new(root.join("src"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("src-tauri/src")));
    for entry in sources {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs")
            || path.components().any(|c| c.as_os_str() == "sandbox")
        {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let body = text.split("#[cfg(test)]").next().unwrap();
        let lines: Vec<&str> = body.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") || t.starts_with("#[") || t.starts_with("#![") {
                continue;
            }
            for m in literal.captures_iter(line) {
                let s = m[1].replace("\\\"", "\"");
                if !prose.is_match(&s)
                    || english.contains(&s)
                    || sql.is_match(&s)
                    || s.starts_with("photodrop ")
                    || s.starts_with("`photodrop ")
                    || NOT_WORDS_FOR_PEOPLE.iter().any(|(w, _)| *w == s)
                {
                    continue;
                }
                // The call the literal is in: this line and the two before.
                let before =
                    lines[n.saturating_sub(2)..n].join(" ") + &line[..m.get(0).unwrap().start()];
                if technical.is_match(&before) {
                    continue;
                }
                found.push(format!(
                    "{}:{}: {}",
                    path.strip_prefix(root).unwrap().display(),
                    n + 1,
                    &s[..s.len().min(80)]
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words for people written in the code instead of the catalogs (add a key to locales/*/*.ftl and use tr!):\n{}",
        found.join("\n")
    );
}
