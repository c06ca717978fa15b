//! Test harness: an in-process sandbox on a free loopback port, a temporary
//! config/data dir, an isolated keyring service name, and the real `photodrop`
//! binary run as a subprocess. Needs a Secret Service (run the suite through
//! `scripts/test`, which starts gnome-keyring in a private D-Bus session).
#![allow(dead_code, unused_macros)]

/// A test with a fresh [`Env`] (sandbox, temp dirs, own keyring service):
/// `t!(name, |env: Env| async move { ... });`
macro_rules! t {
    ($name:ident, $body:expr) => {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let env = Env::new().await;
            #[allow(clippy::redundant_closure_call)]
            ($body)(env).await;
        }
    };
}

use photodrop::sandbox::{creds, Faults, Sandbox};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Output;

pub struct Env {
    pub dir: tempfile::TempDir,
    pub sandbox: Sandbox,
    pub keyring_service: String,
    /// Real-hosts mode: the services' own URLs reach the sandbox over TLS
    /// (the CA's PEM file), see [`Env::with_real_hosts`].
    pub real_hosts_ca: Option<PathBuf>,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str(l)
                    .unwrap_or_else(|e| panic!("not JSON ({e}): {l}\nstderr: {}", self.stderr))
            })
            .collect()
    }
    /// The JSON line for a file (by the path as given on the command line).
    pub fn line_for(&self, file: &Path) -> Value {
        let f = file.display().to_string();
        self.lines()
            .into_iter()
            .find(|l| l["file"] == f.as_str())
            .unwrap_or_else(|| {
                panic!(
                    "no line for {f} in:\n{}\nstderr: {}",
                    self.stdout, self.stderr
                )
            })
    }
    pub fn all_text(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn corpus(rel: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/real")
        .join(rel);
    assert!(
        p.exists(),
        "test corpus file missing: {} (shared/ must sit beside the checkout)",
        p.display()
    );
    p
}

pub fn jpeg_bytes(seed: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([
            (seed % 251) as u8,
            ((seed / 251) % 251) as u8 ^ (x as u8),
            (y as u8).wrapping_mul(3),
        ])
    });
    let mut out = vec![];
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

/// A Zoho token response for the sandbox's refresh token, from the accounts
/// server at `accounts` (an origin: the sandbox's URL, or a real host name).
pub async fn zoho_token(http: &reqwest::Client, accounts: &str) -> Value {
    http.post(format!("{accounts}/oauth/v2/token"))
        .form(&[
            ("grant_type", "refresh_token"),
            ("client_id", creds::ZOHO_CLIENT_ID),
            ("client_secret", creds::ZOHO_CLIENT_SECRET),
            ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Poll `f` every 50 ms until it holds; panics with `what` after `secs`.
pub async fn wait_for(secs: u64, what: &str, mut f: impl FnMut() -> bool) {
    let t0 = std::time::Instant::now();
    while !f() {
        assert!(
            t0.elapsed().as_secs() < secs,
            "timed out after {secs} s waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

pub fn sha256(p: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(p).unwrap()))
}

/// Default sandbox credentials per provider kind.
pub fn default_creds(kind: &str) -> Vec<(&'static str, &'static str)> {
    match kind {
        "zoho-crm" | "zoho-bigin" => vec![
            ("client_id", creds::ZOHO_CLIENT_ID),
            ("client_secret", creds::ZOHO_CLIENT_SECRET),
            ("refresh_token", creds::ZOHO_REFRESH_TOKEN),
        ],
        "chakrahq" => vec![("token", creds::CHAKRA_TOKEN)],
        "capillary" => vec![
            ("username", creds::CAPILLARY_USER),
            ("password", creds::CAPILLARY_PASSWORD),
        ],
        "questionpro" => vec![("api_key", creds::QUESTIONPRO_KEY)],
        _ => panic!("unknown kind {kind}"),
    }
}

/// Every secret the sandbox accepts: none may ever appear in output, files or URLs.
pub const ALL_SECRETS: &[&str] = &[
    creds::ZOHO_CLIENT_SECRET,
    creds::ZOHO_REFRESH_TOKEN,
    creds::ZOHO_REFRESH_TOKEN_NO_SCOPE,
    creds::ZOHO_GRANT_CODE,
    creds::CHAKRA_TOKEN,
    creds::CAPILLARY_PASSWORD,
    creds::CAPILLARY_SECRET,
    creds::QUESTIONPRO_KEY,
];

/// The Windows build of the CLI under test, when the suite runs against it
/// (`scripts/test-windows` sets `PHOTODROP_TEST_WINDOWS_EXE`): every command
/// then runs that `.exe` under Wine, against the same in-process sandbox.
pub fn windows_exe() -> Option<PathBuf> {
    std::env::var_os("PHOTODROP_TEST_WINDOWS_EXE").map(PathBuf::from)
}

/// A command running the CLI under test: this build's `photodrop`, or the
/// Windows `photodrop.exe` under Wine.
pub fn cli() -> tokio::process::Command {
    match windows_exe() {
        Some(exe) => {
            let mut c = tokio::process::Command::new("wine");
            c.arg(exe);
            c
        }
        None => tokio::process::Command::new(env!("CARGO_BIN_EXE_photodrop")),
    }
}

/// Drive-letter form of an absolute path, as a Windows program under Wine
/// is given it (Wine's drive `Z:` is the Unix root); the path itself for the
/// Linux build. (`winepath -w` would do the same but cuts paths at 260
/// characters, and long paths are one of the things tested.)
pub fn native_path(p: &Path) -> String {
    let s = p.display().to_string();
    match windows_exe() {
        Some(_) => format!("Z:{}", s.replace('/', "\\")),
        None => s,
    }
}

impl Env {
    pub async fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = Sandbox::start(0).await.unwrap();
        Env {
            dir,
            sandbox,
            keyring_service: format!("photodrop-test-{}", uuid::Uuid::new_v4().simple()),
            real_hosts_ca: None,
        }
    }

    /// A sandbox that answers for the services' real host names over TLS;
    /// the CLI reaches it through the test build's `test-hosts` feature.
    pub async fn with_real_hosts() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let (sandbox, pem) = Sandbox::start_real_hosts().await.unwrap();
        let ca = dir.path().join("test-ca.pem");
        std::fs::write(&ca, pem).unwrap();
        Env {
            dir,
            sandbox,
            keyring_service: format!("photodrop-test-{}", uuid::Uuid::new_v4().simple()),
            real_hosts_ca: Some(ca),
        }
    }

    pub fn url(&self) -> String {
        self.sandbox.url()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Copy a corpus file into the temp dir under a new name.
    pub fn copy(&self, rel: &str, name: &str) -> PathBuf {
        let to = self.path(name);
        std::fs::copy(corpus(rel), &to).unwrap();
        to
    }

    /// A small JPEG whose content differs for every `seed` (no metadata, so what
    /// arrives is byte-identical to the file).
    pub fn jpeg(&self, name: &str, seed: u32) -> PathBuf {
        let to = self.path(name);
        if let Some(d) = to.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&to, jpeg_bytes(seed)).unwrap();
        to
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let to = self.path(name);
        std::fs::write(&to, bytes).unwrap();
        to
    }

    pub fn command(&self) -> tokio::process::Command {
        let mut c = cli();
        c.env("PHOTODROP_CONFIG_DIR", self.path("config"))
            .env("PHOTODROP_DATA_DIR", self.path("data"))
            // The administrator's folder: the test's own (empty unless a test fills it).
            .env("PHOTODROP_SYSTEM_CONFIG_DIR", self.path("system"))
            .env("PHOTODROP_KEYRING_SERVICE", &self.keyring_service)
            .env_remove("RUST_LOG")
            // Messages in English whatever the machine's locale (tests/i18n.rs
            // removes this to check the languages).
            .env("PHOTODROP_LANG", "en")
            .current_dir(self.dir.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true);
        if let Some(ca) = &self.real_hosts_ca {
            c.env("PHOTODROP_TEST_HOSTS_ADDR", self.sandbox.addr.to_string())
                .env("PHOTODROP_TEST_HOSTS_CA", ca);
        }
        for (k, _) in std::env::vars() {
            if k.starts_with("PHOTODROP_SECRET_") {
                c.env_remove(k);
            }
        }
        c
    }

    pub async fn run_with(
        &self,
        mut c: tokio::process::Command,
        args: &[&str],
        stdin: Option<&str>,
    ) -> Run {
        use tokio::io::AsyncWriteExt;
        c.args(args);
        let mut child = c.spawn().expect("spawn photodrop");
        let mut si = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            si.write_all(s.as_bytes()).await.unwrap();
        }
        drop(si);
        let out: Output = tokio::time::timeout(
            std::time::Duration::from_secs(180),
            child.wait_with_output(),
        )
        .await
        .expect("photodrop did not finish within 180 s")
        .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub async fn run(&self, args: &[&str]) -> Run {
        self.run_with(self.command(), args, None).await
    }

    pub async fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_with(self.command(), args, Some(stdin)).await
    }

    pub async fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args).await;
        assert_eq!(r.code, 0, "photodrop {args:?} failed: {r:?}");
        r
    }

    /// Add a profile pointed at the sandbox and store the given credentials in the keyring.
    pub async fn profile_with(
        &self,
        name: &str,
        kind: &str,
        options: &[&str],
        secrets: &[(&str, &str)],
    ) {
        let url = self.url();
        let mut args = vec!["profile", "add", name, "--provider", kind];
        // Real hosts: no base URL, the profile's data centre decides.
        if self.real_hosts_ca.is_none() {
            args.extend(["--base-url", &url]);
        }
        for o in options {
            args.push("--set");
            args.push(o);
        }
        self.ok(&args).await;
        for (field, value) in secrets {
            let r = self
                .run_stdin(&["credential", "set", name, field], value)
                .await;
            assert_eq!(r.code, 0, "credential set {name} {field}: {r:?}");
        }
    }

    /// The SHA-256 of everything the sandbox received.
    pub fn arrived_hashes(&self) -> std::collections::BTreeSet<String> {
        self.sandbox
            .uploads()
            .iter()
            .map(|u| u.sha256.clone())
            .collect()
    }

    pub async fn profile(&self, name: &str, kind: &str, options: &[&str]) {
        self.profile_with(name, kind, options, &default_creds(kind))
            .await;
    }

    pub async fn upload(&self, profile: &str, target: Option<&str>, files: &[&Path]) -> Run {
        self.upload_with(profile, target, files, &[]).await
    }

    /// Upload content that was uploaded before on purpose (duplicate detection off).
    pub async fn upload_again(&self, profile: &str, target: Option<&str>, files: &[&Path]) -> Run {
        self.upload_with(profile, target, files, &["--allow-duplicates"])
            .await
    }

    pub async fn upload_with(
        &self,
        profile: &str,
        target: Option<&str>,
        files: &[&Path],
        extra: &[&str],
    ) -> Run {
        let mut args: Vec<String> = vec![
            "upload".into(),
            "--json".into(),
            "--profile".into(),
            profile.into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        if let Some(t) = target {
            args.push("--target".into());
            args.push(t.into());
        }
        args.extend(files.iter().map(|f| f.display().to_string()));
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        self.run(&a).await
    }

    pub fn faults(&self, f: Faults) {
        self.sandbox.set_faults(f);
    }

    /// Requests to paths starting with `prefix`.
    pub fn requests_to(&self, prefix: &str) -> Vec<photodrop::sandbox::RequestRecord> {
        self.sandbox
            .requests()
            .into_iter()
            .filter(|r| r.path.starts_with(prefix))
            .collect()
    }
}

/// `photodrop watch ARGS` in the background. Its output goes into files
/// (`watch-N.out`, `watch-N.err` in the temp dir), not pipes nobody reads: a
/// full pipe would stall the watcher.
pub fn start_watch(env: &Env, args: &[&str]) -> tokio::process::Child {
    let mut c = env.command();
    let n = std::fs::read_dir(env.dir.path()).unwrap().count();
    let out = std::fs::File::create(env.path(&format!("watch-{n}.out"))).unwrap();
    let err = std::fs::File::create(env.path(&format!("watch-{n}.err"))).unwrap();
    c.arg("watch").args(args).stdout(out).stderr(err);
    c.spawn().unwrap()
}

/// Everything the watchers of [`start_watch`] printed, stdout and stderr.
pub fn watch_output(env: &Env) -> String {
    let mut names: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("watch-") && (n.ends_with(".out") || n.ends_with(".err")))
        .collect();
    names.sort();
    names
        .iter()
        .map(|n| std::fs::read_to_string(env.path(n)).unwrap_or_default())
        .collect()
}

pub fn assert_no_secrets(what: &str, text: &str) {
    for s in ALL_SECRETS {
        assert!(!text.contains(s), "a secret leaked into {what}: …{s}…");
    }
}
