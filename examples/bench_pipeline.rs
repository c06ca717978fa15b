//! In-process timings for bench/thumbs.py (not a test). Modes:
//!   thumb REPS FILE...   → one line per file: "<file>\t<median ms>" (thumbnail 256 + JPEG encode + write)
//!   fit REPS FILE...     → same, for fitting to Zoho's 10 MP / 10 MB (prepare + write)
//!   batch DIR FILE...    → 500-style batch through ThumbCache::batch on every core, then on one
use photodrop::media::{prepare, thumb};
use std::path::PathBuf;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = std::env::temp_dir().join(format!("pd-bench-{}.jpg", std::process::id()));
    match args[0].as_str() {
        "thumb" | "fit" => {
            let reps: usize = args[1].parse().unwrap();
            let work = std::env::temp_dir().join("pd-bench-prepared");
            for f in &args[2..] {
                let p = PathBuf::from(f);
                let mut times = vec![];
                for _ in 0..reps + 1 {
                    let t0 = Instant::now();
                    if args[0] == "thumb" {
                        let img = thumb::thumbnail(&p, 256).unwrap();
                        thumb::write(&img, &out).unwrap();
                    } else {
                        let limits = photodrop::providers::zoho_crm::INFO.limits;
                        let r = prepare::prepare(
                            &p,
                            &limits,
                            prepare::Policy::default(),
                            "Zoho CRM",
                            &work,
                        )
                        .unwrap();
                        assert!(r.report.resized);
                        std::fs::copy(&r.path, &out).unwrap();
                    }
                    times.push(t0.elapsed().as_secs_f64() * 1000.0);
                }
                times.remove(0); // warm-up
                println!("{f}\t{:.2}", median(times));
            }
        }
        "batch" => {
            let dir = PathBuf::from(&args[1]);
            let files: Vec<PathBuf> = args[2..].iter().map(PathBuf::from).collect();
            for (label, threads) in [("all cores", 0usize), ("one core", 1)] {
                let cache_dir = dir.join(format!("cache-{threads}"));
                let _ = std::fs::remove_dir_all(&cache_dir);
                let cache = thumb::ThumbCache::new(&cache_dir);
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                let t0 = Instant::now();
                let res = pool.install(|| cache.batch(&files, 256));
                let s = t0.elapsed().as_secs_f64();
                let ok = res.iter().filter(|r| r.is_ok()).count();
                println!("{label}\t{}\t{ok}\t{s:.3}", pool.current_num_threads());
            }
        }
        m => panic!("unknown mode {m}"),
    }
    let _ = std::fs::remove_file(out);
}
