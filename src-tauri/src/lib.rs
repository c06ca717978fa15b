//! PhotoDrop's desktop shell: Tauri commands and events over the `photodrop`
//! core. No business logic lives here — see ARCHITECTURE.md.
//!
//! - `commands` — what the web UI may call.
//! - `shell` — the state: core `App`, the background queue runner, watchers, the demo sandbox.
//! - `thumb://` — thumbnails served from the core's disk cache, bounded to the cores we have.
//! - `jobs` events — runner events coalesced every 100 ms so 500 jobs don't flood the webview.

pub mod clipboard;
pub mod commands;
// Generated on Linux; the same on every OS (not run in the Windows build).
#[cfg(all(test, feature = "ts", not(windows)))]
mod bindings;
#[cfg(feature = "e2e")]
pub mod e2e;
pub mod secrets;
pub mod settings;
pub mod shell;

use photodrop::queue::runner::{JobEvent, Until};
use photodrop::queue::{Job, State as JobState};
use photodrop::tr;
use photodrop::watch::WatchEvent;
use serde::Serialize;
use shell::{BatchTally, Shell};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager, WindowEvent};

/// Files given on the command line of the first instance.
pub struct InitialFiles(pub Vec<PathBuf>);

/// Coalesced job updates: full rows for jobs whose state changed, byte counts
/// for those in flight.
#[derive(Serialize, Clone)]
struct JobsEvent {
    jobs: Vec<Job>,
    progress: Vec<(i64, u64, u64)>,
    active: u64,
}

/// What start-at-login (HKCU Run on Windows, a LaunchAgent on macOS, an XDG
/// autostart entry on Linux) passes, so the app starts in the tray.
const MINIMIZED: &str = "--minimized";

/// The files named on a command line (the first launch's, or one a second
/// instance hands over): plain paths, relative to the launcher's folder, or
/// `file:` URLs as file managers pass them. `Url::to_file_path` reads a URL the
/// way the OS means it (`file:///C:/A%20B/x.jpg` is `C:\A B\x.jpg` on
/// Windows; a bare prefix strip would leave `/C:/A%20B/...`). Only files that
/// exist are kept.
fn file_args(args: &[String], cwd: Option<&str>) -> Vec<PathBuf> {
    args.iter()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .filter_map(|a| arg_path(a, cwd))
        .filter(|p| p.exists())
        .collect()
}

fn arg_path(arg: &str, cwd: Option<&str>) -> Option<PathBuf> {
    let p = if arg.len() > 5 && arg[..5].eq_ignore_ascii_case("file:") {
        url::Url::parse(arg).ok()?.to_file_path().ok()?
    } else {
        PathBuf::from(arg)
    };
    Some(match cwd {
        Some(c) if p.is_relative() => PathBuf::from(c).join(p),
        _ => p,
    })
}

/// The commands the page may call; test builds (feature `e2e`) add their hooks.
macro_rules! handler {
    ($($extra:path),* $(,)?) => {
        tauri::generate_handler![
            commands::bootstrap,
            commands::profiles::list_profiles,
            commands::profiles::save_profile,
            commands::profiles::remove_profile,
            commands::profiles::set_secret,
            commands::profiles::clear_secret,
            commands::profiles::test_connection,
            commands::profiles::sign_in_code,
            commands::profiles::device_sign_in_start,
            commands::profiles::device_sign_in_wait,
            commands::profiles::device_sign_in_cancel,
            commands::profiles::device_sign_in_open,
            commands::profiles::record_kinds,
            commands::profiles::export_profiles,
            commands::profiles::import_profiles,
            commands::profiles::pick_profiles_file,
            commands::settings::check_update,
            commands::settings::install_update,
            commands::profiles::check_target,
            commands::profiles::search_records,
            commands::profiles::remember_target,
            commands::settings::save_settings,
            commands::files::expand_paths,
            commands::files::prefetch_thumbs,
            commands::files::pick_files,
            commands::files::paste_image,
            commands::files::paste_clipboard,
            commands::files::plan_files,
            commands::files::enqueue,
            commands::matching::match_rows,
            commands::matching::look_up_record,
            commands::matching::pick_manifest,
            commands::matching::enqueue_each,
            commands::jobs::jobs,
            commands::jobs::unfinished,
            commands::jobs::history,
            commands::jobs::export_csv,
            commands::jobs::retry,
            commands::jobs::open_link,
            commands::watch::watch_rules,
            commands::watch::pick_folder,
            commands::watch::save_rule,
            commands::watch::remove_rule,
            commands::watch::preview_template,
            $($extra,)*
        ]
    };
}

#[cfg(feature = "e2e")]
fn invoke_handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    handler!(
        e2e::e2e_drop,
        e2e::e2e_pick_folder,
        e2e::e2e_answer_next_confirm
    )
}

#[cfg(not(feature = "e2e"))]
fn invoke_handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    handler!()
}

pub fn run() {
    #[cfg(target_os = "linux")]
    prefer_cpu_rendering_without_gpu();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PHOTODROP_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    #[cfg(target_os = "linux")]
    cap_realtime_spins();
    let args: Vec<String> = std::env::args().collect();
    let minimized = args.iter().any(|a| a == MINIMIZED);
    let initial = file_args(&args, None);

    let app = tauri::Builder::default()
        // First, so a second launch hands over its files and exits before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            let files = file_args(&argv, Some(&cwd));
            if let Some(sh) = app.try_state::<Arc<Shell>>() {
                sh.allow(files.iter().cloned());
            }
            show_main(app);
            if !files.is_empty() {
                let _ = app.emit("open-files", &files);
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        // Updates stay off until a release address is set in tauri.conf.json
        // (plugins.updater.endpoints); see README "Updates".
        .plugin(tauri_plugin_updater::Builder::new().build())
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![MINIMIZED]),
        ))
        .register_asynchronous_uri_scheme_protocol("thumb", |ctx, request, responder| {
            let app = ctx.app_handle().clone();
            tauri::async_runtime::spawn(async move {
                responder.respond(thumb_response(&app, request.uri()).await);
            });
        })
        .invoke_handler(invoke_handler())
        .setup(move |app| {
            let shell = tauri::async_runtime::block_on(Shell::open(minimized)).map_err(|e| {
                // Shown on stderr; the window would have nothing to talk to.
                eprintln!(
                    "{}",
                    photodrop::tr!("app-cannot-start", reason = e.to_string())
                );
                Box::new(e) as Box<dyn std::error::Error>
            })?;
            let shell = Arc::new(shell);
            shell.allow(initial.iter().cloned());
            app.manage(shell.clone());
            app.manage(InitialFiles(initial.clone()));
            app.manage(std::sync::Mutex::new(BatchTally::default()));

            // Drops grant read access to what was dropped. Only the OS's drop,
            // seen as the window's own event below, does: an event the page
            // emits grants nothing (it may not emit events at all).
            start_runner(app.handle(), shell.clone());
            restart_watchers(app.handle());
            tray(app.handle())?;
            if !minimized {
                show_main(app.handle());
            }
            Ok(())
        })
        .on_window_event(|window, event| match event {
            WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) => {
                if let Some(sh) = window.try_state::<Arc<Shell>>() {
                    sh.allow(paths.iter().cloned());
                }
            }
            // With watched folders, closing the window keeps them running in the tray.
            WindowEvent::CloseRequested { api, .. }
                if window
                    .try_state::<Arc<Shell>>()
                    .is_some_and(|sh| sh.has_watch_rules()) =>
            {
                api.prevent_close();
                let _ = window.hide();
            }
            _ => {}
        })
        .build(tauri::generate_context!())
        .expect("error while building the PhotoDrop window");

    app.run(|handle, event| {
        if let tauri::RunEvent::Exit = event {
            if let Some(sh) = handle.try_state::<Arc<Shell>>() {
                sh.cancel.cancel();
            }
        }
    });
}

fn show_main(app: &AppHandle) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

fn tray(app: &AppHandle) -> tauri::Result<()> {
    use tauri::menu::{Menu, MenuItem};
    use tauri::tray::TrayIconBuilder;
    let show = MenuItem::with_id(app, "show", tr!("tray-show"), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", tr!("tray-quit"), true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&show, &quit])?;
    let mut b = TrayIconBuilder::with_id("main")
        .tooltip("PhotoDrop")
        .menu(&menu)
        .on_menu_event(|app, ev| match ev.id.as_ref() {
            "show" => show_main(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        b = b.icon(icon.clone());
    }
    b.build(app)?;
    Ok(())
}

/// (Re)start the watchers after the rules changed; their events go to the UI.
pub fn restart_watchers(app: &AppHandle) {
    let Some(sh) = app.try_state::<Arc<Shell>>() else {
        return;
    };
    let handle = app.clone();
    sh.inner().restart_watchers(Arc::new(move |ev: WatchEvent| {
        let _ = handle.emit("watch", &ev);
    }));
}

/// The one background runner works the queue for the app's lifetime; its
/// events are coalesced and forwarded.
fn start_runner(app: &AppHandle, shell: Arc<Shell>) {
    let runner = shell.runner.clone();
    let cancel = shell.cancel.clone();
    let mut rx = runner.subscribe();
    tauri::async_runtime::spawn(async move {
        if let Err(e) = runner.run(Until::Cancelled, cancel, |_| {}).await {
            tracing::error!("queue runner stopped: {e}");
        }
    });
    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut changed: HashSet<i64> = HashSet::new();
        let mut progress: HashMap<i64, (u64, u64)> = HashMap::new();
        let mut tick = tokio::time::interval(Duration::from_millis(100));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                ev = rx.recv() => match ev {
                    Ok(JobEvent::State { id, .. }) => { changed.insert(id); progress.remove(&id); }
                    Ok(JobEvent::Progress { id, sent, total }) => { progress.insert(id, (sent, total)); }
                    // Lagging only loses intermediate steps; the next flush reads rows from the DB.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(_) => break,
                },
                _ = tick.tick() => {
                    if changed.is_empty() && progress.is_empty() {
                        continue;
                    }
                    let ids: Vec<i64> = changed.drain().collect();
                    let prog: Vec<(i64, u64, u64)> = progress.drain().map(|(k, (s, t))| (k, s, t)).collect();
                    let sh = shell.clone();
                    let read = tauri::async_runtime::spawn_blocking(move || {
                        let jobs = sh.runner.queue.get_many(&ids)?;
                        let active = sh.runner.queue.active_count()?;
                        Ok::<_, photodrop::Error>((jobs, active))
                    }).await;
                    let Ok(Ok((jobs, active))) = read else { continue };
                    notify_batch(&handle, &jobs, active);
                    let _ = handle.emit("jobs", JobsEvent { jobs, progress: prog, active });
                }
            }
        }
    });
}

/// A native notification when the queue empties after a batch, or a job
/// needs the user — only when the window is not in front.
fn notify_batch(app: &AppHandle, jobs: &[Job], active: u64) {
    let Some(tally) = app.try_state::<std::sync::Mutex<BatchTally>>() else {
        return;
    };
    let mut t = tally.lock().unwrap_or_else(|p| p.into_inner());
    for j in jobs {
        if j.state.is_final() && t.seen.insert(j.id) {
            if j.state.is_success() {
                t.done += 1;
            } else if matches!(j.state, JobState::NeedsAttention | JobState::Failed) {
                t.attention += 1;
            }
        }
    }
    if active > 0 || (t.done == 0 && t.attention == 0) {
        return;
    }
    let (done, attention) = (t.done, t.attention);
    *t = BatchTally::default();
    drop(t);
    let enabled = app
        .try_state::<Arc<Shell>>()
        .is_some_and(|sh| sh.settings.lock().map(|s| s.notifications).unwrap_or(true));
    let focused = app
        .get_webview_window("main")
        .and_then(|w| Some(w.is_visible().ok()? && w.is_focused().ok()?))
        .unwrap_or(false);
    if !enabled || focused {
        return;
    }
    use tauri_plugin_notification::NotificationExt;
    let body = match (done, attention) {
        (d, 0) => tr!("notify-done", count = d),
        (0, a) => tr!("notify-attention", count = a),
        (d, a) => tr!("notify-both", done = d, attention = a),
    };
    let _ = app
        .notification()
        .builder()
        .title("PhotoDrop")
        .body(body)
        .show();
}

/// Serves `thumb://localhost/<percent-encoded path>?size=N` from the core's
/// thumbnail cache. Only files the user handed over are read; the decoding
/// runs on the thumbnail threads (`thumb_pool`) however many tiles ask.
async fn thumb_response(app: &AppHandle, uri: &tauri::http::Uri) -> tauri::http::Response<Vec<u8>> {
    use tauri::http::{header, Response, StatusCode};
    let fail = |code: StatusCode, msg: String| {
        Response::builder()
            .status(code)
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(msg.into_bytes())
            .expect("static response")
    };
    let raw = uri.path().trim_start_matches('/');
    let path = PathBuf::from(
        percent_encoding::percent_decode_str(raw)
            .decode_utf8_lossy()
            .into_owned(),
    );
    let size: u32 = uri
        .query()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("size=")))
        .and_then(|s| s.parse().ok())
        .map_or(256, thumb_size);
    let Some(sh) = app.try_state::<Arc<Shell>>().map(|s| s.inner().clone()) else {
        return fail(StatusCode::SERVICE_UNAVAILABLE, "starting".into());
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    thumb_pool().spawn_fifo(move || {
        let r = sh.check_allowed(&path).and_then(|()| {
            let out = sh.thumbs.get(&path, size)?;
            Ok(std::fs::read(out)?)
        });
        let _ = tx.send(r);
    });
    let r = rx.await;
    match r {
        Ok(Ok(bytes)) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, "image/jpeg")
            .header(header::CACHE_CONTROL, "max-age=3600")
            .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
            .body(bytes)
            .expect("static response"),
        Ok(Err(e)) => fail(StatusCode::UNPROCESSABLE_ENTITY, e.message),
        Err(_) => fail(StatusCode::SERVICE_UNAVAILABLE, "closing".into()),
    }
}

/// Thumbnails are made on their own threads, one fewer than the cores and at
/// below-normal priority: decoding a screenful of 12 MP photos on every core
/// starved the webview, whose frames then came 200–500 ms apart while paging
/// through a big drop (BENCHMARKS.md). The webview's work is what the person
/// sees move; a thumbnail arriving a little later is not.
fn thumb_pool() -> &'static rayon::ThreadPool {
    static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        // Below normal: nice 9 on Linux, below-normal thread priority elsewhere.
        let low = thread_priority::ThreadPriorityValue::try_from(25u8).expect("in 0..100");
        low_priority_pool(
            cores.saturating_sub(1).max(1),
            "thumbnails",
            thread_priority::ThreadPriority::Crossplatform(low),
        )
    })
}

/// A pool of `threads` threads named `name-N`, each lowered to `priority` as it starts.
fn low_priority_pool(
    threads: usize,
    name: &'static str,
    priority: thread_priority::ThreadPriority,
) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(move |i| format!("{name}-{i}"))
        .start_handler(move |_| {
            if let Err(e) = thread_priority::set_current_thread_priority(priority) {
                tracing::debug!("{name} thread keeps normal priority: {e:?}");
            }
        })
        .build()
        .expect("thumbnail threads")
}

/// The thumbnail sizes served, in pixels on the longest edge.
pub(crate) fn thumb_size(asked: u32) -> u32 {
    asked.clamp(32, 1024)
}

/// Make a big batch's thumbnails ahead of time, on one thread at the lowest
/// priority: it only uses a core nobody else wants, and paging through the
/// batch later finds them made instead of competing with the web view for the
/// CPU while it draws (BENCHMARKS.md: no page turn over 100 ms once the
/// thumbnails exist). A tile in view still asks `thumb://` itself, which is
/// served by `thumb_pool` ahead of this queue.
pub(crate) fn prefetch_thumbs(sh: Arc<Shell>, paths: Vec<PathBuf>, size: u32) {
    static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();
    let pool = POOL.get_or_init(|| {
        low_priority_pool(1, "thumbnails-ahead", thread_priority::ThreadPriority::Min)
    });
    for path in paths {
        let sh = sh.clone();
        pool.spawn_fifo(move || {
            if sh.cancel.is_cancelled() || sh.check_allowed(&path).is_err() {
                return;
            }
            // A file that cannot be read or decoded shows its error on its tile when in view.
            let _ = sh.thumbs.get(&path, size);
        });
    }
}

/// WebKitGTK draws pages with GL: it rasterises on the GPU and composites
/// layers with GL. With no GPU (a virtual machine, a remote desktop, Xvfb in
/// CI) that GL is Mesa's software llvmpipe, far slower than plain CPU drawing:
/// the 500-photo benchmark's frames came up to 300–1100 ms apart with it.
/// WebKit's own CPU rasteriser brought that under about 220 ms; dropping the
/// GL compositor too (which still ran on llvmpipe's threads) halved the time
/// to the first screen of thumbnails and left no page turn over 100 ms
/// (BENCHMARKS.md). So without a GPU render node, ask for both; a variable
/// the user set is left as it is. Must run before any thread starts: it sets
/// the environment the web process inherits.
///
/// One exception: under WebDriver (tauri-driver sets TAURI_WEBVIEW_AUTOMATION)
/// compositing stays on, because WebKitGTK 2.50's screenshot command waits for
/// the next presented frame and a non-composited page that is idle never
/// presents one, so the screenshot hangs. The benchmark sets the variable
/// itself to measure what people get.
#[cfg(target_os = "linux")]
fn prefer_cpu_rendering_without_gpu() {
    let render_node = std::fs::read_dir("/dev/dri").is_ok_and(|d| {
        d.flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    });
    let forced_software =
        std::env::var("LIBGL_ALWAYS_SOFTWARE").is_ok_and(|v| v == "1" || v == "true");
    if render_node && !forced_software {
        return;
    }
    let automated = std::env::var("TAURI_WEBVIEW_AUTOMATION").is_ok_and(|v| v == "true");
    let mut vars = vec!["WEBKIT_SKIA_ENABLE_CPU_RENDERING"];
    if !automated {
        vars.push("WEBKIT_DISABLE_COMPOSITING_MODE");
    }
    for v in vars {
        if std::env::var_os(v).is_none() {
            std::env::set_var(v, "1");
        }
    }
}

/// WebKitGTK makes a few of its threads real-time (SCHED_RR) wherever it may:
/// as root, with an rtprio limit (audio groups often grant one) or through
/// RealtimeKit. One of them, in the window's process, was seen spinning on an
/// allocator lock with sched_yield while the lock's holder, an ordinary thread,
/// waited for the same core: no frame for 100–170 ms (BENCHMARKS.md). A soft
/// limit on the CPU time a real-time thread may use without blocking makes the
/// kernel send SIGXCPU to such a spin, on which WebKit demotes its real-time
/// threads to ordinary ones; legitimate real-time work blocks within
/// microseconds and never meets it. The hard limit (SIGKILL) is left as it is.
/// Child processes (the web and network processes) inherit the limit.
#[cfg(target_os = "linux")]
fn cap_realtime_spins() {
    const SOFT_US: libc::rlim_t = 20_000;
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain getrlimit/setrlimit on this process with a valid struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_RTTIME, &mut rl) == 0 && rl.rlim_cur > SOFT_US {
            rl.rlim_cur = SOFT_US;
            if libc::setrlimit(libc::RLIMIT_RTTIME, &rl) != 0 {
                tracing::debug!(
                    "cannot limit real-time CPU time: {}",
                    std::io::Error::last_os_error()
                );
            }
        }
    }
}

#[cfg(test)]
mod args_tests {
    use super::*;

    /// The paths as the OS spells them, for both OSes the tests run on
    /// (natively and, for Windows, under Wine).
    #[cfg(windows)]
    const CASES: &[(&str, Option<&str>, &str)] = &[
        (
            r"C:\Users\Анна\Фото 1.jpg",
            None,
            r"C:\Users\Анна\Фото 1.jpg",
        ),
        (
            "file:///C:/Users/A%20B/%E5%86%99%E7%9C%9F.jpg",
            None,
            r"C:\Users\A B\写真.jpg",
        ),
        ("FILE:///D:/x.jpg", None, r"D:\x.jpg"),
        (r"photos\a.jpg", Some(r"C:\work"), r"C:\work\photos\a.jpg"),
        (
            r"\\server\share\a.jpg",
            Some(r"C:\work"),
            r"\\server\share\a.jpg",
        ),
        (
            "file://server/share/a%20b.jpg",
            None,
            r"\\server\share\a b.jpg",
        ),
    ];
    #[cfg(unix)]
    const CASES: &[(&str, Option<&str>, &str)] = &[
        ("/home/анна/Фото 1.jpg", None, "/home/анна/Фото 1.jpg"),
        (
            "file:///home/a%20b/%E5%86%99%E7%9C%9F.jpg",
            None,
            "/home/a b/写真.jpg",
        ),
        ("photos/a.jpg", Some("/work"), "/work/photos/a.jpg"),
    ];

    #[test]
    fn arguments_become_the_paths_the_os_means() {
        for (arg, cwd, want) in CASES {
            assert_eq!(arg_path(arg, *cwd), Some(PathBuf::from(want)), "{arg}");
        }
        assert_eq!(
            arg_path("file://%zz", None),
            None,
            "a broken URL names nothing"
        );
    }

    #[test]
    fn only_existing_files_are_kept_and_flags_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let photo = dir.path().join("Ünïcode фото 写真.jpg");
        std::fs::write(&photo, b"x").unwrap();
        let url = url::Url::from_file_path(&photo).unwrap().to_string();
        let args: Vec<String> = [
            "photodrop-desktop",
            "--minimized",
            "Ünïcode фото 写真.jpg",
            &url,
            "missing.jpg",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let cwd = dir.path().to_str().unwrap();
        assert_eq!(file_args(&args, Some(cwd)), vec![photo.clone(), photo]);
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn rttime() -> libc::rlimit {
        let mut rl = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit with a valid struct.
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_RTTIME, &mut rl) }, 0);
        rl
    }

    #[test]
    fn realtime_spins_get_a_soft_limit_and_the_hard_limit_stays() {
        let before = rttime();
        cap_realtime_spins();
        let after = rttime();
        assert!(after.rlim_cur <= 20_000, "soft limit {}", after.rlim_cur);
        assert_eq!(after.rlim_max, before.rlim_max, "SIGKILL limit untouched");
        // Idempotent: a second call changes nothing.
        cap_realtime_spins();
        assert_eq!(rttime().rlim_cur, after.rlim_cur);
    }
}
