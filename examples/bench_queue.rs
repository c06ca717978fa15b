//! Queue and watch benchmarks (not a test; run by bench/queue.sh):
//!
//! 1. Durability overhead: N small photos uploaded to the sandbox through the
//!    durable queue (hash, job rows, state changes in SQLite) vs the same
//!    bare provider calls with no queue (pre-flight + one attempt per file),
//!    same concurrency, alternated.
//! 2. Watch latency: photos written into a watched folder one by one; for each,
//!    the time from "the writer closed the file" to "its upload started".
use futures::StreamExt;
use photodrop::app::App;
use photodrop::config::Profile;
use photodrop::queue::runner::{new_job, Runner, RunnerConfig, Until};
use photodrop::queue::{HistoryQuery, Origin};
use photodrop::upload;
use photodrop::watch::{OnFailure, WatchRule};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

fn jpeg(path: &Path, seed: u32) {
    let img = image::RgbImage::from_fn(96, 64, |x, y| {
        image::Rgb([
            (seed % 251) as u8,
            ((seed / 251) % 251) as u8 ^ x as u8,
            y as u8,
        ])
    });
    let mut out = vec![];
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    std::fs::write(path, out).unwrap();
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let tmp = tempfile::tempdir().unwrap();
    let sandbox = photodrop::sandbox::Sandbox::start(0).await.unwrap();
    std::env::set_var("PHOTODROP_CONFIG_DIR", tmp.path().join("config"));
    std::env::set_var("PHOTODROP_DATA_DIR", tmp.path().join("data"));
    std::env::set_var(
        "PHOTODROP_SECRET_BENCH_TOKEN",
        photodrop::sandbox::creds::CHAKRA_TOKEN,
    );
    // No keyring here: the environment variable is the credential.
    std::env::set_var("PHOTODROP_KEYRING_SERVICE", "photodrop-bench-none");
    let app = App::from_env().unwrap();
    let profile = Profile::new(
        "bench",
        "chakrahq",
        Some(&sandbox.url()),
        BTreeMap::from([("privacy".to_string(), "keep".to_string())]),
    )
    .unwrap();
    app.add_profile(&profile, true).unwrap();
    let provider = app.provider(&profile).unwrap();
    let target = provider.parse_target(None).unwrap();

    println!(
        "== durability overhead: {n} small photos, concurrency 4, {rounds} rounds (median) =="
    );
    let mut plain = vec![];
    let mut queued = vec![];
    for round in 0..rounds {
        // Fresh content every round so duplicate detection never short-cuts the queue.
        let dir = tmp.path().join(format!("files{round}"));
        std::fs::create_dir_all(&dir).unwrap();
        let files: Vec<PathBuf> = (0..n)
            .map(|i| {
                let p = dir.join(format!("p{i:05}.jpg"));
                jpeg(&p, round as u32 * 100_000 + i);
                p
            })
            .collect();

        // The reference: bare provider calls (pre-flight + one attempt per
        // file, 4 at a time), nothing recorded and no retries.
        let t0 = Instant::now();
        let prep = Arc::new(app.preparation(&profile));
        let ok = futures::stream::iter(files.clone())
            .map(|path| {
                let (provider, target, prep) = (provider.clone(), target.clone(), prep.clone());
                async move {
                    let p2 = provider.clone();
                    let item = tokio::task::spawn_blocking(move || {
                        upload::preflight(p2.as_ref(), &path, &target, &prep, uuid::Uuid::new_v4())
                    })
                    .await
                    .unwrap()
                    .unwrap();
                    provider.upload(&item, Arc::new(|_| {})).await.is_ok()
                }
            })
            .buffer_unordered(4)
            .filter(|ok| futures::future::ready(*ok))
            .count()
            .await;
        assert_eq!(ok, n as usize);
        plain.push(t0.elapsed().as_secs_f64());

        let t0 = Instant::now();
        let runner = Runner::new(
            app.clone(),
            RunnerConfig {
                concurrency: Some(4),
                ..Default::default()
            },
        )
        .unwrap();
        let jobs: Vec<_> = files
            .iter()
            .map(|f| new_job(&profile, Some(target.0.clone()), f, Origin::Upload, true).unwrap())
            .collect();
        let ids: Vec<i64> = runner
            .enqueue(jobs)
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect();
        let accepted = t0.elapsed().as_secs_f64();
        let mut done = 0;
        runner
            .run(Until::Jobs(ids), CancellationToken::new(), |j| {
                done += j.state.is_success() as usize
            })
            .await
            .unwrap();
        assert_eq!(done, n as usize);
        queued.push(t0.elapsed().as_secs_f64());
        println!(
            "round {round}: no queue {:.2} s, queue {:.2} s (of which hashing + job rows {:.2} s)",
            plain[round], queued[round], accepted
        );
    }
    let (p, q) = (pct(&mut plain, 0.5), pct(&mut queued, 0.5));
    println!(
        "median: no queue {p:.2} s ({:.0} files/s), queue {q:.2} s ({:.0} files/s); queue/no-queue = {:.2}x",
        n as f64 / p,
        n as f64 / q,
        q / p
    );

    println!("\n== history at 50 000 rows ==");
    {
        use photodrop::queue::{NewJob, Queue};
        let q = Queue::open(&tmp.path().join("history-bench.db")).unwrap();
        let rows: Vec<NewJob> = (0..50_000)
            .map(|i| NewJob {
                profile: format!("p{}", i % 5),
                provider: "chakrahq".into(),
                target: Some(format!("lead/{}/photo", i % 977)),
                path: PathBuf::from(format!("/photos/2026/IMG_{i:06}.jpg")),
                size: 1_000_000,
                mtime: None,
                source_id: None,
                sha256: Some(format!("{i:064x}")),
                sample: format!("{i:064x}"),
                allow_duplicate: true,
                single_slot: false,
                origin: Origin::Upload,
                // Finished rows (history) without a server round-trip.
                blocked: Some(photodrop::Error::config("BENCH", "synthetic history row")),
            })
            .collect();
        let t0 = Instant::now();
        q.enqueue(&rows).unwrap();
        println!(
            "insert 50 000 jobs (one transaction): {:.0} ms",
            t0.elapsed().as_secs_f64() * 1e3
        );
        let time = |label: &str, f: &dyn Fn() -> usize| {
            let mut v: Vec<f64> = (0..20)
                .map(|_| {
                    let t = Instant::now();
                    assert!(f() > 0);
                    t.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            println!("{label}: median {:.2} ms", pct(&mut v, 0.5));
        };
        let page = |before: Option<(i64, i64)>| HistoryQuery {
            limit: 100,
            before,
            ..Default::default()
        };
        time("newest 100 rows", &|| q.history(&page(None)).unwrap().len());
        let deep = q
            .history(&HistoryQuery {
                limit: 40_000,
                ..Default::default()
            })
            .unwrap();
        let last = deep.last().unwrap();
        let cursor = Some((last.finished_at.unwrap(), last.id));
        time("100 rows after 40 000 (keyset page)", &|| {
            q.history(&page(cursor)).unwrap().len()
        });
        time("one profile, 100 rows", &|| {
            q.history(&HistoryQuery {
                limit: 100,
                profile: Some("p3".into()),
                ..Default::default()
            })
            .unwrap()
            .len()
        });
        time("search 'IMG_0421' (file name / target / id)", &|| {
            q.history(&HistoryQuery {
                limit: 100,
                text: Some("IMG_0421".into()),
                ..Default::default()
            })
            .unwrap()
            .len()
        });
        time("unfinished list (50 000 need attention)", &|| {
            q.unfinished().unwrap().len()
        });
    }

    println!("\n== watch latency: file closed by the writer -> upload started ==");
    let inbox = tmp.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let runner = Runner::new(app.clone(), RunnerConfig::default()).unwrap();
    let cancel = CancellationToken::new();
    let rule = WatchRule {
        name: "bench".into(),
        dir: inbox.clone(),
        recursive: false,
        profile: "bench".into(),
        target: None,
        pattern: None,
        after: photodrop::queue::AfterSuccess::Move,
        on_failure: OnFailure::Move,
        allow_duplicates: true,
        managed: false,
    };
    let w = tokio::spawn(photodrop::app::watching::run_rules(
        runner.clone(),
        vec![rule],
        cancel.clone(),
        Arc::new(|_| {}),
    ));
    let r2 = runner.clone();
    let c2 = cancel.clone();
    let r = tokio::spawn(async move { r2.run(Until::Cancelled, c2, |_| {}).await });
    tokio::time::sleep(Duration::from_millis(500)).await;
    let samples = 60u32;
    let mut closed_at: HashMap<String, i64> = HashMap::new();
    for i in 0..samples {
        let name = format!("w{i:03}.jpg");
        let staged = tmp.path().join(&name);
        jpeg(&staged, 900_000 + i);
        let bytes = std::fs::read(&staged).unwrap();
        // Half written in place, half written elsewhere and renamed in.
        if i % 2 == 0 {
            std::fs::write(inbox.join(&name), &bytes).unwrap();
        } else {
            std::fs::rename(&staged, inbox.join(&name)).unwrap();
        }
        closed_at.insert(name, photodrop::queue::now_ms());
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let t0 = Instant::now();
    let mut lat = loop {
        let rows = runner
            .queue
            .history(&HistoryQuery {
                limit: 10_000,
                ..Default::default()
            })
            .unwrap();
        let lat: Vec<f64> = rows
            .iter()
            .filter_map(|j| Some((j.started_at? - closed_at.get(&j.file_name)?) as f64))
            .collect();
        if lat.len() == samples as usize || t0.elapsed() > Duration::from_secs(30) {
            break lat;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    cancel.cancel();
    let _ = w.await;
    let _ = r.await;
    assert_eq!(
        lat.len(),
        samples as usize,
        "not every watched file was uploaded"
    );
    println!(
        "{samples} files: p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms (goal p95 <= 1000 ms)",
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.95),
        pct(&mut lat, 1.0)
    );
}
