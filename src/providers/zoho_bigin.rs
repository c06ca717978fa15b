//! Zoho Bigin record photo: `POST {api_domain}/bigin/{version}/{Module}/{record_id}/photo`.
//! Modules Contacts, Companies (API name `Accounts`; `Companies` in v1 URLs) and Products; the size error is HTTP 415.
//! Shared Zoho logic (tokens, errors, search) is in `zoho.rs`.

use super::zoho::{self, Product, ZohoRecordPhoto};
use super::{
    BuildContext, Capabilities, Idempotency, Limits, OptionSpec, Provider, ProviderFactory,
    ProviderInfo, SignIn,
};
use crate::error::{Error, Result};
use std::sync::Arc;

pub static INFO: ProviderInfo = ProviderInfo {
    id: "zoho-bigin",
    name: "Zoho Bigin",
    target_help: "Contacts/3000000038009 (modules: Contacts, Companies = Accounts, Products)",
    fields: zoho::FIELDS,
    auth_sets: zoho::AUTH_SETS,
    options: crate::zoho_options![OptionSpec {
        key: "version",
        label: "API version",
        help: "API version: v1 as in Bigin's original document, v2 is current",
        default: Some("v2"),
        choices: &["v1", "v2"],
        choice_labels: &[],
        whole_number: None,
    }],
    limits: Limits {
        formats: zoho::PHOTO_FORMATS,
        max_bytes: Some(zoho::MAX_BYTES),
        max_pixels: Some(zoho::MAX_PIXELS),
    },
    caps: Capabilities {
        idempotency: Idempotency::Replace,
        search: true,
        max_concurrency: 25,
        needs_content_hash: false,
        by_field: true,
    },
    target_kind: Some(zoho::target_kind),
    origins: zoho::origins,
    sign_in: Some(zoho::sign_in_info(crate::zoho_scopes!("ZohoBigin"))),
    cached_fields: &[zoho::TOKEN_CACHE_FIELD],
    picker: Some(zoho::PICKER),
    many_photos_suffix: Some(zoho::ATTACHMENTS_SUFFIX),
};

/// Bigin shows "Companies" in its UI but the API name is `Accounts`.
fn module(m: &str, _raw: &str) -> Result<String> {
    match m.to_ascii_lowercase().as_str() {
        "contacts" => Ok("Contacts".into()),
        "companies" | "accounts" => Ok("Accounts".into()),
        "products" => Ok("Products".into()),
        _ => Err(Error::config(
            "BAD_TARGET",
            crate::tr!("target-zoho-bigin-module", module = m),
        )),
    }
}

/// Bigin v1's document names the module `Companies` in its URLs; v2 uses the
/// API name `Accounts` (providers.md, `[BIG-photo-v1]`, `[BIG-photo-v2]`).
fn wire_module(module: &str, version: &str) -> String {
    match (module, version) {
        ("Accounts", "v1") => "Companies".into(),
        _ => module.into(),
    }
}

static PRODUCT: Product = Product {
    info: &INFO,
    path: "bigin",
    scope: "ZohoBigin",
    display: "Zoho Bigin",
    module,
    wire_module,
    photo_modules: &[
        ("Contacts", "Contacts"),
        ("Accounts", "Companies"),
        ("Products", "Products"),
    ],
};

pub struct ZohoBigin;

impl ProviderFactory for ZohoBigin {
    fn info(&self) -> &'static ProviderInfo {
        &INFO
    }
    fn build(&self, cx: BuildContext) -> Result<Arc<dyn Provider>> {
        ZohoRecordPhoto::build(&PRODUCT, cx)
    }
    fn sign_in(&self) -> Option<&'static dyn SignIn> {
        Some(&zoho::SIGN_IN)
    }
}
