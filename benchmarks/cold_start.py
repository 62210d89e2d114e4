"""Cold start: how long `import summarizer` and `summarizer --help` take in a fresh process.

    python benchmarks/cold_start.py [--runs N] [--json]

Each figure is a fresh interpreter started N times (like hyperfine): the wall time of the whole
process, and for the import also the time of the `import` statement alone. Medians are compared
with the goals (import <= 0.3 s, --help <= 0.5 s); the minimum shows what an idle machine does.
A bare `python -c pass` is timed as well, so the interpreter's own start is visible, and the CPU
time (user + system) of each process, which a busy machine inflates far less than wall time. The
heaviest modules `import summarizer` loads are listed from `python -X importtime`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

GOALS = {"import summarizer": 0.3, "summarizer --help": 0.5}
HEAVY = ("torch", "transformers", "numpy", "ctranslate2", "gradio", "sentencepiece",
         "huggingface_hub", "langdetect", "yaml")


def _help_command() -> list[str]:
    """The installed console script next to this interpreter, else the same entry point."""
    script = Path(sys.executable).parent / "summarizer"
    if script.is_file():
        return [str(script), "--help"]
    found = shutil.which("summarizer")
    if found:
        return [found, "--help"]
    return [sys.executable, "-c", "import sys; from summarizer.cli import main; "
            "sys.exit(main(['--help']))"]


def _wall(command: list[str], runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall seconds of each run; `cpu` collects each run's user + system CPU seconds."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cpu is not None:
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times


def _import_only(runs: int) -> list[float]:
    code = ("import time; started = time.perf_counter(); import summarizer; "
            "print(time.perf_counter() - started)")
    return [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                 text=True).stdout) for _ in range(runs)]


def heaviest_imports(count: int = 6) -> list[tuple[str, float]]:
    """The modules below `summarizer` with the largest cumulative import time (one
    `python -X importtime` run; a package's time includes what it imports)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import summarizer"],
                          check=True, capture_output=True, text=True)
    lines = done.stderr.splitlines()
    end = next(i for i, line in enumerate(lines) if line.endswith("| summarizer"))
    start = max((i for i, line in enumerate(lines[:end]) if line.split("|")[-1][1:2] != " "
                 and i < end), default=-1) + 1  # the first line of summarizer's own subtree
    modules = []
    for line in lines[start:end]:
        _, cumulative, name = line.split("|")
        modules.append((name.strip(), int(cumulative) / 1e6))
    return sorted(modules, key=lambda item: -item[1])[:count]


def summary(times: list[float]) -> dict[str, float]:
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
            "max_s": round(max(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    _wall([sys.executable, "-c", "import summarizer"], 1)  # compile .pyc files first
    cpu: dict[str, list[float]] = {"python -c pass": [], "import summarizer": [],
                                   "summarizer --help": []}
    report = {
        "runs": args.runs,
        "python -c pass": summary(_wall([sys.executable, "-c", "pass"], args.runs,
                                        cpu["python -c pass"])),
        "import summarizer": summary(_wall([sys.executable, "-c", "import summarizer"],
                                           args.runs, cpu["import summarizer"])),
        "import statement alone": summary(_import_only(args.runs)),
        "summarizer --help": summary(_wall(_help_command(), args.runs,
                                           cpu["summarizer --help"])),
        "heavy modules loaded by import summarizer": [],
        "top-level imports by cumulative time": {
            name: round(seconds, 3) for name, seconds in heaviest_imports()},
        "load_average": round(os.getloadavg()[0], 1),
        "cpu_cores": len(os.sched_getaffinity(0)),
    }
    loaded = subprocess.run([sys.executable, "-c", "import sys, summarizer; print(' '.join("
                             "sorted(m for m in sys.modules if '.' not in m)))"],
                            check=True, capture_output=True, text=True).stdout.split()
    report["heavy modules loaded by import summarizer"] = [m for m in HEAVY if m in loaded]
    for name, seconds in cpu.items():  # CPU time: what a busy machine's wall time hides
        report[name]["cpu_median_s"] = round(statistics.median(seconds), 3)
    report["goals"] = {name: {"median_s": goal, "met": report[name]["median_s"] <= goal}
                       for name, goal in GOALS.items()}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"cold start, {args.runs} fresh processes each ({report['cpu_cores']} cores, load "
          f"average {report['load_average']})")
    print(f"{'':<26} {'median s':>9} {'min s':>7} {'max s':>7} {'CPU s':>6}  goal")
    for name in ("python -c pass", "import summarizer", "import statement alone",
                 "summarizer --help"):
        row = report[name]
        goal = report["goals"].get(name)
        verdict = (f"<= {goal['median_s']} s: {'met' if goal['met'] else 'NOT met'}"
                   if goal else "")
        cpu_s = f"{row['cpu_median_s']:.3f}" if "cpu_median_s" in row else ""
        print(f"{name:<26} {row['median_s']:>9.3f} {row['min_s']:>7.3f} {row['max_s']:>7.3f} "
              f"{cpu_s:>6}  {verdict}")
    heavy = report["heavy modules loaded by import summarizer"]
    print(f"heavy modules loaded by `import summarizer`: {', '.join(heavy) or 'none'}")
    print("slowest imports under summarizer: " + ", ".join(
        f"{name} {seconds * 1000:.0f} ms"
        for name, seconds in report["top-level imports by cumulative time"].items()))


if __name__ == "__main__":
    main()
