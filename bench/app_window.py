#!/usr/bin/env python3
"""Startup and idle memory of the desktop app against a bare Tauri window,
measured the same way in the same run (bench/app.sh runs this under Xvfb).

- window visible: spawn → the window is mapped (xdotool --onlyvisible), wall time.
- idle memory: 5 s after it is visible, the sum over the whole process tree
  (the app and its WebKit web/network processes) of PSS and of RSS.
"""
import os, shutil, signal, statistics, subprocess, sys, tempfile, time

RUNS = int(os.environ.get("RUNS", "5"))

def tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            kids = subprocess.run(["ps", "-o", "pid=", "--ppid", str(p)], capture_output=True, text=True).stdout.split()
        except Exception:
            kids = []
        todo += [int(k) for k in kids]
    return out

def mem(pids):
    pss = rss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            pass
    return pss / 1024, rss / 1024

def visible(title):
    r = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], capture_output=True, text=True)
    return r.returncode == 0 and r.stdout.strip() != ""

class Died(Exception):
    pass

def one(binary, title, tries=3):
    for left in range(tries - 1, -1, -1):
        try:
            return launch(binary, title)
        except Died as e:
            if not left:
                raise SystemExit(str(e))
            print(f"retrying: {e}", file=sys.stderr)
            time.sleep(1)

def launch(binary, title):
    d = tempfile.mkdtemp(prefix="pd-bench-")
    env = dict(os.environ, PHOTODROP_CONFIG_DIR=f"{d}/config", PHOTODROP_DATA_DIR=f"{d}/data")
    t0 = time.perf_counter()
    err = open(f"{d}/stderr", "wb")
    p = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    while not visible(title):
        if p.poll() is not None:
            # Seen now and then under xvfb-run: GTK could not open the display yet.
            head = open(f"{d}/stderr", "rb").read()[:300].decode(errors="replace")
            shutil.rmtree(d, ignore_errors=True)
            raise Died(f"{binary} exited ({p.returncode}) before showing a window: {head}")
        if time.perf_counter() - t0 > 60:
            os.killpg(p.pid, signal.SIGKILL)
            head = open(f"{d}/stderr", "rb").read()[:800].decode(errors="replace")
            raise SystemExit(f"{binary}: no visible window after 60 s; its stderr begins:\n{head}")
        time.sleep(0.005)
    shown = time.perf_counter() - t0
    time.sleep(5)
    pss, rss = mem(tree(p.pid))
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(5)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    shutil.rmtree(d, ignore_errors=True)
    return shown, pss, rss

def main():
    app, bare = sys.argv[1], sys.argv[2]
    res = {"photodrop": [], "bare": []}
    # One launch of each first, not counted: the first GTK window in a fresh
    # D-Bus session also starts the accessibility bus, which can take many seconds.
    one(bare, "^Bare Tauri$")
    one(app, "^PhotoDrop$")
    for _ in range(RUNS):  # interleaved, so drift hits both alike
        res["bare"].append(one(bare, "^Bare Tauri$"))
        res["photodrop"].append(one(app, "^PhotoDrop$"))
    med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in res.items()}
    print(f"runs: {RUNS} each, interleaved; medians")
    print(f"{'':24}{'window visible':>16}{'idle PSS (tree)':>18}{'idle RSS (tree)':>18}")
    for k in ("bare", "photodrop"):
        s, pss, rss = med[k]
        print(f"{k:24}{s*1000:>13.0f} ms{pss:>15.1f} MB{rss:>15.1f} MB")
    b, a = med["bare"], med["photodrop"]
    print(f"{'ratio photodrop/bare':24}{a[0]/b[0]:>15.2f}x{a[1]/b[1]:>17.2f}x{a[2]/b[2]:>17.2f}x")
    print(f"goals: window visible < 1000 ms (release build): {'MET' if a[0] < 1 else 'NOT MET'}; "
          f"idle memory <= 1.5x bare (PSS): {'MET' if a[1]/b[1] <= 1.5 else 'NOT MET'}")

main()
