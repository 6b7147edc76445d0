"""The library API: `extract(text, published=...)` -> race records; `nlp()` -> the spaCy pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from .language import detect_language
from .limits import MAX_DOCUMENT_CHARS, TOO_SLOW, Deadline, TooSlow, check_time_limit, time_limit as limit_time
from .normalise import normalise
from .entities import RESULTS, model_default
from .pipeline import MODEL_KEY, SPANS_KEY, TEXT_KEY, build, iso_published, parse_published
from .records import Evidence, RaceRecord, assign_race_ids

NORWEGIAN = ("nb", "nn")


@dataclass
class Extraction:
    """What one document gave: its records, or why it was skipped."""
    records: list[RaceRecord] = field(default_factory=list)
    language: str = "nb"
    skipped: str | None = None          # "language:sv" (detected), "empty", "too_slow" (over the time limit)


def nlp(lang: str = "nb") -> Language:
    """The spaCy pipeline for Bokmål ("nb") or Nynorsk ("nn"); built once per language."""
    return build(lang)


def extract(text: str, published=None, lang: str | None = None, source: str | None = None,
            model: bool | None = None, url: str | None = None) -> list[RaceRecord]:
    """Race records in `text`; [] for texts that are not Norwegian (see `extract_document` for why).

    Each record carries `source` and `url` as given, `published` as the ISO date the dates were
    resolved with (YYYY-MM-DD; YYYY-MM or YYYY for a partial one), and a stable `race_id`
    (`records.assign_race_ids`). `model=False` leaves the NorNE entity model out (rules only); None: on unless the environment has
    EXTRACTOR_NO_MODEL set (what the CLI's --no-model does).

    ValueError for a `lang` other than "nb", "nn", "auto" or None, for a text over
    extractor.limits.MAX_DOCUMENT_CHARS characters and for a `published` that is no date."""
    return extract_document(text, published, lang, source, model, url).records


def extract_document(text: str, published=None, lang: str | None = None, source: str | None = None,
                     model: bool | None = None, url: str | None = None, time_limit: float | None = None) -> Extraction:
    """What `extract` gives, with the language and why a document was skipped. `time_limit`: seconds
    (wall clock) after which the document is given up, `skipped="too_slow"`; None (the default): no
    limit (extractor.limits.time_limit says how it interrupts)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    if lang not in (None, "auto", *NORWEGIAN):
        raise ValueError(f"lang must be 'nb', 'nn', 'auto' or None (detect), got {lang!r}")
    seconds = check_time_limit(time_limit)
    if len(text) > MAX_DOCUMENT_CHARS:
        raise ValueError(f"text is {len(text):,} characters, over the limit of {MAX_DOCUMENT_CHARS:,} "
                         "(extractor.limits.MAX_DOCUMENT_CHARS): split it, or leave it out")
    exact, base = parse_published(published)
    published_iso = iso_published(published, exact, base)
    if not text.strip():
        return Extraction(skipped="empty")
    try:
        with limit_time(seconds) as deadline:
            return _extract(text, (exact, base, published_iso), lang, source, url, model, deadline)
    except TooSlow:
        return Extraction(language=lang if lang in NORWEGIAN else "nb", skipped=TOO_SLOW)


def _extract(text: str, dates: tuple, lang: str | None, source: str | None, url: str | None, model: bool | None,
             deadline: Deadline) -> Extraction:
    exact, base, published_iso = dates
    if lang in (None, "auto"):
        lang = detect_language(text).code
    if lang not in NORWEGIAN:
        return Extraction(language=lang, skipped=f"language:{lang}")
    deadline.check()
    normalised = normalise(text)
    pipeline = nlp(lang)
    doc = pipeline.make_doc(normalised.text)
    doc.user_data["published"] = (exact, base)
    doc.user_data[TEXT_KEY] = normalised.text
    doc.user_data[SPANS_KEY] = False        # the records are read from doc._.races: no span groups
    doc.user_data[MODEL_KEY] = RESULTS if (model_default() if model is None else model) else None
    for _name, component in pipeline.pipeline:
        deadline.check()
        doc = component(doc)
    deadline.check()
    records = doc._.races or []
    for record in records:
        record.source, record.url, record.published = source, url, published_iso
        _to_original(record, normalised)
    assign_race_ids(records, source, text)
    return Extraction(records=records, language=lang)


def _to_original(record: RaceRecord, normalised) -> None:
    """Evidence offsets from the normalised text back to the text the caller gave."""
    def remap(evidence: dict) -> None:
        for key, spans in evidence.items():
            remapped = []
            for e in spans:
                start, end = normalised.original_span(e.start, e.end)
                remapped.append(Evidence(start, end, normalised.original[start:end]))
            evidence[key] = remapped
    remap(record.evidence)
    for result in record.results:
        remap(result.evidence)
