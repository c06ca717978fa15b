//! Web addresses PhotoDrop talks to or hands to the browser: parsed once,
//! TLS enforced (plain http only to this machine), links checked before they
//! are stored or opened. Below every other module that handles a URL.

use crate::error::{Error, Result};
use url::Url;

/// Parse a base URL and enforce TLS: plain http is allowed only to loopback.
pub fn parse_base_url(s: &str) -> Result<Url> {
    let url = Url::parse(s.trim_end_matches('/')).map_err(|e| {
        Error::config(
            "BAD_URL",
            crate::tr!("error-bad-url", url = s, reason = e.to_string()),
        )
    })?;
    check_transport(&url)?;
    Ok(as_base(url))
}

/// `url` with a path that ends in `/`, so that joining a relative API path
/// keeps a gateway's (or the demo sandbox's) path prefix instead of
/// replacing its last segment.
pub fn as_base(mut url: Url) -> Url {
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    url
}

/// A link from a server (a photo's address, Zoho's sign-in page) that may be
/// handed to the browser: `https`, or `http` to this machine (the sandbox).
/// Anything else — `file:`, a UNC path, `javascript:`, a custom scheme whose
/// handler runs a program — is refused. Checked when a link is stored and
/// again before it is opened.
pub fn check_link(link: &str) -> Result<Url> {
    let bad =
        |why: String| Error::config("UNSAFE_LINK", crate::tr!("error-unsafe-link", why = why));
    let url = Url::parse(link.trim()).map_err(|_| bad(crate::tr!("link-why-not-web")))?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad(crate::tr!("link-why-no-host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(crate::tr!("link-why-credentials")));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(bad(crate::tr!("link-why-http"))),
        other => Err(bad(crate::tr!("link-why-scheme", scheme = other))),
    }
}

/// Refuse cleartext HTTP except to this machine.
pub fn check_transport(url: &Url) -> Result<()> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(Error::config(
            "INSECURE_URL",
            crate::tr!("error-insecure-url", host = url.host_str().unwrap_or("?")),
        )),
        other => Err(Error::config(
            "BAD_URL",
            crate::tr!("error-url-scheme", scheme = other),
        )),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost" || d.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_plain_http_except_loopback() {
        assert!(parse_base_url("http://127.0.0.1:8080").is_ok());
        assert!(parse_base_url("http://localhost:1").is_ok());
        assert!(parse_base_url("http://[::1]:1").is_ok());
        assert!(parse_base_url("https://example.com").is_ok());
        let e = parse_base_url("http://example.com").unwrap_err();
        assert_eq!(e.code, "INSECURE_URL");
    }

    #[test]
    fn only_web_links_are_opened() {
        assert!(check_link("https://crm.zoho.eu/crm/tab/Leads/1").is_ok());
        assert!(check_link("http://127.0.0.1:4000/x").is_ok());
        for bad in [
            "file:///etc/passwd",
            "file://server/share/x.exe",
            "\\\\server\\share\\x.exe",
            "javascript:alert(1)",
            "ms-msdt:/id PCWDiagnostic",
            "search-ms:query=x",
            "http://example.com/x",
            "https://user:pw@example.com/",
        ] {
            assert_eq!(check_link(bad).unwrap_err().code, "UNSAFE_LINK", "{bad}");
        }
    }
}
