//! The commands that go through the durable queue: `upload`, `queue`,
//! `history`, `retry`, `watch`. They all print one line per finished file
//! (a JSON object with `--json`), as each file finishes.

use clap::{Args, Subcommand};
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use photodrop::app::batch;
use photodrop::app::history::{self, HistoryFilter};
use photodrop::app::App;
use photodrop::queue::runner::{JobEvent, Runner, RunnerConfig, Until};
use photodrop::queue::{format_time, AfterSuccess, Job, State};
use photodrop::watch::{self, OnFailure, WatchEvent, WatchRule};
use photodrop::{tr, Action, Error};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use tokio_util::sync::CancellationToken;

#[derive(Args)]
pub struct UploadArgs {
    #[arg(long)]
    profile: String,
    /// Where the photos go (e.g. Leads/3000000038009; see `photodrop providers`).
    #[arg(long)]
    target: Option<String>,
    /// One JSON object per file on stdout.
    #[arg(long)]
    json: bool,
    /// At most this many uploads at once per profile (never more than the
    /// profile's own `concurrency` option or the service allows).
    #[arg(long)]
    concurrency: Option<usize>,
    /// Upload even files whose content is already attached to the target.
    #[arg(long)]
    allow_duplicates: bool,
    /// Keep retrying a file that fails transiently (service down, 503, 429) this
    /// long before leaving it in the queue for `photodrop queue resume`.
    #[arg(long, value_name = "SECS", default_value_t = 90)]
    retry_for: u64,
    /// A CSV naming each photo's target: a header with `file` and `target`
    /// columns, one row per photo (paths relative to the CSV's folder).
    #[arg(long, value_name = "FILE.csv", conflicts_with_all = ["target", "files"])]
    manifest: Option<PathBuf>,
    #[arg(required_unless_present = "manifest", value_name = "FILE")]
    files: Vec<PathBuf>,
}

#[derive(Subcommand)]
pub enum QueueCmd {
    /// Unfinished jobs (queued, uploading, waiting to retry, needing attention, failed).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Finish every unfinished job, then exit (status 0 when nothing is left unfinished).
    Resume {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub struct WatchArgs {
    /// The folder to watch (or use --rules for the saved rules).
    dir: Option<PathBuf>,
    #[arg(long)]
    profile: Option<String>,
    /// Target template: fixed (Leads/3000000038009), {dir}, {parent}, {stem}, {1} (a capture of --pattern) or {re:REGEX}.
    #[arg(long)]
    target: Option<String>,
    /// Regex over the file name whose captures the template uses as {1}, {2}, ...
    #[arg(long)]
    pattern: Option<String>,
    /// What to do with a file once uploaded.
    #[arg(long, value_parser = ["leave", "move", "delete"], default_value = "move")]
    after: String,
    /// What to do with a file that cannot be uploaded.
    #[arg(long, value_parser = ["move", "leave"], default_value = "move")]
    on_failure: String,
    /// Include sub-folders.
    #[arg(long)]
    recursive: bool,
    #[arg(long)]
    allow_duplicates: bool,
    /// Save this rule under NAME in the config (then `watch --rules` runs it).
    #[arg(long, value_name = "NAME")]
    save: Option<String>,
    /// Run the rules saved in the config.
    #[arg(long)]
    rules: bool,
    /// List the saved rules and exit.
    #[arg(long)]
    list: bool,
    /// Remove a saved rule and exit.
    #[arg(long, value_name = "NAME")]
    remove: Option<String>,
    #[arg(long)]
    json: bool,
    #[arg(long)]
    concurrency: Option<usize>,
}

fn runner(app: &App, concurrency: Option<usize>) -> Result<Arc<Runner>, Error> {
    runner_with(app, concurrency, None)
}

fn runner_with(
    app: &App,
    concurrency: Option<usize>,
    retry_for: Option<u64>,
) -> Result<Arc<Runner>, Error> {
    let mut cfg = RunnerConfig::default();
    if let Some(s) = retry_for {
        cfg.park_after = std::time::Duration::from_secs(s);
    }
    cfg.concurrency = concurrency;
    Runner::new(app.clone(), cfg)
}

/// Ctrl+C or SIGTERM: stop claiming, put in-flight jobs back in the queue.
fn stop_on_signal() -> CancellationToken {
    let token = CancellationToken::new();
    let t = token.clone();
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = async { match term.as_mut() { Some(s) => { s.recv().await; } None => std::future::pending::<()>().await } } => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        t.cancel();
    });
    token
}

/// Status of a job for a result line: uploaded / duplicate / failed.
fn status(job: &Job) -> &'static str {
    match job.state {
        State::Done => "uploaded",
        State::Duplicate => "duplicate",
        _ => "failed",
    }
}

fn error_value(job: &Job) -> Value {
    match (&job.error, job.state) {
        (_, State::Done) => Value::Null,
        (_, State::Duplicate) => Value::Null,
        (Some(e), st) => {
            let mut message = told(&e.message, e.action.as_ref());
            if st == State::WaitingRetry {
                message.push(' ');
                message.push_str(&tr!("cli-still-queued"));
            }
            let mut v = json!({"code": e.code, "message": message, "kind": e.kind, "retryable": st.is_active(), "status": e.status});
            if let Some(a) = &e.action {
                v["action"] = json!(a);
            }
            v
        }
        (None, _) => {
            json!({"code": "UNKNOWN", "message": tr!("no-reason-recorded"), "kind": "internal", "retryable": false})
        }
    }
}

/// One result line (`--json`) for a job; `file` is the path as the user gave it.
fn job_line(job: &Job, file: &str, dup: Option<&Job>) -> Value {
    let mut v = json!({
        "file": file,
        "status": status(job),
        "state": job.state,
        "job_id": job.id,
        "remote_id": job.remote_id,
        "url": job.url,
        "error": error_value(job),
        "prepared": job.prepared,
        "profile": job.profile,
        "provider": job.provider,
        "target": job.target,
        "attempts": job.attempts,
    });
    // A target by field: the record it was looked up to.
    if job.resolved_target.is_some() {
        v["resolved_target"] = json!(job.resolved_target);
        v["record_name"] = json!(job.record_name);
    }
    if let Some(d) = dup {
        v["duplicate_of"] = json!({"job_id": d.id, "remote_id": d.remote_id, "url": d.url,
            "uploaded_at": d.finished_at.map(format_time)});
        v["remote_id"] = json!(d.remote_id);
        v["url"] = json!(d.url);
        v["message"] = json!(duplicate_message(job, d));
    }
    v
}

fn duplicate_message(job: &Job, d: &Job) -> String {
    tr!(
        "cli-duplicate",
        target = d
            .target
            .clone()
            .unwrap_or_else(|| tr!("cli-duplicate-target")),
        when = d.finished_at.map(when).unwrap_or_default(),
        job = d.id,
        retry = job.id
    )
}

/// An error's message followed by what to do, as the command to run: the
/// CLI's rendering of `Error::action` (the app shows a button instead).
pub fn told(message: &str, action: Option<&Action>) -> String {
    let Some(a) = action else {
        return message.to_string();
    };
    let todo = match a {
        Action::SetCredentials { profile, fields } => tr!(
            "cli-do-set-credentials",
            commands = fields
                .iter()
                .map(|f| format!("`photodrop credential set {profile} {f}`"))
                .collect::<Vec<_>>()
                .join(&tr!("cli-do-then"))
        ),
        Action::SignIn { profile } => tr!("cli-do-sign-in", profile = profile),
        Action::AddProfile { profile } => tr!("cli-do-add-profile", profile = profile),
        Action::RetryJob {
            job,
            needs_target: true,
        } => tr!("cli-do-retry-target", job = *job),
        Action::RetryJob { job, .. } => tr!("cli-do-retry", job = *job),
        Action::ChooseRecord {
            job, candidates, ..
        } => tr!(
            "cli-do-choose",
            commands = candidates
                .iter()
                .map(|c| format!("`photodrop retry {job} --target {}`", c.target))
                .collect::<Vec<_>>()
                .join(&tr!("cli-do-or"))
        ),
    };
    format!("{message} {todo}")
}

fn human_line(job: &Job, file: &str, dup: Option<&Job>) -> String {
    match job.state {
        State::Done => {
            let changed = job
                .prepared
                .as_ref()
                .map(describe_prepared)
                .filter(|s| !s.is_empty())
                .map(|s| format!("  ({s})"))
                .unwrap_or_default();
            let record = match (&job.resolved_target, &job.record_name) {
                (Some(t), Some(n)) if !n.is_empty() => format!("{n} ({t}): "),
                (Some(t), _) => format!("{t}: "),
                _ => String::new(),
            };
            format!(
                "✓ {file} → {record}{}{}{changed}",
                job.remote_id.as_deref().unwrap_or(""),
                job.url
                    .as_deref()
                    .map(|u| format!("  {u}"))
                    .unwrap_or_default()
            )
        }
        State::Duplicate => match dup {
            Some(d) => format!("= {file}: {}", duplicate_message(job, d)),
            None => format!("= {file}: {}", tr!("cli-already-attached")),
        },
        _ => {
            let msg = error_value(job)["message"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let hint = match job.state {
                State::NeedsAttention | State::Failed => {
                    format!(" [{}]", tr!("cli-job", job = job.id))
                }
                _ => String::new(),
            };
            format!("✗ {file}: {msg}{hint}")
        }
    }
}

/// A finished job's result line: the JSON object with `--json`, else a ✓/=/✗ line.
fn result_line(job: &Job, file: &str, dup: Option<&Job>, json: bool) -> String {
    if json {
        job_line(job, file, dup).to_string()
    } else {
        human_line(job, file, dup)
    }
}

/// Print a job's result line under its current path (`queue resume`, `retry`, `watch`).
fn print_job(job: &Job, json: bool) {
    out(result_line(
        job,
        &job.path.display().to_string(),
        None,
        json,
    ));
}

fn describe_prepared(v: &Value) -> String {
    let size = |k: &str| -> Option<(u32, u32)> {
        let a = v[k].as_array()?;
        Some((a.first()?.as_u64()? as u32, a.get(1)?.as_u64()? as u32))
    };
    let stripped: Vec<&str> = v["stripped"]
        .as_array()
        .map(|s| s.iter().filter_map(|x| x.as_str()).collect())
        .unwrap_or_default();
    photodrop::media::prepare::Changes {
        resized: v["resized"].as_bool() == Some(true),
        sizes: size("original_dimensions").zip(size("dimensions")),
        converted_from: v["converted_from"].as_str(),
        reencoded: v["reencoded"].as_bool() == Some(true),
        stripped: &stripped,
    }
    .phrases()
    .join(", ")
}

type Out = (std::sync::mpsc::Sender<String>, std::thread::JoinHandle<()>);
static OUT: Mutex<Option<Out>> = Mutex::new(None);

/// Print a result line from a writer thread: a slow reader, or a pipe nobody
/// drains, must never stall the uploads (a watcher runs for days).
pub fn out(line: String) {
    let mut g = OUT.lock().unwrap_or_else(|p| p.into_inner());
    let (tx, _) = g.get_or_insert_with(|| {
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let h = std::thread::spawn(move || {
            for line in rx {
                let mut o = std::io::stdout().lock();
                if writeln!(o, "{line}").and_then(|_| o.flush()).is_err() {
                    break;
                }
            }
        });
        (tx, h)
    });
    let _ = tx.send(line);
}

/// Wait (a few seconds at most) for the printed lines to be written.
pub fn flush_out() {
    let taken = OUT.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some((tx, h)) = taken {
        drop(tx);
        let (dtx, drx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = h.join();
            let _ = dtx.send(());
        });
        let _ = drx.recv_timeout(std::time::Duration::from_secs(5));
    }
}

fn print_line(multi: &MultiProgress, line: &str) {
    if multi.is_hidden() {
        out(line.to_string());
        return;
    }
    let _ = multi.suspend(|| {
        let mut o = std::io::stdout().lock();
        writeln!(o, "{line}").and_then(|_| o.flush())
    });
}

/// Progress bars on a TTY, fed by the runner's events.
fn progress_bars(runner: &Runner, names: HashMap<i64, String>, enabled: bool) -> MultiProgress {
    let multi = MultiProgress::new();
    if !enabled {
        return multi;
    }
    let mut rx = runner.subscribe();
    let m = multi.clone();
    tokio::spawn(async move {
        let mut bars: HashMap<i64, ProgressBar> = HashMap::new();
        let style = ProgressStyle::with_template(
            "{msg:30!} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
        )
        .expect("template")
        .progress_chars("=> ");
        loop {
            let ev = match rx.recv().await {
                Ok(ev) => ev,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(_) => break,
            };
            match ev {
                JobEvent::Progress { id, sent, total } => {
                    let Some(name) = names.get(&id) else { continue };
                    let pb = bars.entry(id).or_insert_with(|| {
                        let pb = m.add(ProgressBar::new(total));
                        pb.set_style(style.clone());
                        pb.set_message(name.clone());
                        pb
                    });
                    pb.set_length(total);
                    pb.set_position(sent);
                }
                JobEvent::State {
                    id,
                    state,
                    error,
                    retry_in_ms,
                    ..
                } => {
                    if state == State::WaitingRetry {
                        if let (Some(pb), Some(name)) = (bars.get(&id), names.get(&id)) {
                            pb.set_message(format!(
                                "{name} ({}: {})",
                                tr!(
                                    "cli-retry-in",
                                    seconds = retry_in_ms.unwrap_or(0).div_ceil(1000)
                                ),
                                error.map(|e| e.code).unwrap_or_default()
                            ));
                        }
                    } else if state.is_final() {
                        if let Some(pb) = bars.remove(&id) {
                            pb.finish_and_clear();
                        }
                    }
                }
            }
        }
    });
    multi
}

pub async fn upload(app: App, args: UploadArgs) -> Result<ExitCode, Error> {
    let p = app.profile(&args.profile)?;
    let a = app.clone();
    let p2 = p.clone();
    // Building reads the keyring (blocking D-Bus calls); a missing credential stops here.
    let provider = tokio::task::spawn_blocking(move || a.provider(&p2))
        .await
        .map_err(|e| Error::internal(e.to_string()))??;
    // (file, target) per photo; rows of a manifest that cannot go are
    // reported with the rest and send nothing.
    let mut refused: Vec<(String, Option<String>, Error)> = vec![];
    let mut each: Vec<(PathBuf, String)> = vec![];
    match &args.manifest {
        Some(m) => {
            for row in photodrop::app::manifest::read(m)? {
                match row {
                    Ok(r) => match provider.target(Some(&r.target)) {
                        Ok(t) => each.push((r.file, t.0)),
                        Err(mut e) => {
                            e.message = format!("{}, line {}: {}", m.display(), r.line, e.message);
                            refused.push((r.file.display().to_string(), Some(r.target), e));
                        }
                    },
                    Err(bad) => refused.push((
                        bad.file
                            .unwrap_or_else(|| format!("{} line {}", m.display(), bad.line)),
                        None,
                        bad.error,
                    )),
                }
            }
        }
        None => {
            let target = provider.target(args.target.as_deref())?;
            each = args
                .files
                .iter()
                .map(|f| (f.clone(), target.0.clone()))
                .collect();
        }
    }
    let runner = runner_with(&app, args.concurrency, Some(args.retry_for))?;
    let json_out = args.json;
    let shown: Vec<String> = each.iter().map(|(f, _)| f.display().to_string()).collect();
    let targets: Vec<String> = each.iter().map(|(_, t)| t.clone()).collect();

    // Check every file (in parallel) and queue the good ones; enqueueing
    // hashes the files that could be duplicates: off the async workers.
    let (p3, allow, r2) = (p.clone(), args.allow_duplicates, runner.clone());
    let queued =
        tokio::task::spawn_blocking(move || batch::enqueue_each(&r2, &p3, each, allow, |_| Ok(())))
            .await
            .map_err(|e| Error::internal(e.to_string()))??;

    let multi = MultiProgress::new();
    let (mut uploaded, mut failed, mut duplicates) = (0usize, 0usize, 0usize);
    // Refused before a byte is sent: no job.
    let before: Vec<(&str, Option<&str>, &Error)> = refused
        .iter()
        .map(|(f, t, e)| (f.as_str(), t.as_deref(), e))
        .chain(
            queued
                .iter()
                .zip(shown.iter().zip(&targets))
                .filter_map(|(q, (f, t))| {
                    q.error.as_ref().map(|e| (f.as_str(), Some(t.as_str()), e))
                }),
        )
        .collect();
    for (shown, target, e) in before {
        failed += 1;
        let line = if json_out {
            json!({"file": shown, "status": "failed", "state": null, "job_id": null, "remote_id": null, "url": null,
                   "error": {"code": e.code, "message": told(&e.message, e.action.as_deref()), "kind": e.kind, "retryable": false},
                   "prepared": null, "profile": p.name, "provider": p.provider.id, "target": target})
            .to_string()
        } else {
            format!("✗ {shown}: {}", told(&e.message, e.action.as_deref()))
        };
        print_line(&multi, &line);
    }
    // Several files can share a job: the same photo twice in one batch, or a
    // file whose job an earlier (killed) run left unfinished.
    let mut file_of: HashMap<i64, Vec<String>> = HashMap::new();
    let mut ids = vec![];
    for (q, shown) in queued.iter().zip(&shown) {
        let Some(job) = &q.job else { continue };
        let files = file_of.entry(job.id).or_default();
        files.push(shown.clone());
        if files.len() > 1 {
            continue;
        }
        if job.state == State::Duplicate {
            duplicates += 1;
            print_line(
                &multi,
                &result_line(job, shown, q.duplicate_of.as_ref(), json_out),
            );
        } else {
            ids.push(job.id);
        }
    }

    let fancy = !json_out && std::io::stderr().is_terminal();
    let multi = if fancy {
        progress_bars(
            &runner,
            file_of.iter().map(|(id, f)| (*id, f[0].clone())).collect(),
            true,
        )
    } else {
        multi
    };
    let cancel = stop_on_signal();
    let m2 = multi.clone();
    runner
        .run(Until::Jobs(ids.clone()), cancel.clone(), |job| {
            match file_of.get(&job.id) {
                Some(files) => {
                    for file in files {
                        match job.state {
                            State::Done => uploaded += 1,
                            State::Duplicate => duplicates += 1,
                            _ => failed += 1,
                        }
                        let line = result_line(job, file, None, json_out);
                        print_line(&m2, &line);
                    }
                }
                // A job left over from an earlier run, finished by this one.
                None => eprintln!(
                    "{}",
                    tr!(
                        "cli-earlier-job",
                        line = human_line(job, &job.path.display().to_string(), None)
                    )
                ),
            }
        })
        .await?;
    if cancel.is_cancelled() {
        let total: usize = file_of.values().map(Vec::len).sum();
        let left = total.saturating_sub(uploaded + failed + duplicates);
        eprintln!("{}", tr!("cli-stopped", left = left));
        return Ok(ExitCode::from(1));
    }
    flush_out();
    if !json_out {
        if duplicates > 0 {
            println!(
                "{}",
                tr!(
                    "cli-summary-duplicates",
                    uploaded = uploaded,
                    duplicates = duplicates,
                    failed = failed
                )
            );
        } else {
            println!(
                "{}",
                tr!("cli-summary", uploaded = uploaded, failed = failed)
            );
        }
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn list_line(job: &Job) -> String {
    let when = match job.state {
        State::WaitingRetry => job
            .next_attempt_at
            .map(|t| {
                tr!(
                    "cli-retry-in",
                    seconds = ((t - photodrop::queue::now_ms()).max(0) + 999) / 1000
                )
            })
            .unwrap_or_default(),
        _ => String::new(),
    };
    let err = job
        .error
        .as_ref()
        .map(|e| format!("{}: {}", e.code, told(&e.message, e.action.as_ref())))
        .unwrap_or_default();
    format!(
        "{:>6}  {:<15}  {:<12}  {:<24}  {:<28}  {:>2}  {when} {err}",
        job.id,
        job.state.as_str(),
        job.profile,
        job.target.as_deref().unwrap_or("?"),
        job.file_name,
        job.attempts
    )
}

fn row_json(job: &Job) -> Value {
    let mut v = serde_json::to_value(job).expect("serialisable");
    v["file"] = json!(job.path.display().to_string());
    v["status"] = json!(status(job));
    if let Some(e) = &job.error {
        // The same words as the result lines: the message with its command.
        v["error"]["message"] = json!(told(&e.message, e.action.as_ref()));
    }
    v
}

pub async fn queue(app: App, cmd: QueueCmd) -> Result<ExitCode, Error> {
    match cmd {
        QueueCmd::List { json } => {
            let q = photodrop::queue::Queue::open(&app.paths.data_dir.join("queue.db"))?;
            let jobs = q.unfinished()?;
            if json {
                for j in &jobs {
                    println!("{}", row_json(j));
                }
            } else if jobs.is_empty() {
                println!("{}", tr!("cli-queue-empty"));
            } else {
                println!(
                    "{:>6}  {:<15}  {:<12}  {:<24}  {:<28}  {:>2}  {}",
                    tr!("cli-col-job"),
                    tr!("cli-col-state"),
                    tr!("cli-col-profile"),
                    tr!("cli-col-target"),
                    tr!("cli-col-file"),
                    tr!("cli-col-try"),
                    tr!("cli-col-next")
                );
                for j in &jobs {
                    println!("{}", list_line(j));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        QueueCmd::Resume { json } => {
            let runner = runner(&app, None)?;
            let active = runner.queue.active_count()?;
            if !json {
                eprintln!("{}", tr!("cli-resuming", count = active));
            }
            let cancel = stop_on_signal();
            runner
                .run(Until::Idle, cancel.clone(), |job| {
                    print_job(job, json);
                })
                .await?;
            let left = runner.queue.unfinished()?;
            if !json && !left.is_empty() {
                eprintln!("{}", tr!("cli-left-unfinished", count = left.len()));
            }
            Ok(if left.is_empty() && !cancel.is_cancelled() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}

pub fn history(
    app: App,
    json: bool,
    filter: HistoryFilter,
    csv: Option<PathBuf>,
) -> Result<ExitCode, Error> {
    let q = photodrop::queue::Queue::open(&app.paths.data_dir.join("queue.db"))?;
    if let Some(dest) = csv {
        let n = history::export_csv(&q, filter, &dest)?;
        if json {
            println!(
                "{}",
                json!({"exported": n, "file": dest.display().to_string()})
            );
        } else {
            println!(
                "{}",
                tr!("cli-rows-written", count = n, file = dest.display())
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let rows = history::page(&q, filter)?;
    if json {
        let mut out = std::io::stdout().lock();
        for j in &rows {
            let _ = writeln!(out, "{}", row_json(j));
        }
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        println!("{}", tr!("cli-history-empty"));
    }
    for j in &rows {
        let when = j.finished_at.map(when).unwrap_or_default();
        let what = match j.state {
            State::Done => format!(
                "{}  {}",
                j.remote_id.as_deref().unwrap_or(""),
                j.url.as_deref().unwrap_or("")
            ),
            State::Duplicate => tr!("cli-history-duplicate", job = j.duplicate_of.unwrap_or(0)),
            _ => j
                .error
                .as_ref()
                .map(|e| format!("{}: {}", e.code, e.message))
                .unwrap_or_default(),
        };
        println!(
            "{when}  {:>6}  {:<15}  {:<12}  {:<24}  {:<28}  {}",
            j.id,
            j.state.as_str(),
            j.profile,
            j.target.as_deref().unwrap_or("?"),
            j.file_name,
            what
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn retry(
    app: App,
    ids: Vec<i64>,
    all: bool,
    profile: Option<String>,
    target: Option<String>,
    json: bool,
) -> Result<ExitCode, Error> {
    let runner = runner(&app, None)?;
    let mut ids = ids;
    if all {
        ids.extend(runner.queue.retryable_ids(profile.as_deref())?);
    }
    if ids.is_empty() {
        return Err(Error::config(
            "NOTHING_TO_RETRY",
            tr!(if all {
                "cli-nothing-to-retry"
            } else {
                "cli-retry-usage"
            }),
        ));
    }
    if let Some(t) = &target {
        // Check the target against each job's provider before re-queueing.
        for job in runner.queue.get_many(&ids)? {
            let p = app.profile(&job.profile)?;
            app.provider(&p)?.target(Some(t))?;
        }
    }
    let requeued = runner.queue.retry(&ids, target.as_deref())?;
    for id in &ids {
        if !requeued.contains(id) {
            let why = match runner.queue.get(*id)? {
                None => tr!("cli-no-job", job = *id),
                Some(j) if j.state == State::Done => tr!(
                    "cli-job-done",
                    job = *id,
                    remote = j.remote_id.as_deref().unwrap_or("")
                ),
                Some(j) => tr!("cli-job-state", job = *id, state = j.state.as_str()),
            };
            if requeued.is_empty() {
                return Err(Error::config("NOT_RETRYABLE", why));
            }
            eprintln!("{why}");
        }
    }
    runner.wake();
    let cancel = stop_on_signal();
    let mut failed = 0;
    runner
        .run(Until::Jobs(requeued.clone()), cancel.clone(), |job| {
            if !requeued.contains(&job.id) {
                return;
            }
            if !job.state.is_success() {
                failed += 1;
            }
            print_job(job, json);
        })
        .await?;
    Ok(if failed == 0 && !cancel.is_cancelled() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn adhoc_rule(args: &WatchArgs) -> Result<WatchRule, Error> {
    let Some(dir) = args.dir.clone() else {
        return Err(Error::config("WATCH_USAGE", tr!("cli-watch-no-dir")));
    };
    let Some(profile) = args.profile.clone() else {
        return Err(Error::config("WATCH_USAGE", tr!("cli-watch-no-profile")));
    };
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    Ok(WatchRule {
        name: args
            .save
            .clone()
            .unwrap_or_else(|| dir.display().to_string()),
        dir,
        recursive: args.recursive,
        profile,
        target: args.target.clone(),
        pattern: args.pattern.clone(),
        after: AfterSuccess::parse(&args.after).unwrap_or_default(),
        on_failure: if args.on_failure == "leave" {
            OnFailure::Leave
        } else {
            OnFailure::Move
        },
        allow_duplicates: args.allow_duplicates,
        managed: false,
    })
}

pub async fn watch(app: App, args: WatchArgs) -> Result<ExitCode, Error> {
    // `--save NAME --list`: save the rule without running it, and show the rules.
    if args.list && args.save.is_some() {
        photodrop::app::watching::save_rule(&app, adhoc_rule(&args)?, None)?;
    }
    if args.list {
        let rules = watch::load_rules(&app.paths)?;
        for r in &rules {
            if args.json {
                println!("{}", serde_json::to_string(r).expect("serialisable"));
            } else {
                let target = r
                    .target
                    .clone()
                    .unwrap_or_else(|| tr!("cli-rule-no-target"));
                let mut line = tr!(
                    "cli-rule",
                    rule = &r.name,
                    dir = r.dir.display(),
                    profile = &r.profile,
                    target = target,
                    after = r.after.as_str()
                );
                if r.recursive {
                    line = format!("{line} {}", tr!("cli-rule-recursive"));
                }
                if r.managed {
                    line = format!("{line} [{}]", tr!("cli-rule-managed"));
                }
                println!("{line}");
            }
        }
        if rules.is_empty() && !args.json {
            println!("{}", tr!("cli-no-rules"));
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(name) = &args.remove {
        if !watch::remove_rule(&app.paths, name)? {
            return Err(Error::config(
                "NO_SUCH_RULE",
                tr!("cli-no-rule", rule = name.as_str()),
            ));
        }
        println!("{}", tr!("cli-rule-removed", rule = name.as_str()));
        return Ok(ExitCode::SUCCESS);
    }
    let rules = if args.rules {
        let rules = watch::load_rules(&app.paths)?;
        if rules.is_empty() {
            return Err(Error::config("NO_WATCH_RULES", tr!("cli-no-rules")));
        }
        rules
    } else {
        let rule = adhoc_rule(&args)?;
        if args.save.is_some() {
            photodrop::app::watching::save_rule(&app, rule.clone(), None)?;
            eprintln!("{}", tr!("cli-rule-saved", rule = &rule.name));
        } else {
            rule.validate(&app)?;
        }
        vec![rule]
    };

    let runner = runner(&app, args.concurrency)?;
    let runner_w = runner.clone();
    let cancel = stop_on_signal();
    let json_out = args.json;
    let queue = runner.queue.clone();
    let on_event: watch::WatchEventFn = Arc::new(move |ev| match &ev {
        WatchEvent::Watching { rule, dir } => {
            eprintln!(
                "{}",
                tr!("cli-watching", dir = dir.display(), rule = rule.as_str())
            )
        }
        WatchEvent::Problem { rule, message } => eprintln!(
            "{}",
            tr!(
                "cli-watch-problem",
                rule = rule.as_str(),
                message = message.as_str()
            )
        ),
        WatchEvent::Queued {
            path,
            job,
            state,
            target,
            ..
        } => {
            tracing::info!(
                "{}: job {job} ({}) → {}",
                path.display(),
                state.as_str(),
                target.as_deref().unwrap_or("?")
            );
            // Duplicates and files that cannot be sent are settled at once.
            if state.is_final() {
                if let Ok(Some(j)) = queue.get(*job) {
                    print_job(&j, json_out);
                }
            }
        }
    });
    let c2 = cancel.clone();
    let w = tokio::spawn(async move {
        let r = photodrop::app::watching::run_rules(runner_w, rules, c2.clone(), on_event).await;
        if r.is_err() {
            c2.cancel();
        }
        r
    });
    let r = runner.run(Until::Cancelled, cancel.clone(), move |job| {
        print_job(job, json_out)
    });
    let (wr, rr) = tokio::join!(w, r);
    rr?;
    match wr {
        Ok(Ok(())) => Ok(ExitCode::SUCCESS),
        Ok(Err(e)) => {
            cancel.cancel();
            Err(e)
        }
        Err(e) => Err(Error::internal(e.to_string())),
    }
}

/// A finished time for people: the language's date order, in UTC (the
/// `time` crate cannot read the local offset safely once threads run).
fn when(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .map(|t| format!("{} UTC", photodrop::i18n::datetime(t)))
        .unwrap_or_else(|_| format_time(ms))
}
