"""Nationalities -> IOC codes: adjectives ("kenyanske Mary Keitany"), person nouns ("nordmannen",
"kenyaneren": also a reference to an athlete) and countries ("fra Kenya", "Jakob Ingebrigtsen, Norge 18.39")."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..gazetteer import Gazetteer
from ..lexicons import rows
from ..mentions import Claimed, Mention


@lru_cache(maxsize=1)
def _table():
    adjectives, nouns, countries = {}, {}, {}
    for row in rows("nationalities.tsv"):
        code, names = row[0], row[1]
        for country in names.split(","):
            countries[country.strip()] = code
        if len(row) > 2 and row[2]:
            for stem in row[2].split(","):
                stem = stem.strip().lower()
                for form in (stem, stem + "e", stem + "t"):
                    adjectives.setdefault(form, code)
        if len(row) > 3 and row[3]:
            for noun in row[3].split(","):
                noun = noun.strip().lower()
                forms = {noun}
                if not noun.endswith("en"):
                    forms.add(noun + ("n" if noun.endswith("e") else "en"))
                for form in forms:
                    nouns.setdefault(form, code)
    return adjectives, nouns, countries


@lru_cache(maxsize=1)
def group_codes() -> dict[str, str]:
    """Plural person nouns ("nordmenn", "nordmennene", "svenskane") -> IOC code: a group, never one athlete."""
    return {noun.strip().lower(): row[0] for row in rows("nationalities.tsv") if len(row) > 4 and row[4]
            for noun in row[4].split(",")}


def adjective_codes() -> dict[str, str]:
    return _table()[0]


def noun_codes() -> dict[str, str]:
    return _table()[1]


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """The IOC codes the lexicon knows ("NOR", "KEN" ...)."""
    return frozenset(row[0] for row in rows("nationalities.tsv"))


_BRACKETED_CODE = regex.compile(r"(?<=\p{L}\s)\((?P<code>\p{Lu}{3})\)")
# after a name, or after a result table's birth-date column: "NORDÅS 30.sep.98 NOR 3:30.73"
_IOC_CODE = regex.compile(r"(?<=[\p{L}\d]\s)\p{Lu}{3}(?=\s+(?:\d|DNF|DNS|DQ|DSQ)|\s*$)", regex.M)

# a result table's nation column before a "SURNAME Given" name: "2 NED CLARKE Ryan 1:44.83"
_CODE_BEFORE_NAME = regex.compile(r"(?<![\w-])\p{Lu}{3}(?=[ ]\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?[ ]\p{Lu}\p{Ll})")


def country_codes() -> dict[str, str]:
    return _table()[2]


@lru_cache(maxsize=1)
def _gazetteers() -> tuple[Gazetteer, Gazetteer, Gazetteer]:
    adjectives, nouns, countries = _table()
    return Gazetteer(adjectives, ignore_case=True), Gazetteer(nouns, ignore_case=True), Gazetteer(countries)


@lru_cache(maxsize=1)
def _genitives() -> tuple[dict[str, str], Gazetteer]:
    """"Nederlands", "Finlands", "Tysklands": a country's genitive, before the name of one of its athletes."""
    forms = {name + "s": code for name, code in _table()[2].items() if " " not in name and not name.endswith(("s", "x", "z"))}
    return forms, Gazetteer(forms)


def find_nationalities(text: str) -> list[Mention]:
    """Adjectives (kind nationality, info form=adjective), nouns (form=noun: also a reference to
    an athlete), countries (form=country)."""
    adjective_list, noun_list, country_list = _gazetteers()
    adjectives, nouns, countries = _table()
    out = []
    for start, end, word in noun_list.finditer(text):
        definite = word.lower().endswith(("en", "ar"))
        out.append(Mention("nationality", start, end, word, nouns[word.lower()], {"form": "noun", "definite": definite}))
    taken = Claimed(out)
    for start, end, word in adjective_list.finditer(text):
        if taken.overlaps(start, end):
            continue
        out.append(Mention("nationality", start, end, word, adjectives[word.lower()], {"form": "adjective"}))
    for m in _IOC_CODE.finditer(text):
        if m.group() in codes():
            out.append(Mention("nationality", m.start(), m.end(), m.group(), m.group(), {"form": "code"}))    # "HYNNE Hedda NOR 1;59;63"
    for m in _CODE_BEFORE_NAME.finditer(text):
        if m.group() in codes():
            out.append(Mention("nationality", m.start(), m.end(), m.group(), m.group(), {"form": "code_before"}))
    from .athletes import CLUB_ACRONYMS         # (athletes imports this module)
    for m in _BRACKETED_CODE.finditer(text):
        if m["code"] in codes() and m["code"] not in CLUB_ACRONYMS:     # "Mattias Orheim (BUL)": a club, not Bulgaria
            out.append(Mention("nationality", m.start(), m.end(), m.group(), m["code"], {"form": "code"}))    # "Jessie Knight (GBR)"
    named = [Mention("nationality", start, end, name, countries[name], {"form": "country"})
             for start, end, name in country_list.finditer(text)]
    genitives, genitive_list = _genitives()
    named += [Mention("nationality", start, end, word, genitives[word], {"form": "genitive"})
              for start, end, word in genitive_list.finditer(text)]       # "Nederlands Joy Beune"
    taken = Claimed(named)
    out = [o for o in out if not taken.overlaps(o.start, o.end)] + named   # "Britiske Jomfruøyane" is a country, not "britiske"
    out.sort(key=lambda x: x.start)
    return out
