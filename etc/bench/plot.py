#!/usr/bin/env python3
"""Draws a benchmark run's plots as SVG (python3 standard library only: the SVG is written by hand).

  python3 etc/bench/plot.py <run dir> [other run dirs or summary.json files to overlay...]

Writes into <run dir>:
  latency-vs-clients.svg    p50/p99 against the number of clients, one colour per workload (and run)
  chat-latency-vs-rate.svg  chat delivery p50/p99 against the offered rate (one room, many rooms)
  resources.svg             CPU% and RSS over the run (resources.csv), phases marked (phases.csv)
A plot without data is not written.
"""
import csv
import json
import math
import os
import re
import sys
from html import escape

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"]
RATE_FIELDS = ("offeredMsgsPerSec", "offeredPerSec", "offeredRate", "rate", "offered")
FONT = "font-family='DejaVu Sans, Arial, sans-serif'"


def nice_step(span, count):
    raw = span / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def label(value):
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value / 1000:g}k" if value % 1000 == 0 or abs(value) >= 10000 else f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:g}"
    return f"{value:.3g}"


class Axis:
    """A linear or logarithmic scale from data to pixels, with its ticks."""

    def __init__(self, values, lo_px, hi_px, log=False, zero=True):
        values = [v for v in values if v is not None and (v > 0 or not log)]
        self.log = log
        if not values:
            values = [1]
        lo, hi = min(values), max(values)
        if log:
            self.lo = 10 ** math.floor(math.log10(lo))
            self.hi = 10 ** math.ceil(math.log10(hi))
            if self.hi <= self.lo:
                self.hi = self.lo * 10
        else:
            lo = min(lo, 0) if zero else lo
            if hi == lo:
                hi = lo + (abs(lo) or 1)
            step = nice_step(hi - lo, 5)
            self.lo = math.floor(lo / step) * step
            self.hi = math.ceil(hi / step) * step
            if self.hi == hi and not zero:
                self.hi += step
            self.step = step
        self.lo_px, self.hi_px = lo_px, hi_px

    def __call__(self, value):
        if self.log:
            value = max(value, self.lo)
            t = (math.log10(value) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        else:
            t = (value - self.lo) / (self.hi - self.lo)
        return self.lo_px + t * (self.hi_px - self.lo_px)

    def ticks(self):
        """(value, major) pairs: decades (and 2, 5 between them) on a log axis, nice steps on a linear one."""
        if self.log:
            result = []
            decade = self.lo
            while decade <= self.hi * 1.0001:
                for m in (1, 2, 5):
                    if decade * m <= self.hi * 1.0001:
                        result.append((decade * m, m == 1))
                decade *= 10
            return result
        count = int(round((self.hi - self.lo) / self.step))
        return [(self.lo + i * self.step, True) for i in range(count + 1)]


class Chart:
    def __init__(self, title, width=900, height=560, left=80, right=210, top=56, bottom=64, legend_rows=0):
        """legend_rows > 0 puts the legend under the plot, in two columns, and makes room for that many rows."""
        self.title, self.width, self.height = title, width, height + legend_rows * 22
        self.left, self.right, self.top, self.bottom = left, right, top, bottom + legend_rows * 22
        self.legend_rows, self.legend_below = legend_rows, legend_rows > 0
        self.parts = []
        self.legend = []

    @property
    def plot_box(self):
        return self.left, self.top, self.width - self.right, self.height - self.bottom

    def axes(self, x, y, x_label, y_label, y_right=None, y_right_label=None):
        x0, y0, x1, y1 = self.plot_box
        p = self.parts
        p.append(f"<rect x='{x0}' y='{y0}' width='{x1 - x0}' height='{y1 - y0}' fill='#fcfcfc' stroke='#888'/>")
        for value, major in x.ticks():
            px = x(value)
            if not x0 - 0.5 <= px <= x1 + 0.5:
                continue
            p.append(f"<line x1='{px:.1f}' y1='{y0}' x2='{px:.1f}' y2='{y1}' stroke='{'#ddd' if major else '#eee'}'/>")
            p.append(f"<line x1='{px:.1f}' y1='{y1}' x2='{px:.1f}' y2='{y1 + 5}' stroke='#444'/>")
            p.append(f"<text x='{px:.1f}' y='{y1 + 20}' text-anchor='middle' font-size='13' {FONT} fill='#333'>{escape(label(value))}</text>")
        for value, major in y.ticks():
            py = y(value)
            if not y0 - 0.5 <= py <= y1 + 0.5:
                continue
            p.append(f"<line x1='{x0}' y1='{py:.1f}' x2='{x1}' y2='{py:.1f}' stroke='{'#ddd' if major else '#eee'}'/>")
            p.append(f"<line x1='{x0 - 5}' y1='{py:.1f}' x2='{x0}' y2='{py:.1f}' stroke='#444'/>")
            p.append(f"<text x='{x0 - 8}' y='{py + 4:.1f}' text-anchor='end' font-size='13' {FONT} fill='#333'>{escape(label(value))}</text>")
        if y_right is not None:
            for value, _ in y_right.ticks():
                py = y_right(value)
                if y0 - 0.5 <= py <= y1 + 0.5:
                    p.append(f"<line x1='{x1}' y1='{py:.1f}' x2='{x1 + 5}' y2='{py:.1f}' stroke='#444'/>")
                    p.append(f"<text x='{x1 + 8}' y='{py + 4:.1f}' font-size='13' {FONT} fill='#333'>{escape(label(value))}</text>")
            p.append(f"<text transform='translate({x1 + 52},{(y0 + y1) / 2}) rotate(90)' text-anchor='middle' font-size='14' {FONT}>{escape(y_right_label)}</text>")
        p.append(f"<text x='{(x0 + x1) / 2}' y='{y1 + 46}' text-anchor='middle' font-size='14' {FONT}>{escape(x_label)}</text>")
        p.append(f"<text transform='translate(22,{(y0 + y1) / 2}) rotate(-90)' text-anchor='middle' font-size='14' {FONT}>{escape(y_label)}</text>")

    def line(self, points, colour, dashed=False, markers=True, width=2):
        if not points:
            return
        dash = " stroke-dasharray='7 5'" if dashed else ""
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            self.parts.append(f"<polyline points='{path}' fill='none' stroke='{colour}' stroke-width='{width}'{dash} stroke-linejoin='round'/>")
        if markers or len(points) == 1:
            for x, y in points:
                fill = "white" if dashed else colour
                self.parts.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='4' fill='{fill}' stroke='{colour}' stroke-width='2'/>")

    def text(self, x, y, text, size=12, anchor="start", colour="#555"):
        self.parts.append(f"<text x='{x}' y='{y}' text-anchor='{anchor}' font-size='{size}' {FONT} fill='{colour}'>{escape(text)}</text>")

    def add_legend(self, text, colour, dashed=False):
        self.legend.append((text, colour, dashed))

    def svg(self, subtitle=""):
        x0, y0, x1, _ = self.plot_box
        out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{self.width}' height='{self.height}' viewBox='0 0 {self.width} {self.height}'>",
               f"<rect width='{self.width}' height='{self.height}' fill='white'/>",
               f"<text x='{x0}' y='26' font-size='18' font-weight='bold' {FONT}>{escape(self.title)}</text>"]
        if subtitle:
            out.append(f"<text x='{x0}' y='44' font-size='12' {FONT} fill='#555'>{escape(subtitle)}</text>")
        out.extend(self.parts)
        for i, (text, colour, dashed) in enumerate(self.legend):
            if self.legend_below:  # two columns under the axis label
                lx, ly = self.left + (i % 2) * ((self.width - self.left) // 2), self.height - self.legend_rows * 22 + (i // 2) * 22
            else:
                lx, ly = x1 + 16, y0 + 10 + i * 22
            if dashed is None:  # a series: its p99 (solid) and p50 (dashed) line
                out.append(f"<line x1='{lx}' y1='{ly}' x2='{lx + 22}' y2='{ly}' stroke='{colour}' stroke-width='2.5'/>")
                out.append(f"<line x1='{lx + 26}' y1='{ly}' x2='{lx + 48}' y2='{ly}' stroke='{colour}' stroke-width='2.5' stroke-dasharray='6 4'/>")
                out.append(f"<text x='{lx + 54}' y='{ly + 4}' font-size='12' {FONT}>{escape(text)}</text>")
                continue
            dash = " stroke-dasharray='7 5'" if dashed else ""
            out.append(f"<line x1='{lx}' y1='{ly}' x2='{lx + 26}' y2='{ly}' stroke='{colour}' stroke-width='2.5'{dash}/>")
            out.append(f"<text x='{lx + 32}' y='{ly + 4}' font-size='12' {FONT}>{escape(text)}</text>")
        out.append("</svg>")
        return "\n".join(out) + "\n"


def load_summary(path):
    if os.path.isdir(path):
        path = os.path.join(path, "summary.json")
        if not os.path.exists(path) and os.path.exists(path + "l"):
            with open(path + "l", encoding="utf-8") as f:
                return {"workloads": [json.loads(line) for line in f if line.strip()], "command": ""}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def runs(paths):
    """[(run label, summary)]; the label names the run only when several are overlaid."""
    result = []
    for path in paths:
        try:
            summary = load_summary(path)
        except (OSError, ValueError):
            continue
        name = os.path.basename(os.path.normpath(path if os.path.isdir(path) else os.path.dirname(path)))
        match = re.fullmatch(r"(\d{8})-(\d\d)(\d\d)(\d\d)-.*", name)
        result.append((f"{match.group(1)[4:6]}-{match.group(1)[6:]} {match.group(2)}:{match.group(3)}:{match.group(4)}" if match else name[:24], summary))
    return result


def series_name(run_name, entry, several_runs):
    name = entry.get("workload", "?")
    if entry.get("rooms"):
        name += f" {entry['rooms']}×{entry.get('members', '?')}"
    elif entry.get("members") and entry.get("workload") == "chat":
        name += f" {entry['members']} members"
    extras = [entry.get("mode") or "", "pinned" if entry.get("pinned") else ""]
    if several_runs:
        extras.append(run_name)
    extras = [e for e in extras if e]
    return name + (f" ({', '.join(extras)})" if extras else "")


def grouped(all_runs, x_of):
    """{series: [(x, p50, p99)]} over every workload entry with an x, p50Ms and p99Ms."""
    groups = {}
    for run_name, summary in all_runs:
        for entry in summary.get("workloads", []):
            x = x_of(entry)
            p50, p99 = entry.get("p50Ms"), entry.get("p99Ms")
            if not isinstance(x, (int, float)) or not isinstance(p50, (int, float)) or not isinstance(p99, (int, float)):
                continue
            groups.setdefault(series_name(run_name, entry, len(all_runs) > 1), []).append((x, p50, p99))
    return {k: sorted(v) for k, v in groups.items()}


def latency_chart(groups, title, x_label, subtitle):
    xs = [p[0] for g in groups.values() for p in g]
    ys = [v for g in groups.values() for p in g for v in p[1:]]
    chart = Chart(title, width=900, right=30, legend_rows=(len(groups) + 1) // 2)
    x0, y0, x1, y1 = chart.plot_box
    log_x = min(xs) > 0 and max(xs) / min(xs) >= 20
    pad = 24  # keep end points off the frame
    x = Axis(xs, x0 + pad, x1 - pad, log=log_x)
    y = Axis(ys, y1, y0, log=True)
    chart.axes(x, y, x_label + (" (log scale)" if log_x else ""), "latency, ms (log scale)")
    for i, (name, points) in enumerate(groups.items()):
        colour = COLOURS[i % len(COLOURS)]
        chart.line([(x(p[0]), y(p[2])) for p in points], colour)
        chart.line([(x(p[0]), y(p[1])) for p in points], colour, dashed=True)
        chart.add_legend(name, colour, dashed=None)
    return chart.svg(subtitle)


def resources_chart(csv_path, phases_path, subtitle):
    series = {}
    with open(csv_path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                series.setdefault(row["name"], []).append((float(row["seconds"]), float(row["cpuPct"]), float(row["rssMiB"])))
            except (KeyError, ValueError):
                continue
    if not series:
        return None
    phases = []
    if os.path.exists(phases_path):
        with open(phases_path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                try:
                    phases.append((float(row["seconds"]), row["phase"]))
                except (KeyError, ValueError):
                    continue
    times = [p[0] for s in series.values() for p in s]
    chart = Chart("CPU and memory over the run", width=1000, height=720, right=290)
    x0, y0, x1, y1 = chart.plot_box
    middle = (y0 + y1) / 2
    x = Axis(times, x0 + 10, x1 - 10)
    cpu = Axis([p[1] for s in series.values() for p in s] + [100], middle - 20, y0)
    rss = Axis([p[2] for s in series.values() for p in s], y1, middle + 20)
    # Two panels sharing the time axis: CPU% above, RSS below.
    for axis, top, bottom, name in ((cpu, y0, middle - 20, "CPU % (100 = one core)"), (rss, middle + 20, y1, "RSS, MiB")):
        chart.parts.append(f"<rect x='{x0}' y='{top}' width='{x1 - x0}' height='{bottom - top}' fill='#fcfcfc' stroke='#888'/>")
        for value, _ in axis.ticks():
            py = axis(value)
            if top - 0.5 <= py <= bottom + 0.5:
                chart.parts.append(f"<line x1='{x0}' y1='{py:.1f}' x2='{x1}' y2='{py:.1f}' stroke='#e4e4e4'/>")
                chart.text(x0 - 8, f"{py + 4:.1f}", label(value), 13, "end", "#333")
        chart.parts.append(f"<text transform='translate(22,{(top + bottom) / 2}) rotate(-90)' text-anchor='middle' font-size='14' {FONT}>{escape(name)}</text>")
        for value, _ in x.ticks():
            px = x(value)
            if x0 <= px <= x1:
                chart.parts.append(f"<line x1='{px:.1f}' y1='{top}' x2='{px:.1f}' y2='{bottom}' stroke='#eee'/>")
                if bottom == y1:
                    chart.text(f"{px:.1f}", y1 + 20, label(value), 13, "middle", "#333")
    chart.text((x0 + x1) / 2, chart.height - 18, "seconds since the run started", 14, "middle", "#000")
    for at, text in phases:
        px = x(at)
        if x0 <= px <= x1:
            chart.parts.append(f"<line x1='{px:.1f}' y1='{y0}' x2='{px:.1f}' y2='{y1}' stroke='#999' stroke-dasharray='3 3'/>")
            chart.parts.append(f"<text transform='translate({px + 4:.1f},{y0 + 6}) rotate(90)' font-size='11' {FONT} fill='#555'>{escape(text)}</text>")
    for i, (name, points) in enumerate(sorted(series.items())):
        colour = COLOURS[i % len(COLOURS)]
        chart.line([(x(p[0]), cpu(p[1])) for p in points], colour, markers=False, width=1.6)
        chart.line([(x(p[0]), rss(p[2])) for p in points], colour, markers=False, width=1.6)
        peak_cpu = max(p[1] for p in points)
        peak_rss = max(p[2] for p in points)
        chart.add_legend(f"{name} (peak {peak_cpu:.0f}% CPU, {peak_rss:.0f} MiB)", colour)
    return chart.svg(subtitle)


def subtitle_of(summary):
    machine = summary.get("machine") or {}
    parts = [summary.get("commit") or "", summary.get("date") or "",
             f"{machine.get('nproc')} cores" if machine.get("nproc") else "",
             "pinned (host core 1, load core 0)" if summary.get("pinned") else "unpinned"]
    return " · ".join(p for p in parts if p)


def main(argv):
    if not argv:
        sys.stderr.write(__doc__)
        return 2
    out_dir = argv[0]
    all_runs = runs(argv)
    subtitle = subtitle_of(all_runs[0][1]) if all_runs else ""
    if len(all_runs) > 1:
        subtitle = f"{len(all_runs)} runs overlaid (each series names its run's start): " + ", ".join(
            sorted({s.get('commit') or '?' for _, s in all_runs}))
    written = []

    def write(name, svg):
        if svg:
            with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
                f.write(svg)
            written.append(name)

    by_clients = grouped(all_runs, lambda e: e.get("clients") if not any(k in e for k in RATE_FIELDS) else None)
    if by_clients:
        write("latency-vs-clients.svg", latency_chart(by_clients, "Latency against clients (p99 solid, p50 dashed)", "clients", subtitle))
    by_rate = grouped(all_runs, lambda e: next((e[k] for k in RATE_FIELDS if isinstance(e.get(k), (int, float))), None))
    if by_rate:
        write("chat-latency-vs-rate.svg", latency_chart(by_rate, "Chat delivery latency against offered rate (p99 solid, p50 dashed)", "offered messages/s", subtitle))
    resources = os.path.join(out_dir, "resources.csv")
    if os.path.exists(resources):
        write("resources.svg", resources_chart(resources, os.path.join(out_dir, "phases.csv"), subtitle))
    print("plots: " + (", ".join(written) if written else "none (no data)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
