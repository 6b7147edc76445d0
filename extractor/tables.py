"""Result tables and lists: the text's sentences cut into rows, and the names of each table's name column.

One reader for the shapes result pages use: numbered rows ("1. Ida Moe 4.15,02", "3) Moe, Norge 4.16"),
several rows run together on one line, label lists ("Gull: A, B", "Brøt: C, D"), medal rows of a
biography ("Gull Spyd 1983, 1984": one row per year, about the page's subject), and pipe or tab tables.
A table's columns are read from its header (a header row is never an athlete) and from all its rows:
a text column that is not the name column (the club, the nation) holds no athletes, and a name
column written "Given SURNAME" gives the athlete "Given Surname".
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .layout import BODY, HEADING, HEADLINE, TABLE, Layout, medal_places
from .lexicons import rows as lexicon_rows
from .matchers.athletes import CLUB_ACRONYMS
from .mentions import Mention


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    place: int | None                      # None: a sentence, not a row
    header: str = ""                       # the list's label ("Menn, 1000 m:"), for its category and sub-lists
    label: tuple[int, int] | None = None   # a medal row's "Gull Spyd": its discipline and medal serve each year
    subject: str | None = None             # the athlete of a row that names none (a biography's medal rows)
    occasion: str | None = None            # the year of one entry of a medal row: a race of its own


# "1. Ida", "3) Moe", "12 Moe" (not "nr 3 Moe"); "07 3. Moe": a start number before the place
_ROW_START = regex.compile(r"(?:^|(?<=[,;:]\s?)|(?<=\s))(?<!\b(?:nr|nr\.|nummer|plass)\s)(?:0\d\s+)?(?P<place>\d{1,3})(?:\)|\.(?=\s)|(?=\s+\p{Lu}\p{Ll})|(?=\s+\p{Lu}{2,}[ -]))\s+(?=\p{Lu})", regex.M)
_MAX_PLACE = 300
_BIRTH_YEAR = regex.compile(r"(?<=\p{L}\s?)\((?:19|20)\d\d\)")      # in a result row, after the name
_OUTCOME_LABEL = regex.compile(r"\s*(?:Brutt|Braut|Brot|Brøt|Disk\.?|Diskvalifisert|DNF|DNS|DQ|Ikke startet|Ikkje starta)\s*:", regex.I)
_LABEL_LIST = regex.compile(r"\s*(?P<medal>\p{L}+)\s*:")
_COMMA_NAME = regex.compile(r",\s(?=\p{Lu})")     # "Gull: Rooth, Ingebrigtsen", not "Gull: Markus Rooth, tikamp (8796 p)"
_LIST_LABEL = regex.compile(r"([\p{L}\d ,]+):\s*$")
_LEADING_NUMBERS = regex.compile(r"^[\d,.\s]+")
SUBLIST = regex.compile(r"(?<!\s)\s*(?:Øvrige|Andre|Norske)\b", regex.I)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)(?:\[\d+\])*")
_CELL = regex.compile(r"[^|\t]+")
_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*)*")
_UPPER_WORD = regex.compile(r"\p{Lu}{2,}(?:-\p{Lu}{2,})?")


def split_rows(text: str, sentences: list[tuple[int, int]], page: Layout, subject: str | None = None) -> list[Row]:
    """Sentences, with result lists cut into rows."""
    out: list[Row] = []
    for s, e in sentences:
        block = page.block_at(s)
        medal = _label_place(text, s, e)
        if medal is not None:
            out.extend(_label_rows(text, s, e, medal))
        elif block is not None and block.kind == TABLE and _medal_word(text, s, e) is not None:
            out.extend(_medal_rows(text, s, e, _medal_word(text, s, e), subject))
        else:
            out.extend(_numbered_rows(text, s, e))
    return out


def _label_place(text: str, s: int, e: int) -> int | None:
    """"Gull: A, B", "Vinnere: A, B": the place every name of the list has."""
    label = _LABEL_LIST.match(text, s, e)
    return medal_places().get(label["medal"].lower()) if label else None


def _label_rows(text: str, s: int, e: int, place: int) -> list[Row]:
    start = _LABEL_LIST.match(text, s, e).end()
    out, row_start = [], start
    for comma in _COMMA_NAME.finditer(text, start, e):
        out.append(Row(row_start, comma.start(), place))
        row_start = comma.end()
    out.append(Row(row_start, e, place))
    return out


def _medal_word(text: str, s: int, e: int) -> int | None:
    word = regex.match(r"\s*(\p{L}+)", text[s:e])
    return medal_places().get(word.group(1).lower()) if word else None


def _medal_rows(text: str, s: int, e: int, place: int, subject: str | None) -> list[Row]:
    """"Gull Spyd 1983, 1984[5]": one row per year, the label's discipline for each."""
    years = list(_YEAR.finditer(text, s, e))
    if len(years) <= 1:
        return [Row(s, e, place, subject=subject)]
    label = (s, years[0].start())
    return [Row(y.start(), y.end(), place, label=label, subject=subject, occasion=y.group()[:4]) for y in years]


def _numbered_rows(text: str, s: int, e: int) -> list[Row]:
    starts = _increasing([m for m in _ROW_START.finditer(text, s, e) if int(m["place"]) <= _MAX_PLACE])
    if not starts or (len(starts) == 1 and starts[0].start() - s > 2):
        return [Row(s, e, None)]
    out = [Row(s, starts[0].start(), None)] if starts[0].start() > s else []
    header = text[s:starts[0].start()]
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else e
        between = text[starts[i - 1].end():m.start()] if i else header
        label = _LIST_LABEL.search(between)
        text_label = _LEADING_NUMBERS.sub("", label.group(1)) if label else ""
        if text_label and SUBLIST.match(text_label) and i:
            header = header + " " + text_label + ":"     # a sub-list ("Øvrige norske:") of the same race
        elif text_label:
            header = text_label + ":"
        out.append(Row(m.end(), end, int(m["place"]), header))
    return out


def _increasing(starts):
    kept, last = [], 0
    for m in starts:
        place = int(m["place"])
        if place > last:
            kept.append(m)
            last = place
    return kept


def without_birth_years(row_text: str) -> str:
    """"Sindre Aune (2001) ...": a row's birth year is no earlier race."""
    return _BIRTH_YEAR.sub("", row_text)


def is_outcome_list(row_text: str) -> bool:
    """"Brutt: Eivind Rekdal (2002), ...": a list of those who did not finish."""
    return bool(_OUTCOME_LABEL.match(row_text))


@lru_cache(maxsize=1)
def _columns() -> dict[str, str]:
    return {word: column for word, column in lexicon_rows("table_columns.tsv")}


def _header_words(words: list[str]) -> int:
    return sum(w.strip("|:.,()").lower() in _columns() for w in words)


def table_athletes(text: str, athletes: list[Mention], page: Layout) -> list[Mention]:
    """The athlete mentions with the tables read: none in a header or in a non-name column, and the
    "Given SURNAME" names of table rows (read in title case) where the matcher found no name or part of one."""
    columns = _name_columns(text, page)
    kept = [a for a in athletes if not _in_header(a) and not _in_other_column(text, a, page, columns)]
    lead = lead_name(text, page)
    found = _row_names(text, page) + ([lead] if lead else [])
    out = [a for a in kept if not any(n.start <= a.start and a.end <= n.end and (n.start, n.end) != (a.start, a.end)
                                      for n in found)]
    out += [n for n in found if not any(a.start <= n.start < a.end or n.start <= a.start < n.end for a in out)]
    return sorted(out, key=lambda a: a.start)


def _in_header(athlete: Mention) -> bool:
    """"Place Name", "Plass Utøver": column words read as a name."""
    words = athlete.text.split()
    return _header_words(words) * 2 >= len(words)


def _in_other_column(text: str, athlete: Mention, page: Layout, columns: dict[int, int]) -> bool:
    """A name in a pipe or tab table's cell that is not in the table's name column ("IL i BUL" as a club)."""
    block = page.block_at(athlete.start)
    if block is None or block.start not in columns:
        return False
    cells = [c for c in _CELL.finditer(text, block.start, block.end) if c.group().strip()]
    index = next((i for i, c in enumerate(cells) if c.start() <= athlete.start < c.end()), None)
    return index is not None and index != columns[block.start]


def _name_columns(text: str, page: Layout) -> dict[int, int]:
    """Block start -> the cell index of the names in its pipe or tab table: the index most of the
    table's rows (not its header) hold a two- to four-word capitalised cell at (each row's first such cell)."""
    out: dict[int, int] = {}
    table: list = []
    for block in page.blocks + [None]:
        if block is not None and block.kind == TABLE and ("|" in text[block.start:block.end] or "\t" in text[block.start:block.end]):
            table.append(block)
            continue
        votes: Counter = Counter()
        for b in table:
            cells = [c.group().strip() for c in _CELL.finditer(text, b.start, b.end) if c.group().strip()]
            index = next((j for j, c in enumerate(cells) if _person_like(c)), None)
            if index is not None and _header_words(" ".join(cells).split()) < 2:
                votes[index] += 1
        if votes:
            column = votes.most_common(1)[0][0]
            out.update((b.start, column) for b in table)
        table = []
    return out


def _person_like(cell: str) -> bool:
    words = cell.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)


def _row_names(text: str, page: Layout) -> list[Mention]:
    """"1. Isaac NADER 17.aug.99 POR 3:29.37", "Jan VUKOVIČ 14.jun.00 SLO DNF": the names written
    with an upper-case surname after the given names, where a table writes two or more so."""
    out, table = [], []
    for block in page.blocks + [None]:
        if block is not None and block.kind == TABLE:
            for run in _NAME_RUN.finditer(text, block.start, block.end):
                name = _given_surname(run.group())
                if name:
                    table.append(Mention("athlete", run.start(), run.start() + len(name), name,
                                         _title(name), {"full": True, "layout": "given-surname"}))
            continue
        if len(table) >= 2:
            out.extend(table)
        table = []
    return out


def _given_surname(run: str) -> str | None:
    """The "Given [Given] SURNAME [SURNAME]" part opening a run of capitalised words, or None."""
    words = run.split()
    given = 0
    while given < len(words) and not _UPPER_WORD.fullmatch(words[given]) and _capitalised(words[given]):
        given += 1
    surnames = given
    while surnames < len(words) and _UPPER_WORD.fullmatch(words[surnames]):
        surnames += 1
    if not 1 <= given <= 3 or surnames == given:
        return None
    if surnames - given > 1 and len(words[surnames - 1]) == 3 and surnames == len(words):
        surnames -= 1           # "Jan VUKOVIČ SLO": the nation code after the surname
    elif surnames < len(words):
        return None             # "Iren Moe BFG Fana": a club after the name
    if _header_words(words[:surnames]) * 2 >= surnames or any(w in CLUB_ACRONYMS for w in words[given:surnames]):
        return None
    return " ".join(words[:surnames])


def _capitalised(word: str) -> bool:
    """"Anna-Lena", "Luis": each part an upper-case letter and lower-case ones."""
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))


def _title(name: str) -> str:
    return " ".join(w if not _UPPER_WORD.fullmatch(w) else "-".join(p.capitalize() for p in w.split("-"))
                    for w in name.split())


def page_subject(athletes: list[Mention], page: Layout) -> str | None:
    """The athlete a page is about: its lead's name (see `lead_name`), else the first full name of its first body paragraph."""
    lead = next((a for a in athletes if a.info.get("layout") == "lead"), None)
    if lead is not None:
        return lead.value
    for a in athletes:
        if a.info.get("full") and page.kind_at(a.start) == BODY:
            return a.value
    return None


_TITLE_BLOCKS = 12
_LEAD_WORDS = 6


def lead_name(text: str, page: Layout) -> Mention | None:
    """A biography's subject as its lead writes it in full: a title line of two to four capitalised words
    ("Trine Hattestad") and a paragraph opening with a longer form of it before a bracket
    ("Elsa Katrine «Trine» Hattestad (født ...")."""
    blocks = page.blocks[:_TITLE_BLOCKS]
    title = next((b for b in blocks if b.kind in (HEADING, HEADLINE) and _person_like(text[b.start:b.end])), None)
    if title is None:
        return None
    surname = text[title.start:title.end].split()[-1]
    for block in page.blocks:
        if block.kind != BODY or block.start < title.start:
            continue
        bracket = text.find(" (", block.start, block.end)
        name = text[block.start:bracket] if bracket > 0 else ""
        if name[:1].isupper() and len(name.split()) <= _LEAD_WORDS and name.split()[-1] == surname:
            return Mention("athlete", block.start, bracket, name, name, {"full": True, "layout": "lead"})
        return None
    return None
