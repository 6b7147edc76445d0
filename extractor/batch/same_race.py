"""Whether two race records, from two documents, tell the same race (for --merge).

Two records are one race when nothing they say tells them apart and something besides the athlete
ties them together:
- the same sport and discipline (both named); the same category ("kvinneklassen" and "kvinner" are
  one, lexicons/categories.tsv), or one names none; the same date, or one has none; the same
  meet (case, spacing and other spellings aside: meets.tsv, championships.tsv, meet_spellings.tsv),
  or one names none; places that can be one: the same ground or town, a ground and the town it lies
  in ("Bislett" and "Oslo", ground_towns.tsv), a meet and the ground or town it is always held in
  ("Bislett Games" and "Bislett", meet_places.tsv), or one names none;
- neither was run after the other's article was published (a race told without a date, in an
  article of 2024-08-12, is not one run on 2025-07-11);
- they name the same date or place (a meet held in one place names it): a meet name alone could be
  any year's ("NM", "Bislett Games"), and two records tied by nothing but an athlete and a
  discipline are not taken for one race;
- at least one athlete in both: the same name, or a surname alone ("Warholm") and a full name with
  that surname ("Karsten Warholm"), or two full names whose first names do not differ ("K. Warholm").
"""
from __future__ import annotations

import re
import datetime as dt
from dataclasses import astuple, dataclass, replace
from functools import lru_cache

from .. import lexicons


@dataclass(frozen=True)
class Identity:
    """What a record says about which race it is, folded for comparison."""
    sport: str | None
    discipline: str | None
    category: str | None
    date: str | None
    meet: str | None
    event: str | None
    ground: str | None
    town: str | None
    latest: str | None = None       # the last day it can have been run on: its date, else its article's publication

    def filled_from(self, other: Identity) -> Identity:
        """What a race says once `other` (one with no conflict) joins it: each value either names."""
        latest = min(d for d in (self.latest, other.latest) if d) if self.latest or other.latest else None
        return replace(Identity(*(a if a is not None else b for a, b in zip(astuple(self), astuple(other)))),
                       latest=self.date or other.date or latest)

    def conflicts_with(self, other: Identity) -> bool:
        """Something tells the two apart (a value both name, different)."""
        if self.sport != other.sport or self.discipline != other.discipline:
            return True
        if (self.date and other.latest and self.date > other.latest) or (other.date and self.latest and other.date > self.latest):
            return True         # run after the other article was published
        return any(a is not None and b is not None and a != b for a, b in (
            (self.category, other.category), (self.date, other.date), (self.meet, other.meet),
            (self.event, other.event), (self.ground, other.ground), (self.town, other.town)))

    def tied_to(self, other: Identity) -> bool:
        """Both name the same date, ground or town."""
        return any(a is not None and a == b for a, b in (
            (self.date, other.date), (self.ground, other.ground), (self.town, other.town)))


def identity(record: dict, published: str | None = None) -> Identity | None:
    """The record's identity, or None when it names no discipline (nothing tells which race it is).
    `published`: its article's publication date (ISO), when the record does not carry it."""
    if not record.get("discipline"):
        return None
    meet = record.get("meet") or {}
    name = meet_name(meet.get("name"))
    ground, town = place(meet.get("city"))
    held_at, held_in = place(_meet_places().get(name))
    if town is None or held_in is None or town == held_in:     # "Bislett Games" in "Oslo": at Bislett
        ground, town = ground or held_at, town or held_in
    date = record.get("date")
    return Identity(record.get("sport"), record["discipline"], category(record.get("category")), date,
                    name, fold(meet.get("event")), ground, town, date or last_day(record.get("published") or published))


def last_day(published) -> str | None:
    """The last day an ISO date, month or year ("2024-08-12T10:00:00+02:00", "2024-08", "2024") covers, as
    YYYY-MM-DD; None for anything else."""
    text = str(published or "").strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return f"{text}-12-31"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        if re.match(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    return None


def same_race(a: Identity, b: Identity) -> bool:
    """Everything but the athletes: no conflict and something tying the two together."""
    return not a.conflicts_with(b) and a.tied_to(b)


def category(text: str | None) -> str | None:
    """"Kvinneklassen" -> "kvinner", "G-16" -> "g16", "senior, menn" -> "senior menn"."""
    if not text:
        return None
    words = _categories()
    return " ".join(words.get(w, w) for w in re.split(r"[\s,]+", text.casefold().replace("-", "")) if w)


def meet_name(text: str | None) -> str | None:
    """A meet name folded to one spelling: "Bislett-lekene" -> "bislett games", "Verdscup" -> "verdenscup"."""
    if not text:
        return None
    name = fold(text)
    return _meet_names().get(name, name)


def place(city: str | None) -> tuple[str | None, str | None]:
    """(ground, town) of a record's city: "Bislett" -> ("bislett", "oslo"), "Oslo" -> (None, "oslo"),
    "Tørkop" (a ground whose town the lexicons do not give) -> ("tørkop", None)."""
    if not city:
        return None, None
    name = fold(city)
    towns = _ground_towns()
    if name in towns:
        return name, towns[name]
    if name in _grounds() or _GROUND_NAME.search(name):
        return name, None
    return None, name


_GROUND_NAME = re.compile(r"^(?:stadio|estadio|stade|stadion)\b|(?:stadion|stadium|arena|hallen)$")


def athletes_match(a: str, b: str) -> bool:
    """One athlete named two ways: the same name, a surname alone and a full name with that surname
    ("Warholm", "Karsten Warholm"), or first names that do not differ ("K. Warholm", "Karsten Warholm";
    "Gilje Nordås", "Narve Gilje Nordås"). "Jakob Ingebrigtsen" and "Henrik Ingebrigtsen" are two."""
    a_words, b_words = fold(a).split(), fold(b).split()
    if a_words == b_words:
        return True
    if not a_words or not b_words or a_words[-1] != b_words[-1]:
        return False
    shorter, longer = sorted((a_words[:-1], b_words[:-1]), key=len)
    return all(any(_same_given(word, other) for other in longer) for word in shorter)


def surname(name: str) -> str:
    words = fold(name).split()
    return words[-1] if words else ""


def fuller(a: str, b: str) -> str:
    """The fuller of two names of one athlete: "Karsten Warholm" over "Warholm" and "K. Warholm" (a tie keeps a)."""
    letters = lambda name: len(re.sub(r"[\W\d_]", "", name))
    return b if letters(b) > letters(a) else a


def _same_given(word: str, other: str) -> bool:
    if word == other:
        return True
    initial = word.rstrip(".")
    return len(initial) == 1 and other.startswith(initial) or len(other.rstrip(".")) == 1 and word.startswith(other.rstrip("."))


def fold(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text).strip().casefold() if text else None


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {word.casefold(): name for word, name, *_ in lexicons.rows("categories.tsv")}


@lru_cache(maxsize=1)
def _meet_names() -> dict[str, str]:
    names = {fold(row[0]): fold(row[1]) for file in ("meets.tsv", "championships.tsv") for row in lexicons.rows(file)}
    names.update((fold(name), fold(same)) for name, same in lexicons.rows("meet_spellings.tsv"))
    return names


@lru_cache(maxsize=1)
def _meet_places() -> dict[str, str]:
    return {meet_name(meet): where for meet, where in lexicons.rows("meet_places.tsv")}


@lru_cache(maxsize=1)
def _ground_towns() -> dict[str, str]:
    return {fold(ground): fold(town) for ground, town in lexicons.rows("ground_towns.tsv")}


@lru_cache(maxsize=1)
def _grounds() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicons.words("grounds.txt"))
