//! Connecting an account through its provider's sign-in flow (OAuth): a grant
//! code pasted from the service's console, or the device flow. The app knows
//! no provider: the flow is `ProviderFactory::sign_in`, what to show is
//! `ProviderInfo::sign_in`, and what comes back is a [`Grant`] stored here.

use super::App;
use crate::config::{Profile, Profiles};
use crate::credentials::Secret;
use crate::error::{Error, Result};
use crate::providers::{self, DeviceAuth, Grant, SignIn, SignInContext};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// What a finished sign-in changed in the profile's options
/// (`SignInInfo::may_change`; `None` = unchanged).
pub type Changed = BTreeMap<&'static str, Option<String>>;

impl App {
    /// The profile's sign-in flow with its client fields read from the keyring.
    fn sign_in_parts(&self, profile: &str) -> Result<(&'static dyn SignIn, SignInContext)> {
        let p = self.profile(profile)?;
        let (Some(info), Some(flow)) = (
            p.provider.sign_in.as_ref(),
            providers::factory(p.provider.id).and_then(|f| f.sign_in()),
        ) else {
            return Err(Error::config(
                "NO_SIGN_IN_FLOW",
                crate::tr!(
                    "signin-no-flow",
                    profile = profile,
                    provider = p.provider.name
                ),
            ));
        };
        let creds = self.credentials(&p)?;
        let mut client = BTreeMap::new();
        let mut missing = vec![];
        for f in info.client_fields {
            match creds.get(f)? {
                Some(v) => {
                    client.insert(*f, v);
                }
                None => missing.push(*f),
            }
        }
        if !missing.is_empty() {
            return Err(crate::credentials::missing(profile, &missing));
        }
        Ok((
            flow,
            SignInContext {
                profile: p,
                http: self.http.clone(),
                client,
            },
        ))
    }

    /// Paste-a-code sign-in: trade the code for lasting secrets and store them.
    pub async fn sign_in_with_code(&self, profile: &str, code: &Secret) -> Result<Changed> {
        let (flow, cx) = self.sign_in_parts(profile)?;
        let grant = flow.exchange_code(&cx, code).await?;
        self.store_grant(cx, grant)
    }

    /// Start a device sign-in: the code to show and where to enter it.
    pub async fn device_sign_in_start(&self, profile: &str) -> Result<DeviceAuth> {
        let (flow, cx) = self.sign_in_parts(profile)?;
        flow.device_start(&cx).await
    }

    /// Wait for the person to approve a device sign-in, then store what it
    /// gave (and the options it changed, e.g. the account's data centre).
    pub async fn device_sign_in_finish(
        &self,
        profile: &str,
        auth: &DeviceAuth,
        cancelled: &(dyn Fn() -> bool + Send + Sync),
    ) -> Result<Changed> {
        let (flow, cx) = self.sign_in_parts(profile)?;
        let grant = flow.device_wait(&cx, auth, cancelled).await?;
        self.store_grant(cx, grant)
    }

    fn store_grant(&self, cx: SignInContext, grant: Grant) -> Result<Changed> {
        let mut p: Profile = cx.profile;
        let mut changed: Changed = p
            .provider
            .sign_in
            .as_ref()
            .map(|s| s.may_change.iter().map(|k| (*k, None)).collect())
            .unwrap_or_default();
        if !grant.options.is_empty() {
            let mut all = Profiles::load(&self.paths)?;
            p = all.get(&p.name)?;
            for (k, v) in &grant.options {
                p.options.insert(k.to_string(), v.clone());
                changed.insert(k, Some(v.clone()));
            }
            all.upsert(&p);
            all.save()?;
        }
        // Stored for the origins the profile points at now: when the sign-in
        // moved it (the person signed in there themselves), the client fields
        // go along.
        let creds = self.credentials(&p)?;
        if !grant.options.is_empty() {
            for (f, v) in &cx.client {
                creds.set(f, v)?;
            }
        }
        for (f, v) in &grant.secrets {
            creds.set(f, v)?;
        }
        for f in p.provider.cached_fields {
            creds.delete(f)?;
        }
        Ok(changed)
    }
}

/// Device sign-ins a host is showing, by profile: the shell starts one, the
/// page waits on it, and a cancel (or a new start) ends the wait. The device
/// code stays in here.
#[derive(Default)]
pub struct DeviceSignIns {
    active: Mutex<HashMap<String, Active>>,
}

struct Active {
    auth: DeviceAuth,
    cancelled: Arc<AtomicBool>,
}

impl DeviceSignIns {
    /// Start one for `profile`, cancelling any earlier one.
    pub async fn start(&self, app: &App, profile: &str) -> Result<DeviceAuth> {
        let auth = app.device_sign_in_start(profile).await?;
        let mut active = self.active.lock().unwrap_or_else(|p| p.into_inner());
        let new = Active {
            auth: auth.clone(),
            cancelled: Default::default(),
        };
        if let Some(old) = active.insert(profile.to_string(), new) {
            old.cancelled.store(true, Ordering::SeqCst);
        }
        Ok(auth)
    }

    /// Wait until the sign-in started for `profile` ends, storing its result.
    pub async fn wait(&self, app: &App, profile: &str) -> Result<Changed> {
        let (auth, cancelled) = {
            let active = self.active.lock().unwrap_or_else(|p| p.into_inner());
            let a = active.get(profile).ok_or_else(not_started)?;
            (a.auth.clone(), a.cancelled.clone())
        };
        let c2 = cancelled.clone();
        let res = app
            .device_sign_in_finish(profile, &auth, &move || c2.load(Ordering::SeqCst))
            .await;
        let mut active = self.active.lock().unwrap_or_else(|p| p.into_inner());
        if active
            .get(profile)
            .is_some_and(|a| Arc::ptr_eq(&a.cancelled, &cancelled))
        {
            active.remove(profile);
        }
        res
    }

    /// The address of the sign-in in progress, checked before a browser opens it.
    pub fn url(&self, profile: &str) -> Result<String> {
        let active = self.active.lock().unwrap_or_else(|p| p.into_inner());
        let url = active
            .get(profile)
            .map(|a| a.auth.verification_url.clone())
            .ok_or_else(not_started)?;
        crate::net::check_link(&url)?;
        Ok(url)
    }

    pub fn cancel(&self, profile: &str) {
        let active = self.active.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(a) = active.get(profile) {
            a.cancelled.store(true, Ordering::SeqCst);
        }
    }
}

fn not_started() -> Error {
    Error::config("NO_SIGN_IN", crate::tr!("signin-not-started"))
}
