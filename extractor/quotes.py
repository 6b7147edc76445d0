"""Quote scope: what an athlete or coach says is no result report. A paragraph that opens with a quote
dash or quotation mark is quoted up to its attribution ("..., sa Myhre i målområdet."); the narrative
after it ("Hun fikk sluttida 2.46,48.") is reported again, until a new quote opens."""
from __future__ import annotations

import regex

_QUOTE = regex.compile(r"(?<![ \t])[ \t]*(?:[–—-]\s(?!\p{Lu}{2,}\s)|[«\"])")     # not a table row "- BELL Alexandra GBR DNF"
# ", sa Myhre til NRK etter løpet.", "», smilte hun." (the comma keeps "Jeg så Rodal sa at ..." inside the quote)
_ATTRIBUTION = regex.compile(r"[,!?»\"]\s*(?:sa|sier|seier|fortalte|fortalde|forteller|fortel|smilte|smila|lo|ler|uttalte|"
                             r"konstaterte|la\s+til|legger\s+til|legg\s+til)\s[^.!?\n–«]{0,100}[.!?](?=\s)", regex.I)
# "..., sa Jæger, som lørdag vant 60 meter på 7,37.", "..., seier Kyte, som stakk av med bronsemedaljen": the relative
# clause on the speaker is the reporter's again
_SPEAKER_RELATIVE = regex.compile(r"[,!?»\"]\s*(?:sa|sier|seier|fortalte|fortalde|forteller|fortel|smilte|smila|uttalte|konstaterte)"
                                  r"\s+[^.!?\n–«,]{1,60},\s+(?:som|sem)\s", regex.I)
_QUOTE_OPENS = regex.compile(r"(?:^|\s)(?:[–—-]\s|«)")
_REACH = 1500       # how far back an attribution is looked for: a bounded window, not the whole paragraph


def in_quote(text: str, position: int) -> bool:
    """Inside a quote: in a paragraph opening with a quote, before its attribution or after a new opener."""
    paragraph_start = text.rfind("\n", 0, position) + 1
    if _QUOTE.match(text, paragraph_start) is None:
        return False
    said = None
    for said in _ATTRIBUTION.finditer(text, max(paragraph_start, position - _REACH), position):
        pass
    return said is None or _QUOTE_OPENS.search(text, said.end(), position) is not None


def reported_from(text: str, start: int, end: int) -> int | None:
    """Where a quoted segment's relative clause on its speaker starts (the reporter's words), if it has one."""
    said = None
    for said in _SPEAKER_RELATIVE.finditer(text, start, end):
        pass
    return said.end() if said else None
