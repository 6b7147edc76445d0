"""The published JSON Schema of a race record, and a validator for it."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def record_schema() -> dict:
    return json.loads(resources.files(__package__).joinpath("race_record.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator
    return Draft202012Validator(record_schema())


def validation_errors(record: dict) -> list[str]:
    """Every way the record breaks the schema; [] when it is valid."""
    return [f"{'/'.join(map(str, e.path)) or '(record)'}: {e.message}" for e in _validator().iter_errors(record)]
