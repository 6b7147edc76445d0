"""Teams: clubs and nations that run relays ("IK Tjalve", "Ullensaker/Kisa IL", "Fana IL",
"Malmö AI", "Tjalve", "Norge"), and descriptions of them ("laget", "klubben", "Oslo-klubben").

A team is an athlete only in a relay article (see `relay_article`); elsewhere "fra IK Tjalve" is
where a runner comes from.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import cued_search
from ..mentions import Claimed, Mention
from .athletes import CLUB_ACRONYMS, clubs
from .nationalities import adjective_codes, country_codes

_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*+(?:/\p{Lu}\p{Ll}+)?"
_ACRONYMS = "|".join(sorted(CLUB_ACRONYMS | {"AI", "IFK", "OK"}, key=len, reverse=True))
_PREFIXED = regex.compile(rf"(?<![\w/-])(?:{_ACRONYMS})\s{_WORD}(?![\w/-])")
_SUFFIXED = regex.compile(rf"(?<![\w/-]){_WORD}(?:\s{_WORD})?\s(?:{_ACRONYMS})(?![\w/-])")
_BARE = regex.compile(rf"(?<![\w/-])(?:\p{{Lu}}\p{{Ll}}+klubben\s)?(?P<name>{_WORD}|BUL)(?P<poss>(?<=BUL)s)?(?![\w/-])")
_DESCRIPTION = regex.compile(r"(?<![\w-])(?:[Ll]aget|[Kk]lubben|\p{Lu}[\p{L}]+-klubben|[Vv]innerlaget|[Vv]innarlaget)(?![\w-])")
_PLACE_BEFORE = regex.compile(r"(?:\b(?:i|på|fra|frå|til|ved|mot)\s)$", regex.I)
# "Det norske stafettlaget", "De norske stafettjentene", "dei svenske gutane": a nation's relay team, the nation
_NATION_TEAM = regex.compile(r"(?<![\w-])(?:[Dd]et|[Dd]e|[Dd]ei)\s+(?P<adj>\p{Ll}+e)\s+"
                             r"stafett(?:laget|jentene|gutta|guttene|gutane|kvartetten)(?![\w-])")
_RELAY = regex.compile(r"stafett|\d\s?[x×]\s?\d{2,4}|\betappe|kvartett|\blaget\b", regex.I)


def find_teams(text: str) -> list[Mention]:
    out: list[Mention] = []
    for pattern in (_PREFIXED, _SUFFIXED):
        taken = Claimed(out)            # the matches of one finditer never overlap each other
        for m in pattern.finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                out.append(Mention("team", m.start(), m.end(), m.group(), " ".join(m.group().split()), {"form": "club"}))
    known, countries = clubs(), country_codes()
    taken = Claimed(out)
    for m in _BARE.finditer(text):
        name, possessive = m["name"], bool(m["poss"])
        if name not in known and name.endswith("s") and name[:-1] in known:
            name, possessive = name[:-1], True          # "Tjalves kvinner"
        if taken.overlaps(m.start("name"), m.end("name")):
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue                                     # "i Oslo", "fra Bergen": a place
        if name in known or name in CLUB_ACRONYMS:
            end = m.start("name") + len(name)
            out.append(Mention("team", m.start("name"), end, text[m.start("name"):end], name, {"form": "club", "possessive": possessive}))
        elif name in countries and not m["poss"]:
            out.append(Mention("team", m.start("name"), m.end("name"), name, name, {"form": "nation", "code": countries[name]}))
    taken = Claimed(out)
    for m in _NATION_TEAM.finditer(text):
        code = adjective_codes().get(m["adj"].lower()) or adjective_codes().get(m["adj"].lower()[:-1])
        if code and not taken.overlaps(m.start(), m.end()):
            name = _country_names().get(code, code)
            out.append(Mention("team", m.start(), m.end(), m.group(), name, {"form": "nation", "code": code, "described": True}))
    taken = Claimed(out)
    for m in _DESCRIPTION.finditer(text):
        if not taken.overlaps(m.start(), m.end()):
            out.append(Mention("team", m.start(), m.end(), m.group(), None, {"form": "description"}))
    out.sort(key=lambda x: x.start)
    return out


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """IOC code -> the country's first name in the lexicon ("NOR" -> "Norge")."""
    names: dict[str, str] = {}
    for name, code in country_codes().items():
        names.setdefault(code, name)
    return names


def relay_article(text: str, meets: list[Mention], teams: list[Mention], placings: list[Mention]) -> bool:
    """An article about a relay meet ("Holmenkollstafetten") naming at least two teams: every
    result in it is a team's. The relay meet must be told with a result in its sentence ("Varegg ble
    treer i Holmenkollstafetten"), not named in passing ("bare Holmenkollstafetten og Oslo maraton
    samler flere deltakere") nor in a page's menu ("Invitasjon Oldestafetten 21.04.24")."""
    named = {t.value for t in teams if t.value}
    return len(named) >= 2 and any("stafett" in str(m.value).lower() and _told_with_result(text, m, placings) for m in meets)


_SENTENCE_BREAK = regex.compile(r"[.!?](?=\s+[\p{Lu}«–-])|\n")      # not "den 89. utgaven"
_SENTENCE_REACH = 300


def _told_with_result(text: str, meet: Mention, placings: list[Mention]) -> bool:
    before = [b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, meet.start - _SENTENCE_REACH), meet.start)]
    start = before[-1] if before else max(0, meet.start - _SENTENCE_REACH)
    after = _SENTENCE_BREAK.search(text, meet.end, meet.end + _SENTENCE_REACH)
    end = after.start() if after else meet.end + _SENTENCE_REACH
    return any(start <= p.start < end for p in placings)


# One of these, case-folded, is in every match of _RELAY: most sentences hold none, and a look for them first spares
# trying _RELAY at every position of each sentence.
_RELAY_WORDS = ("stafett", "etappe", "kvartett", "laget", "x", "×")


def relay_sentence(sentence: str) -> bool:
    """A sentence about a relay inside an article about other races: "Fana vann 4x100 meter"."""
    return cued_search(_RELAY, _RELAY_WORDS, sentence) is not None
