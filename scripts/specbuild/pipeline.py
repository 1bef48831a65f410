"""spec -> generated/docker_engine_api: the steps behind scripts/regenerate.

load (sha256-checked) -> spec/fixes.py -> converter -> openapi-python-client (in process,
with spec/generator-config.yaml and spec/templates; any warning fails the build like
``--fail-on-warning``, no project metadata like ``--meta none``) -> _operations.py and
_versions.py -> ruff (isolated, no cache) -> compare with or replace the committed package.
"""

from __future__ import annotations

import contextlib
import filecmp
import importlib.util
import io
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from . import bodies_emitter, converter, engine_emitter, naming, operations, sources

__all__ = [
    "GENERATED_DIR",
    "PACKAGE",
    "BuildError",
    "BuildResult",
    "build_package",
    "compare_trees",
    "count_operations",
    "load_fixes",
    "replace_tree",
]

PACKAGE = "docker_engine_api"
SPEC_DIR = sources.REPO_ROOT / "spec"
GENERATED_DIR = sources.REPO_ROOT / "generated" / PACKAGE
CONFIG_PATH = SPEC_DIR / "generator-config.yaml"
TEMPLATES_DIR = SPEC_DIR / "templates"
RESPONSE_KINDS_PATH = SPEC_DIR / "response-kinds.yaml"
NAMES_PATH = SPEC_DIR / "names.yaml"
VERSIONTABLE_PATH = Path(__file__).with_name("versiontable.py")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
# ruff settings for the output, independent of the repository's own ruff configuration
# (which excludes generated/)
_RUFF_OPTIONS = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]


class BuildError(RuntimeError):
    """Generation failed or produced something incomplete."""


@dataclass(frozen=True)
class BuildResult:
    """What one build produced (counts for reports and tests)."""

    version: str
    package_dir: Path
    operations: int
    models: int
    files: int
    fix_passes: list[str]
    version_table: bool


def load_fixes() -> ModuleType:
    """Import spec/fixes.py (spec/ is data, not a package)."""
    name = "dockerapi_spec_fixes"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SPEC_DIR / "fixes.py")
    if spec is None or spec.loader is None:
        raise BuildError("cannot load spec/fixes.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _load_versiontable() -> ModuleType | None:
    """scripts/specbuild/versiontable.py, written separately; optional until it exists."""
    if not VERSIONTABLE_PATH.exists():
        return None
    from . import versiontable  # type: ignore[attr-defined]

    module: ModuleType = versiontable
    return module


def count_operations(swagger: dict[str, Any]) -> int:
    """The number of operations a Swagger document declares."""
    return sum(1 for item in swagger["paths"].values() for method in item if method in HTTP_METHODS)


def _generate(document: dict[str, Any], package_dir: Path) -> Any:
    """Run openapi-python-client in process; returns its parsed GeneratorData."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_PATH),
        MetaType.NONE,
        document_source=package_dir.with_suffix(".json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    overrides = naming.load_overrides(NAMES_PATH)
    # names by our rule (scripts/specbuild/naming.py), for parsing and for rendering
    with naming.installed(overrides):
        openapi = GeneratorData.from_dict(document, config=config)
        if not isinstance(openapi, GeneratorData):
            raise BuildError(f"openapi-python-client rejected the document: {openapi}")
        naming.apply_parameter_overrides(openapi, document, overrides, config)
        naming.check_names(openapi)
        project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
        with contextlib.redirect_stdout(io.StringIO()):
            problems = project.build()
    if problems:  # warnings included: the equivalent of --fail-on-warning
        details = "\n".join(f"{p.level}: {p.header}: {p.detail}" for p in problems)
        raise BuildError(f"openapi-python-client reported {len(problems)} problem(s):\n{details}")
    return openapi


def _ruff(package_dir: Path) -> None:
    for args in (
        ["check", "--fix-only", "--select", "I,F401", "--exit-zero"],
        ["format"],
    ):
        # run from the parent: with the package as cwd, its types.py would shadow the stdlib's
        command = [sys.executable, "-m", "ruff", *args, *_RUFF_OPTIONS, package_dir.name]
        done = subprocess.run(
            command, cwd=package_dir.parent, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise BuildError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def build_package(
    version: str, out_root: Path, *, fetch: bool = False, version_table: bool = True
) -> BuildResult:
    """Generate the complete package for one API ``version`` as ``out_root/docker_engine_api``.

    ``version_table=False`` skips ``_versions.py`` (it reads every spec and is the same for
    all versions), which makes trial builds of other versions quicker.
    """
    fixes = load_fixes()
    swagger = sources.load_spec(version, fetch=fetch)
    fixed = fixes.apply_fixes(swagger, version)
    document = converter.convert(fixed)
    package_dir = out_root / PACKAGE
    if package_dir.exists():
        shutil.rmtree(package_dir)
    openapi = _generate(document, package_dir)

    expected = count_operations(swagger)
    generated = sum(len(c.endpoints) for c in openapi.endpoint_collections_by_tag.values())
    if generated != expected:
        raise BuildError(
            f"API {version}: {generated} operations generated, the spec has {expected}"
        )

    reviewed, renamed = operations.load_response_kinds(RESPONSE_KINDS_PATH)
    strict = version == sources.generation_version()
    source, indexed = operations.render_operations_module(
        openapi, document, PACKAGE, reviewed, strict=strict, renamed=renamed
    )
    if indexed != expected:
        raise BuildError(
            f"API {version}: _operations.py indexes {indexed} of {expected} operations"
        )
    (package_dir / "_operations.py").write_text(source, encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")

    # bodies.py: TypedDicts of the request-body models (scripts/specbuild/bodies_emitter.py)
    index = engine_emitter.load_index(package_dir)
    body_models = [op.body.model for op in index.OPERATIONS.values() if op.body and op.body.model]
    bodies_source, _roots = bodies_emitter.render_bodies_module(openapi, body_models)
    (package_dir / "bodies.py").write_text(bodies_source, encoding="utf-8")

    # engine.py: every operation as a typed method (scripts/specbuild/engine_emitter.py)
    bound = engine_emitter.write_engine_module(package_dir)
    if bound != expected:
        raise BuildError(f"API {version}: engine.py binds {bound} of {expected} operations")

    versiontable = _load_versiontable() if version_table else None
    if versiontable is not None:
        versiontable.write_version_module(
            sources.load_specs(fetch=fetch), package_dir / "_versions.py"
        )

    _ruff(package_dir)
    files = [p for p in package_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return BuildResult(
        version=version,
        package_dir=package_dir,
        operations=generated,
        models=len(openapi.models) + len(openapi.enums),
        files=len(files),
        fix_passes=[p.name for p in fixes.passes_for(version)],
        version_table=versiontable is not None,
    )


def _tree(root: Path) -> set[Path]:
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


def compare_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two package trees (added, removed or changed)."""
    want, have = _tree(expected), _tree(actual)
    differing = sorted(str(p) for p in want ^ have)
    differing += sorted(
        str(p) for p in want & have if not filecmp.cmp(expected / p, actual / p, shallow=False)
    )
    return sorted(differing)


def replace_tree(source: Path, target: Path) -> list[str]:
    """Make ``target`` identical to ``source``, touching only files that differ."""
    differing = (
        compare_trees(source, target) if target.exists() else sorted(map(str, _tree(source)))
    )
    for relative in differing:
        src, dst = source / relative, target / relative
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
        else:
            dst.unlink()
    # drop directories left empty (besides caches) by removed modules
    for directory in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if directory.name != "__pycache__" and not any(directory.iterdir()):
            directory.rmdir()
    return differing


def temporary_root() -> tempfile.TemporaryDirectory[str]:
    """A scratch directory for a build."""
    return tempfile.TemporaryDirectory(prefix="dockerapi-regenerate-")
