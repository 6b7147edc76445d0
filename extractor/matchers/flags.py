"""Record flags: PB SB NR ER WR WL MR season_debut DNF DQ DNS from the phrases in flags.tsv;
"=" in front when the record was equalled ("tangerte den norske rekorden" -> "=NR")."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import rows
from ..mentions import Mention

_EQUALLED_BEFORE = regex.compile(r"(?:tangert|tangerte|tangerer|tangere|tangering|utlignet|utliknet|likt med)\s+(?:\w+\s+){0,3}$", regex.I)
_NEGATED_BEFORE = regex.compile(r"(?:\bikke|\bikkje|\baldri|\bmot|\bnær|\bunder|\bbak|\bover|\bfra)\s+(?:\w+\s+){0,1}$", regex.I)


@lru_cache(maxsize=1)
def _pattern():
    parts = []
    for i, (expression, flag) in enumerate(rows("flags.tsv")):
        parts.append(f"(?P<f{i}>{expression})")
    flags = [flag for _expr, flag in rows("flags.tsv")]
    case_sensitive = {"DNF", "DNS", "DQ", "DSQ", "PB", "SB", "NR", "WL", "MR", "WR", "ER"}
    return regex.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", regex.I), flags, case_sensitive


def find_flags(text: str) -> list[Mention]:
    pattern, flags, case_sensitive = _pattern()
    out = []
    for m in pattern.finditer(text):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        flag = flags[index]
        if m.group().upper() in case_sensitive and not m.group().isupper():
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if _NEGATED_BEFORE.search(before):
            continue
        if _EQUALLED_BEFORE.search(before):
            flag = "=" + flag
        out.append(Mention("flag", m.start(), m.end(), m.group(), flag))
    return out
