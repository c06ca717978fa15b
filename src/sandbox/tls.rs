//! TLS for the sandbox in "real hosts" mode (feature `test-hosts`): a test CA
//! made for the run, and a certificate for whatever name a client asks for
//! (SNI), signed on first use. Which host may serve which API is checked per
//! request by the providers' sandbox modules, not here: a client that goes to
//! a wrong host gets a clear 421 from the sandbox instead of a TLS failure.

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use rustls::crypto::ring::default_provider;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};

/// The run's certificate authority and the leaf certificates signed so far.
pub struct TestCa {
    ca: rcgen::Certificate,
    ca_key: KeyPair,
    leaves: Mutex<HashMap<String, Arc<CertifiedKey>>>,
}

impl std::fmt::Debug for TestCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TestCa")
    }
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}

impl TestCa {
    pub fn new() -> io::Result<TestCa> {
        let mut p = CertificateParams::new(Vec::<String>::new()).map_err(other)?;
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.distinguished_name
            .push(DnType::CommonName, "PhotoDrop sandbox test CA");
        let ca_key = KeyPair::generate().map_err(other)?;
        let ca = p.self_signed(&ca_key).map_err(other)?;
        Ok(TestCa {
            ca,
            ca_key,
            leaves: Mutex::new(HashMap::new()),
        })
    }

    /// The CA certificate a client adds to its roots.
    pub fn pem(&self) -> String {
        self.ca.pem()
    }

    fn leaf(&self, name: &str) -> Result<Arc<CertifiedKey>, String> {
        let mut leaves = self.leaves.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(k) = leaves.get(name) {
            return Ok(k.clone());
        }
        let p = CertificateParams::new(vec![name.to_string()]).map_err(|e| e.to_string())?;
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let cert = p
            .signed_by(&key, &self.ca, &self.ca_key)
            .map_err(|e| e.to_string())?;
        let der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let signer = default_provider()
            .key_provider
            .load_private_key(der)
            .map_err(|e| e.to_string())?;
        let ck = Arc::new(CertifiedKey::new(
            vec![CertificateDer::from(cert.der().to_vec())],
            signer,
        ));
        leaves.insert(name.to_string(), ck.clone());
        Ok(ck)
    }

    /// A TLS acceptor answering every server name with a leaf of this CA.
    pub fn acceptor(self: &Arc<Self>) -> io::Result<tokio_rustls::TlsAcceptor> {
        let cfg = rustls::ServerConfig::builder_with_provider(Arc::new(default_provider()))
            .with_safe_default_protocol_versions()
            .map_err(other)?
            .with_no_client_auth()
            .with_cert_resolver(Arc::new(BySni(self.clone())));
        let mut cfg = cfg;
        cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(tokio_rustls::TlsAcceptor::from(Arc::new(cfg)))
    }
}

#[derive(Debug)]
struct BySni(Arc<TestCa>);

impl ResolvesServerCert for BySni {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        // Every client here sends SNI (reqwest/rustls always do for names).
        let name = hello.server_name()?;
        match self.0.leaf(name) {
            Ok(k) => Some(k),
            Err(e) => {
                tracing::error!("sandbox TLS: cannot sign a certificate for {name}: {e}");
                None
            }
        }
    }
}
