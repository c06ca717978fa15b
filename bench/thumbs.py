#!/usr/bin/env python3
"""Thumbnail and fit benchmarks: PhotoDrop vs libvips, measured side by side in one run.

1. Whole process per image: `photodrop thumbnail IN OUT --size 256` vs `vipsthumbnail -s 256`,
   over every real JPEG in ../shared/corpus/real (1 warm-up, then 3 alternating runs; median).
2. In process: PhotoDrop's thumbnail (examples/bench_pipeline) vs libvips via pyvips
   (thumbnail + JPEG save, cache off), 5 repetitions; median.
3. Fit to <= 10 MP / 10 MB (Zoho) for the 16-24 MP and 45-50 MP photos: PhotoDrop's prepare vs
   pyvips thumbnail to the same box + jpegsave Q=85, in process; peak RSS of `photodrop prepare`.
4. 500 distinct photos through ThumbCache::batch on 2 cores vs `xargs -P2 vipsthumbnail`.
Prints Markdown; bench/thumbs.sh records it in BENCHMARKS.md.
"""
import os, statistics, subprocess, sys, tempfile, time, csv, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "real")
# BENCH_PROFILE=debug (with SHORT=1, the CI's run) uses the test build: proves the script runs.
BUILD = os.environ.get("BENCH_PROFILE", "release")
PD = os.path.join(ROOT, "target", BUILD, "photodrop")
EX = os.path.join(ROOT, "target", BUILD, "examples", "bench_pipeline")
SHORT = bool(os.environ.get("SHORT"))

import pyvips  # noqa: E402

pyvips.cache_set_max(0)
tmp = tempfile.mkdtemp(prefix="pd-thumbs-")


def manifest():
    rows = {}
    with open(os.path.join(CORPUS, "MANIFEST.tsv")) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows[r["file"]] = r
    return rows


M = manifest()
jpegs = sorted(k for k in M if k.startswith("jpeg-"))
xxl = sorted(k for k in M if k.startswith("synthetic-XXL"))
if SHORT:
    jpegs, xxl = jpegs[:2] + [f for f in jpegs if float(M[f]["MP"]) >= 16][:1], xxl[:1]
BATCH = 20 if SHORT else 500


def cls(mp):
    mp = float(mp)
    return "<2 MP" if mp < 2 else "2-8 MP" if mp < 8 else "8-16 MP" if mp < 16 else "16-24 MP" if mp < 30 else "45-50 MP"


def run_timed(cmd):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    dt = (time.perf_counter() - t0) * 1000
    if r.returncode != 0:
        raise SystemExit(f"failed: {cmd}: {r.stderr.decode()}")
    return dt


def peak_rss_kb(cmd):
    r = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return int(r.stderr.decode().strip().splitlines()[-1])


out_pd = os.path.join(tmp, "pd.jpg")
out_vips = os.path.join(tmp, "vips.jpg")


def whole_process(files):
    res = {}
    for f in files:
        p = os.path.join(CORPUS, f)
        cpd = [PD, "thumbnail", p, out_pd, "--size", "256"]
        cv = ["vipsthumbnail", p, "-s", "256", "-o", out_vips + "[Q=80]"]
        run_timed(cpd), run_timed(cv)
        a, b = [], []
        for _ in range(3):
            a.append(run_timed(cpd))
            b.append(run_timed(cv))
        res[f] = (statistics.median(a), statistics.median(b), peak_rss_kb(cpd), peak_rss_kb(cv))
    return res


def pyvips_inproc(files, reps=5, fit=False):
    res = {}
    for f in files:
        p = os.path.join(CORPUS, f)
        ts = []
        for _ in range(reps + 1):
            t0 = time.perf_counter()
            if fit:
                w, h = int(M[f]["width"]), int(M[f]["height"])
                s = (10e6 / (w * h)) ** 0.5
                tw, th = int(w * s), int(h * s)
                if M[f]["exif_orientation"] in ("5", "6", "7", "8"):
                    tw, th = th, tw  # libvips rotates first: swap the box
                im = pyvips.Image.thumbnail(p, tw, height=th, size="down")
                im.jpegsave(out_vips, Q=85)
            else:
                im = pyvips.Image.thumbnail(p, 256)
                im.write_to_file(out_vips + "[Q=80]")
            ts.append((time.perf_counter() - t0) * 1000)
        res[f] = statistics.median(ts[1:])
    return res


def rust_inproc(files, mode, reps=5):
    out = subprocess.run([EX, mode, str(reps)] + [os.path.join(CORPUS, f) for f in files], check=True, capture_output=True, text=True).stdout
    res = {}
    for line in out.strip().splitlines():
        path, ms = line.split("\t")
        res[os.path.relpath(path, CORPUS)] = float(ms)
    return res


def by_class(values, files):
    groups = {}
    for f in files:
        groups.setdefault(cls(M[f]["MP"]), []).append(values[f])
    order = ["<2 MP", "2-8 MP", "8-16 MP", "16-24 MP", "45-50 MP"]
    return [(c, groups[c]) for c in order if c in groups]


def main():
    print(f"Corpus: {len(jpegs)} real JPEGs (+{len(xxl)} synthetic 45-50 MP); machine: {os.cpu_count()} cores\n")

    # ONLY=fit runs just the fit table (for working on the fit path).
    only_fit = os.environ.get("ONLY") == "fit"
    if not only_fit:
        thumb_tables()
    fit_table()
    if not only_fit:
        batch_table()
    shutil.rmtree(tmp, ignore_errors=True)


def thumb_tables():
    wp = whole_process(jpegs + xxl)
    print("### Thumbnail 256 px, whole process per image (median ms of 3 runs, alternating)\n")
    print("| class | n | photodrop | vipsthumbnail | ratio (median of per-image) | peak RSS photodrop / vips (MB) |")
    print("|---|---|---|---|---|---|")
    ratios_real = []
    for c, _ in by_class({f: 0 for f in wp}, list(wp)):
        fs = [f for f in wp if cls(M[f]["MP"]) == c]
        a = statistics.median(wp[f][0] for f in fs)
        b = statistics.median(wp[f][1] for f in fs)
        r = statistics.median(wp[f][0] / wp[f][1] for f in fs)
        if not fs[0].startswith("synthetic"):
            ratios_real += [wp[f][0] / wp[f][1] for f in fs]
        ra = max(wp[f][2] for f in fs) / 1024
        rb = max(wp[f][3] for f in fs) / 1024
        print(f"| {c} | {len(fs)} | {a:.1f} | {b:.1f} | {r:.2f}x | {ra:.0f} / {rb:.0f} |")
    tot_a = sum(wp[f][0] for f in jpegs)
    tot_b = sum(wp[f][1] for f in jpegs)
    print(f"\n**All {len(jpegs)} real JPEGs: total {tot_a:.0f} ms vs {tot_b:.0f} ms = {tot_a / tot_b:.2f}x vipsthumbnail "
          f"(median per-image ratio {statistics.median(ratios_real):.2f}x; goal <= 0.5x).**\n")

    rs = rust_inproc(jpegs + xxl, "thumb")
    pv = pyvips_inproc(jpegs + xxl)
    print("### Thumbnail 256 px, in process (median ms of 5)\n")
    print("| class | n | photodrop | libvips (pyvips) | ratio |")
    print("|---|---|---|---|---|")
    for c, _ in by_class(rs, list(rs)):
        fs = [f for f in rs if cls(M[f]["MP"]) == c]
        print(f"| {c} | {len(fs)} | {statistics.median(rs[f] for f in fs):.1f} | {statistics.median(pv[f] for f in fs):.1f} | "
              f"{statistics.median(rs[f] / pv[f] for f in fs):.2f}x |")
    tr = sum(rs[f] for f in jpegs)
    tv = sum(pv[f] for f in jpegs)
    print(f"\n**All real JPEGs in process: {tr:.0f} ms vs {tv:.0f} ms = {tr / tv:.2f}x libvips (goal <= 0.8x).**\n")


def fit_table():
    fit_files = [f for f in jpegs if float(M[f]["MP"]) >= 16] + xxl
    rf = rust_inproc(fit_files, "fit", reps=3)
    vf = pyvips_inproc(fit_files, reps=3, fit=True)
    print("### Fit to <= 10 MP and <= 10 MB (Zoho), in process (median ms of 3)\n")
    print("| photo | MP | photodrop prepare | libvips thumbnail+jpegsave Q85 | ratio | photodrop peak RSS (MB) |")
    print("|---|---|---|---|---|---|")
    work = os.path.join(tmp, "prep.jpg")
    env = dict(os.environ, PHOTODROP_CONFIG_DIR=os.path.join(tmp, "cfg"), PHOTODROP_DATA_DIR=os.path.join(tmp, "data"))
    subprocess.run([PD, "profile", "add", "z", "--provider", "zoho-crm"], env=env, check=True, capture_output=True)
    for f in fit_files:
        r = subprocess.run(["/usr/bin/time", "-f", "%M", PD, "prepare", "--profile", "z", os.path.join(CORPUS, f), work], env=env, capture_output=True, text=True)
        rss = int(r.stderr.strip().splitlines()[-1]) / 1024
        print(f"| {os.path.basename(f)} | {M[f]['MP']} | {rf[f]:.0f} | {vf[f]:.0f} | {rf[f] / vf[f]:.2f}x | {rss:.0f} |")
    print()


def batch_table():
    # 500 distinct photos (a trailing byte changes the content hash; JPEG decoders ignore it).
    bdir = os.path.join(tmp, "batch")
    os.makedirs(bdir)
    small = [f for f in jpegs if float(M[f]["MP"]) < 16]
    files = []
    for i in range(BATCH):
        src = os.path.join(CORPUS, small[i % len(small)])
        dst = os.path.join(bdir, f"p{i:03d}.jpg")
        shutil.copyfile(src, dst)
        with open(dst, "ab") as fh:
            fh.write(bytes([i % 256, i // 256]))
        files.append(dst)
    out = subprocess.run([EX, "batch", tmp] + files, check=True, capture_output=True, text=True).stdout.strip().splitlines()
    rows = [l.split("\t") for l in out]
    vdir = os.path.join(tmp, "vips-out")
    os.makedirs(vdir)
    t0 = time.perf_counter()
    subprocess.run(f"printf '%s\\n' {bdir}/*.jpg | xargs -P2 -n8 vipsthumbnail -s 256 -o {vdir}/%s.jpg[Q=80]", shell=True, check=True)
    tv = time.perf_counter() - t0
    print(f"### {BATCH} photos (0.3-16 MP) to 256 px thumbnails\n")
    print("| run | threads | ok | seconds | photos/s |")
    print("|---|---|---|---|---|")
    for label, threads, ok, s in rows:
        print(f"| photodrop ThumbCache::batch, {label} | {threads} | {ok} | {float(s):.2f} | {BATCH / float(s):.0f} |")
    print(f"| vipsthumbnail, xargs -P2 -n8 | 2 | {BATCH} | {tv:.2f} | {BATCH / tv:.0f} |")
    one = float([r for r in rows if r[0] == "one core"][0][3])
    allc = float([r for r in rows if r[0] == "all cores"][0][3])
    print(f"\nScaling from 1 to {rows[0][1]} threads: {one / allc:.2f}x. Batch vs vipsthumbnail: {allc / tv:.2f}x the time.")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
