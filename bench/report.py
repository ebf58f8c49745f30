"""Report: the sections as plain-text tables (stdout) and as markdown (benchmarks.md)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bench.common import Section

HEADERS = ["", "measure", "unit", "median", "p95", "min", "max", "n", "ratio", "baseline"]


def fmt(x: float | None) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


def measure_rows(section: Section) -> list[list[str]]:
    rows = []
    for m in section.measures:
        s = m.summary()
        ratio = section.ratio(m)
        rows.append(
            [
                m.group,
                m.label,
                m.unit + (" ↑" if m.higher_is_better else ""),
                fmt(s["median"]),
                fmt(s["p95"]),
                fmt(s["min"]),
                fmt(s["max"]),
                str(s["n"]),
                "-" if ratio is None else f"{ratio:.2f}×",
                m.baseline or "",
            ]
        )
    return rows


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths)), line]
    out += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(out)


def md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cell(value: object) -> str:
        return str(value).replace("|", "\\|") or " "

    out = ["| " + " | ".join(cell(h) for h in headers) + " |"]
    out.append("|" + "|".join(" --- " for _ in headers) + "|")
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def as_text(section: Section) -> str:
    parts = [f"== {section.title} ({section.seconds:.0f} s) =="]
    if section.measures:
        parts.append(text_table(HEADERS, measure_rows(section)))
    for table in section.tables:
        parts += ["", table.title, text_table(table.headers, table.rows)]
    parts += [f"* {v}" for v in section.verdicts]
    return "\n".join(parts)


def machine_text(info: dict[str, str]) -> str:
    width = max(len(k) for k in info)
    return "== Machine ==\n" + "\n".join(f"{k.ljust(width)}  {v}" for k, v in info.items())


def as_markdown(info: dict[str, str], sections: Sequence[Section], command: str) -> str:
    parts = [
        "# Benchmarks",
        "",
        f"Produced by `{command}` (code in `bench/`, see bench/README.md). Every figure is "
        "the median over repeated runs, with p95, min, max and the number of runs n; "
        "**ratio** = our median / the median of the raw-library baseline named beside it "
        "(for rows marked ↑ higher is better, otherwise lower is better).",
        "",
        "## Machine",
        "",
        md_table(["", ""], [[k, v] for k, v in info.items()]),
    ]
    for section in sections:
        parts += ["", f"## {section.title}", ""]
        if section.verdicts:
            parts += [f"- **{v}**" for v in section.verdicts] + [""]
        if section.measures:
            parts += [md_table(HEADERS, measure_rows(section)), ""]
        for table in section.tables:
            parts += [f"**{table.title}**", "", md_table(table.headers, table.rows), ""]
        if section.notes:
            parts += ["How it was measured:", ""] + [f"- {n}" for n in section.notes]
        parts.append(f"\n_({section.seconds:.0f} s)_")
    return "\n".join(parts) + "\n"
