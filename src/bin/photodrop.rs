//! `photodrop`: the headless CLI over the core library.
//!
//! Exit status: 0 when everything asked for succeeded, 1 when some file
//! failed to upload, 2 on a usage or configuration error.

#[path = "photodrop/jobs.rs"]
mod jobs;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
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

// mimalloc, not the system allocator: an upload allocates and frees per
// chunk and per request on several threads, where glibc's malloc took 13 % of
// the CLI's user time; 8 % less CPU for a batch (BENCHMARKS.md, #16). Its
// `no_thp`: with transparent huge pages, a 1 GiB upload peaked at 38 MiB of
// RSS instead of 24.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    quiet_when_the_reader_leaves();
    photodrop::i18n::plain_text();
    // The language is needed before parsing, so that --help speaks it.
    photodrop::i18n::choose(lang_setting(std::env::args_os()).as_deref());
    // The help texts are read from the catalogs only when clap has something
    // to show (help, a usage error): a command line that parses needs none.
    let matches = Cli::command()
        .try_get_matches()
        .or_else(|_| localized(Cli::command()).try_get_matches());
    let cli = match matches {
        Ok(m) => Cli::from_arg_matches(&m).unwrap_or_else(|e| usage_error(e)),
        Err(e) => usage_error(e),
    };
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
            eprintln!(
                "{}",
                tr!(
                    "cli-error",
                    message = tr!("cli-cannot-start", reason = e.to_string())
                )
            );
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
                    "{} → {} ({}, {}): {}",
                    input.display(),
                    output.display(),
                    prepared.format.name(),
                    photodrop::i18n::size(prepared.size),
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
        println!(
            "  {}",
            tr!("cli-providers-target", help = i.target_help_text())
        );
        let sets: Vec<String> = i.auth_sets.iter().map(|s| s.join(" + ")).collect();
        println!(
            "  {}",
            tr!(
                "cli-providers-credentials",
                sets = sets.join(&tr!("cli-do-or"))
            )
        );
        for o in i.options {
            println!("  {}", option_line(o));
        }
        println!();
    }
    if !json {
        println!("{}", tr!("cli-providers-every-profile"));
        for o in photodrop::providers::COMMON_OPTIONS {
            println!("  {}", option_line(o));
        }
    }
}

/// `--set key=… [choices] (default d): help` for `photodrop providers`.
fn option_line(o: &photodrop::providers::OptionSpec) -> String {
    let d = o
        .default
        .map(|d| format!(" ({})", tr!("cli-providers-default", value = d)))
        .unwrap_or_default();
    let c = if o.choices.is_empty() {
        String::new()
    } else {
        format!(" [{}]", o.choices.join(", "))
    };
    format!("--set {}=…{c}{d}: {}", o.key, o.help_text())
}

async fn sandbox(port: u16) -> Result<ExitCode, Error> {
    use photodrop::sandbox::{creds, Sandbox};
    let sb = Sandbox::start(port).await.map_err(|e| {
        Error::config(
            "SANDBOX_PORT",
            tr!(
                "cli-sandbox-port",
                port = port.to_string(),
                reason = e.to_string()
            ),
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
                    Error::config("BAD_OPTION", tr!("cli-bad-option", value = kv.as_str()))
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
            println!(
                "{}",
                tr!(
                    "cli-profile-added",
                    profile = &name,
                    provider = p.provider.name
                )
            );
            println!("  {}", sets.join(&format!("\n  {} ", tr!("cli-or-line"))));
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::List { json } => {
            let views = app.list_profiles()?;
            if json {
                for v in &views {
                    println!("{}", serde_json::to_string(v).expect("serialisable"));
                }
            } else if views.is_empty() {
                println!("{}", tr!("cli-no-profiles"));
            } else {
                for v in &views {
                    let creds: Vec<String> = v
                        .credentials
                        .iter()
                        .map(|(f, s)| format!("{f}: {}", tr!(&format!("cli-credential-{s}"))))
                        .collect();
                    println!(
                        "{:<20} {:<12} {}{}  [{}]",
                        v.name,
                        v.provider,
                        tr!(if v.ready {
                            "cli-profile-ready"
                        } else {
                            "cli-profile-needs-credentials"
                        }),
                        v.base_url
                            .as_deref()
                            .map(|u| format!("  {}", tr!("cli-profile-via", url = u)))
                            .unwrap_or_default(),
                        creds.join(", ")
                    );
                    if let Some(f) = &v.managed {
                        println!("{:<20} {}", "", tr!("cli-profile-managed", file = f));
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
                        "{}",
                        tr!("cli-exported", count = names.len(), file = f.display())
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
                } else {
                    let how = if i.replaced { "replaced" } else { "imported" };
                    let commands = i
                        .needs
                        .iter()
                        .map(|f| format!("`photodrop credential set {} {f}`", i.name))
                        .collect::<Vec<_>>()
                        .join(", ");
                    println!(
                        "{}",
                        tr!(
                            &format!("cli-{how}"),
                            profile = &i.name,
                            provider = i.provider,
                            needs = i.needs.join(", "),
                            commands = commands,
                            count = i.needs.len()
                        )
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ProfileCmd::Remove { name } => {
            app.remove_profile(&name)?;
            println!("{}", tr!("cli-profile-removed", profile = &name));
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

/// `--lang X` / `--lang=X` anywhere on the command line, else `PHOTODROP_LANG`
/// (what clap will parse; read here first for the help text).
fn lang_setting(args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        } else if a == "--lang" {
            found = args.get(i + 1).cloned();
        }
    }
    found.or_else(|| std::env::var("PHOTODROP_LANG").ok())
}

/// The command's help in the language in use. clap has no catalogs, so every
/// about and help text is set from `cli.ftl`, and so are the section
/// headings; the code's doc comments are the English (a test checks they
/// match). Keys: `help-PATH` for a command (`help-profile-add`),
/// `help-PATH--ARG` for an argument, or `help--ARG` for one that means the
/// same everywhere (`--lang`, `--json`).
fn localized(mut cmd: clap::Command) -> clap::Command {
    cmd.build();
    localize(cmd, "photodrop")
}

fn about_key(path: &str) -> String {
    format!("help-{path}")
}

fn arg_key(path: &str, id: &str) -> String {
    let own = format!("help-{path}--{id}");
    if photodrop::i18n::has_message(&own) {
        own
    } else {
        format!("help--{id}")
    }
}

/// The path of subcommand `name` under `path` (the top level's are bare).
fn sub_path(path: &str, name: &str) -> String {
    if path == "photodrop" {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

fn localize(cmd: clap::Command, path: &str) -> clap::Command {
    let text = |key: &str| photodrop::i18n::has_message(key).then(|| tr!(key));
    // clap's own headings ("Options:") cannot be translated; the template
    // writes ours, leaving out a section the command does not have.
    let mut template = format!("{{about-with-newline}}\n{} {{usage}}\n", tr!("help-usage"));
    let mut section = |heading: &str, tag: &str| {
        template.push_str(&format!("\n{}:\n{{{tag}}}\n", tr!(heading)));
    };
    if cmd.has_subcommands() {
        section("help-commands", "subcommands");
    }
    if cmd.get_positionals().next().is_some() {
        section("help-arguments", "positionals");
    }
    if cmd.get_arguments().any(|a| !a.is_positional()) {
        section("help-options", "options");
    }
    let mut cmd = cmd.help_template(template);
    if let Some(about) = text(&about_key(path)) {
        cmd = cmd.about(about.clone()).long_about(about);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(h) = text(&arg_key(path, &id)) {
            cmd = cmd.mut_arg(&id, |a| a.help(h.clone()).long_help(h));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = if name == "help" {
            // clap's own `help` command lists the others by their abouts.
            cmd.mut_subcommand("help", |h| {
                let h = h.about(tr!("help-help"));
                let children: Vec<String> = h
                    .get_subcommands()
                    .map(|c| c.get_name().to_string())
                    .collect();
                children.into_iter().fold(h, |h, c| {
                    let about = text(&about_key(&sub_path(path, &c)));
                    h.mut_subcommand(&c, |c| match about {
                        Some(a) => c.about(a),
                        None => c,
                    })
                })
            })
        } else {
            let p = sub_path(path, &name);
            cmd.mut_subcommand(&name, |s| localize(s, &p))
        };
    }
    cmd
}

/// A command line clap refused, said in the language in use (clap's own
/// words are English); help and version requests print as clap renders them.
/// Exit status 2, as for any usage error.
fn usage_error(e: clap::Error) -> ! {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let get = |k: C| match e.get(k) {
        Some(V::String(s)) => s.clone(),
        Some(V::Strings(v)) => v.join(", "),
        Some(V::StyledStr(s)) => s.to_string(),
        Some(V::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(V::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let (value, arg) = (get(C::InvalidValue), get(C::InvalidArg));
    let message = match e.kind() {
        K::UnknownArgument => tr!("usage-unknown-argument", arg = arg),
        K::InvalidSubcommand => tr!("usage-unknown-command", command = get(C::InvalidSubcommand)),
        K::MissingRequiredArgument => tr!("usage-missing", args = arg),
        K::MissingSubcommand => tr!("usage-missing-command", commands = get(C::ValidSubcommand)),
        K::InvalidValue if !get(C::ValidValue).is_empty() => tr!(
            "usage-invalid-choice",
            value = value,
            arg = arg,
            choices = get(C::ValidValue)
        ),
        K::InvalidValue => tr!("usage-invalid-value", value = value, arg = arg),
        K::ValueValidation => tr!(
            "usage-bad-value",
            value = value,
            arg = arg,
            reason = std::error::Error::source(&e)
                .map(|s| s.to_string())
                .unwrap_or_default()
        ),
        // clap reports `--profile a --profile b` as a conflict with itself.
        K::ArgumentConflict if get(C::PriorArg) == arg => tr!("usage-repeated", arg = arg),
        K::ArgumentConflict => tr!("usage-conflict", arg = arg, other = get(C::PriorArg)),
        // Help, version, and the rare rest: as clap words them.
        _ => e.exit(),
    };
    let suggestion = [C::SuggestedArg, C::SuggestedSubcommand, C::SuggestedValue]
        .into_iter()
        .map(get)
        .find(|s| !s.is_empty());
    let mut out = tr!("cli-error", message = message);
    if let Some(s) = suggestion {
        out.push_str(&format!(
            "\n\n  {}",
            tr!("usage-did-you-mean", suggestion = s)
        ));
    }
    let usage = get(C::Usage);
    if !usage.is_empty() {
        out.push_str(&format!(
            "\n\n{}",
            usage.replacen("Usage:", &tr!("help-usage"), 1)
        ));
    }
    eprintln!("{out}\n\n{}", tr!("usage-more"));
    std::process::exit(2);
}

/// `photodrop providers | head -3`: Rust ignores SIGPIPE, so `println!`
/// panics once the reader has gone. Leave quietly instead, with the status a
/// shell gives a program killed by SIGPIPE (128 + 13). Uploads do not print
/// through `println!` (see `jobs::out`), so a closed pipe never stops them.
fn quiet_when_the_reader_leaves() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if text.starts_with("failed printing to std") {
            std::process::exit(141);
        }
        default(info);
    }));
}

/// Read a secret from stdin: a hidden prompt on a terminal, else the whole input.
/// `credential sign-in`: a pasted grant code, or the device flow.
async fn sign_in(app: &App, name: &str, code: bool, json: bool) -> Result<ExitCode, Error> {
    let p = app.profile(name)?;
    let changed = if code {
        let code = read_secret(&format!(
            "{}: ",
            tr!(
                "cli-prompt-grant-code",
                service = p.provider.name,
                profile = name
            )
        ))?;
        app.sign_in_with_code(name, &code).await?
    } else {
        let auth = app.device_sign_in_start(name).await?;
        if json {
            println!("{}", serde_json::to_string(&auth).expect("serialisable"));
        } else {
            println!(
                "{}",
                tr!(
                    "cli-device-code",
                    url = &auth.verification_url,
                    code = &auth.user_code,
                    minutes = auth.expires_in / 60
                )
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
        let moved: String = changed
            .iter()
            .filter_map(|(k, v)| Some((p.provider.option_spec(k)?, v.as_ref()?)))
            .map(|(spec, v)| {
                format!(
                    " {}",
                    tr!("cli-signed-in-moved", option = spec.help_text(), value = v)
                )
            })
            .collect();
        println!(
            "{}{moved}",
            tr!(
                if code {
                    "cli-signed-in-code"
                } else {
                    "cli-signed-in"
                },
                profile = name,
                store = app.secrets.describe()
            )
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
        return Err(Error::config("EMPTY_SECRET", tr!("cli-empty-secret")));
    }
    Ok(Secret::new(v))
}

async fn credential(app: App, cmd: CredentialCmd) -> Result<ExitCode, Error> {
    match cmd {
        CredentialCmd::Set { name, field } => {
            let p = app.profile(&name)?;
            // Validate before prompting, so nobody types a secret for nothing.
            app.credential_field(&p, &field)?;
            let secret = read_secret(&format!(
                "{}: ",
                tr!("cli-prompt-secret", field = &field, profile = &name)
            ))?;
            let a = app.clone();
            let (n, f) = (name.clone(), field.clone());
            tokio::task::spawn_blocking(move || a.set_credential(&n, &f, &secret))
                .await
                .map_err(|e| Error::internal(e.to_string()))??;
            println!(
                "{}",
                tr!(
                    "cli-credential-stored",
                    field = &field,
                    profile = &name,
                    store = app.secrets.describe()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        CredentialCmd::Remove { name, field } => {
            let p = app.profile(&name)?;
            let removed = app.remove_credentials(&p, field.as_deref())?;
            if removed.is_empty() {
                println!(
                    "{}",
                    match &field {
                        Some(f) => tr!("cli-credential-none-field", profile = &name, field = f),
                        None => tr!("cli-credential-none", profile = &name),
                    }
                );
            } else {
                println!(
                    "{}",
                    tr!(
                        "cli-credential-removed",
                        fields = removed.join(", "),
                        profile = &name
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        CredentialCmd::SignIn { name, code, json } => sign_in(&app, &name, code, json).await,
        CredentialCmd::ZohoDevice { name, json } => sign_in(&app, &name, false, json).await,
        CredentialCmd::ZohoGrant { name } => sign_in(&app, &name, true, false).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every about and help text of the command line, with its catalog key
    /// (clap's `help` command repeats the others' abouts: left out).
    fn texts(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        if let Some(a) = cmd.get_about() {
            out.push((about_key(path), a.to_string()));
        }
        for a in cmd.get_arguments() {
            if let Some(h) = a.get_help() {
                out.push((arg_key(path, a.get_id().as_str()), h.to_string()));
            }
        }
        for s in cmd.get_subcommands() {
            if s.get_name() == "help" {
                if let Some(a) = s.get_about() {
                    out.push(("help-help".into(), a.to_string()));
                }
                continue;
            }
            texts(s, &sub_path(path, s.get_name()), out);
        }
    }

    /// The catalogs' English help is the code's own (doc comments); every
    /// text has its key, so every language translates all of `--help`.
    #[test]
    fn every_help_text_is_in_the_catalogs() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut found = vec![];
        texts(&cmd, "photodrop", &mut found);
        assert!(found.len() > 50, "{found:?}");
        let mut wrong = vec![];
        photodrop::i18n::with_language("en", || {
            for (key, english) in &found {
                if !photodrop::i18n::has_message(key) || tr!(key) != *english {
                    wrong.push(format!("{key} = {english}"));
                }
            }
        });
        assert!(
            wrong.is_empty(),
            "help texts not in locales/en/cli.ftl as written in the code:\n{}",
            wrong.join("\n")
        );
        // And the localized command says them in the language in use.
        let de = photodrop::i18n::with_language("de", || localized(Cli::command()));
        let mut german = vec![];
        texts(&de, "photodrop", &mut german);
        let same: Vec<_> = german
            .iter()
            .filter(|(k, t)| {
                found
                    .iter()
                    .any(|(k2, e)| k == k2 && t == e && e.contains(' '))
            })
            .collect();
        assert!(same.is_empty(), "not translated: {same:?}");
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_setting(args(&["photodrop", "--lang", "de", "upload"]).into_iter()),
            Some("de".into())
        );
        assert_eq!(
            lang_setting(args(&["photodrop", "upload", "--lang=ja", "--help"]).into_iter()),
            Some("ja".into())
        );
    }
}
