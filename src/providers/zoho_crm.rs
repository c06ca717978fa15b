//! Zoho CRM record photo: `POST {api_domain}/crm/{version}/{Module}/{record_id}/photo`,
//! multipart field `file`, optional `restrict_triggers=workflow`. Target `Module/RecordId`.
//! Shared Zoho logic (tokens, errors, search) is in `zoho.rs`.

use super::zoho::{self, Product, ZohoRecordPhoto};
use super::{
    BuildContext, Capabilities, Idempotency, Limits, OptionSpec, Provider, ProviderFactory,
    ProviderInfo, SignIn,
};
use crate::error::{Error, Result};
use std::sync::Arc;

pub static INFO: ProviderInfo = ProviderInfo {
    id: "zoho-crm",
    name: "Zoho CRM",
    target_help: "Leads/3000000038009 (modules: Leads, Contacts, Accounts, Products, Vendors, Deals from v5, custom modules)",
    fields: zoho::FIELDS,
    auth_sets: zoho::AUTH_SETS,
    options: crate::zoho_options![
        OptionSpec {
            key: "version",
            label: "API version",
            help: "API version: v2 as in Zoho's original document, v8 is current (adds Deals and RECORD_LOCKED)",
            default: Some("v2"),
            choices: &["v2", "v2.1", "v3", "v4", "v5", "v6", "v7", "v8"],
            choice_labels: &[],
            whole_number: None,
        },
        OptionSpec {
            key: "restrict_triggers",
            label: "Skip workflow rules",
            help: "Set to 'workflow' so uploading a photo does not fire workflow rules",
            default: None,
            choices: &["workflow", "none"],
            choice_labels: &[],
            whole_number: None,
        },
    ],
    limits: Limits { formats: zoho::PHOTO_FORMATS, max_bytes: Some(zoho::MAX_BYTES), max_pixels: Some(zoho::MAX_PIXELS) },
    caps: Capabilities { idempotency: Idempotency::Replace, search: true, max_concurrency: 25, needs_content_hash: false, by_field: true },
    target_kind: Some(zoho::target_kind),
    origins: zoho::origins,
    sign_in: Some(zoho::sign_in_info(crate::zoho_scopes!("ZohoCRM"))),
    cached_fields: &[zoho::TOKEN_CACHE_FIELD],
    picker: Some(zoho::PICKER),
    many_photos_suffix: Some(zoho::ATTACHMENTS_SUFFIX),
};

/// Zoho CRM module API names are identifiers; common lower-case spellings are fixed up.
fn module(m: &str, _raw: &str) -> Result<String> {
    let known = [
        "Leads", "Contacts", "Accounts", "Products", "Vendors", "Deals",
    ];
    if let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(m)) {
        return Ok(k.to_string());
    }
    let ok = m.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && m.len() <= 50
        && m.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(m.to_string())
    } else {
        Err(Error::config(
            "BAD_TARGET",
            crate::tr!("target-zoho-crm-module", module = m),
        ))
    }
}

static PRODUCT: Product = Product {
    info: &INFO,
    path: "crm",
    scope: "ZohoCRM",
    display: "Zoho CRM",
    module,
    wire_module: |m, _| m.to_string(),
    photo_modules: &[
        ("Leads", "Leads"),
        ("Contacts", "Contacts"),
        ("Accounts", "Accounts"),
        ("Deals", "Deals"),
        ("Products", "Products"),
        ("Vendors", "Vendors"),
    ],
};

pub struct ZohoCrm;

impl ProviderFactory for ZohoCrm {
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

#[cfg(test)]
mod tests {
    use super::PRODUCT;
    use crate::providers::zoho::parse_record_target;

    #[test]
    fn record_addresses_from_the_web_ui_are_understood() {
        let ok = |raw: &str| parse_record_target(&PRODUCT, Some(raw)).unwrap();
        let want = ("Leads".to_string(), "3000000038009".to_string());
        assert_eq!(
            ok("https://crm.zoho.eu/crm/org20071234/tab/Leads/3000000038009"),
            want
        );
        assert_eq!(
            ok("https://crm.zoho.com/crm/tab/Leads/3000000038009/"),
            want
        );
        assert_eq!(
            ok("https://crm.zoho.in/crm/org1/tab/leads/3000000038009?sub_module=x#top"),
            want
        );
        assert_eq!(ok("Leads/3000000038009"), want);
        for bad in [
            "https://crm.zoho.com/crm/org1/tab/Leads",
            "https://example.com/",
            "https://crm.zoho.com/crm/org1/tab/Leads/12ab",
        ] {
            let e = parse_record_target(&PRODUCT, Some(bad)).unwrap_err();
            assert_eq!(e.code, "BAD_TARGET", "{bad}");
        }
    }
}
