#!/usr/bin/env python3
"""Tests of the benchmark's Python tools (summary.py, plot.py): python3 etc/bench/test_tools.py"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import plot  # noqa: E402
import summary  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


class SummaryTests(unittest.TestCase):
    def test_wrk_latencies_become_milliseconds(self):
        self.assertEqual(summary.number("850.00us"), 0.85)
        self.assertEqual(summary.number("27.39ms"), 27.39)
        self.assertEqual(summary.number("1.21s"), 1210.0)
        self.assertEqual(summary.number("2.00m"), 120000.0)

    def test_numbers_and_text_keep_their_kind(self):
        self.assertEqual(summary.number("50"), 50)
        self.assertEqual(summary.number("1598.37"), 1598.37)
        self.assertEqual(summary.number("recruiting list (20)"), "recruiting list (20)")
        self.assertIsNone(summary.number(""))

    def test_record_then_gather_makes_summary_json(self):
        with tempfile.TemporaryDirectory() as out:
            env = dict(os.environ, BENCH_SUMMARY=os.path.join(out, "summary.jsonl"), BENCH_MODE="sqlite", BENCH_PINNED="1",
                       BENCH_COMMIT="abc1234-dirty", BENCH_DATE="2026-12-01T00:00:00Z")
            tool = os.path.join(HERE, "summary.py")
            subprocess.run([sys.executable, tool, "record", "nearby", "clients=50", "p50Ms=850.00us", "p99Ms=1.02s",
                            "reqPerSec=2599.58"], env=env, check=True)
            subprocess.run([sys.executable, tool, "gather", out, "bash etc/bench/run.sh sqlite 5"], env=env, check=True)
            with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
                result = json.load(f)
        self.assertEqual(result["commit"], "abc1234-dirty")
        self.assertEqual(result["command"], "bash etc/bench/run.sh sqlite 5")
        self.assertTrue(result["pinned"])
        self.assertGreaterEqual(result["machine"]["nproc"], 1)
        [entry] = result["workloads"]
        self.assertEqual((entry["workload"], entry["mode"], entry["pinned"]), ("nearby", "sqlite", True))
        self.assertEqual((entry["clients"], entry["p50Ms"], entry["p99Ms"], entry["reqPerSec"]), (50, 0.85, 1020.0, 2599.58))

    def test_sampler_reads_this_process(self):
        cpu, rss = summary.read_proc(str(os.getpid()), summary.children_by_parent())
        self.assertGreater(rss, 1)
        self.assertGreaterEqual(cpu, 0)
        self.assertIsNone(summary.read_proc("999999999", {}))


class PlotTests(unittest.TestCase):
    def run_dir(self, out, workloads, resources=None, phases=None):
        with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
            json.dump({"commit": "abc1234", "date": "2026-12-01T00:00:00Z", "machine": {"nproc": 2}, "workloads": workloads}, f)
        if resources:
            with open(os.path.join(out, "resources.csv"), "w", encoding="utf-8") as f:
                f.write("seconds,name,pid,cpuPct,rssMiB\n" + "".join(f"{t},{n},1,{c},{r}\n" for t, n, c, r in resources))
        if phases:
            with open(os.path.join(out, "phases.csv"), "w", encoding="utf-8") as f:
                f.write("seconds,phase\n" + "".join(f"{t},{p}\n" for t, p in phases))

    def test_each_plot_has_its_points_and_legend(self):
        with tempfile.TemporaryDirectory() as out:
            self.run_dir(out, [
                {"workload": "live", "mode": "embedded", "clients": 1000, "p50Ms": 0.6, "p99Ms": 3.3},
                {"workload": "live", "mode": "embedded", "clients": 10000, "p50Ms": 2.7, "p99Ms": 2800},
                {"workload": "chatrooms", "rooms": 500, "members": 10, "clients": 5000, "offeredMsgsPerSec": 2000, "p50Ms": 5, "p99Ms": 90},
                {"workload": "joinleave", "clients": 50},  # no latencies: not drawn
            ], resources=[(1, "host", 20, 200), (2, "host", 80, 210), (2, "redis", 5, 12)], phases=[(1.5, "live 1000")])
            self.assertEqual(plot.main([out]), 0)
            clients = ET.parse(os.path.join(out, "latency-vs-clients.svg")).getroot()
            rate = ET.parse(os.path.join(out, "chat-latency-vs-rate.svg")).getroot()
            resources = ET.parse(os.path.join(out, "resources.svg")).getroot()

        texts = lambda root: [t.text for t in root.iter(SVG + "text")]  # noqa: E731
        # Two clients counts, p50 and p99 each: four points; the chat-rooms entry is drawn against its rate only.
        self.assertEqual(len(list(clients.iter(SVG + "circle"))), 4)
        self.assertIn("live (embedded)", texts(clients))
        self.assertEqual(len(list(rate.iter(SVG + "circle"))), 2)
        self.assertIn("chatrooms 500×10", texts(rate))
        self.assertIn("live 1000", texts(resources))
        self.assertTrue(any(t and t.startswith("host (peak 80% CPU, 210 MiB)") for t in texts(resources)))
        self.assertTrue(any(t and t.startswith("redis") for t in texts(resources)))

    def test_a_plot_without_data_is_not_written(self):
        with tempfile.TemporaryDirectory() as out:
            self.run_dir(out, [{"workload": "live", "clients": 1000, "p50Ms": 0.6, "p99Ms": 3.3}])
            self.assertEqual(plot.main([out]), 0)
            self.assertEqual(sorted(f for f in os.listdir(out) if f.endswith(".svg")), ["latency-vs-clients.svg"])

    def test_log_axis_spans_whole_decades(self):
        axis = plot.Axis([0.6, 2800], 500, 0, log=True)
        self.assertEqual((axis.lo, axis.hi), (0.1, 10000))
        self.assertEqual(axis(0.1), 500)
        self.assertEqual(axis(10000), 0)


if __name__ == "__main__":
    unittest.main()
