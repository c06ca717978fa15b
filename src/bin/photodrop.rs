//! `photodrop`: the headless CLI over the core library.
//!
//! Exit status: 0 when everything asked for succeeded, 1 when some file
//! failed to upload, 2 on a usage or configuration error.

#[path = "photodrop/jobs.rs"]
mod jobs;

use clap::{Parser, Subcommand};
use jobs::{QueueCmd, UploadArgs, WatchArgs};
use photodrop::app::history::HistoryFilter;
use photodrop::app::App;
use photodrop::config::Profile;
use photodrop::credentials::Secret;
use photodrop::{tr, Error};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "photodrop",
    version,
    about = "Attach photos to records in Zoho CRM, Zoho Bigin, ChakraHQ, Capillary and QuestionPro"
)]
struct Cli {
    /// Language of messages (en, de, fr, es, pt-BR, ja, zh-Hans, ar; "system"
    /// follows LC_ALL / LC_MESSAGES / LANG). `--json` codes stay the same.
    #[arg(long, global = true, env = "PHOTODROP_LANG", value_name = "LANG")]
    lang: Option<String>,
    /// More logging on stderr (-v, -vv). RUST_LOG works too.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Manage destination profiles (non-secret settings).
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Store or remove secrets in the OS keyring.
    #[command(subcommand)]
    Credential(CredentialCmd),
    /// Upload photos to a profile's target (through the durable queue).
    Upload(UploadArgs),
    /// Unfinished uploads: list them, or finish them all.
    #[command(subcommand)]
    Queue(QueueCmd),
    /// Finished uploads, newest first.
    History {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        profile: Option<String>,
        /// Only rows whose file name, target or remote id contains this.
        #[arg(long)]
        search: Option<String>,
        /// Only rows in this state (done, duplicate, failed, needs-attention).
        #[arg(long)]
        state: Option<String>,
        /// Write every matching row (not only --limit) to this CSV file instead.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
    },
    /// Run failed or needs-attention jobs again (after fixing what their error said).
    Retry {
        #[arg(value_name = "JOB_ID")]
        ids: Vec<i64>,
        /// Every failed and needs-attention job (of --profile, if given).
        #[arg(long)]
        all: bool,
        #[arg(long)]
        profile: Option<String>,
        /// Send to this target instead (for files whose target could not be derived).
        #[arg(long)]
        target: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Upload whatever lands in a folder, until stopped (Ctrl+C).
    Watch(WatchArgs),
    /// Find a record to use as a target (Zoho CRM / Bigin modules, ChakraHQ
    /// processes). Without a module, lists the modules (procedures) and their
    /// photo slots.
    Search {
        #[arg(long)]
        profile: String,
        /// Module or procedure, e.g. Leads, Contacts, lead.
        module: Option<String>,
        /// Name, e-mail or phone number (ChakraHQ: empty lists the latest processes).
        query: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List the destinations PhotoDrop knows, with their credential fields and options.
    Providers {
        #[arg(long)]
        json: bool,
    },
    /// Make a thumbnail (longest edge --size px, orientation applied); JPEG or PNG by OUT's extension.
    Thumbnail {
        input: PathBuf,
        output: PathBuf,
        #[arg(long, default_value_t = photodrop::media::thumb::DEFAULT_SIZE)]
        size: u32,
    },
    /// Write exactly what `upload` would send for IN to OUT, and say what changed.
    Prepare {
        #[arg(long)]
        profile: String,
        /// The target, where it changes what is accepted (a Zoho `Module/Id/Attachments`).
        #[arg(long)]
        target: Option<String>,
        input: PathBuf,
        output: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Run the built-in sandbox server (all five APIs on loopback) in the foreground.
    Sandbox {
        #[arg(long, default_value_t = 8765)]
        port: u16,
    },
}

#[derive(Subcommand)]
enum ProfileCmd {
    /// Add a profile.
    Add {
        name: String,
        /// zoho-crm, zoho-bigin, chakrahq, capillary or questionpro.
        #[arg(long)]
        provider: String,
        /// Send every call of this profile (token calls included) to this origin.
        #[arg(long)]
        base_url: Option<String>,
        /// Provider option, e.g. --set dc=eu --set version=v8 (see `photodrop providers`).
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// Replace an existing profile of the same name (its credentials are kept).
        #[arg(long)]
        replace: bool,
    },
    /// List profiles and whether their credentials are set.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a profile and its stored credentials.
    Remove { name: String },
    /// Make one authenticated call to check the profile works.
    Test { name: String },
    /// Write profiles' settings (never a secret) to a file colleagues import.
    Export {
        #[arg(required = true)]
        names: Vec<String>,
        /// The file to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Add the profiles of an exported file; says which secrets each still needs.
    Import {
        file: PathBuf,
        /// Overwrite the settings of profiles that exist (their secrets are kept).
        #[arg(long)]
        replace: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum CredentialCmd {
    /// Store a secret; the value is read from stdin (not echoed on a terminal).
    Set { name: String, field: String },
    /// Remove one secret, or all of a profile's secrets.
    Remove { name: String, field: Option<String> },
    /// Connect the account through the provider's sign-in (Zoho): the device
    /// flow shows a code to enter at the service's address, waits for approval
    /// and stores the refresh token (with --json, the code comes first as one
    /// JSON line); with --code, a grant code made in the service's console is
    /// read from stdin and exchanged instead.
    SignIn {
        name: String,
        #[arg(long)]
        code: bool,
        #[arg(long)]
        json: bool,
    },
    /// `sign-in --code` (a Zoho Self Client's grant code, on stdin).
    ZohoGrant { name: String },
    /// `sign-in` with the device flow (a Zoho "Non-browser Applications" client).
    ZohoDevice {
        name: String,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    photodrop::i18n::plain_text();
    photodrop::i18n::choose(cli.lang.as_deref());
    let filter = std::env::var("RUST_LOG").unwrap_or_else(|_| match cli.verbose {
        0 => "warn".into(),
        1 => "photodrop=info".into(),
        _ => "photodrop=debug".into(),
    });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    let rt = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    let result = rt.block_on(run(cli.cmd));
    jobs::flush_out();
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "{}",
                tr!(
                    "cli-error",
                    message = jobs::told(&e.message, e.action.as_deref())
                )
            );
            // 2: PhotoDrop was set up or called wrongly; 1: the work itself failed.
            ExitCode::from(if e.is_configuration() { 2 } else { 1 })
        }
    }
}

async fn run(cmd: Cmd) -> Result<ExitCode, Error> {
    match cmd {
        Cmd::Sandbox { port } => sandbox(port).await,
        Cmd::Providers { json } => {
            providers(json);
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Thumbnail {
            input,
            output,
            size,
        } => {
            let img = photodrop::media::thumb::thumbnail(&input, size)?;
            photodrop::media::thumb::write(&img, &output)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Prepare {
            profile,
            target,
            input,
            output,
            json,
        } => {
            let app = App::from_env()?;
            let p = app.profile(&profile)?;
            let prep = app.preparation(&p);
            let prepared = photodrop::media::prepare::prepare(
                &input,
                &p.provider.limits_for(target.as_deref()),
                prep.policy,
                p.provider.name,
                &prep.work_dir,
            )?;
            std::fs::copy(&prepared.path, &output)
                .map_err(|e| Error::unwritable(output.display(), &e))?;
            if json {
                println!(
                    "{}",
                    json!({"file": input.display().to_string(), "output": output.display().to_string(),
                    "format": prepared.format, "size": prepared.size, "prepared": prepared.report})
                );
            } else {
                println!(
                    "{} → {} ({}, {:.1} MB): {}",
                    input.display(),
                    output.display(),
                    prepared.format.name(),
                    prepared.size as f64 / 1048576.0,
                    prepared.report.describe()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Profile(p) => profile(App::from_env()?, p).await,
        Cmd::Credential(c) => credential(App::from_env()?, c).await,
        Cmd::Upload(u) => jobs::upload(App::from_env()?, u).await,
        Cmd::Queue(q) => jobs::queue(App::from_env()?, q).await,
        Cmd::History {
            json,
            limit,
            profile,
            search,
            state,
            csv,
        } => {
            let filter = HistoryFilter {
                limit: Some(limit),
                profile,
                text: search,
                state,
                before: None,
            };
            jobs::history(App::from_env()?, json, filter, csv)
        }
        Cmd::Retry {
            ids,
            all,
            profile,
            target,
            json,
        } => jobs::retry(App::from_env()?, ids, all, profile, target, json).await,
        Cmd::Watch(w) => jobs::watch(App::from_env()?, w).await,
        Cmd::Search {
            profile,
            module,
            query,
            json,
        } => {
            let app = App::from_env()?;
            let p = app.profile(&profile)?;
            let provider = app.provider(&p)?;
            let Some(module) = module else {
                let kinds = provider.record_kinds().await?;
                for k in &kinds {
                    if json {
                        println!("{}", serde_json::to_string(k).expect("serialisable"));
                    } else {
                        let slots: Vec<&str> = k.slots.iter().map(|s| s.id.as_str()).collect();
                        println!("{:<20} {:<24} {}", k.id, k.name, slots.join(", "));
                    }
                }
                if kinds.is_empty() && !json {
                    println!("{}", tr!("cli-no-search", provider = p.provider.name));
                }
                return Ok(ExitCode::SUCCESS);
            };
            let query = query.unwrap_or_default();
            let hits = provider.search(&module, &query).await?;
            if json {
                for h in &hits {
                    println!("{}", serde_json::to_string(h).expect("serialisable"));
                }
            } else if hits.is_empty() {
                println!("{}", tr!("cli-no-match", module = &module, query = &query));
            } else {
                for h in &hits {
                    println!(
                        "{:<32} {:<40} {}",
                        h.target,
                        h.name,
                        h.detail.as_deref().unwrap_or("")
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn providers(json: bool) {
    for f in photodrop::providers::REGISTRY {
        let i = f.info();
        if json {
            println!("{}", serde_json::to_string(i).expect("serialisable"));
            continue;
        }
        println!("{} ({})", i.id, i.name);
        println!("  target:      {}", i.target_help);
        let sets: Vec<String> = i.auth_sets.iter().map(|s| s.join(" + ")).collect();
        println!("  credentials: {}", sets.join("  or  "));
        for o in i.options {
            let d = o
                .default
                .map(|d| format!(" (default {d})"))
                .unwrap_or_default();
            let c = if o.choices.is_empty() {
                String::new()
            } else {
                format!(" [{}]", o.choices.join(", "))
            };
            println!("  --set {}=…{c}{d}: {}", o.key, o.help);
        }
        println!();
    }
    if !json {
        println!("every profile");
        for o in photodrop::providers::COMMON_OPTIONS {
            println!(
                "  --set {}=… [{}] (default {}): {}",
                o.key,
                o.choices.join(", "),
                o.default.unwrap_or("-"),
                o.help
            );
        }
    }
}

async fn sandbox(port: u16) -> Result<ExitCode, Error> {
    use photodrop::sandbox::{creds, Sandbox};
    let sb = Sandbox::start(port).await.map_err(|e| {
        Error::config(
            "SANDBOX_PORT",
            format!("Cannot listen on 127.0.0.1:{port} ({e}); pick another port with --port."),
        )
    })?;
    let u = sb.url();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "PhotoDrop sandbox listening on {u}  (Ctrl-C to stop)\n\
         It speaks Zoho CRM, Zoho Bigin, ChakraHQ, Capillary and QuestionPro. Point a profile at it, e.g.:\n\n\
         \x20 photodrop profile add demo-crm --provider zoho-crm --base-url {u}\n\
         \x20 printf %s {cid} | photodrop credential set demo-crm client_id\n\
         \x20 printf %s {cs} | photodrop credential set demo-crm client_secret\n\
         \x20 printf %s {rt} | photodrop credential set demo-crm refresh_token\n\
         \x20 photodrop upload --profile demo-crm --target Leads/3000000038009 photo.jpg\n\n\
         \x20 photodrop profile add demo-chakra --provider chakrahq --base-url {u}\n\
         \x20 printf %s {ct} | photodrop credential set demo-chakra token\n\n\
         Other sandbox credentials: Capillary username {cu} / password {cp} (or oauth_key {ck} / oauth_secret {csec}); \
         QuestionPro api_key {qk} (users 1234567, 7654321).\n\
         Records, targets and fault knobs: GET {u}/__sandbox, POST {u}/__sandbox/faults, GET {u}/__sandbox/uploads.",
        cid = creds::ZOHO_CLIENT_ID,
        cs = creds::ZOHO_CLIENT_SECRET,
        rt = creds::ZOHO_REFRESH_TOKEN,
        ct = creds::CHAKRA_TOKEN,
        cu = creds::CAPILLARY_USER,
        cp = creds::CAPILLARY_PASSWORD,
        ck = creds::CAPILLARY_KEY,
        csec = creds::CAPILLARY_SECRET,
        qk = creds::QUESTIONPRO_KEY,
    );
    let _ = out.flush();
    drop(out);
    // Stopped by Ctrl-C or (scripts, service managers) SIGTERM: either way
    // the sandbox (owned by `wait`'s future) is dropped with the select, which
    // removes the uploads it stored.
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .map_err(|e| Error::internal(e.to_string()))?;
    #[cfg(unix)]
    let terminated = term.recv();
    #[cfg(not(unix))]
    let terminated = std::future::pending::<Option<()>>();
    tokio::select! {
        _ = sb.wait() => {}
        _ = tokio::signal::ctrl_c() => {}
        _ = terminated => {}
    }
    Ok(ExitCode::SUCCESS)
}

async fn profile(app: App, cmd: ProfileCmd) -> Result<ExitCode, Error> {
    match cmd {
        ProfileCmd::Add {
            name,
            provider,
            base_url,
            set,
            replace,
        } => {
            let mut options = BTreeMap::new();
            for kv in set {
                let (k, v) = kv.split_once('=').ok_or_else(|| {
                    Error::config(
                        "BAD_OPTION",
                        format!("'{kv}' is not KEY=VALUE (e.g. --set dc=eu)."),
                    )
                })?;
                options.insert(k.trim().to_string(), v.trim().to_string());
            }
            let p = Profile::new(&name, &provider, base_url.as_deref(), options)?;
            app.add_profile(&p, replace)?;
            let sets: Vec<String> = p
                .provider
                .auth_sets
                .iter()
                .map(|s| {
                    s.iter()
                        .map(|f| format!("photodrop credential set {name} {f}"))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .collect();
            println!("Added profile '{name}' ({}). Store its credentials (each value is read from stdin):", p.provider.name);
            println!("  {}", sets.join("\n  or: "));
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::List { json } => {
            let views = app.list_profiles()?;
            if json {
                for v in &views {
                    println!("{}", serde_json::to_string(v).expect("serialisable"));
                }
            } else if views.is_empty() {
                println!(
                    "No profiles yet. Add one with `photodrop profile add NAME --provider KIND`."
                );
            } else {
                for v in &views {
                    let creds: Vec<String> = v
                        .credentials
                        .iter()
                        .map(|(f, s)| format!("{f}: {s}"))
                        .collect();
                    println!(
                        "{:<20} {:<12} {}{}  [{}]",
                        v.name,
                        v.provider,
                        if v.ready {
                            "ready"
                        } else {
                            "needs credentials"
                        },
                        v.base_url
                            .as_deref()
                            .map(|u| format!("  via {u}"))
                            .unwrap_or_default(),
                        creds.join(", ")
                    );
                    if let Some(f) = &v.managed {
                        println!("{:<20} managed by your administrator ({f})", "");
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::Export { names, output } => {
            let text = app.export_profiles(&names)?;
            match output {
                Some(f) => {
                    photodrop::fsx::write_private(&f, text.as_bytes())
                        .map_err(|e| Error::unwritable(f.display(), &e))?;
                    eprintln!(
                        "Wrote {} profile(s) to {} (settings only: no secret).",
                        names.len(),
                        f.display()
                    );
                }
                None => print!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::Import {
            file,
            replace,
            json,
        } => {
            for i in app.import_profiles_file(&file, replace)? {
                if json {
                    println!("{}", serde_json::to_string(&i).expect("serialisable"));
                } else if i.needs.is_empty() {
                    println!(
                        "{}: {} ({}), ready.",
                        i.name,
                        if i.replaced { "replaced" } else { "imported" },
                        i.provider
                    );
                } else {
                    println!(
                        "{}: {} ({}); still needs {}: {}.",
                        i.name,
                        if i.replaced { "replaced" } else { "imported" },
                        i.provider,
                        i.needs.join(", "),
                        i.needs
                            .iter()
                            .map(|f| format!("`photodrop credential set {} {f}`", i.name))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::Remove { name } => {
            app.remove_profile(&name)?;
            println!("Removed profile '{name}' and its stored credentials.");
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::Test { name } => {
            let p = app.profile(&name)?;
            let provider = app.provider(&p)?;
            match provider.verify().await {
                Ok(msg) => {
                    println!("{msg}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!(
                        "{}",
                        tr!(
                            "cli-error",
                            message = jobs::told(&e.message, e.action.as_deref())
                        )
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}

/// Read a secret from stdin: a hidden prompt on a terminal, else the whole input.
/// `credential sign-in`: a pasted grant code, or the device flow.
async fn sign_in(app: &App, name: &str, code: bool, json: bool) -> Result<ExitCode, Error> {
    let p = app.profile(name)?;
    let changed = if code {
        let code = read_secret(&format!(
            "{} grant code for profile {name}: ",
            p.provider.name
        ))?;
        app.sign_in_with_code(name, &code).await?
    } else {
        let auth = app.device_sign_in_start(name).await?;
        if json {
            println!("{}", serde_json::to_string(&auth).expect("serialisable"));
        } else {
            println!(
                "Open {} and enter the code {} (valid {} min). Waiting for approval…",
                auth.verification_url,
                auth.user_code,
                auth.expires_in / 60
            );
        }
        jobs::flush_out();
        app.device_sign_in_finish(name, &auth, &|| false).await?
    };
    if json {
        let mut v = serde_json::json!({"status": "connected", "profile": name});
        for (k, val) in &changed {
            v[*k] = serde_json::json!(val);
        }
        println!("{v}");
    } else {
        let what = if code {
            "Exchanged the grant code; the refresh token"
        } else {
            "Connected; the refresh token"
        };
        let moved: String = changed
            .iter()
            .filter_map(|(k, v)| Some((p.provider.option_spec(k)?, v.as_ref()?)))
            .map(|(spec, v)| format!(" {}: '{v}' (the profile now uses it).", spec.help))
            .collect();
        println!(
            "{what} for '{name}' is stored in {}.{moved}",
            app.secrets.describe()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn read_secret(prompt: &str) -> Result<Secret, Error> {
    let value = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(prompt).map_err(|e| {
            Error::config("STDIN", tr!("cli-stdin-terminal", reason = e.to_string()))
        })?
    } else {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::config("STDIN", tr!("cli-stdin", reason = e.to_string())))?;
        s
    };
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::config("EMPTY_SECRET", "Nothing was read from stdin. Pipe the value in, e.g. `printf %s VALUE | photodrop credential set ...`, or type it at the prompt."));
    }
    Ok(Secret::new(v))
}

async fn credential(app: App, cmd: CredentialCmd) -> Result<ExitCode, Error> {
    match cmd {
        CredentialCmd::Set { name, field } => {
            let p = app.profile(&name)?;
            // Validate before prompting, so nobody types a secret for nothing.
            app.credential_field(&p, &field)?;
            let secret = read_secret(&format!("{field} for profile {name}: "))?;
            let a = app.clone();
            let (n, f) = (name.clone(), field.clone());
            tokio::task::spawn_blocking(move || a.set_credential(&n, &f, &secret))
                .await
                .map_err(|e| Error::internal(e.to_string()))??;
            println!(
                "Stored {field} for profile '{name}' in {}.",
                app.secrets.describe()
            );
            Ok(ExitCode::SUCCESS)
        }
        CredentialCmd::Remove { name, field } => {
            let p = app.profile(&name)?;
            let removed = app.remove_credentials(&p, field.as_deref())?;
            if removed.is_empty() {
                println!(
                    "Nothing was stored for profile '{name}'{}.",
                    field.map(|f| format!(" ({f})")).unwrap_or_default()
                );
            } else {
                println!("Removed {} for profile '{name}'.", removed.join(", "));
            }
            Ok(ExitCode::SUCCESS)
        }
        CredentialCmd::SignIn { name, code, json } => sign_in(&app, &name, code, json).await,
        CredentialCmd::ZohoDevice { name, json } => sign_in(&app, &name, false, json).await,
        CredentialCmd::ZohoGrant { name } => sign_in(&app, &name, true, false).await,
    }
}
