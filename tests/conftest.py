from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SHARED / "seed" / "bowerman-mile-2024.txt"
    if not path.exists():
        pytest.skip(f"the seed article is not here ({path}): it lives in the shared folder beside the repository")
    return path.read_text(encoding="utf-8")
