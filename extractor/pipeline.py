"""The spaCy pipeline: blank nb/nn tokenizer -> sentences -> matchers -> linker.

Thin glue: matchers and the linker are pure functions over the normalised text; the components
put their output on the Doc (`doc.spans[kind]`, `doc._.mentions`, `doc._.races`) so each stage can be
inspected alone.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from . import entities as ner
from . import tokenise
from .limits import MAX_DOCUMENT_CHARS
from .linking import link
from .matchers.ages import find_ages
from .matchers.dates import find_dates
from .matchers.disciplines import find_disciplines
from .matchers.flags import find_flags
from .matchers.marks import find_marks
from .matchers.meets import find_meets, find_venues
from .matchers.nationalities import find_nationalities
from .matchers.misses import find_misses
from .matchers.placings import find_placings
from .matchers.sports import article_sport, find_sport_cues
from .matchers.teams import find_teams
from .matchers.athletes import find_athletes, is_club_name
from .mentions import Mention, drop_overlapping
from .race_time import without_later

for _name, _default in (("mentions", None), ("races", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

NUMBER_KINDS = ("mark", "gap", "margin", "split", "wind", "clock", "threshold", "reference")     # find_marks' kinds
SPAN_GROUPS = ("discipline", *NUMBER_KINDS, "meet", "venue", "nationality", "athlete", "age", "placing", "date", "flag", "sport", "miss", "team")


def find_mentions(text: str, model: str | None = ner.WINDOWS) -> dict[str, list[Mention]]:
    """Every matcher over the text, in an order where the earlier claim wins an overlap. With `model`
    (ner.WINDOWS: around the names in doubt; ner.EVERYWHERE: the whole text), the NorNE model's
    entities are evidence on athletes (extractor.entities); None: rules only."""
    sport_cues = find_sport_cues(text)
    disciplines = find_disciplines(text, article_sport(sport_cues))
    numbers = find_marks(text, claimed=disciplines)
    meets = find_meets(text)
    venues = drop_overlapping(find_venues(text), meets + disciplines)
    nationalities = drop_overlapping(find_nationalities(text), disciplines + meets)
    athletes = drop_overlapping(find_athletes(text), meets + venues + disciplines)
    others = venues + meets + disciplines + numbers
    blocks = ner.where(model, text, athletes, others) if model != ner.RESULTS else []   # RESULTS: race_linker asks
    entities = ner.find_entities(text, blocks) if blocks else []
    if entities:
        athletes = ner.weigh(text, entities, athletes, others)
    venues = _not_in_names(venues, athletes)
    dates = drop_overlapping(find_dates(text), numbers)
    placings = drop_overlapping(find_placings(text), numbers + disciplines)
    ages = find_ages(text)
    flags = find_flags(text)
    out: dict[str, list[Mention]] = {k: [] for k in SPAN_GROUPS}
    for m in numbers:
        out[m.kind].append(m)
    for group, ms in (("discipline", disciplines), ("meet", meets), ("venue", venues), ("nationality", nationalities),
                      ("athlete", athletes), ("date", dates), ("placing", placings), ("age", ages), ("flag", flags),
                      ("sport", sport_cues), ("miss", find_misses(text)), ("team", find_teams(text))):
        out[group] = ms
    out[ner.GROUP] = [ner.as_mention(text, e) for e in entities]
    return out


def _not_in_names(venues: list[Mention], athletes: list[Mention]) -> list[Mention]:
    """The venues that share no word with a full name ("Lillefosse" of "Simen Lillefosse"); a club read as a name
    ("Bergen Svømme Club", "Bergen Friidrettskrets") vetoes no town it is named for."""
    name_tokens = {t for a in athletes if a.info.get("full") and not is_club_name(a.value) for t in a.value.split()}
    return [v for v in venues if not name_tokens & set(v.value.split())]


_CLAIMING = ("venue", "meet", "discipline", *NUMBER_KINDS)      # the `others` of find_mentions, by kind


def weigh_results(text: str, mentions: dict[str, list[Mention]], races) -> dict[str, list[Mention]] | None:
    """The model's judgement (ner.RESULTS) on the athletes in doubt that hold a result in `races`, and on
    the full names no matcher claimed: the mentions with the athletes it changed, or None (no change)."""
    holding = frozenset(r.athlete for race in races for r in race.results)
    athletes = mentions.get("athlete", [])
    others = [m for kind in _CLAIMING for m in mentions.get(kind, [])]
    blocks = ner.where(ner.RESULTS, text, athletes, others, holding)
    entities = ner.find_entities(text, blocks) if blocks else []
    weighed = ner.weigh(text, entities, athletes, others) if entities else athletes
    found = [ner.as_mention(text, e) for e in entities]
    if weighed == athletes:
        return dict(mentions, **{ner.GROUP: found}) if found else None
    return dict(mentions, athlete=weighed, venue=_not_in_names(mentions.get("venue", []), weighed), **{ner.GROUP: found})


#: `doc.user_data` key: where the NorNE model runs in this document (extractor.entities: WINDOWS, or
#: None for rules only). `extract` sets it; a Doc from `nlp()(text)` gets the model's entities on the
#: whole text (EVERYWHERE) unless the model is switched off.
MODEL_KEY = "extractor.model"

#: `doc.user_data` key under which `extract_document` leaves the text it tokenised, so the
#: components need not rebuild `doc.text` token by token (twice per document).
TEXT_KEY = "extractor.text"


def _text(doc: Doc) -> str:
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


@Language.component("race_matchers")
def race_matchers(doc: Doc) -> Doc:
    scope = doc.user_data.get(MODEL_KEY, ner.EVERYWHERE if ner.model_default() else None)
    _put(doc, find_mentions(_text(doc), scope))
    return doc


#: `doc.user_data` key: False when the caller reads only `doc._.mentions` and `doc._.races` (`extract`
#: does), so the span groups and `doc.ents`, a Span object per mention, are not built.
SPANS_KEY = "extractor.spans"


def _put(doc: Doc, mentions: dict[str, list[Mention]]) -> None:
    """The mentions on the Doc: `doc._.mentions`, and (unless `SPANS_KEY` says no) a span group per kind
    and the model's entities as `doc.ents`."""
    doc._.mentions = mentions
    if doc.user_data.get(SPANS_KEY) is False:
        return
    for group, ms in mentions.items():
        spans = []
        for m in ms:
            span = doc.char_span(m.start, m.end, label=m.value if group == ner.GROUP else group, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[group] = spans
    doc.ents = filter_spans(doc.spans[ner.GROUP])


@Language.component("race_linker")
def race_linker(doc: Doc) -> Doc:
    published, base = doc.user_data.get("published", (None, None))
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    text = _text(doc)
    races = link(text, without_later(text, doc._.mentions or {}, base), sentences, published, base, doc.lang_)
    if doc.user_data.get(MODEL_KEY) == ner.RESULTS and races:
        weighed = weigh_results(text, doc._.mentions or {}, races)
        if weighed is not None:
            changed = weighed.get("athlete") is not (doc._.mentions or {}).get("athlete")
            _put(doc, weighed)
            if changed:
                races = link(text, without_later(text, weighed, base), sentences, published, base, doc.lang_)
    doc._.races = races
    return doc


@lru_cache(maxsize=2)
def build(lang: str = "nb") -> Language:
    nlp = tokenise.blank(lang)
    # spaCy refused texts over 1,000,000 characters (a guard for its parser and NER, which we do not
    # use): our limit is extractor.limits, and normalising may add a space here and there.
    nlp.max_length = 2 * MAX_DOCUMENT_CHARS
    nlp.add_pipe("race_sentences")
    nlp.add_pipe("race_matchers")
    nlp.add_pipe("race_linker")
    return nlp


def parse_published(published) -> tuple[dt.date | None, dt.date | None]:
    """(exact date, base date) from a date, datetime or ISO string (YYYY, YYYY-MM, YYYY-MM-DD, timestamps).

    The exact date resolves weekdays ("lørdag"); the base date (the last day of a partial date)
    supplies the year of "22. oktober". Both None when nothing is given.
    """
    if published is None or published == "":
        return None, None
    if isinstance(published, dt.datetime):
        return published.date(), published.date()
    if isinstance(published, dt.date):
        return published, published
    if not isinstance(published, str):
        raise TypeError(f"published must be a date, datetime or ISO string, got {type(published).__name__}")
    text = published.strip()
    try:
        if len(text) == 4:
            return None, dt.date(int(text), 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return None, following - dt.timedelta(days=1)
        day = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        return day, day
    except ValueError:
        raise ValueError(f"published must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {published!r}") from None


def iso_published(published, exact: dt.date | None, base: dt.date | None) -> str | None:
    """The publication date as parse_published read it, in ISO: YYYY-MM-DD, or YYYY-MM / YYYY when
    only that much was given (a timestamp gives its date)."""
    if exact is not None:
        return exact.isoformat()
    if base is None:
        return None
    return f"{base.year:04d}" if len(published.strip()) == 4 else f"{base.year:04d}-{base.month:02d}"
