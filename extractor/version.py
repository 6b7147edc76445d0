"""The package's version: from the installed distribution's metadata, else from pyproject.toml
beside the package (a source checkout run without installing)."""
from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "norsk-race-extractor"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_PROJECT_VERSION = re.compile(r'^\[project\][^\[]*?^version\s*=\s*"([^"]+)"', re.MULTILINE | re.DOTALL)


def package_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return pyproject_version(PYPROJECT) or "unknown"


def pyproject_version(path: Path) -> str | None:
    """`version` of the [project] table in a pyproject.toml, or None."""
    try:
        found = _PROJECT_VERSION.search(path.read_text(encoding="utf-8"))
    except OSError:
        return None
    return found.group(1) if found else None
