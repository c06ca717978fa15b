//! Languages: one set of Project Fluent catalogs (`locales/<lang>/*.ftl`) for
//! the core's error messages (`core.ftl`), the CLI (`cli.ftl`), the desktop
//! shell's tray, notifications and native dialogs (`shell.ftl`), and the app's
//! page (`ui.ftl`, which the page bundles at build time).
//!
//! The language is a process-wide choice made once by the host: an explicit
//! setting (`--lang`, `PHOTODROP_LANG`, the app's Settings) or else the
//! system's ([`system_preferences`]). A thread can borrow another language for
//! a while ([`with_language`]), so tests in one process do not race.
//!
//! `--json` keeps codes and field names; only `message` follows the language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::{OnceLock, RwLock};
use unic_langid::LanguageIdentifier;

/// The languages PhotoDrop speaks: tag, name in itself, right to left.
pub const LANGUAGES: &[(&str, &str, bool)] = &[
    ("en", "English", false),
    ("de", "Deutsch", false),
    ("fr", "Français", false),
    ("es", "Español", false),
    ("pt-BR", "Português (Brasil)", false),
    ("ja", "日本語", false),
    ("zh-Hans", "简体中文", false),
    ("ar", "العربية", true),
];

/// A pseudo-locale for tests: English with every message bracketed, accented
/// and lengthened by 40 %, so untranslated or cut-off text stands out.
pub const PSEUDO: &str = "en-XA";

/// The catalog files, embedded: the core and CLI need no files at run time.
/// Index by position in [`LANGUAGES`].
const CATALOGS: &[[&str; 3]] = &[
    [
        include_str!("../locales/en/core.ftl"),
        include_str!("../locales/en/cli.ftl"),
        include_str!("../locales/en/shell.ftl"),
    ],
    [
        include_str!("../locales/de/core.ftl"),
        include_str!("../locales/de/cli.ftl"),
        include_str!("../locales/de/shell.ftl"),
    ],
    [
        include_str!("../locales/fr/core.ftl"),
        include_str!("../locales/fr/cli.ftl"),
        include_str!("../locales/fr/shell.ftl"),
    ],
    [
        include_str!("../locales/es/core.ftl"),
        include_str!("../locales/es/cli.ftl"),
        include_str!("../locales/es/shell.ftl"),
    ],
    [
        include_str!("../locales/pt-BR/core.ftl"),
        include_str!("../locales/pt-BR/cli.ftl"),
        include_str!("../locales/pt-BR/shell.ftl"),
    ],
    [
        include_str!("../locales/ja/core.ftl"),
        include_str!("../locales/ja/cli.ftl"),
        include_str!("../locales/ja/shell.ftl"),
    ],
    [
        include_str!("../locales/zh-Hans/core.ftl"),
        include_str!("../locales/zh-Hans/cli.ftl"),
        include_str!("../locales/zh-Hans/shell.ftl"),
    ],
    [
        include_str!("../locales/ar/core.ftl"),
        include_str!("../locales/ar/cli.ftl"),
        include_str!("../locales/ar/shell.ftl"),
    ],
];

/// The catalog sources of one language (for the completeness test and for
/// hosts that ship them elsewhere).
pub fn sources(tag: &str) -> Option<&'static [&'static str; 3]> {
    LANGUAGES
        .iter()
        .position(|(t, ..)| *t == tag)
        .map(|i| &CATALOGS[i])
}

type Bundle = FluentBundle<FluentResource>;

struct Catalog {
    tag: &'static str,
    bundle: Bundle,
    pseudo: bool,
}

fn build(index: usize, pseudo: bool) -> Catalog {
    let (tag, _, rtl) = LANGUAGES[index];
    let id: LanguageIdentifier = tag.parse().expect("our tags parse");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Bidi isolation marks around values only help right-to-left text laid
    // out by a renderer that knows them (the app's page); in terminals and
    // JSON they are noise (see `plain_text`).
    bundle.set_use_isolating(rtl && ISOLATE.load(std::sync::atomic::Ordering::Relaxed));
    if pseudo {
        bundle.set_transform(Some(accent));
    }
    for src in CATALOGS[index] {
        let res = FluentResource::try_new(src.to_string())
            .unwrap_or_else(|(_, e)| panic!("catalog {tag} does not parse: {e:?}"));
        bundle
            .add_resource(res)
            .unwrap_or_else(|e| panic!("catalog {tag} repeats a key: {e:?}"));
    }
    Catalog {
        tag: if pseudo { PSEUDO } else { tag },
        bundle,
        pseudo,
    }
}

static ISOLATE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Messages for a terminal or a pipe: no Unicode bidi isolation marks around
/// values, even in Arabic (most terminals show them as stray characters).
/// Call before the first message.
pub fn plain_text() {
    ISOLATE.store(false, std::sync::atomic::Ordering::Relaxed);
}

fn catalog(index: usize) -> &'static Catalog {
    static ALL: OnceLock<Vec<OnceLock<Catalog>>> = OnceLock::new();
    let all = ALL.get_or_init(|| (0..LANGUAGES.len()).map(|_| OnceLock::new()).collect());
    all[index].get_or_init(|| build(index, false))
}

fn pseudo_catalog() -> &'static Catalog {
    static P: OnceLock<Catalog> = OnceLock::new();
    P.get_or_init(|| build(0, true))
}

/// Which catalog to use: `None` = not chosen yet (English until a host chooses).
static CURRENT: RwLock<Option<&'static Catalog>> = RwLock::new(None);

thread_local! {
    static BORROWED: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
}

fn lookup(tag: &str) -> Option<&'static Catalog> {
    if is_pseudo(tag) {
        return Some(pseudo_catalog());
    }
    LANGUAGES.iter().position(|(t, ..)| *t == tag).map(catalog)
}

fn is_pseudo(tag: &str) -> bool {
    [PSEUDO, "qps-ploc", "pseudo"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(tag))
}

fn active() -> &'static Catalog {
    BORROWED
        .with(Cell::get)
        .or_else(|| *CURRENT.read().unwrap_or_else(|e| e.into_inner()))
        .unwrap_or_else(|| catalog(0))
}

/// The language in use (a tag of [`LANGUAGES`] or [`PSEUDO`]).
pub fn current() -> &'static str {
    active().tag
}

/// A language as the app's settings list it.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanguageInfo {
    pub tag: &'static str,
    /// Its name in itself ("Deutsch").
    pub name: &'static str,
    pub rtl: bool,
}

/// Every language there is a catalog for.
pub fn languages() -> Vec<LanguageInfo> {
    LANGUAGES
        .iter()
        .map(|&(tag, name, rtl)| LanguageInfo { tag, name, rtl })
        .collect()
}

/// The language in use, described.
pub fn current_info() -> LanguageInfo {
    let tag = current();
    LANGUAGES
        .iter()
        .find(|(t, ..)| *t == tag)
        .map(|&(tag, name, rtl)| LanguageInfo { tag, name, rtl })
        .unwrap_or(LanguageInfo {
            tag,
            name: "Pseudo",
            rtl: false,
        })
}

/// True when the language in use is written right to left.
pub fn is_rtl() -> bool {
    let tag = current();
    LANGUAGES.iter().any(|(t, _, rtl)| *t == tag && *rtl)
}

/// Choose the process's language: `setting` when given and not "system"
/// (any tag; negotiated to the closest we have), else the system's.
/// Returns the tag chosen.
pub fn choose(setting: Option<&str>) -> &'static str {
    let tag = resolve(setting);
    let cat = lookup(tag).expect("resolve returns one of ours");
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(cat);
    cat.tag
}

/// What [`choose`] would pick, without choosing it: the setting, else
/// `PHOTODROP_LANG`, else the system's languages.
pub fn resolve(setting: Option<&str>) -> &'static str {
    let pick = |s: Option<String>| s.filter(|s| !s.trim().is_empty() && s.trim() != "system");
    let setting =
        pick(setting.map(str::to_string)).or_else(|| pick(std::env::var("PHOTODROP_LANG").ok()));
    match setting.as_deref().map(str::trim) {
        Some(s) if is_pseudo(s) => PSEUDO,
        Some(s) => negotiate(&[s.to_string()]).unwrap_or_else(|| negotiate_system()),
        None => negotiate_system(),
    }
}

fn negotiate_system() -> &'static str {
    negotiate(&system_preferences()).unwrap_or("en")
}

/// Run `f` with this thread speaking `tag` (tests; one request in a host that
/// serves several people).
pub fn with_language<T>(tag: &str, f: impl FnOnce() -> T) -> T {
    let cat = lookup(resolve(Some(tag)));
    let before = BORROWED.with(|b| b.replace(cat));
    struct Restore(Option<&'static Catalog>);
    impl Drop for Restore {
        fn drop(&mut self) {
            BORROWED.with(|b| b.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// The closest language of ours to the first of `requested` that we can
/// serve at all ("de-AT" → de, "pt" → pt-BR, "zh-CN" → zh-Hans).
pub fn negotiate(requested: &[String]) -> Option<&'static str> {
    let available: Vec<LanguageIdentifier> = LANGUAGES
        .iter()
        .map(|(t, ..)| t.parse().expect("our tags parse"))
        .collect();
    for r in requested {
        if is_pseudo(r) {
            return Some(PSEUDO);
        }
        let Ok(id) = r.parse::<LanguageIdentifier>() else {
            continue;
        };
        if id.language.as_str() == "und" {
            continue;
        }
        let got = fluent_langneg::negotiate_languages(
            &[&id],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        if let Some(best) = got.first() {
            let s = best.to_string();
            return LANGUAGES.iter().find(|(t, ..)| *t == s).map(|(t, ..)| *t);
        }
        // Same language, another script or region we do not have (zh-TW):
        // the language's one catalog reads better than English.
        if let Some((t, ..)) = LANGUAGES
            .iter()
            .find(|(t, ..)| t.split('-').next() == Some(id.language.as_str()))
        {
            return Some(t);
        }
    }
    None
}

/// The person's languages, most wanted first, as BCP 47 tags.
///
/// On Linux and other Unix systems this reads the POSIX variables in their
/// order of precedence (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), and
/// GNU `LANGUAGE` after them; `C`/`POSIX` means English. Written here rather
/// than taken from `sys-locale`, which puts `LANGUAGE` ahead of `LC_ALL`:
/// `LC_ALL=de_DE.UTF-8 photodrop …` must speak German whatever a desktop
/// session left in `LANGUAGE`. Windows and macOS ask the OS (`sys-locale`:
/// the user's UI languages).
pub fn system_preferences() -> Vec<String> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let mut out = Vec::new();
        if let Some(l) = var("LC_ALL")
            .or_else(|| var("LC_MESSAGES"))
            .or_else(|| var("LANG"))
        {
            if l == "C" || l == "POSIX" || l.starts_with("C.") {
                return vec!["en".into()];
            }
            out.push(posix_to_bcp47(&l));
        }
        if let Some(list) = var("LANGUAGE") {
            out.extend(
                list.split(':')
                    .filter(|s| !s.is_empty())
                    .map(posix_to_bcp47),
            );
        }
        out
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        sys_locale::get_locales().collect()
    }
}

/// `de_DE.UTF-8@euro` → `de-DE`.
pub fn posix_to_bcp47(s: &str) -> String {
    let s = s.split(['.', '@']).next().unwrap_or(s);
    s.replace('_', "-")
}

/// A value for a message's placeable.
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<std::path::Display<'_>> for Arg {
    fn from(s: std::path::Display<'_>) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<&std::path::Display<'_>> for Arg {
    fn from(s: &std::path::Display<'_>) -> Self {
        Arg::Text(s.to_string())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The message `key` in the language in use, `args` filled in. A key the
/// language lacks falls back to English; a key nobody has comes back as
/// itself (tests/i18n.rs checks every key used in the code exists).
pub fn message(key: &str, args: &[(&str, Arg)]) -> String {
    let cat = active();
    let fargs = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(s) => a.set(*k, FluentValue::from(s.as_str())),
                Arg::Number(n) => a.set(*k, FluentValue::from(*n)),
            }
        }
        a
    });
    let format = |cat: &Catalog| -> Option<String> {
        let msg = cat.bundle.get_message(key)?;
        let pattern = msg.value()?;
        let mut errors = vec![];
        let s = cat
            .bundle
            .format_pattern(pattern, fargs.as_ref(), &mut errors);
        if !errors.is_empty() {
            tracing::debug!(key, ?errors, "message formatted with errors");
        }
        Some(s.into_owned())
    };
    let text = format(cat)
        .or_else(|| format(catalog(0)))
        .unwrap_or_else(|| key.to_string());
    if cat.pseudo {
        bracket(&text)
    } else {
        text
    }
}

/// Whether the catalogs have the message `key` (in English, at least).
pub fn has_message(key: &str) -> bool {
    catalog(0).bundle.has_message(key)
}

/// The message `key` when the catalogs have it, else `fallback` as it is
/// (text defined beside the code it describes, such as a provider's option
/// labels, and translated where a catalog has its key).
pub fn text(key: &str, fallback: &str) -> String {
    if catalog(0).bundle.has_message(key) {
        message(key, &[])
    } else {
        fallback.to_string()
    }
}

/// Text written beside the code under no key of its own (a provider's option
/// help: two providers' `dc` options say different things) translated by its
/// English words: the message whose English is exactly `english`, else
/// `english` as it is. Looked up by the text, gettext-style, so a changed
/// English text in the code never shows a stale translation.
pub fn text_by_english(english: &str) -> String {
    static INDEX: OnceLock<std::collections::HashMap<String, String>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let en = catalog(0);
        let mut map = std::collections::HashMap::new();
        for src in CATALOGS[0] {
            for line in src.lines() {
                let Some((id, _)) = line.split_once(" = ") else {
                    continue;
                };
                let (Some(msg), true) = (
                    en.bundle.get_message(id),
                    id.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                ) else {
                    continue;
                };
                let mut errors = vec![];
                if let Some(p) = msg.value() {
                    let text = en.bundle.format_pattern(p, None, &mut errors);
                    if errors.is_empty() {
                        map.entry(text.into_owned())
                            .or_insert_with(|| id.to_string());
                    }
                }
            }
        }
        map
    });
    match index.get(english) {
        Some(id) => message(id, &[]),
        None => english.to_string(),
    }
}

/// `tr!("KEY", name = value, ...)`: [`message`] with named arguments.
#[macro_export]
macro_rules! tr {
    ($key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

/// The pseudo-locale's letters (a well-known mapping, as in Mozilla's
/// fluent-pseudo "accented" strategy).
fn accent(s: &str) -> Cow<'_, str> {
    const FROM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const TO: &str = "ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ";
    let map: Vec<char> = TO.chars().collect();
    Cow::Owned(
        s.chars()
            .map(|c| match FROM.find(c) {
                Some(i) if c.is_ascii() => map[i],
                _ => c,
            })
            .collect(),
    )
}

/// `[text·····]`: bracketed and 40 % longer, as the UI's pseudo-locale does.
pub fn bracket(text: &str) -> String {
    let pad = (text.chars().count() * 2).div_ceil(5);
    format!("[{text}{}]", "·".repeat(pad))
}

/// A number with `decimals` places, in the language's way of writing it.
pub fn number(n: f64, decimals: usize) -> String {
    let s = format!("{n:.decimals$}");
    let sep = message("number-decimal-separator", &[]);
    let sep = sep.trim_matches(|c| c == '[' || c == ']' || c == '·');
    if sep == "." {
        s
    } else {
        s.replacen('.', sep, 1)
    }
}

/// A file size for people ("1,4 MB" in German), decimal units like the OSes'
/// file managers.
pub fn size(bytes: u64) -> String {
    let (key, value, decimals) = match bytes {
        b if b < 1000 => ("size-bytes", b as f64, 0),
        b if b < 1_000_000 => ("size-kb", b as f64 / 1e3, 0),
        b if b < 1_000_000_000 => ("size-mb", b as f64 / 1e6, 1),
        b => ("size-gb", b as f64 / 1e9, 2),
    };
    message(key, &[("n", Arg::Text(number(value, decimals)))])
}

/// A date and time in the language's order ("2.12.2026, 09:56" in German).
///
/// The patterns are catalog messages that translators own, rather than ICU
/// (icu4x's date formatter and its data would add megabytes and build
/// minutes for eight fixed locales whose conventions fit one pattern each).
pub fn datetime(t: time::OffsetDateTime) -> String {
    let two = |n: u8| format!("{n:02}");
    message(
        "datetime",
        &[
            ("year", Arg::Text(t.year().to_string())),
            ("month", Arg::Text(two(t.month() as u8))),
            ("day", Arg::Text(two(t.day()))),
            ("hour", Arg::Text(two(t.hour()))),
            ("minute", Arg::Text(two(t.minute()))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names_become_tags() {
        assert_eq!(posix_to_bcp47("de_DE.UTF-8"), "de-DE");
        assert_eq!(posix_to_bcp47("sr_RS@latin"), "sr-RS");
        assert_eq!(posix_to_bcp47("ja"), "ja");
    }

    #[test]
    fn negotiates_to_the_closest_catalog() {
        let n = |s: &str| negotiate(&[s.to_string()]);
        assert_eq!(n("de-AT"), Some("de"));
        assert_eq!(n("pt"), Some("pt-BR"));
        assert_eq!(n("pt-PT"), Some("pt-BR"));
        assert_eq!(n("zh-CN"), Some("zh-Hans"));
        assert_eq!(n("zh-TW"), Some("zh-Hans"));
        assert_eq!(n("ar-SA"), Some("ar"));
        assert_eq!(n("fr-CA"), Some("fr"));
        assert_eq!(n("es-419"), Some("es"));
        assert_eq!(n("ja-JP"), Some("ja"));
        assert_eq!(n("ko-KR"), None);
        assert_eq!(n("en-XA"), Some(PSEUDO));
        assert_eq!(
            negotiate(&["ko".into(), "fr-BE".into()]),
            Some("fr"),
            "the first we can serve"
        );
    }

    #[test]
    fn pseudo_brackets_and_lengthens() {
        let s = with_language(PSEUDO, || tr!("size-bytes", n = "12"));
        assert!(s.starts_with('[') && s.ends_with(']'), "{s}");
        assert!(s.contains("12"), "placeables are not accented: {s}");
        assert!(s.chars().count() as f64 >= "12 B".len() as f64 * 1.4);
    }

    #[test]
    fn sizes_and_dates_follow_the_language() {
        assert_eq!(with_language("en", || size(1_430_000)), "1.4 MB");
        assert_eq!(with_language("de", || size(1_430_000)), "1,4 MB");
        assert_eq!(with_language("fr", || size(1_430_000)), "1,4 Mo");
        let t = time::macros::datetime!(2026-12-02 09:05 UTC);
        assert_eq!(with_language("de", || datetime(t)), "02.12.2026, 09:05");
        assert_eq!(with_language("ja", || datetime(t)), "2026/12/02 09:05");
        assert_eq!(with_language("en", || datetime(t)), "2026-12-02 09:05");
    }

    #[test]
    fn a_borrowed_language_ends_with_its_scope() {
        let before = current();
        with_language("de", || assert_eq!(current(), "de"));
        assert_eq!(current(), before);
    }
}
