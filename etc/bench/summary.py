#!/usr/bin/env python3
"""The benchmark scripts' machine-readable side (python3 standard library only).

  summary.py record <workload> key=value...   append one workload line to $BENCH_SUMMARY (as BenchSummary.Record does)
  summary.py sample <resources.csv> <watch file> <t0>
                                              every second, CPU% and RSS of every "name pid" line of the watch file
                                              (read again each second, so processes started later join) until killed
  summary.py gather <out dir> <command...>    summary.jsonl + run facts -> summary.json
"""
import datetime
import json
import os
import re
import subprocess
import sys
import time


def number(text):
    """'12' -> 12, '1.5' -> 1.5, '850.00us' / '1.02ms' / '1.2s' -> milliseconds, anything else stays text."""
    match = re.fullmatch(r"(-?[0-9.]+)(us|ms|s|m)", text)
    if match:
        value, unit = float(match.group(1)), match.group(2)
        return round(value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit], 3)
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return {"true": True, "false": False, "": None}.get(text, text)


def record(workload, pairs):
    path = os.environ.get("BENCH_SUMMARY")
    if not path:
        return
    entry = {
        "workload": workload,
        "mode": os.environ.get("BENCH_MODE"),
        "pinned": os.environ.get("BENCH_PINNED") in ("1", "true"),
        "at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
    }
    for pair in pairs:
        key, _, value = pair.partition("=")
        entry[key] = number(value)
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def children_by_parent():
    tree = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    tree.setdefault(f.read().rsplit(")", 1)[1].split()[1], []).append(entry)
            except (OSError, IndexError):
                pass
    return tree


def read_proc(pid, tree):
    """(cpu seconds, rss MiB) of a process and everything under it, or None once it is gone. CPU counts the exited
    children it waited for (PostgreSQL's backends); memory is the process' RSS plus its descendants' proportional
    share (PSS), so PostgreSQL's shared buffers are not counted once per backend."""
    ticks = os.sysconf("SC_CLK_TCK")
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration, IndexError, ValueError):
        return None
    pending = list(tree.get(pid, []))
    while pending:
        child = pending.pop()
        pending.extend(tree.get(child, []))
        try:
            with open(f"/proc/{child}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / ticks
            with open(f"/proc/{child}/smaps_rollup", encoding="ascii", errors="replace") as f:
                rss += next(int(line.split()[1]) for line in f if line.startswith("Pss:")) / 1024
        except (OSError, StopIteration, IndexError, ValueError):
            pass
    return cpu, rss


def sample(csv_path, watch_path, t0):
    t0 = float(t0)
    last = {}
    with open(csv_path, "w", encoding="utf-8") as out:
        out.write("seconds,name,pid,cpuPct,rssMiB\n")
        out.flush()
        while True:
            try:
                with open(watch_path, encoding="utf-8") as f:
                    watched = [line.split() for line in f if len(line.split()) == 2]
            except OSError:
                watched = []
            now = time.monotonic()
            tree = children_by_parent() if watched else {}
            for name, pid in watched:
                reading = read_proc(pid, tree)
                if reading is None:
                    continue
                cpu, rss = reading
                if pid in last:
                    cpu0, at0 = last[pid]
                    pct = max(0.0, 100 * (cpu - cpu0) / max(now - at0, 1e-3))
                    out.write(f"{time.time() - t0:.1f},{name},{pid},{pct:.1f},{rss:.1f}\n")
                last[pid] = (cpu, now)
            out.flush()
            time.sleep(1)


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        pass
    memory = 0
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            memory = round(int(next(line.split()[1] for line in f if line.startswith("MemTotal:"))) / 1024)
    except (OSError, StopIteration):
        pass
    return {"nproc": os.cpu_count(), "cpuModel": model, "memoryMiB": memory, "kernel": os.uname().release}


def commit(root):
    def git(*args):
        return subprocess.run(["git", "-C", root, *args], capture_output=True, text=True, check=False).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("-dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def gather(out_dir, command):
    workloads = []
    jsonl = os.path.join(out_dir, "summary.jsonl")
    if os.path.exists(jsonl):
        with open(jsonl, encoding="utf-8") as f:
            workloads = [json.loads(line) for line in f if line.strip()]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    summary = {
        "commit": os.environ.get("BENCH_COMMIT") or commit(root),
        "date": os.environ.get("BENCH_DATE") or datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "machine": machine(),
        "command": " ".join(command),
        "mode": os.environ.get("BENCH_MODE"),
        "pinned": os.environ.get("BENCH_PINNED") in ("1", "true"),
        "workloads": workloads,
    }
    with open(os.path.join(out_dir, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return summary


def main(argv):
    if len(argv) >= 2 and argv[0] == "record":
        record(argv[1], argv[2:])
    elif len(argv) == 4 and argv[0] == "sample":
        sample(*argv[1:])
    elif len(argv) >= 2 and argv[0] == "gather":
        gather(argv[1], argv[2:])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
