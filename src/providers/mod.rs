//! Destinations: one module per service behind one trait, and a registry.
//!
//! A provider knows the wire format of one service: how to authenticate, how to
//! send one file to one target, and how to turn the answer into a [`Receipt`]
//! or a classified [`Error`]. It makes **one attempt**; retrying, back-off and
//! concurrency live in [`crate::upload`]. What a provider accepts (formats,
//! bytes, pixels), what its credentials and options are, and whether a repeat
//! is safe are declared as data in its [`ProviderInfo`], which the CLI, the
//! photo pipeline and the UI read.
//!
//! Adding a destination: write `providers/<name>.rs` with a `ProviderInfo` and
//! a [`ProviderFactory`], then add one line to [`REGISTRY`].

use crate::credentials::{Credentials, Secret};
use crate::error::Result;
use crate::media::ImageFormat;
pub use crate::media::Limits;
use async_trait::async_trait;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

pub mod by_field;
pub mod capillary;
pub mod chakrahq;
pub mod http;
pub mod profile;
pub mod questionpro;
pub mod zoho;
pub mod zoho_bigin;
pub mod zoho_crm;

pub use profile::Profile;

/// Every destination PhotoDrop knows. One line per provider.
pub use by_field::{lookups::Lookups, FieldMatches, FieldTarget};

pub static REGISTRY: &[&dyn ProviderFactory] = &[
    &zoho_crm::ZohoCrm,
    &zoho_bigin::ZohoBigin,
    &chakrahq::ChakraHq,
    &capillary::Capillary,
    &questionpro::QuestionPro,
];

/// Options every profile has, whatever its provider (the photo pipeline's settings).
pub static COMMON_OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        key: "fit",
        label: "Fit photos to the destination",
        help: "auto: convert photos the destination would refuse (too big, too many pixels, wrong format); refuse: fail with a message instead",
        default: Some("auto"),
        choices: &["auto", "refuse"],
        choice_labels: &[
            "Convert photos the service would refuse (size, pixels, format)",
            "Refuse them with a message",
        ],
        whole_number: None,
    },
    OptionSpec {
        key: "privacy",
        label: "Privacy",
        help: "strip: remove GPS location and camera serial numbers before upload; keep: send metadata as is",
        default: Some("strip"),
        choices: &["strip", "keep"],
        choice_labels: &[
            "Remove GPS location and camera serial numbers",
            "Send metadata as it is",
        ],
        whole_number: None,
    },
    OptionSpec {
        key: "duplicates",
        label: "Duplicates",
        help: "skip: a photo whose content is already attached to the same target is reported, not sent again; allow: send it anyway",
        default: Some("skip"),
        choices: &["skip", "allow"],
        choice_labels: &[
            "Skip photos already attached to the same record",
            "Upload them again",
        ],
        whole_number: None,
    },
    OptionSpec {
        key: "concurrency",
        label: "Uploads at once",
        help: "uploads in flight at once for this profile (at least 1; capped by the service's own limit)",
        default: Some("4"),
        choices: &[],
        choice_labels: &[],
        whole_number: Some(WholeNumber { min: 1, max: None }),
    },
];

pub fn info(id: &str) -> Option<&'static ProviderInfo> {
    factory(id).map(|f| f.info())
}

pub fn factory(id: &str) -> Option<&'static dyn ProviderFactory> {
    REGISTRY.iter().copied().find(|f| f.info().id == id)
}

pub fn ids() -> Vec<&'static str> {
    REGISTRY.iter().map(|f| f.info().id).collect()
}

/// Why repeating an upload after an unclear failure is (or is not) harmless.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Idempotency {
    /// The client picks the object id (a UUID) before the first attempt and reuses it.
    ClientId,
    /// The upload replaces a single slot (a record's photo): last write wins.
    Replace,
    /// The object name is derived from the content, so a repeat lands on the same object.
    DeterministicName,
    /// Each request creates a new object: never repeat blindly.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Capabilities {
    pub idempotency: Idempotency,
    /// Record search by name / email / phone (for the UI's target picker).
    pub search: bool,
    /// The most uploads at once the service allows one account (its best
    /// plan's limit); a profile's `concurrency` option stays within it
    /// ([`Profile::concurrency`]).
    pub max_concurrency: usize,
    /// The provider needs the file's SHA-256 before uploading.
    pub needs_content_hash: bool,
    /// Records can be named by a field's value (targets by field,
    /// `Provider::find_by_field`): the app offers its mapping table.
    pub by_field: bool,
}

/// A credential field (always a secret, stored in the keyring). Its help
/// reaches the app in the language in use (catalog key `field-NAME`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "FieldText")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldSpec {
    pub name: &'static str,
    pub help: &'static str,
}

/// [`FieldSpec`] as it is sent.
#[derive(Serialize)]
pub struct FieldText {
    name: &'static str,
    help: String,
}

impl From<FieldSpec> for FieldText {
    fn from(f: FieldSpec) -> Self {
        FieldText {
            name: f.name,
            help: crate::i18n::text(&format!("field-{}", f.name), f.help),
        }
    }
}

/// A non-secret profile option (stored in profiles.toml). It reaches the
/// app in the language in use: the label, the choices' labels and the help
/// come from the catalogs (`option-KEY`, `option-KEY-CHOICE`,
/// `option-KEY-help`) where they have the key, else as written here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(into = "OptionText")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OptionSpec {
    pub key: &'static str,
    /// What the app's form calls it.
    pub label: &'static str,
    pub help: &'static str,
    pub default: Option<&'static str>,
    /// Allowed values; empty = free text.
    pub choices: &'static [&'static str],
    /// What each choice means, in a form's words (same order as `choices`);
    /// empty when the values speak for themselves.
    pub choice_labels: &'static [&'static str],
    /// A whole number within these bounds (checked when a profile is saved;
    /// a form shows a number field); `None` for text and choices.
    pub whole_number: Option<WholeNumber>,
}

/// [`OptionSpec`] as it is sent: its words in the language in use.
#[derive(Serialize)]
pub struct OptionText {
    key: &'static str,
    label: String,
    help: String,
    default: Option<&'static str>,
    choices: &'static [&'static str],
    choice_labels: Vec<String>,
    whole_number: Option<WholeNumber>,
}

impl OptionSpec {
    /// The help in the language in use. Options of the same key differ
    /// between providers (Zoho's `dc` is not QuestionPro's), so the catalogs
    /// find it by its English words (`option-KEY-help[-VARIANT]`).
    pub fn help_text(&self) -> String {
        crate::i18n::text_by_english(self.help)
    }
}

impl From<OptionSpec> for OptionText {
    fn from(o: OptionSpec) -> Self {
        use crate::i18n::text;
        OptionText {
            key: o.key,
            label: text(&format!("option-{}", o.key), o.label),
            help: o.help_text(),
            default: o.default,
            choices: o.choices,
            choice_labels: o
                .choice_labels
                .iter()
                .zip(o.choices)
                .map(|(l, c)| text(&format!("option-{}-{c}", o.key), l))
                .collect(),
            whole_number: o.whole_number,
        }
    }
}

/// The bounds of a whole-number option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WholeNumber {
    pub min: u32,
    /// `None`: no upper bound of its own (its help says what caps it).
    pub max: Option<u32>,
}

impl WholeNumber {
    /// Whether `v` is a whole number within the bounds.
    pub fn allows(&self, v: &str) -> bool {
        v.parse::<u32>()
            .is_ok_and(|n| n >= self.min && self.max.is_none_or(|m| n <= m))
    }

    /// "a whole number from 1 to 8", "a whole number of at least 1".
    pub fn describe(&self) -> String {
        match self.max {
            Some(m) => crate::tr!("whole-number-range", min = self.min, max = m),
            None => crate::tr!("whole-number-min", min = self.min),
        }
    }
}

/// A destination as the app and `providers --json` see it. Its words reach
/// the app in the language in use: the target help, the picker's labels and
/// the sign-in instructions come from the catalogs (`provider-ID-…`) where
/// they have the key, else as written here.
#[derive(Debug, Clone, Serialize)]
#[serde(into = "ProviderText")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProviderInfo {
    /// Stable id used in profiles and on the command line (`zoho-crm`, ...).
    pub id: &'static str,
    pub name: &'static str,
    /// How a target is written, for help text and the UI.
    pub target_help: &'static str,
    pub fields: &'static [FieldSpec],
    /// Alternative sets of fields that are enough to authenticate.
    pub auth_sets: &'static [&'static [&'static str]],
    pub options: &'static [OptionSpec],
    pub limits: Limits,
    pub caps: Capabilities,
    /// Targets that behave differently from `limits` and `caps.idempotency`
    /// (a Zoho record's photo is one slot for small images; its attachments
    /// pile up and take any file): `Some` for such a target.
    #[serde(skip)]
    pub target_kind: Option<fn(&str) -> Option<TargetKind>>,
    /// Every origin a profile's secrets (or tokens made from them) are sent
    /// to, from its settings: the data centre's hosts, the cluster's, or the
    /// base URL. Stored secrets are bound to these (`Credentials::bound`).
    #[serde(skip)]
    pub origins: fn(&Profile) -> Result<Vec<url::Url>>,
    /// How an account is connected when typing every field is not all there
    /// is (OAuth); the flow itself is [`ProviderFactory::sign_in`].
    pub sign_in: Option<SignInInfo>,
    /// Secret fields the provider derives and caches (an access token): they
    /// are dropped whenever a credential changes.
    #[serde(skip)]
    pub cached_fields: &'static [&'static str],
    /// The words of the target picker (providers with `caps.search`).
    pub picker: Option<Picker>,
    /// When a target holds one photo: the suffix of the target that takes
    /// any number of files instead (Zoho: `/Attachments`, at full size).
    pub many_photos_suffix: Option<&'static str>,
}

/// [`ProviderInfo`] as it is sent: its words in the language in use.
#[derive(Serialize)]
pub struct ProviderText {
    id: &'static str,
    name: &'static str,
    target_help: String,
    fields: &'static [FieldSpec],
    auth_sets: &'static [&'static [&'static str]],
    options: &'static [OptionSpec],
    limits: Limits,
    caps: Capabilities,
    sign_in: Option<SignInText>,
    picker: Option<PickerText>,
    many_photos_suffix: Option<&'static str>,
}

#[derive(Serialize)]
struct PickerText {
    kind_label: String,
    item_label: String,
    placeholder: String,
    lists_without_query: bool,
    takes_links: bool,
}

#[derive(Serialize)]
struct SignInText {
    client_fields: &'static [&'static str],
    instructions: String,
    scopes: &'static str,
    grant_code: bool,
    device: bool,
    may_change: &'static [&'static str],
}

impl ProviderInfo {
    /// How a target is written, in the language in use (`target_help`
    /// translated where the catalogs have `provider-ID-target-help`).
    pub fn target_help_text(&self) -> String {
        crate::i18n::text(
            &format!("provider-{}-target-help", self.id),
            self.target_help,
        )
    }
}

impl From<ProviderInfo> for ProviderText {
    fn from(p: ProviderInfo) -> Self {
        use crate::i18n::text;
        let key = |what: &str| format!("provider-{}-{what}", p.id);
        ProviderText {
            id: p.id,
            name: p.name,
            target_help: p.target_help_text(),
            fields: p.fields,
            auth_sets: p.auth_sets,
            options: p.options,
            limits: p.limits,
            caps: p.caps,
            sign_in: p.sign_in.as_ref().map(|s| SignInText {
                client_fields: s.client_fields,
                instructions: text(&key("sign-in"), s.instructions),
                scopes: s.scopes,
                grant_code: s.grant_code,
                device: s.device,
                may_change: s.may_change,
            }),
            picker: p.picker.as_ref().map(|k| PickerText {
                kind_label: text(&key("kind-label"), k.kind_label),
                item_label: text(&key("item-label"), k.item_label),
                placeholder: text(&key("search-placeholder"), k.placeholder),
                lists_without_query: k.lists_without_query,
                takes_links: k.takes_links,
            }),
            many_photos_suffix: p.many_photos_suffix,
        }
    }
}

/// How the app's target picker talks about a provider's records.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Picker {
    /// What a kind of record is called ("Module", "Procedure").
    pub kind_label: &'static str,
    /// What one found record is called ("Record", "Process").
    pub item_label: &'static str,
    /// The search box's hint.
    pub placeholder: &'static str,
    /// An empty search lists recent records (otherwise two letters are needed).
    pub lists_without_query: bool,
    /// A record's web address can be pasted as the target.
    pub takes_links: bool,
}

/// What the app's profile dialog and the CLI show about a provider's sign-in.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignInInfo {
    /// Typed by the person first (the client's id and secret); the flow
    /// fills the other fields.
    pub client_fields: &'static [&'static str],
    /// What to do in the service's developer console first.
    pub instructions: &'static str,
    /// The scopes the client needs, to copy into the console.
    pub scopes: &'static str,
    /// A grant code made in the console can be pasted (`SignIn::exchange_code`).
    pub grant_code: bool,
    /// The device flow: a code typed at the service's address (`SignIn::device_start`).
    pub device: bool,
    /// Profile options a sign-in may change (Zoho: the account's data centre).
    pub may_change: &'static [&'static str],
}

/// A provider's sign-in flows (OAuth). Each call gets the profile and the
/// client fields of [`SignInInfo::client_fields`]; the app stores the
/// [`Grant`] it returns.
#[async_trait]
pub trait SignIn: Send + Sync {
    /// Trade a grant code made in the service's console for lasting secrets.
    async fn exchange_code(&self, cx: &SignInContext, code: &Secret) -> Result<Grant>;
    /// Start a device sign-in: the code to show and where to enter it.
    async fn device_start(&self, cx: &SignInContext) -> Result<DeviceAuth>;
    /// Wait (polling as asked) until the person approved, refused or the code
    /// expired; `cancelled` ends the wait early.
    async fn device_wait(
        &self,
        cx: &SignInContext,
        auth: &DeviceAuth,
        cancelled: &(dyn Fn() -> bool + Send + Sync),
    ) -> Result<Grant>;
}

/// What a sign-in works with.
pub struct SignInContext {
    pub profile: Profile,
    pub http: http::HttpClient,
    /// The client fields, by name.
    pub client: std::collections::BTreeMap<&'static str, Secret>,
}

impl SignInContext {
    /// A client field (present: the app checked them all before the call).
    pub fn client(&self, field: &str) -> &Secret {
        static EMPTY: std::sync::OnceLock<Secret> = std::sync::OnceLock::new();
        self.client
            .get(field)
            .unwrap_or_else(|| EMPTY.get_or_init(|| Secret::new("")))
    }
}

/// What a finished sign-in gives the profile.
#[derive(Debug, Default)]
pub struct Grant {
    /// Secret fields to store (a refresh token).
    pub secrets: Vec<(&'static str, Secret)>,
    /// Options the account turned out to need (one of `SignInInfo::may_change`).
    pub options: Vec<(&'static str, String)>,
}

/// A device authorisation in progress (OAuth's flow for devices without a
/// browser, RFC 8628): the person opens `verification_url` elsewhere and
/// types `user_code`. The device code never leaves the core.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DeviceAuth {
    pub user_code: String,
    pub verification_url: String,
    /// Seconds the code stays valid.
    pub expires_in: u64,
    /// Seconds between polls.
    pub interval: u64,
    #[serde(skip)]
    pub(crate) device_code: Secret,
    /// Where the provider polls (the accounts server that issued the code).
    #[serde(skip)]
    pub(crate) poll_base: url::Url,
}

/// What applies to one kind of target when it differs from the provider's defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TargetKind {
    pub idempotency: Idempotency,
    pub limits: Limits,
}

/// Providers are equal when their ids are (the registry holds one per id).
impl PartialEq for ProviderInfo {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for ProviderInfo {}

impl ProviderInfo {
    fn kind(&self, target: Option<&str>) -> Option<TargetKind> {
        self.target_kind.zip(target).and_then(|(f, t)| f(t))
    }

    /// Whether repeating an upload to `target` is harmless.
    pub fn idempotency(&self, target: Option<&str>) -> Idempotency {
        self.kind(target)
            .map_or(self.caps.idempotency, |k| k.idempotency)
    }

    /// What `target` accepts.
    pub fn limits_for(&self, target: Option<&str>) -> Limits {
        self.kind(target).map_or(self.limits, |k| k.limits)
    }

    /// The provider's own options followed by the common ones.
    pub fn all_options(&self) -> impl Iterator<Item = &'static OptionSpec> {
        self.options.iter().chain(COMMON_OPTIONS.iter())
    }

    /// A credential field by name or by a common alias (`key` → `oauth_key`, ...).
    pub fn field(&self, name: &str) -> Option<&'static FieldSpec> {
        let n = name.to_ascii_lowercase().replace('-', "_");
        let canonical = FIELD_ALIASES
            .iter()
            .find(|(alias, c)| *alias == n && self.fields.iter().any(|f| f.name == *c))
            .map(|(_, c)| *c)
            .unwrap_or(n.as_str());
        self.fields.iter().find(|f| f.name == canonical)
    }

    /// An option by key or by a common alias (`datacenter` → `dc`, ...).
    pub fn option_spec(&self, key: &str) -> Option<&'static OptionSpec> {
        let k = key.to_ascii_lowercase().replace('-', "_");
        let canonical = OPTION_ALIASES
            .iter()
            .find(|(alias, c)| *alias == k && self.all_options().any(|o| o.key == *c))
            .map(|(_, c)| *c)
            .unwrap_or(k.as_str());
        self.all_options().find(|o| o.key == canonical)
    }
}

/// Other names people use for credential fields (alias, canonical); applied only
/// where the provider has the canonical field.
const FIELD_ALIASES: &[(&str, &str)] = &[
    ("key", "oauth_key"),
    ("client_key", "oauth_key"),
    ("secret", "oauth_secret"),
    ("apikey", "api_key"),
    ("key", "api_key"),
    ("user", "username"),
    ("access_token", "token"),
    ("bearer_token", "token"),
];

/// Other names people use for options (alias, canonical).
const OPTION_ALIASES: &[(&str, &str)] = &[
    ("datacenter", "dc"),
    ("data_centre", "dc"),
    ("data_center", "dc"),
    ("region", "dc"),
    ("api_version", "version"),
    ("host", "cluster"),
];

/// A validated target in the provider's canonical text form
/// (e.g. `Leads/3000000038009`, `lead/42/photo`, `rewards`, `1234567`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Target(pub String);

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One file ready to send, after pre-flight.
#[derive(Debug, Clone)]
pub struct UploadItem {
    /// What is sent: the original, or a prepared copy.
    pub path: PathBuf,
    /// The file the user gave.
    pub source: PathBuf,
    /// What preparation changed.
    pub prepared: crate::media::prepare::Report,
    /// `path`, still open from the preparation, for the first attempt.
    /// Declared before `keep` so it closes before a temporary copy is deleted.
    pub handoff: crate::media::prepare::Handoff,
    /// Keeps a prepared temporary copy alive while the item exists.
    pub keep: Option<Arc<tempfile::TempPath>>,
    /// The name shown to the service (the local file name).
    pub file_name: String,
    pub size: u64,
    pub format: ImageFormat,
    pub target: Target,
    /// Created once per file before the first attempt and reused for every retry.
    pub idempotency_key: uuid::Uuid,
    /// Hex SHA-256 of the content, when the provider asked for it.
    pub sha256: Option<String>,
    /// When set, the body's SHA-256 is computed while it is sent and left
    /// here once the whole file went out (the queue's record of a file sent
    /// as it is, without reading it a second time).
    pub sent_sha256: Option<SentDigest>,
    /// The original's SHA-256, computed while a prepared copy was made from it.
    pub source_sha256: Option<String>,
}

/// Where [`UploadItem::sent_sha256`] leaves the hash of a fully sent body.
#[derive(Debug, Default, Clone)]
pub struct SentDigest(Arc<std::sync::Mutex<Option<String>>>);

impl SentDigest {
    /// The hash of the last body sent whole, if any.
    pub fn get(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub(crate) fn set(&self, hex: String) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(hex);
    }
}

/// What [`Provider::look_for`] found.
#[derive(Debug)]
pub enum Lookup {
    /// It arrived: this is it.
    Found(Receipt),
    /// It is not there: sending it is safe.
    Absent,
    /// Cannot tell; says what was checked.
    Unknown(String),
}

/// What the service answered for one successful upload.
#[derive(Debug, Clone, Serialize)]
pub struct Receipt {
    /// The service's id for what was created or changed.
    pub remote_id: String,
    /// A link a person can open, when the service gives one.
    pub url: Option<String>,
    /// When the link stops working (Capillary's pre-signed links last an hour).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url_expires_in_secs: Option<u64>,
    /// The raw response body(ies), kept for history.
    #[serde(skip)]
    pub raw: String,
}

/// Called with the number of bytes of the file handed to the network so far.
pub type ProgressFn = Arc<dyn Fn(u64) + Send + Sync>;

/// Things every provider is built with.
#[derive(Clone)]
pub struct BuildContext {
    pub profile: Profile,
    pub credentials: Credentials,
    pub http: http::HttpClient,
}

pub trait ProviderFactory: Send + Sync {
    fn info(&self) -> &'static ProviderInfo;
    /// Check the profile's settings and credentials and make a provider.
    /// Missing credentials fail here, before any file is touched.
    fn build(&self, cx: BuildContext) -> Result<Arc<dyn Provider>>;
    /// The provider's sign-in flows, when its `info().sign_in` declares some.
    fn sign_in(&self) -> Option<&'static dyn SignIn> {
        None
    }
}

#[async_trait]
pub trait Provider: Send + Sync {
    fn info(&self) -> &'static ProviderInfo;

    /// Validate and normalise a target written by record id (`None` when
    /// none was given). Hosts call [`Provider::target`], which also takes
    /// targets by field.
    fn parse_target(&self, raw: Option<&str>) -> Result<Target>;

    /// A target as a person wrote it: by record id, or by a field's value
    /// (`Contacts[Email=ada@example.com]`, see [`by_field`]), which is
    /// checked here and looked up when the file is sent.
    fn target(&self, raw: Option<&str>) -> Result<Target> {
        match raw.and_then(FieldTarget::parse) {
            Some(t) => {
                let t = t?;
                self.check_field_target(&t)?;
                Ok(Target(t.canonical()))
            }
            None => self.parse_target(raw),
        }
    }

    /// Whether this provider can look a record up by `t`'s field (its kind
    /// known, what follows the brackets allowed). Most cannot.
    fn check_field_target(&self, _t: &FieldTarget) -> Result<()> {
        Err(crate::Error::config(
            "FIELD_TARGET_UNSUPPORTED",
            crate::tr!(
                "target-field-unsupported",
                service = self.info().name,
                help = self.info().target_help_text()
            ),
        ))
    }

    /// The records whose field equals the value, by the service's own
    /// search. Never creates or changes a record.
    async fn find_by_field(&self, t: &FieldTarget) -> Result<FieldMatches> {
        Err(self.check_field_target(t).err().unwrap_or_else(|| {
            crate::Error::internal(format!("{} has no lookup by field", self.info().name))
        }))
    }

    /// Send one file: exactly one attempt, errors classified.
    async fn upload(&self, item: &UploadItem, progress: ProgressFn) -> Result<Receipt>;

    /// After an auth-class error: drop cached tokens so the next attempt gets a
    /// fresh one. Returns false when nothing can be refreshed (a static key).
    async fn reauthenticate(&self) -> Result<bool> {
        Ok(false)
    }

    /// "Test connection": one cheap authenticated call; a sentence on success.
    async fn verify(&self) -> Result<String>;

    /// After an upload that is not idempotent lost its answer: look at the
    /// target for it (match by name and size, and the service's hash where it
    /// has one) before anything is sent again.
    async fn look_for(&self, _item: &UploadItem) -> Result<Lookup> {
        Ok(Lookup::Unknown(crate::tr!(
            "lookup-none",
            service = self.info().name
        )))
    }

    /// The kinds of record `search` looks in (Zoho modules, ChakraHQ
    /// procedures), with the photo slots each has, for the target picker.
    async fn record_kinds(&self) -> Result<Vec<RecordKind>> {
        Ok(vec![])
    }

    /// Find records by name, e-mail or phone (providers whose `caps.search` is true).
    async fn search(&self, _module: &str, _query: &str) -> Result<Vec<RecordHit>> {
        Err(crate::Error::config(
            "SEARCH_UNSUPPORTED",
            crate::tr!("target-search-unsupported", service = self.info().name),
        ))
    }
}

/// A kind of record a target can point at.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordKind {
    /// What `search` takes as its module (`Leads`, `lead`).
    pub id: String,
    pub name: String,
    /// Where on such a record a photo goes, when there is a choice (ChakraHQ's
    /// photo attributes: the target is the hit's target + `/` + the slot id).
    /// Empty: the hit's target is complete.
    pub slots: Vec<Slot>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Slot {
    pub id: String,
    pub name: String,
}

/// One record found by search.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordHit {
    /// Ready to use as `--target`.
    pub target: String,
    pub id: String,
    pub name: String,
    /// E-mail or phone, to tell namesakes apart.
    pub detail: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_is_labelled_for_the_forms() {
        for info in REGISTRY.iter().map(|f| f.info()) {
            for o in info.all_options() {
                assert!(!o.label.is_empty(), "{}: {} has no label", info.id, o.key);
                assert!(
                    o.choice_labels.is_empty() || o.choice_labels.len() == o.choices.len(),
                    "{}: {} labels {} of its {} choices",
                    info.id,
                    o.key,
                    o.choice_labels.len(),
                    o.choices.len()
                );
            }
        }
    }
}
