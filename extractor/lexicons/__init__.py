"""Lexicons are data files (TSV, '#' comments); this module loads each once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def rows(name: str) -> list[list[str]]:
    """The non-comment rows of lexicons/NAME as lists of tab-separated fields."""
    return list(_rows(name))


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[list[str], ...]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([field.strip() for field in line.split("\t")])
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of a word-list lexicon (lexicons/NAME: whitespace-separated, '#' comment lines)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (so "sekunder" wins over "sek")."""
    import regex
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def number_words() -> tuple[dict[str, int], dict[str, int]]:
    """(cardinals, ordinals) from numbers.tsv: {"to": 2, "tre": 3 ...}, {"andre": 2, "tredje": 3 ...}."""
    cardinals = {w: int(v) for w, v, kind, _lang in rows("numbers.tsv") if kind == "cardinal"}
    ordinals = {w: int(v) for w, v, kind, _lang in rows("numbers.tsv") if kind == "ordinal"}
    return cardinals, ordinals



class WordRows:
    r"""Lexicon rows of regular expressions matched as whole words, case-insensitive, in row order: the
    matches of the alternation `(?<![\w-])(?:row0|row1|...)(?![\w-])`, each with its row's index.

    The engine tries such an alternation alternative by alternative at every word of a text; each
    alternative alone it finds by a fast search for the literal it holds. So the positions where any
    alternative matches are found first, each alternative alone, and the alternation is asked only
    there: the same matches (the first row that matches at the first such position, then on from
    its end), in a fraction of the time."""

    def __init__(self, expressions: list[str]):
        import regex
        whole = lambda body: regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])", regex.I)
        self.rows = whole("|".join(f"(?P<r{i}>{e})" for i, e in enumerate(expressions)))
        self.alternatives = [whole(a) for e in expressions for a in top_level_alternatives(e)]

    def finditer(self, text: str):
        """(match, row index) for each match, in order."""
        for m in finditer_at(self.rows, text, starts_of(self.alternatives, text)):
            yield m, int(next(k for k, v in m.groupdict().items() if v is not None)[1:])


def starts_of(patterns, text: str) -> list[int]:
    """Every position where one of the patterns matches, in order. A pattern whose every match holds a
    literal the case-folded text does not hold is not run at all (most rows of a lexicon, in any one
    text): a substring test is far cheaper than even the engine's literal search."""
    folded = text.casefold()
    return sorted({m.start() for p in patterns if _literal_of(p) in folded for m in p.finditer(text, overlapped=True)})


def cued_search(pattern, cues, text: str, start: int = 0, end: int | None = None):
    """`pattern.search(text, start, end)`, tried only where one of the cues stands in text[start:end] (case-folded):
    the caller names cues of which every match of the pattern holds one. Most sentences hold none, and a substring
    test spares trying the pattern's alternatives at every word."""
    folded = text[start:end].casefold()
    return pattern.search(text, start, end) if any(cue in folded for cue in cues) else None


_LITERALS: dict = {}
_QUANTIFIERS = "?*{"


def _literal_of(pattern) -> str:
    """The case-folded literal every match of the compiled pattern holds, "" when it has none or it is
    not sure ("" is in every text)."""
    literal = _LITERALS.get(pattern)
    if literal is None:
        import regex
        verbose = pattern.flags & regex.VERBOSE     # spaces are no literal there
        literal = _LITERALS[pattern] = "" if verbose else required_literal(pattern.pattern)
    return literal


def required_literal(expression: str) -> str:
    r"""The longest case-folded literal every match of the expression holds: "(?<![\w-])(?:perse[rt])(?![\w-])"
    -> "perse", "(?:inne|ute)?pers(?:en|et)?" -> "pers", "\p{Ll}+\s+trioen" -> "trioen", "(?:ab)+c" -> "c".
    Conservative: it reads the top-level sequence and groups without alternatives or quantifiers, plain
    letters, digits, spaces and escaped punctuation; anything else (classes, escapes like \w, optional
    or repeated groups, alternations, lookarounds) ends a run, and a character under a quantifier is
    no part of one. Shorter than two characters gives "" (which every text holds)."""
    runs, run, i, n = [], [], 0, len(expression)

    def end_run():
        if run:
            runs.append("".join(run))
            run.clear()

    while i < n:
        c = expression[i]
        if c == "(":
            close = _group_end(expression, i)
            if close < 0:
                break
            after = expression[close + 1:close + 2]
            if expression.startswith(("(?:", "(?P<"), i) and not (after and after in _QUANTIFIERS + "+"):
                body_start = i + 3 if expression.startswith("(?:", i) else expression.index(">", i) + 1
                if len(top_level_alternatives(expression[body_start:close])) == 1:
                    expression = expression[:close] + expression[close + 1:]    # read on inside, then past its end
                    n -= 1
                    i = body_start
                    continue
            end_run()
            i = close + 1
            if expression[i:i + 1] and expression[i] in _QUANTIFIERS + "+":
                i += 1
            continue
        if c == "\\" and i + 1 < n and not expression[i + 1].isalnum():
            char, width = expression[i + 1], 2
        elif c.isalnum() or c in " -,:'":
            char, width = c, 1
        else:                       # a class, \w, \p{..}, ., an anchor, a quantifier {m,n}, |
            end_run()
            if c == "|":
                return ""           # a top-level alternation: no literal all branches hold
            i = _construct_end(expression, i)
            continue
        quantifier = expression[i + width:i + width + 1]
        if quantifier and quantifier in _QUANTIFIERS:
            end_run()
        else:
            run.append(char)
            if quantifier == "+":
                end_run()
        i += width
    end_run()
    literal = max(runs, key=len, default="").casefold()
    return literal if len(literal) >= 2 else ""


def _construct_end(expression: str, i: int) -> int:
    """Index just past the non-literal construct at i: a class "[...]", an escape "\\w" or "\\p{Ll}", a
    quantifier "{2,3}", or one character."""
    c = expression[i]
    if c == "[":
        i += 1
        i += expression.startswith("^", i)
        i += expression.startswith("]", i)
        while i < len(expression) and expression[i] != "]":
            i += 2 if expression[i] == "\\" else 1
        return i + 1
    if c == "\\":
        if expression[i + 1:i + 3] in ("p{", "P{", "N{"):
            return expression.index("}", i) + 1
        return i + 2
    if c == "{" and "}" in expression[i:]:
        return expression.index("}", i) + 1
    return i + 1


def _group_end(expression: str, open_at: int) -> int:
    """Index of the ")" that closes the group opened at `open_at`, -1 if none."""
    return next((i for i, c, depth in _structure(expression, open_at) if c == ")" and depth == 0), -1)


def _structure(expression: str, start: int = 0):
    """(index, character, group depth after it) of each character outside classes and escapes, from `start`."""
    depth, i, in_class = 0, start, False
    while i < len(expression):
        c = expression[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += expression.startswith("^", i + 1)
            i += expression.startswith("]", i + 1)       # "[]a]": a bracket first is a member
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def finditer_at(pattern, text: str, starts: list[int]):
    """What `pattern.finditer(text)` gives, asked only at `starts`, which must hold every position where
    the pattern can match: the first match from the first such position, then on from its end."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


def top_level_alternatives(expression: str) -> list[str]:
    """"a|b(?:c|d)|[|]e" -> ["a", "b(?:c|d)", "[|]e"]: split at the bars outside groups and classes."""
    bars = [i for i, c, depth in _structure(expression) if c == "|" and depth == 0]
    return [expression[s:e] for s, e in zip([0] + [i + 1 for i in bars], bars + [len(expression)])]
