"""Result tables and lists: the text's sentences cut into rows, and the names of each table's name column.

One reader for the shapes result pages use: numbered rows ("1. Ida Moe 4.15,02", "3) Moe, Norge 4.16"),
several rows run together on one line, label lists ("Gull: A, B", "Brøt: C, D"), medal rows of a
biography ("Gull Spyd 1983, 1984": one row per year, about the page's subject), and pipe or tab tables.
A table's columns are read from its header (a header row is never an athlete) and from all its rows:
a text column that is not the name column (the club, the nation) holds no athletes, and a name
column written "Given SURNAME" gives the athlete "Given Surname".
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .anchored import compile_anchored
from .layout import BODY, HEADING, HEADLINE, TABLE, Layout, medal_places
from .lexicons import rows as lexicon_rows
from .matchers.athletes import CLUB_ACRONYMS, clubs
from .matchers.marks import read_mark
from .matchers.nationalities import codes as nation_codes
from .mentions import Mention


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    place: int | None                      # None: a sentence, not a row; 0: a row without a place ("Jan VUKOVIČ ... DNF")
    header: str = ""                       # the list's label ("Menn, 1000 m:"), for its category and sub-lists
    label: tuple[int, int] | None = None   # a medal row's "Gull Spyd": its discipline and medal serve each year
    subject: str | None = None             # the athlete of a row that names none (a biography's medal rows)
    occasion: str | None = None            # the year of one entry of a medal row: a race of its own


# "1. Ida", "3) Moe", "12 Moe" (not "nr 3 Moe"); "07 3. Moe": a start number before the place
_ROW_START = regex.compile(r"(?:^|(?<=[,;:]\s?)|(?<=\s))(?<!\b(?:nr|nr\.|nummer|plass)\s)(?<!\d[,.:])(?:0\d\s+)?(?P<place>\d{1,3})(?:\)|\.(?=\s)|(?=\s+\p{Lu}\p{Ll})|(?=\s+\p{Lu}{2,}[ -]))\s+(?=\p{Lu})", regex.M)
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
    bib_rows = _place_and_bib_lines(text, page)
    for s, e in sentences:
        block = page.block_at(s)
        medal = _label_place(text, s, e)
        placed = bib_rows.get(block.start) if block is not None and s <= block.start and e >= block.end - 1 else None
        ranked = _RANKED_ROW.match(text, s, e) if block is not None and s <= block.start + 1 else None
        if medal is not None:
            out.extend(_label_rows(text, s, e, medal))
        elif placed is not None:
            out.append(Row(placed.end(), e, int(placed["place"])))
        elif ranked is not None and (dated := _ROW_DATE.search(text, ranked.end(), block.end)) is not None:
            out.append(Row(ranked.end("rank"), e, 0, occasion=dated.group()))
        elif block is not None and block.kind == TABLE and _medal_word(text, s, e) is not None:
            out.extend(_medal_rows(text, s, e, _medal_word(text, s, e), subject))
        else:
            out.extend(_numbered_rows(text, s, e))
    return out


# a line of a ranking (all-time or year list): its rank, then the mark before the name, and the date the mark was set:
# "1. 1.41,11 Ola Berg DEN 24. august 1997 Köln", "3. | 12.39,36 | Per Lie | Kenya | 13. juni 1998 | Roma |".
# Each row is a race of its own, that day; the rank is no place
_RANKED_ROW = compile_anchored(r"[ \t]*+(?P<rank>\d{1,3}\.?)[ \t|]++\d{1,2}[.,:]\d\d(?:[.,:]\d{1,2})?[ \t|]++(?=\p{Lu})")
_ROW_DATE = regex.compile(r"(?<![\d.])\d{1,2}\.\s?(?:\p{Ll}{3,}\.?|\d{1,2}\.)\s?(?:19|20)\d\d(?!\d)")
# a table line opening with its place and a start number (and a lane): "1 166 Kari Moe ...", "3   221 Ola Lie ..."
_LINE_PLACE_AND_BIB = compile_anchored(r"[ \t]*+(?P<place>\d{1,3})(?:[ \t]++\d{1,4}){1,2}[ \t]++(?=\p{Lu})")     # matched at a line's start only


def _place_and_bib_lines(text: str, page: Layout) -> dict[int, object]:
    """Block start -> its place-and-start-number match, for the table lines of a table whose lines open with two numbers
    and whose first numbers follow one another (restarting at 1 under a new heading): the table's place column is
    the first, whatever one line alone would suggest ("1 166 Kari Moe" is 1st, not 166th). One pass over the blocks."""
    out: dict[int, object] = {}
    run: list = []
    for block in page.blocks + [None]:
        line = _LINE_PLACE_AND_BIB.match(text, block.start, block.end) if block is not None and block.kind == TABLE else None
        if line is not None:
            run.append((block.start, line))
            continue
        if block is not None and block.kind not in (BODY,):
            continue            # a heading ("Heat 2", "MV 45-49 3000 m") between two parts of one table
        places = [int(m["place"]) for _, m in run]
        steps = sum(b == a + 1 or b == 1 for a, b in zip(places, places[1:]))
        if len(run) >= 2 and places[0] == 1 and 2 * steps >= len(run):
            out.update(run)
        run = []
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
    if len(years) <= 1:         # "Gull Sydney 2000 Spydkast", "Bronse Maraton 1950": a race of its own, that year
        return [Row(s, e, place, subject=subject, occasion=years[0].group()[:4] if years else None)]
    label = (s, years[0].start())
    return [Row(y.start(), y.end(), place, label=label, subject=subject, occasion=y.group()[:4]) for y in years]


# a one-row list after its label: "300 m hekk: 1) Ola Lie, Norge 33,78", "B-finale: 1. Per Dahl 1.44,78"
# ... and the one Norwegian after the winners: "Øvrig norsk: 17) Kari Lie 1.45,66" (as under "Øvrige norske:")
_LABELLED_WINNER = regex.compile(r"(?<=:\s?)1[.)]\s+|(?<=(?:^|\s)(?:Øvrige?\s+)?[Nn]orske?\s*:\s?)\d{1,3}[.)]\s+")


def _numbered_rows(text: str, s: int, e: int) -> list[Row]:
    starts = _row_starts(text, s, e)
    if not starts or (len(starts) == 1 and starts[0].start() - s > 2 and not _LABELLED_WINNER.match(text, starts[0].start())
                      ) or not _place_like(starts):
        return [Row(s, e, None)]
    out = [Row(s, starts[0].start(), None)] if starts[0].start() > s else []
    header = text[s:starts[0].start()]
    opens = {i: _opens_list(text, starts[i - 1], m) for i, m in enumerate(starts) if i}
    for i, m in enumerate(starts):
        following = opens.get(i + 1)
        end = following.start("label") if following else starts[i + 1].start() if i + 1 < len(starts) else e
        between = text[starts[i - 1].end():m.start()] if i else header
        label = _LIST_LABEL.search(between)
        text_label = _LEADING_NUMBERS.sub("", label.group(1)) if label else ""
        if opens.get(i):
            out.append(Row(opens[i].start("label"), m.start(), None))       # the next list's heading: "Menn", "10 km kvinner"
            header = opens[i]["label"] + ":"
        elif text_label and SUBLIST.match(text_label) and i:
            header = header + " " + text_label + ":"     # a sub-list ("Øvrige norske:") of the same race
        elif text_label:
            header = text_label + ":"
        tails = _unplaced_starts(text, m.end(), end) if i + 1 == len(starts) else []
        out.append(Row(m.end(), tails[0] if tails else end, _unfinished(text, m, tails[0] if tails else end), header))
        out.extend(Row(t, tails[j + 1] if j + 1 < len(tails) else end, 0, header) for j, t in enumerate(tails))
    return out


_OUTCOMES = frozenset({"DNF", "DNS", "DQ", "DSQ", "NM", "NH"})
# a row's last column: its mark or its outcome code
_ROW_END = regex.compile(rf"(?<![\w])(?:\d[.,:]\d\d|{'|'.join(sorted(_OUTCOMES))})(?![\w])")


_MARK_IN_ROW = regex.compile(r"\d[.,:]\d")
_OUTCOME_IN_ROW = regex.compile(rf"(?<![\w])(?:{'|'.join(sorted(_OUTCOMES - {'NM'}))})(?![\w])")


def _unfinished(text: str, start, end: int) -> int:
    """The row's place; 0 for a row with an outcome code and no mark, whose number is its start number
    ("9 10 8 Berg, Ola 5:30.10 39 2 Lie, Per DNF": 39 is no place)."""
    row = start.end()
    if _OUTCOME_IN_ROW.search(text, row, end) and not _MARK_IN_ROW.search(text, row, end):
        return 0
    return int(start["place"])


def _unplaced_starts(text: str, start: int, end: int) -> list[int]:
    """After a list's last numbered row, the rows without a place that a one-line table runs on with:
    "15. Kristian Uldbjerg HANSEN ... 3:40.76 Jan VUKOVIČ 14.jun.00 SLO DNF Mounir AKBACHE ... DNF".
    Each starts with a "Given SURNAME" name after a mark or an outcome code; the row's own name is written so too."""
    names = [(at, at + len(name)) for at, name in _given_surnames(text, start, end)]
    if len(names) < 2 or names[0][0] - start > 2:
        return []
    out, previous = [], names[0][1]
    for name_start, name_end in names[1:]:
        if _ROW_END.search(text, previous, name_start):
            out.append(name_start)
            previous = name_end
    return out


# "Plass Startnr. Navn ... 1 216 Frew Zenebe ... 2 228 Ørjan ...": the place, then the start number (and lane,
# "7I"/"3E" for an 800 m's inside or outside start: "Pos. Lane Bib Athlete 1 7I 8 HYNNE Hedda")
_PLACE_AND_BIB = regex.compile(r"(?:^|(?<=\s))(?<!\d[,.:])(?P<place>\d{1,3})(?:\s+\d{1,4}[IE]?){1,2}\s+(?=\p{Lu})", regex.M)


def _row_starts(text: str, s: int, e: int) -> list:
    """The row starts of a sentence: "1. Ida", "3) Moe", "12 Moe", or "1 216 Frew" where each row has a start
    number after its place; of the two readings, the one whose places follow one another best."""
    plain = _rising(_ROW_START, text, s, e)
    if plain and plain[0].group().rstrip()[-1:] in ".)":
        return plain            # marked places ("1.", "3)") need no other reading
    with_bibs = _rising(_PLACE_AND_BIB, text, s, e)
    return with_bibs if _steps_of_one(with_bibs) > _steps_of_one(plain) else plain


def _rising(pattern, text: str, s: int, e: int) -> list:
    """The row starts whose places rise, in each list of the sentence (see `_opens_list`)."""
    found = [m for m in pattern.finditer(text, s, e) if int(m["place"]) <= _MAX_PLACE and not _opens_header(text, m.end(), e)]
    out, part = [], []
    for i, m in enumerate(found):
        if part and _opens_list(text, found[i - 1], m):
            out += _increasing(part)
            part = []
        part.append(m)
    return out + _increasing(part)


# after a row's mark (and its unit), the heading of a list run on in the same line: "4.32 min Menn 1. Per",
# "t: 29.10 10 km kvinner 1. Kari"
_NEXT_LIST = regex.compile(r"\d[.,:]\d\d?(?:[ \t]?(?:min|sek|s)\b\.?)?[ \t]++"
                           r"(?P<label>(?:\d{1,3}(?:[.,]\d)?[ \t]?(?:km|m|meter)[ \t]++)?\p{L}[\p{L} /-]{0,40}?)[ \t]*+$")


def _opens_list(text: str, before, start):
    """The heading match where the row start `start` opens a new list after the row `before` on the same line:
    its place is 1 and a heading stands between the row's mark and it ("Kvinner 1. A 4.19 min 2. B 4.23 min
    Menn 1. C 4.43 min": two races); None otherwise."""
    if int(start["place"]) != 1 or int(before["place"]) < 1:
        return None
    return _NEXT_LIST.search(text, before.end(), start.start())


def _steps_of_one(starts) -> int:
    places = [int(m["place"]) for m in starts]
    return sum(b - a == 1 for a, b in zip(places, places[1:]))


def _place_like(starts) -> bool:
    """Row numbers written bare ("3 1I 1 POWER Nadia ... 5 5I 6 HODGKINSON": lane and bib numbers too) count as
    places only where most of them follow one another; "1." and "3)" always do."""
    if any(not m.group().rstrip()[-1:].isdigit() for m in starts) or len(starts) < 2:
        return True
    return 2 * _steps_of_one(starts) >= len(starts) - 1


def _opens_header(text: str, start: int, end: int) -> bool:
    """"Final 1 Place Name Birth Date Mark": the number of a heading before the table's column words."""
    words = text[start:min(end, start + 60)].split()[:3]
    return len(words) >= 2 and _header_words(words) >= 2


def _increasing(starts):
    """The longest run of row starts whose places rise ("Final 2 Place Name 1. A ... 2. B": not the "2" of
    the heading; "8. Raphael PALLITSCH 18 DEC 1989 ... 9. Tshepo": not the birth day), first ones on a tie."""
    tails: list[int] = []            # tails[k]: index of the smallest last place of a rising run of length k + 1
    before: list[int | None] = []
    places = [int(m["place"]) for m in starts]
    for i, place in enumerate(places):
        k = _first_not_below(tails, places, place)
        before.append(tails[k - 1] if k else None)
        if k == len(tails):
            tails.append(i)
        elif place < places[tails[k]]:
            tails[k] = i
    kept, i = [], tails[-1] if tails else None
    while i is not None:
        kept.append(starts[i])
        i = before[i]
    return kept[::-1]


def _first_not_below(tails: list[int], places: list[int], place: int) -> int:
    low, high = 0, len(tails)
    while low < high:
        mid = (low + high) // 2
        if places[tails[mid]] < place:
            low = mid + 1
        else:
            high = mid
    return low


# "Men's 1500 Metres Final 2 Place Name ...", a line "Heat 1" (or "Heat: 1") over a table, "B-finale": one of several runs of a race
_ROUND_LABEL = regex.compile(r"(?<![\w-])(?:(?P<round>final|finale|heat|forsøk|semifinale|semi-?final|løp|race)"
                             r"(?:\s*-?\s*|\s*:\s*(?=\d{1,2}(?![\d.)])))(?P<n>\d{1,2}|[A-D])"
                             r"|(?P<n>[A-D])-(?P<round>finale))(?![\w-])", regex.I)
_ROUND_LINE = 6          # words of a heading line that names a round ("Heat 1", "1500 m gutter, heat 2")


def round_label(header: str, heading_line: bool = False) -> str | None:
    """The run of a race a table's heading names ("Final 2" -> "final 2", "B-finale" -> "finale B"); a heading
    line must be short ("Heat 1"), a list's own heading may hold the columns after it."""
    if heading_line and len(header.split()) > _ROUND_LINE:
        return None
    label = _ROUND_LABEL.search(header)
    return f"{label['round'].lower()} {label['n'].upper()}" if label else None


def best_columns_after(header: str) -> int | None:
    """How many mark columns stand after a table's result column where the athletes' best marks stand before it
    ("Plass: Startnr: Navn: Klubb SB: PB: Resultat:" -> 0: a row's last mark is its result); None where the result
    column comes first ("Plass Land Navn Tid Årsbeste Pers": the row's first mark, as in any row) or no best column."""
    marks = [kind for w in header.split() if (kind := _columns().get(w.strip("|:.,()").lower())) in ("mark", "best")]
    if "best" not in marks or "mark" not in marks or marks.index("mark") == 0:
        return None
    return len(marks) - 1 - marks.index("mark")


def is_column_word(word: str) -> bool:
    """"Tid", "Lengde", "Høyde" in a table's header: a column's name, not the long or high jump."""
    return word.strip("|:.,()").lower() in _columns()


_HEADER_REACH = 3           # words either side of a word in a table's column header


def in_column_header(text: str, word: Mention) -> bool:
    """A flag word that names a column of a table's header ("Plass Land Navn Tid Årsbeste Pers", "Klubb SB: PB:
    Resultat:"), not a result's flag: two more column words stand among the three words either side of it in its line."""
    if not is_column_word(word.text):
        return False
    line_start, line_end = text.rfind("\n", 0, word.start) + 1, text.find("\n", word.end)
    before = text[max(line_start, word.start - 60):word.start].split()[-_HEADER_REACH:]
    after = text[word.end:min(line_end if line_end >= 0 else len(text), word.end + 60)].split()[:_HEADER_REACH]
    return _header_words(before + after) >= 2


def is_column_header(line: str) -> bool:
    """"Plass | Utøver | Klubb | Tid |": a pipe or tab table's header row, which opens a table of its own."""
    return ("|" in line or "\t" in line) and _header_words(line.replace("|", " ").split()) >= 2


def without_birth_years(row_text: str) -> str:
    """"Sindre Aune (2001) ...": a row's birth year is no earlier race."""
    return _BIRTH_YEAR.sub("", row_text)


def is_outcome_list(row_text: str) -> bool:
    """"Brutt: Eivind Rekdal (2002), ...": a list of those who did not finish."""
    return bool(_OUTCOME_LABEL.match(row_text))


_LINEUP_GLUE = frozenset({",", "og", "&"})
_LINEUP = 3             # names in a row that make it a team's lineup, not rows run together


def lineup_start(text: str, names) -> int | None:
    """Where a relay or team row's lineup starts: three or more of the row's names (in text order) joined by commas
    ("1) Norge 1.18,90 (Ola Berg, Per Lie, Kari Moe)"; "1. Ola Berg, Per Lie, Kari Moe, Eva Dahl" under "4 x 100 m:").
    The members run the team's race and hold no result of their own; None for any other row."""
    run, first = 1, names[0].start if names else None
    for before, name in zip(names, names[1:]):
        if text[before.end:name.start].strip(" \t") in _LINEUP_GLUE:
            run += 1
            if run >= _LINEUP:
                return first
        else:
            run, first = 1, name.start
    return None


@lru_cache(maxsize=1)
def _columns() -> dict[str, str]:
    return {word: column for word, column in lexicon_rows("table_columns.tsv")}


def _header_words(words: list[str]) -> int:
    return sum(w.strip("|:.,()").lower() in _columns() for w in words)


def table_athletes(text: str, athletes: list[Mention], page: Layout) -> list[Mention]:
    """The athlete mentions with the tables read: none in a header or in a non-name column, and the
    "Given SURNAME" names of table rows (read in title case) where the matcher found no name or part of one."""
    columns = _name_columns(text, page)
    kept = [a for a in athletes if (a.info.get("layout") == "caps" or not _in_header(a)) and not _in_other_column(text, a, page, columns)]
    lead = lead_name(text, page)
    found = _row_names(text, page) + ([lead] if lead else [])
    out = [a for a in kept if not any(n.start <= a.start and a.end <= n.end and (n.start, n.end) != (a.start, a.end)
                                      for n in found)]
    out += [n for n in found if not any(a.start <= n.start < a.end or n.start <= a.start < n.end for a in out)]
    out = _without_club_words(text, out, page)
    inverted = _surname_comma_names(text, page)
    if inverted:        # "Berg, Ola Lyn": the row's name, whatever the matcher read across its comma and club
        out = [a for a in out if not any(n.start < a.end and a.start < n.end for n in inverted)] + inverted
    return sorted(out, key=lambda a: a.start)


def _without_club_words(text: str, athletes: list[Mention], page: Layout) -> list[Mention]:
    """A table row's name that runs on past a name the prose writes, into words the prose never writes with it, ends
    where the prose name ends: the rest is the row's club column ("1 166 Kari Moe Spjelkavik og Omegn 8.56,54" beside
    "Kari Moe (8.56,54)" in the article). Not a name the prose writes whole too ("Gunn-Rita Dahle Flesjå"), nor one
    whose next word the prose uses as a surname ("1 Ola Jakob Lie 1,47,61" beside "Ola Jakob" and "unge Lie")."""
    prose = [a for a in athletes if page.kind_at(a.start) != TABLE]
    full = {a.value for a in prose if a.info.get("full")}
    surnames = {a.value.split()[-1] for a in prose if a.value}
    out = []
    for a in athletes:
        words = a.value.split() if a.info.get("full") and a.value not in full and page.kind_at(a.start) == TABLE else []
        short = next((n for n in range(len(words) - 1, 1, -1) if " ".join(words[:n]) in full and words[n] not in surnames), None)
        if short is not None and text.startswith(" ".join(words[:short]), a.start):
            name = " ".join(words[:short])
            a = Mention(a.kind, a.start, a.start + len(name), name, name, dict(a.info))
        out.append(a)
    return out


# "1 36 9 Berg, Ola 4:59.71", "2 361 Lie, Per Vidar 1:54.81": a row's numbers, then its name written "Surname, Given"
_SURNAME_COMMA = regex.compile(r"(?<![\w,.:])\d{1,4}[ \t]{1,3}(?P<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]?,[ \t]"
                               r"(?P<given>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3})")
_INVERTED_ROWS = 2          # rows a table writes so, for its name column to be read so


def _surname_comma_names(text: str, page: Layout) -> list[Mention]:
    """The names of a table whose rows write them "Surname, Given" after the row's numbers ("Rank Stno Lane Name
    Result 1 36 9 Berg, Ola 4:59.71 2 35 11 Lie, Per 5:00.23"), read "Given Surname". Under a header with a club
    column the club follows the given names: it starts at a known club or acronym, else it is the last word
    ("Lie, Per Vidar" -> "Per Lie"; "Dahl, Kari Anne Tjalve" -> "Kari Anne Dahl"). One pass over the text."""
    found = list(_SURNAME_COMMA.finditer(text))
    if len(found) < _INVERTED_ROWS:
        return []
    table_of = _table_starts(page)
    by_table: dict[int, list] = {}
    for m in found:
        block = page.block_at(m.start())
        if block is not None and block.kind in (TABLE, BODY, HEADING):
            by_table.setdefault(table_of[block.start], []).append(m)
    out = []
    for start, rows in by_table.items():
        if len(rows) < _INVERTED_ROWS:
            continue
        club_column = _has_club_column(text, page, start)
        for m in rows:
            given = m["given"].split()
            if club_column and len(given) > 1:
                club = next((i for i, w in enumerate(given) if i and (w in clubs() or w in CLUB_ACRONYMS)), len(given) - 1)
                given = given[:club]
            end = m.start("given") + len(" ".join(given))
            out.append(Mention("athlete", m.start("surname"), end, text[m.start("surname"):end], f"{' '.join(given)} {m['surname']}",
                               {"full": True, "layout": "surname-comma"}))
    return out


def _table_starts(page: Layout) -> dict[int, int]:
    """Block start -> the start of the run of table lines holding it (any other block is its own run). One pass."""
    out, run = {}, None
    for block in page.blocks:
        run = run if block.kind == TABLE and run is not None else block.start
        out[block.start] = run
        run = run if block.kind == TABLE else None
    return out


def _has_club_column(text: str, page: Layout, table_start: int) -> bool:
    """The table's header (its first line, or the line before it) names a club column ("Startnr Namn Klubb Resultat")."""
    i = bisect_left(page.starts, table_start)
    lines = [page.blocks[j] for j in (i - 1, i) if j >= 0]
    return any(_columns().get(w.strip("|:.,()").lower()) == "club" for b in lines for w in text[b.start:b.end].split()[:12])


_BIRTH_GAP = 12          # characters between a row's name and its birth date ("Isaac NADER 17.aug.99": a space or a club)
_MARK_AFTER = 30         # the mark after the birth date ("17.aug.99 POR 3:29.37": a nation code between)


def without_birth_dates(text: str, dates: list[Mention], athletes: list[Mention], page: Layout) -> list[Mention]:
    """The dates, less a result table's birth-date column: a date in a table row between the row's name and
    its mark or outcome ("2. Isaac NADER 17.aug.99 POR 3:29.37", "Mounir AKBACHE 14.mar.86 FRA DNF").
    A race's date stands in the table's heading or after the mark, never between the name and the mark."""
    if not dates:
        return dates
    name_ends = sorted(a.end for a in athletes)
    return [d for d in dates if not (page.kind_at(d.start) == TABLE and _ends_in(name_ends, d.start - _BIRTH_GAP, d.start)
                                     and _ROW_END.search(text[d.end:d.end + _MARK_AFTER].split("\n")[0]))]


def _ends_in(ends: list[int], low: int, high: int) -> bool:
    i = bisect_left(ends, low)
    return i < len(ends) and ends[i] <= high


def _in_header(athlete: Mention) -> bool:
    """"Place Name", "Plass Utøver": column words read as a name (never a row's "SURNAME Given": "ENGLISH Mark")."""
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
            for start, name in _given_surnames(text, block.start, block.end):
                table.append(Mention("athlete", start, start + len(name), name,
                                     _title(name), {"full": True, "layout": "given-surname"}))
            continue
        if len(table) >= 2:
            out.extend(table)
        table = []
    return out


def _given_surnames(text: str, start: int, end: int):
    """(start, "Given SURNAME") of each such name in text[start:end]; a run of capitalised words may hold
    other columns' words before a name ("SLO DNF Mounir AKBACHE", "Gular DNS Jon MOE": a nation, a club, an outcome)."""
    for run in _NAME_RUN.finditer(text, start, end):
        words = list(regex.finditer(r"\S+", run.group()))
        i = 0
        while i < len(words):
            name = _given_surname(run.group()[words[i].start():])
            if name:
                yield run.start() + words[i].start(), name
                i += len(name.split())
            else:
                i += 1


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
    if surnames - given == 1 and words[given] in nation_codes():
        return None             # "Milla Grosberghaugen NOR": a nation code after a name written in lower case
    if surnames - given > 1 and len(words[surnames - 1]) == 3 and surnames == len(words):
        surnames -= 1           # "Jan VUKOVIČ SLO": the nation code after the surname
    elif surnames < len(words):
        return None             # "Iren Moe BFG Fana": a club after the name
    if _header_words(words[:surnames]) * 2 >= surnames or any(w in CLUB_ACRONYMS or w in _OUTCOMES for w in words[given:surnames]):
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


class TableRuns:
    """Which run of a race a segment's rows belong to, and the discipline of a pipe table's rows.

    A table's heading may name one of several runs ("Men's 1500 Metres Final 2 Place Name ...", a line
    "Heat 1" over the rows, "B-finale"): each run is a race of its own. A pipe or tab table's column header
    ("Plass | Utøver | Klubb | Tid |") opens a race of its own (pages whose headings were lost), whose
    discipline is the one its header or the heading since the last table names, never one named elsewhere
    in the article ("(3 km)" in a list of other events) nor a column's name ("Lengde", "Høyde")."""

    def __init__(self):
        self.heading_round: str | None = None
        self.tables = 0
        self.table_start = -1
        self.in_table = False
        self.discipline = None
        self.best_columns: int | None = None        # mark columns after the result column (see `best_columns_after`)

    def see(self, seg_text: str, seg_start: int, kind: str, row: Row, race_round: str | None,
            disciplines: list[Mention], carried: Mention | None) -> str | None:
        """The segment's run (its own race_round first), with the state moved past the segment."""
        if row.place is None and _LETTER.search(seg_text):
            self.best_columns = best_columns_after(seg_text)
        if is_column_header(seg_text):
            self.tables += 1
            self.heading_round = f"table {self.tables}"
            own = [d for d in disciplines if not is_column_word(d.text)]
            if not own and carried is not None and carried.start > self.table_start and not is_column_word(carried.text):
                own = [carried]
            self.discipline = own[0].value if own else None
            self.in_table, self.table_start = True, seg_start
        elif row.place is None and _LETTER.search(seg_text) and kind != TABLE:
            self.in_table = False
            self.heading_round = round_label(seg_text, heading_line=True) or (
                None if kind == BODY or disciplines else self.heading_round)
        elif row.place is None and kind == TABLE and race_round is None:
            return self.heading_round
        elif row.place is not None and race_round is None:
            return round_label(row.header) or self.heading_round
        return race_round

    def result_marks(self, row: Row, marks: list[Mention]) -> list[Mention]:
        """A row's marks without those in its table's best-mark columns ("1 542 Ola Berg Lyn 1,54,03 1,54,03 1,57,02"
        under "SB: PB: Resultat:": 1,57,02)."""
        times = [m for m in marks if m.kind == "mark"]
        if row.place is None or self.best_columns is None or len(times) <= self.best_columns:
            return marks
        result = times[len(times) - 1 - self.best_columns]
        return [m for m in marks if m is result or m.kind != "mark"]

    def framed(self, kind: str) -> bool:
        """A segment in a pipe table under its column header: its rows take the table's discipline only."""
        return self.in_table and kind == TABLE


_LETTER = regex.compile(r"\p{L}")


# not the number of "ble nr 3. Narve Gilje Nordås ...": a placing, then the next sentence
_NORWEGIANS_HEADER = regex.compile(r"(?:^|\s)(?:Øvrige?\s+)?[Nn]orske?\s*:[^:]*$")
# "Det ble ni norske medaljer, fordelt slik:" before a list: every row is Norwegian.
_LIST_INTRO = regex.compile(r"(?<![\w])(?P<adj>norske|nordmenn|nordmennene)(?![\w])[^.!?]*:\s*$", regex.I)
_STANDINGS = regex.compile(r"sammenlagt|samanlagt|totalstilling|stillingen|cupstilling|verdenscupen totalt|poengliste", regex.I)


class ResultList:
    """What a result list carries from row to row: whether its rows are Norwegian ("Norske:", "Det ble ni
    norske medaljer, fordelt slik:"), the winner's time (a bare time far below it is a gap), the discipline
    a mark moved the list to, and whether it is standings ("Minitour sammenlagt:"), not a race."""

    def __init__(self):
        self.nationality: Mention | None = None     # the intro that made every row Norwegian
        self.move: tuple | None = None              # (discipline, the one a mark fits): the rest of the list moves too
        self.header = ""
        self.first: float | None = None             # the first time in a result list (the winner's), -1 once rows give gaps
        self.standings = False

    def see(self, row: Row, seg_text: str, seg_start: int, names_discipline: bool) -> None:
        """The list state moved past a segment."""
        if row.place is None:
            # only a segment ending in ":" can match, from after its last [.!?]: linear, not quadratic in a long segment
            intro = _LIST_INTRO.search(seg_text, max(map(seg_text.rfind, ".!?")) + 1) if seg_text.rstrip().endswith(":") else None
            self.nationality = Mention("nationality", seg_start + intro.start("adj"), seg_start + intro.end("adj"),
                                       intro["adj"], "NOR") if intro else None
        if (row.place is None and _LETTER.search(seg_text)) or (row.place is not None and row.header != self.header):
            self.move = None if row.place is None else self.move    # a line of dots ("...") does not end a list
            self.first = None
            self.header = row.header
        elif row.place is not None and names_discipline:
            self.first = None       # "Gull: Markus Rooth, tikamp (8796 p)\nGull: Jakob Ingebrigtsen, 5000 m (13.13,66)": a race per row
        if row.place is not None:
            self.standings = bool(_STANDINGS.search(row.header)) or (self.standings and bool(SUBLIST.match(row.header)))
        elif _LETTER.search(seg_text) and not (SUBLIST.match(seg_text) and seg_text.strip().endswith(":")):
            self.standings = False

    def norwegian(self, row: Row, seg_start: int) -> Mention | None:
        """The nationality NOR of a row under "Norske:" or after an intro naming Norwegians, else None."""
        if _NORWEGIANS_HEADER.search(row.header) or self.nationality:
            return self.nationality or Mention("nationality", seg_start, seg_start, "", "NOR")
        return None

    def is_gap(self, item: Mention, plausible: tuple[str, float, float] | None) -> bool:
        """In a result list after the winner's time, a time that cannot be a result near it is a gap
        ("1) Klæbo 33.38,8, 2) Tønseth 0.15,3 bak, 3) Niskanen 0.17,7"); after a gap row, every bare
        time that is not a plausible result is one."""
        if self.first is None:
            return False
        reading = read_mark(item.value, plausible)
        if reading is not None and (self.first < 0 or reading.value >= 0.5 * self.first):
            return False
        return True
