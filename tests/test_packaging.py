"""Packaging: a non-editable install works away from the checkout.

The wheel is built from this checkout and installed (not editable) into a fresh
virtual environment whose only other path is the dependencies' site-packages; then
`rag` runs from another directory: the prompt templates, the gold sets and the seed
articles must come from the installed package, never from the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.server  # builds and installs a wheel: a real subprocess world


def _sh(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with news-chat installed from a wheel; returns its bin folder."""
    work = tmp_path_factory.mktemp("pkg")
    source = work / "src"  # a copy of what git tracks: the build writes build/ beside it
    tracked = _sh(["git", "ls-files", "-z"], cwd=ROOT).split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    _sh([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
         work / "wheels", source], cwd=work)  # fmt: skip
    [wheel] = (work / "wheels").glob("news_chat-*.whl")
    _sh([sys.executable, "-m", "venv", work / "venv"], cwd=work)
    venv_bin = work / "venv" / "bin"
    _sh([venv_bin / "pip", "install", "--no-deps", "--no-index", wheel], cwd=work)
    site = next((work / "venv" / "lib").glob("python3.*/site-packages"))
    deps = sysconfig.get_paths()["purelib"]  # torch, chromadb, ... (not our editable finder)
    (site / "zz_dependencies.pth").write_text(deps + "\n")
    return venv_bin


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "PYTHON"))}
    return {**env, "RAG_DATA_DIR": str(home / "data")}


def test_installed_package_carries_its_prompts_gold_sets_and_seeds(
    installed: Path, tmp_path: Path
) -> None:
    code = (
        "import rag, eval.dataset as d; from rag.config import Config; "
        "print(rag.__file__); print(Config().prompts_dir); "
        "print(d.SETS['seeds'][0]); print(d.SETS['seeds'][1]); print(d.SETS['newsroom'][1])"
    )
    paths = _sh([installed / "python", "-c", code], cwd=tmp_path, env=_env(tmp_path)).split()
    venv = installed.parent
    for path in map(Path, paths):
        assert path.exists(), path
        assert venv in path.parents and ROOT not in path.parents, path
    assert (Path(paths[1]) / "answer_system.txt").is_file()
    assert sorted(p.name for p in Path(paths[3]).glob("*.txt")) == sorted(
        p.name for p in (ROOT / "seeds").glob("*.txt")
    )


def test_installed_rag_ingests_and_answers_from_another_directory(
    installed: Path, tmp_path: Path
) -> None:
    env = _env(tmp_path)
    seeds = installed.parent / "share" / "news-chat" / "seeds"
    out = _sh([installed / "rag", "ingest", seeds], cwd=tmp_path, env=env)
    assert "3 added" in out
    out = _sh(
        [installed / "rag", "ask", "--model", "tiny", "--json", "Why did Putin cancel his visit?"],
        cwd=tmp_path,
        env=env,
    )
    answer = json.loads(out)
    ids = {h["chunk"]["article_id"] for h in answer["passages"]}
    assert ids and ids <= {p.stem for p in seeds.glob("*.txt")}
    assert answer["text"].strip() and answer["model"]
