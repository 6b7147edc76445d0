"""Record flags: PB SB NR ER WR WL MR season_debut DNF DQ DNS from the phrases in flags.tsv;
"=" in front when the record was equalled ("tangerte den norske rekorden" -> "=NR"). No flag for a record
missed, aimed at, not approved ("ble ikke godkjent som norsk rekord") or set in an age class."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicons import WordRows, rows
from ..mentions import Mention

_EQUALLED_BEFORE = regex.compile(r"(?:tangert|tangerte|tangerer|tangere|tangering|utlignet|utliknet|likt med)\s+(?:\w+\s+){0,3}$", regex.I)
_NEGATED_BEFORE = regex.compile(r"(?:\bikke(?!\s+minst)|\bikkje(?!\s+minst)|\baldri|\bmot|\bnær|\bunder|\bbak|\bover|\b(?-i:[Ff]ra))\s+(?:\w+\s+){0,1}$"
                             r"|\bbak\s+(?:sin|si|sitt|hans|hennes)\s+(?:egen|eigen|eiga|eige)\s+$"
                             # "71 hundredeler bak Amalie Iuels norgesrekord", "bak den 30 år gamle norske rekorden": someone's record, not reached
                             r"|\b(?:bak|unna)\s+(?:(?:den|det|sin|si|sitt|hans|hennes|hennar|egen|eigen|eiga|gamle|tidligere|tidlegare|forrige|førre|"
                             r"\d+|år|(?-i:\p{Lu})[\p{L}-]*)\s+){1,5}$", regex.I)
# "U18-verdensrekord", "U-20 verdensrekord", "junior-VM-rekord": a record of an age class, no flag
_CLASS_BEFORE = regex.compile(r"(?:\bU-?\d{2}|\bjunior|\bveteran|\bungdoms|\b[JGKMW]\d{2})(?:-|\s)?$", regex.I)
# "ble ikke tiden godkjent som norsk rekord", "for sterk vind for godkjend pers": a record that does not count
_NOT_COUNTED_BEFORE = regex.compile(r"(?:\b(?:ikke|ikkje)\s+(?:\S+\s+){0,6}(?:godkjent|godkjend|telle|telje|regnes|reknast)\s+som"
                                    r"|\b(?:teller|tel|telte)\s+(?:ikke|ikkje)\s+som|\bfor\s+godkjen[dt])\s+$", regex.I)
# "klarte ikke å sette løyperekord", "det ikke ble enda en ny verdensrekord": a record not set
_NOT_SET_BEFORE = regex.compile(r"(?:\b(?:ikke|ikkje)\s+(?:å\s+(?:sette|setje|slå|ta)|ble|blei|vart)|\b(?:ble|blei|vart)\s+(?:det\s+)?(?:ikke|ikkje))"
                             r"\s+(?:\w+\s+){0,3}$", regex.I)
# "på jakt etter den norske rekorden", "håpet på å sette ny norsk rekord", "unna norsk rekord": a record aimed at
_TARGET_BEFORE = regex.compile(r"(?:\bjakt\s+(?:etter|på)|\bjakter|\bjaktar|\bhåp(?:et|er|a)\s+på|\bdr(?:ømmer|øymer|ømte)\s+om"
                               r"|\bmål(?:et)?\s+(?:om|er|var)|\bunna)\s+(?:\S+\s+){0,4}$", regex.I)
# "som ville vært norsk seniorrekord", "hadde det vært verdensrekord": a record that would have been
_HYPOTHETICAL_BEFORE = regex.compile(r"\b(?:ville|hadde|skulle|kunne)(?:\s+(?:det|den|ha))?\s+(?:vært|vore|blitt|gitt|gjeve)\s+(?:\S+\s+){0,2}$", regex.I)
# "mesterskapsrekord for klasse 65-69 år", "verdensrekorden i U18-klassen": an age-class record, no flag
_CLASS_AFTER = regex.compile(r"^\s+(?:for|i)\s+(?:\S+\s+){0,2}?(?:(?:klasse\s+)?\d+-\d+\s+år|klasse\s+\d+\s+år|\d+-år(?:ingar|inger|sklass\w*)|[KMJGU]\d+\w*|(?!(?:herre|dame|kvinne|manns|elite|senior|åpen)\w*klass)\S*klass(?:en|a|e)?|junior\w*|veteran\w*)(?![\w-])", regex.I)
# "brøt drømmegrensen", "brøt magisk grense": a barrier broken, not a race given up
_BARRIER_AFTER = regex.compile(r"^\s+(?:\S+\s+)?\W?\w*grens", regex.I)


@lru_cache(maxsize=1)
def _pattern():
    expressions = [expression for expression, _flag in rows("flags.tsv")]
    flags = [flag for _expr, flag in rows("flags.tsv")]
    case_sensitive = {"DNF", "DNS", "DQ", "DSQ", "PB", "SB", "NR", "WL", "MR", "WR", "ER"}
    return WordRows(expressions), flags, case_sensitive


def find_flags(text: str) -> list[Mention]:
    lexicon, flags, case_sensitive = _pattern()
    out = []
    for m, index in lexicon.finditer(text):
        flag = flags[index]
        if m.group().upper() in case_sensitive and not m.group().isupper():
            continue
        before = text[max(0, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 40]
        if _NEGATED_BEFORE.search(before) or _NOT_COUNTED_BEFORE.search(before) or _NOT_SET_BEFORE.search(before) \
                or _TARGET_BEFORE.search(before) or _HYPOTHETICAL_BEFORE.search(before):
            continue
        if (flag != "DNF" and (_CLASS_AFTER.match(after) or _CLASS_BEFORE.search(before))) or (flag == "DNF" and _BARRIER_AFTER.match(after)):
            continue
        if _EQUALLED_BEFORE.search(before):
            flag = "=" + flag
        out.append(Mention("flag", m.start(), m.end(), m.group(), flag))
    return out
