//! What the conformance suite (`tests/conformance.rs`) needs to drive each
//! provider against the sandbox: credentials it accepts and refuses, a target
//! that exists, and where the uploads go (faults are aimed there). One line
//! per provider in [`fixture`]; a provider without one fails the suite.

use super::creds;

pub struct Fixture {
    /// Credentials the sandbox accepts.
    pub creds: &'static [(&'static str, &'static str)],
    /// The same fields with a value the sandbox refuses.
    pub wrong_creds: &'static [(&'static str, &'static str)],
    /// A target that exists (`None`: the provider's default).
    pub target: Option<&'static str>,
    /// Path prefix of the upload requests.
    pub upload_path: &'static str,
}

const ZOHO: &[(&str, &str)] = &[
    ("client_id", creds::ZOHO_CLIENT_ID),
    ("client_secret", creds::ZOHO_CLIENT_SECRET),
    ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
];
const ZOHO_WRONG: &[(&str, &str)] = &[
    ("client_id", creds::ZOHO_CLIENT_ID),
    ("client_secret", creds::ZOHO_CLIENT_SECRET),
    ("refresh_token", "1000.revoked-refresh-token"),
];

pub fn fixture(provider: &str) -> Option<Fixture> {
    Some(match provider {
        "zoho-crm" => Fixture {
            creds: ZOHO,
            wrong_creds: ZOHO_WRONG,
            target: Some("Leads/3000000038009"),
            upload_path: "/crm/v2/Leads/3000000038009/photo",
        },
        "zoho-bigin" => Fixture {
            creds: ZOHO,
            wrong_creds: ZOHO_WRONG,
            target: Some("Contacts/4000000010001"),
            upload_path: "/bigin/v2/Contacts/4000000010001/photo",
        },
        "chakrahq" => Fixture {
            creds: &[("token", creds::CHAKRA_TOKEN)],
            wrong_creds: &[("token", "not-the-token")],
            target: None,
            upload_path: "/v1/ext/photo/",
        },
        "capillary" => Fixture {
            creds: &[
                ("username", creds::CAPILLARY_USER),
                ("password", creds::CAPILLARY_PASSWORD),
            ],
            wrong_creds: &[
                ("username", creds::CAPILLARY_USER),
                ("password", "wrong-password"),
            ],
            target: None,
            upload_path: "/api_gateway/file-service/rewards/",
        },
        "questionpro" => Fixture {
            creds: &[("api_key", creds::QUESTIONPRO_KEY)],
            wrong_creds: &[("api_key", "wrong-key-123")],
            target: Some("1234567"),
            upload_path: "/a/api/v2/users/1234567/images",
        },
        _ => return None,
    })
}
