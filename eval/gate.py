"""CI gate: fail when a run's figures fall under the floors in eval/floors.json.

`python -m eval.gate REPORT.json [--floors FILE]` prints each gated figure beside its
floor and exits 1 when any is under (or missing). The floors sit just below the
figures measured with the default local model; eval/README.md records both.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FLOORS = Path(__file__).parent / "floors.json"


def check(report: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per gated figure; lines starting with FAIL are failures."""
    lines = []
    for dotted, floor in floors.items():
        value: Any = report
        for part in dotted.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        ok = isinstance(value, (int, float)) and value >= floor
        shown = f"{value:.3f}" if isinstance(value, (int, float)) else "missing"
        lines.append(f"{'ok  ' if ok else 'FAIL'} {dotted} = {shown} (floor {floor:.3f})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--floors", type=Path, default=FLOORS)
    args = parser.parse_args(argv)
    lines = check(json.loads(args.report.read_text()), json.loads(args.floors.read_text()))
    print("\n".join(lines))
    failed = [line for line in lines if line.startswith("FAIL")]
    print(f"eval gate: {'FAILED' if failed else 'passed'} ({len(failed)} under the floor)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
