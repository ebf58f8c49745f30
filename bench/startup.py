"""Start-up: from launching `rag chat` to the page answering, and import times.

`rag chat --port P --data-dir TMP --model tiny` (the seeds ingested beforehand) is
started as a child process; the clock runs from the launch to HTTP 200 at / and on
to the first complete answer through gradio_client. Beside it, in the same run, the
bare baseline app (bench/bare_chat.py: SentenceTransformer + Chroma + llama.cpp +
gr.ChatInterface) over the same seeds and model. Then the wall time of
`python -c "import rag"`, `python -c "import rag.cli"` and `rag --help` against the
bare interpreter (`python -c pass`), and `-X importtime`'s own figure for `rag`.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import serve
from bench.common import VENV_BIN, Measure, Section, alternate, child_env, log, wall

PLANS = {"full": (3, 7), "quick": (1, 3)}  # (launches of each app, runs of each import)
MODEL = "tiny"
OURS, BARE = "ours: rag chat --model tiny", "bare app (ST + Chroma + llama.cpp + ChatInterface)"


def run(quick: bool) -> Section:
    launches, imports = PLANS["quick" if quick else "full"]
    section = Section("startup", "Start-up: launch to page, and import time")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        log("startup: ingesting the seeds for both apps")
        serve.prepare(Path(tmp))
        _launches(section, Path(tmp), launches)
    _imports(section, imports)
    section.notes += [
        "The seeds are ingested before any launch (Index.ingest + Index.lexical, as `rag "
        "ingest seeds/` does, and the bare app's own collection); each launch is a fresh "
        "process on the same data; the two apps take turns (ours first on even repeats). "
        "'to first answer' = launch → page → gradio_client connects → one question answered "
        "in full.",
        "`rag chat` at start-up loads the embedding model, opens Chroma, loads the BM25 index, "
        "builds the Gradio app, loads the model and evaluates the system prompt (warm); the "
        "bare app loads the same models and opens Chroma, and does not pre-evaluate a prompt.",
        "Imports: wall time of a fresh interpreter each run; ratio to `python -c pass`. "
        "'-X importtime' is the interpreter's own cumulative figure for the `rag` package.",
    ]
    return section


def _launches(section: Section, data: Path, repeats: int) -> None:
    times: dict[str, dict[str, list[float]]] = {OURS: {}, BARE: {}}
    for i in range(repeats):
        for label in alternate(i, OURS, BARE):
            kind = "rag" if label == OURS else "bare"
            log(f"startup: launching {kind} ({i + 1}/{repeats})")
            with serve.launched(kind, data, MODEL) as app:
                page = serve.wait_page(app)
                serve.ask(app, serve.client(app), serve.QUESTIONS[0], MODEL)
                answered = app.watch()
            times[label].setdefault("s to HTTP 200", []).append(page)
            times[label].setdefault("s to first answer", []).append(answered)
    for label in (BARE, OURS):
        for unit, values in times[label].items():
            baseline = BARE if label == OURS else None
            section.add(Measure(label, unit, values, baseline, group="rag chat (seeds, tiny)"))
    measure = section.find(OURS, "rag chat (seeds, tiny)", "s to HTTP 200")
    ratio = section.ratio(measure) if measure is not None else None
    if ratio is not None:
        section.verdicts.append(f"rag chat reaches HTTP 200 in {ratio:.2f}× the bare app's time")


def _imports(section: Section, repeats: int) -> None:
    python = sys.executable
    commands = {
        "python -c pass": [python, "-c", "pass"],
        'python -c "import rag"': [python, "-c", "import rag"],
        'python -c "import rag.cli"': [python, "-c", "import rag.cli"],
        "rag --help": [str(VENV_BIN / "rag"), "--help"],
    }
    env = child_env()
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(repeats):
        for label, command in commands.items():
            times[label].append(wall(command, env))
    for label, values in times.items():
        baseline = None if label == "python -c pass" else "python -c pass"
        section.add(Measure(label, "s", values, baseline, group="imports"))
    section.add(
        Measure(
            "-X importtime: rag (cumulative)",
            "ms",
            [_importtime("rag", env) for _ in range(repeats)],
            group="imports",
        )
    )
    section.add(
        Measure(
            "-X importtime: rag.cli (cumulative)",
            "ms",
            [_importtime("rag.cli", env) for _ in range(repeats)],
            group="imports",
        )
    )


def _importtime(module: str, env: dict[str, str]) -> float:
    """The cumulative import time (ms) `python -X importtime` reports for `module`."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|\s+(.*)$", line)
        if match and match.group(2).strip() == module:
            return int(match.group(1)) / 1000
    raise RuntimeError(f"-X importtime printed nothing for {module}")
