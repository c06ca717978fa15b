//! Connecting a Zoho account: a Self Client's grant code traded for a refresh
//! token, or the device flow of a "Non-browser Applications" client (a code
//! typed at Zoho's address, polled until approved, following `other_dc` to
//! the account's data centre).

use super::{accounts_call, dc_urls, token_call_full, DATA_CENTRES};
use crate::credentials::Secret;
use crate::error::{Action, Error, ErrorKind, Result, Retry};
use crate::providers::http::{self, HttpClient};
use crate::providers::Profile;
use crate::providers::{DeviceAuth, Grant, SignIn, SignInContext, SignInInfo};
use async_trait::async_trait;

/// The scopes PhotoDrop asks for: the product's modules (photo and
/// attachments) and record search. `zoho_scopes!("ZohoCRM")`.
#[macro_export]
#[doc(hidden)]
macro_rules! zoho_scopes {
    ($product:literal) => {
        concat!(
            $product,
            ".modules.ALL,",
            $product,
            ".modules.attachments.ALL,ZohoSearch.securesearch.READ"
        )
    };
}

/// Both products connect the same way; only the scopes differ.
pub const fn sign_in_info(scopes: &'static str) -> SignInInfo {
    SignInInfo {
        client_fields: &["client_id", "client_secret"],
        instructions: "In the Zoho API console (api-console.zoho.com) create a Self Client (or a \
                       Non-browser Applications client) and copy its client id and secret below. \
                       Give it these scopes (photos, attachments, record search):",
        scopes,
        grant_code: true,
        device: true,
        may_change: &["dc"],
    }
}

pub struct ZohoSignIn;
pub static SIGN_IN: ZohoSignIn = ZohoSignIn;

#[async_trait]
impl SignIn for ZohoSignIn {
    async fn exchange_code(&self, cx: &SignInContext, code: &Secret) -> Result<Grant> {
        let refresh = exchange_grant_code(
            &cx.profile,
            &cx.http,
            cx.client("client_id"),
            cx.client("client_secret"),
            code,
        )
        .await?;
        Ok(Grant {
            secrets: vec![("refresh_token", refresh)],
            options: vec![],
        })
    }

    async fn device_start(&self, cx: &SignInContext) -> Result<DeviceAuth> {
        let scopes = cx
            .profile
            .provider
            .sign_in
            .as_ref()
            .map_or("", |s| s.scopes);
        device_start(&cx.profile, &cx.http, cx.client("client_id"), scopes).await
    }

    async fn device_wait(
        &self,
        cx: &SignInContext,
        auth: &DeviceAuth,
        cancelled: &(dyn Fn() -> bool + Send + Sync),
    ) -> Result<Grant> {
        device_wait(
            &cx.profile,
            &cx.http,
            auth,
            cx.client("client_id"),
            cx.client("client_secret"),
            cancelled,
        )
        .await
    }
}

/// Step 1 of the device flow: `POST {accounts}/oauth/v3/device/code`.
async fn device_start(
    profile: &Profile,
    http: &HttpClient,
    client_id: &Secret,
    scope: &str,
) -> Result<DeviceAuth> {
    let provider = profile.provider.id;
    let (accounts, _, _) = dc_urls(profile);
    let form = [
        ("client_id", client_id.expose()),
        ("grant_type", "device_request"),
        ("scope", scope),
        ("access_type", "offline"),
    ];
    let r = accounts_call(
        provider,
        http,
        &accounts,
        "oauth/v3/device/code",
        &form,
        &[],
    )
    .await?;
    let v = r.json().unwrap_or_default();
    let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let num = |k: &str| v.get(k).and_then(|x| x.as_u64());
    match (text("user_code"), text("device_code")) {
        (Some(user_code), Some(device_code)) if r.is_success() => Ok(DeviceAuth {
            user_code,
            verification_url: text("verification_url")
                .or_else(|| text("verification_uri"))
                // Opened in the person's browser: only a web page on the
                // accounts server itself, never another host or scheme.
                .filter(|u| {
                    crate::net::check_link(u).is_ok_and(|u| {
                        u.host_str() == accounts.host_str() && u.port() == accounts.port()
                    })
                })
                .unwrap_or_else(|| format!("{}oauth/v3/device", accounts)),
            expires_in: num("expires_in").unwrap_or(300),
            // Zoho asks for no more than one poll per 30 s unless told otherwise.
            interval: num("interval").unwrap_or(30).max(1),
            device_code: Secret::new(device_code),
            poll_base: accounts,
        }),
        _ => {
            let err = text("error").unwrap_or_else(|| format!("HTTP {}", r.status));
            let msg = match err.as_str() {
                "invalid_client" => crate::tr!("signin-invalid-client"),
                _ => crate::tr!("signin-start-refused", reason = &err),
            };
            Err(Error::new(ErrorKind::Auth, err, msg)
                .with_retry(Retry::Permanent)
                .with_provider(provider)
                .with_status(r.status)
                .redact(&[client_id.expose()]))
        }
    }
}

/// Step 2: poll `POST {accounts}/oauth/v3/device/token` until the person has
/// approved (or refused, or the code expired), no faster than asked; follow
/// `other_dc` to the user's data centre. `cancelled` ends the wait early.
async fn device_wait(
    profile: &Profile,
    http: &HttpClient,
    auth: &DeviceAuth,
    client_id: &Secret,
    client_secret: &Secret,
    cancelled: &(dyn Fn() -> bool + Send + Sync),
) -> Result<Grant> {
    let provider = profile.provider.id;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(auth.expires_in);
    let mut interval = auth.interval;
    let accounts = auth.poll_base.clone();
    let mut moved_to_dc = None;
    let secrets = [
        client_id.expose(),
        client_secret.expose(),
        auth.device_code.expose(),
    ];
    let expired = || Error::new(ErrorKind::Auth, "expired", crate::tr!("signin-expired"));
    loop {
        // Sleep in short steps so a cancel is noticed quickly.
        let wake = std::time::Instant::now() + std::time::Duration::from_secs(interval);
        while std::time::Instant::now() < wake {
            if cancelled() {
                return Err(Error::config("CANCELLED", crate::tr!("signin-cancelled")));
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        if std::time::Instant::now() > deadline {
            return Err(expired());
        }
        let form = [
            ("client_id", client_id.expose()),
            ("client_secret", client_secret.expose()),
            ("grant_type", "device_token"),
            ("code", auth.device_code.expose()),
        ];
        let path = "oauth/v3/device/token";
        let r = accounts_call(provider, http, &accounts, path, &form, &secrets).await?;
        let v = r.json().unwrap_or_default();
        let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        if let Some(tok) = text("refresh_token").filter(|_| r.is_success()) {
            return Ok(Grant {
                secrets: vec![("refresh_token", Secret::new(tok))],
                options: moved_to_dc.map(|dc| ("dc", dc)).into_iter().collect(),
            });
        }
        match text("error").as_deref() {
            Some("authorization_pending") => {}
            Some("slow_down") => interval += 5,
            Some("other_dc") => {
                let dc = text("user_location")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let Some(row) = DATA_CENTRES.iter().find(|r| r.0 == dc) else {
                    return Err(Error::new(
                        ErrorKind::Auth,
                        "other_dc",
                        crate::tr!("signin-unknown-dc", dc = &dc),
                    ));
                };
                // A profile with its own base URL (the sandbox, a gateway) keeps
                // its host, so the secret stays with the origin it was entered for.
                // A real data centre is another origin, and Zoho gives a client a
                // separate secret per data centre (API console → Settings →
                // Multi-DC): ask for that one rather than send this one there.
                if profile.base_url.is_none() && row.1 != accounts.as_str().trim_end_matches('/') {
                    return Err(Error::new(
                        ErrorKind::Config,
                        "OTHER_DC",
                        crate::tr!("signin-other-dc", dc = &dc, host = row.1),
                    )
                    .with_provider(provider)
                    .with_action(Action::set_credentials(&["client_secret"]))
                    .for_profile(&profile.name));
                }
                moved_to_dc = Some(dc);
            }
            Some("access_denied") => {
                return Err(Error::new(
                    ErrorKind::Auth,
                    "access_denied",
                    crate::tr!("signin-denied"),
                ))
            }
            Some("expired") | Some("invalid_code") => return Err(expired()),
            Some(other) => {
                return Err(Error::new(
                    ErrorKind::Auth,
                    other.to_string(),
                    crate::tr!("signin-refused", reason = other),
                )
                .with_provider(provider)
                .with_status(r.status)
                .redact(&secrets))
            }
            None if r.is_success() => {
                return Err(Error::new(
                    ErrorKind::Auth,
                    "NO_REFRESH_TOKEN",
                    crate::tr!("signin-no-refresh"),
                ))
            }
            None => return Err(http::generic_status_error(provider, "Zoho Accounts", &r)),
        }
    }
}

/// Trade a Self Client grant code for a refresh token (and a first access token).
/// Returns the refresh token; the caller stores it.
async fn exchange_grant_code(
    profile: &Profile,
    http: &HttpClient,
    client_id: &Secret,
    client_secret: &Secret,
    code: &Secret,
) -> Result<Secret> {
    let (accounts, _, _) = dc_urls(profile);
    let form = [
        ("grant_type", "authorization_code"),
        ("client_id", client_id.expose()),
        ("client_secret", client_secret.expose()),
        ("code", code.expose()),
    ];
    let (_, refresh) = token_call_full(
        profile.provider.id,
        http,
        &accounts,
        &form,
        profile.base_url.is_some(),
    )
    .await
    .map_err(|e| e.redact(&[client_id.expose(), client_secret.expose(), code.expose()]))?;
    refresh.map(Secret::new).ok_or_else(|| {
        Error::new(
            ErrorKind::Auth,
            "NO_REFRESH_TOKEN",
            crate::tr!("signin-grant-no-refresh"),
        )
    })
}
