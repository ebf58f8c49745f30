"""`python -m bench [--quick] [--only ingest,retrieval,...] [--out bench/results]`.

Each benchmark runs in a child process of its own (`--child NAME`), so models,
memory and the OpenMP settings of one never leak into the next, and one failure
does not lose the others. Unless the environment sets OMP_WAIT_POLICY, the parent
sets PASSIVE (as the Makefile does) for every child, so our side and the raw
side run under the same OpenMP policy; bench/threads.py measures the alternatives.
The parent prints the machine, one table per benchmark,
and writes `results.json` and `benchmarks.md` (ready for docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ROOT, Section, Stopwatch, child_env, load_average, log, machine
from bench.report import as_markdown, as_text, machine_text

BENCHMARKS = (
    "ingest",
    "retrieval",
    "answer",
    "extraction",
    "daycheck",
    "claimcheck",
    "startup",
    "memory",
    "backends",
    "syndication",
)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, few repeats (smoke)")
    parser.add_argument(
        "--only", default=",".join(BENCHMARKS), help=f"comma-separated subset of {BENCHMARKS}"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "bench" / "results",
        help="folder for results.json, benchmarks.md and each benchmark's JSON "
        "(default bench/results)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    unknown = set(args.only.split(",")) - set(BENCHMARKS)
    if unknown:
        parser.error(f"--only: expected names from {', '.join(BENCHMARKS)}, got {sorted(unknown)}")
    return args


def child(name: str, quick: bool, out: Path) -> None:
    """Run one benchmark in this process and write its Section as JSON."""
    from rag.config import apply_runtime_env

    apply_runtime_env()
    watch = Stopwatch()
    section: Section = importlib.import_module(f"bench.{name}").run(quick)
    section.seconds = watch()
    out.write_text(json.dumps(section.to_json(), indent=1))


def run_child(name: str, quick: bool, out: Path) -> Section:
    path = out / f"{name}.json"
    path.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench", "--child", name, "--json", str(path)]
    log(f"{name}: starting")
    watch = Stopwatch()
    done = subprocess.run(command + (["--quick"] if quick else []), env=child_env(), cwd=ROOT)
    if done.returncode != 0 or not path.is_file():
        return Section(
            name,
            f"{name} (FAILED)",
            notes=[f"exit code {done.returncode}; see stderr"],
            seconds=watch(),
        )
    return Section.from_json(json.loads(path.read_text()))


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.child:
        child(args.child, args.quick, args.json)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    given = os.environ.get("OMP_WAIT_POLICY")
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # as the Makefile exports it; both sides
    info = machine()
    if given is None:
        info["OMP_WAIT_POLICY"] += " (unset in the environment; bench sets it, as make does)"
    info["mode"] = "quick (smoke sizes)" if args.quick else "full"
    info["started"] = time.strftime("%Y-%m-%d %H:%M:%S")
    print(machine_text(info), flush=True)
    sections = []
    for name in args.only.split(","):
        section = run_child(name, args.quick, args.out)
        sections.append(section)
        print("\n" + as_text(section), flush=True)
    info["load average at end (1/5/15 min)"] = load_average()
    command = "python -m bench" + (" --quick" if args.quick else "")
    if args.only != ",".join(BENCHMARKS):
        command += f" --only {args.only}"
    results = {"machine": info, "command": command, "sections": [s.to_json() for s in sections]}
    (args.out / "results.json").write_text(json.dumps(results, indent=1))
    (args.out / "benchmarks.md").write_text(as_markdown(info, sections, command))
    print(f"\nwrote {args.out / 'results.json'} and {args.out / 'benchmarks.md'}")
    return 0 if all("FAILED" not in s.title for s in sections) else 1


if __name__ == "__main__":
    sys.exit(main())
