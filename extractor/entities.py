"""Named-entity evidence from the statistical model trained on NorNE (training/, MODEL.md).

The rules decide what an athlete is; the model is a second opinion on capitalised words: a one-word
athlete in doubt that the model reads as a club, a place, a newspaper or a prize is dropped, and a full
name it reads as a person, that the rules missed and a mark follows, becomes an athlete. It is loaded
once per process, lazily (a forked batch worker inherits it warm), and `extract` runs it after linking
(RESULTS), only on a few words around the names in doubt that hold a result and the unclaimed full names
(under 1 % of the bench corpus's text: 65 windows in 300 documents, against 1,392 when it read around
every name in doubt, which took a quarter of the pipeline's time).
"""
from __future__ import annotations

import os
from bisect import bisect_left
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import regex

from .matchers.athletes import names_a_club
from .mentions import Claimed, Mention

MODEL_DIR = Path(__file__).parent / "models" / "norne"

PERSON = "PER"
# NorNE types that are never a person: clubs, federations and newspapers (ORG, GPE_ORG), places
# (LOC, GPE_LOC), prizes and products (PROD), events (EVT).
NOT_PERSON = frozenset({"ORG", "GPE_ORG", "LOC", "GPE_LOC", "PROD", "EVT"})


@dataclass(frozen=True)
class Entity:
    start: int          # character offsets in the text the model read
    end: int
    label: str          # a NorNE type: PER ORG LOC GPE_LOC GPE_ORG PROD EVT DRV MISC


_NAME_WORD = r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*+"
_FULL_NAME = regex.compile(rf"(?<![\w-]){_NAME_WORD}(?:[ ](?:{_NAME_WORD}|\p{{Lu}}\.))+(?![\w-])")
GROUP = "entity"        # the mentions' group: doc.spans["entity"], and doc.ents


def as_mention(text: str, e: Entity) -> Mention:
    return Mention(GROUP, e.start, e.end, text[e.start:e.end], e.label)


#: Set (to anything) in the environment, the model is off by default: `extractor ... --no-model` sets it,
#: so the batch workers it starts (forked, spawned or Dask's) run without the model too.
NO_MODEL_ENV = "EXTRACTOR_NO_MODEL"


def model_default() -> bool:
    return not os.environ.get(NO_MODEL_ENV)


@contextmanager
def without_model():
    """The model off by default while the block runs, in this process and the ones it starts."""
    before = os.environ.get(NO_MODEL_ENV)
    os.environ[NO_MODEL_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            del os.environ[NO_MODEL_ENV]
        else:
            os.environ[NO_MODEL_ENV] = before


@lru_cache(maxsize=1)
def model():
    """The NorNE pipeline's tok2vec and ner, loaded on first use. Its tagger is left out: nothing reads
    the tags, and the ner listens to the tok2vec, not to the tagger (the same entities without it)."""
    import spacy
    return spacy.load(MODEL_DIR, exclude=["tagger"])


#: Where the model reads: windows around every athlete in doubt and the unclaimed names (WINDOWS), the
#: whole text (EVERYWHERE), or (RESULTS, what `extract` uses) after linking, only around the athletes in
#: doubt whose name holds a result, and the unclaimed names: the same judgement where it can change a
#: record, at a fraction of the cost (pipeline.race_linker links again when the model changed an athlete).
WINDOWS, EVERYWHERE, RESULTS = "windows", "everywhere", "results"


def where(scope: str | None, text: str, athletes: list[Mention], claimed: list[Mention],
          holding: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """The spans the model reads: none (scope None), the whole text, or windows around the athletes in
    doubt (with `holding`, only those of these names) and the capitalised names no matcher claimed."""
    if scope is None or not text:
        return []
    if scope == EVERYWHERE:
        return [(0, len(text))]
    named = _named(athletes)
    return windows_around(text, [a for a in athletes if doubtful(a, named) and (holding is None or a.value in holding)]
                          + unclaimed_names(text, athletes + claimed))


def doubtful(athlete: Mention, named: frozenset[str]) -> bool:
    """A one-word athlete that is no word of a full name in the text (`named`: "Grøvdal" after "Karoline
    Bjerkeli Grøvdal"): "Tjalve", "Hardangerfjord", "Kongepokalen". Full names stay the rules' call: the
    model reads too many foreign names ("Zerei Kbrom") as organisations or places."""
    return not athlete.info.get("full") and athlete.value not in named


def _named(athletes: list[Mention]) -> frozenset[str]:
    return frozenset(w for a in athletes if a.info.get("full") for w in a.value.split())


def unclaimed_names(text: str, claimed: list[Mention]) -> list[Mention]:
    """Capitalised runs of two words or more that no matcher claimed and a mark follows on their line
    (`person_candidates`): names the rules may have missed."""
    taken = Claimed(claimed)
    marks = _mark_starts(claimed)
    return [Mention("candidate", m.start(), m.end(), m.group()) for m in _FULL_NAME.finditer(text)
            if not taken.overlaps(m.start(), m.end()) and _mark_follows(text, m.end(), marks)]


_WORD = regex.compile(r"\S+")
CONTEXT_WORDS = 2


def windows_around(text: str, mentions: list[Mention], words: int = CONTEXT_WORDS) -> list[tuple[int, int]]:
    """Spans of each mention with `words` words either side, inside its line, merged where they overlap."""
    spans = []
    for m in sorted(mentions, key=lambda m: m.start):
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        before = list(_WORD.finditer(text, max(line_start, m.start - 20 * words), m.start))[-words:]
        after = list(_WORD.finditer(text, m.end, min(line_end, m.end + 20 * words)))[:words]
        start = before[0].start() if before else m.start
        end = after[-1].end() if after else m.end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def find_entities(text: str, blocks: list[tuple[int, int]]) -> list[Entity]:
    """The model's entities in the given blocks of the text, in text offsets."""
    nlp = model()
    out = []
    for (start, _end), doc in zip(blocks, nlp.pipe((text[s:e] for s, e in blocks), batch_size=64)):
        out.extend(Entity(start + e.start_char, start + e.end_char, e.label_) for e in doc.ents)
    return out


def weigh(text: str, entities: list[Entity], athletes: list[Mention], claimed: list[Mention]) -> list[Mention]:
    """The athletes after the model's evidence: the ones in doubt it reads as no person dropped, the
    full names it reads as persons that the rules missed added."""
    athletes = drop_non_persons(athletes, entities, text)
    return sorted(athletes + person_candidates(text, entities, athletes + claimed), key=lambda m: m.start)


# "Warholm (28) tok en klar seier": a name with its age after it is a person, whatever the model says
_AGE_AFTER = regex.compile(r"\s?\(\d{1,2}(?:\s?år)?\)")


def drop_non_persons(athletes: list[Mention], entities: list[Entity], text: str) -> list[Mention]:
    """Athlete mentions in doubt (`doubtful`) that the model reads only as a club, place, newspaper,
    prize or event, and nowhere in the text as a person, are dropped."""
    named = _named(athletes)
    persons = frozenset(w for e in entities if e.label == PERSON for w in text[e.start:e.end].split())
    covering = _Covering(entities)

    def not_a_person(m: Mention) -> bool:
        labels = covering.labels(m.start, m.end)
        return bool(labels) and PERSON not in labels and all(label in NOT_PERSON for label in labels) \
            and m.value not in persons and not _AGE_AFTER.match(text, m.end)
    return [m for m in athletes if not (doubtful(m, named) and not_a_person(m))]


class _Covering:
    """The labels of the entities overlapping [start, end), in entity order, found by bisection: a scan
    of every entity for every athlete was quadratic on a long list of names (100,000 characters: 2 s)."""

    def __init__(self, entities: list[Entity]):
        self.entities = sorted(entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        self.reach = list(accumulate((e.end for e in self.entities), max))    # the furthest end so far

    def labels(self, start: int, end: int) -> list[str]:
        i = bisect_left(self.starts, end)           # the entities that start before `end`
        found = []
        while i > 0 and self.reach[i - 1] > start:  # ... and of those, back to the last that can reach `start`
            i -= 1
            if self.entities[i].end > start:
                found.append(self.entities[i].label)
        return found[::-1]


RESULT_REACH = 80      # characters after a name within which its mark must start
_CLUB_NOUN = regex.compile(r"(?:klubben|laget|foreningen)\b")    # "Bergensklubben Gular", "Gularlaget"


def person_candidates(text: str, entities: list[Entity], claimed: list[Mention]) -> list[Mention]:
    """Full names ("Given Surname") the model reads as a person, that no matcher has claimed and that a
    mark follows on the same line ("sølvet til Given Surname fra Sted (2.24,04)"): not a photographer's
    or a coach's name."""
    taken = Claimed(claimed)
    marks = _mark_starts(claimed)
    out = []
    for e in entities:
        name = text[e.start:e.end]
        if e.label == PERSON and _FULL_NAME.fullmatch(name) and not names_a_club(name.split()) \
                and not _CLUB_NOUN.search(name) \
                and not taken.overlaps(e.start, e.end) and _mark_follows(text, e.end, marks):
            out.append(Mention("athlete", e.start, e.end, name, name, {"full": True, "model": True}))
    return out


def _mark_starts(mentions: list[Mention]) -> list[int]:
    return sorted(m.start for m in mentions if m.kind == "mark")


def _mark_follows(text: str, end: int, marks: list[int]) -> bool:
    i = bisect_left(marks, end)
    return i < len(marks) and marks[i] < end + RESULT_REACH and "\n" not in text[end:marks[i]]
