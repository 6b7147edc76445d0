"""Layout blocks by shape: each line of a page -> its kind. Lines written for these tests in the
shapes of Norwegian news pages, local-paper result lists and encyclopedia biographies."""
from __future__ import annotations

import pytest
import regex

from extractor.layout import layout
from extractor.mentions import Mention

# (page, kinds of its non-empty lines in order)
PAGES = [
    ("Moe best på Bislett\n\nIda Moe vant 1500 meter på 4.15,02 torsdag kveld. Siri Dahl ble nummer to, "
     "mens Kari Lund tok tredjeplassen på Bislett stadion i Oslo i et jevnt løp hele veien inn.",
     ["headline", "body"]),
    ("Publisert 14.06.2023 21:47\nIda Moe vant 1500 meter på 4.15,02.", ["byline", "body"]),
    ("Oppdatert: 21.47\nIda Moe vant.", ["byline", "body"]),
    # who posted the page and when: no race's day
    ("Postet av Gular IL - Friidrett den 3. Jun 2023\nIda Moe vant.", ["byline", "body"]),
    ("Av NTB | 14.06.2023 21:47:02\nIda Moe vant.", ["byline", "body"]),
    ("Postet av Per Olsen den 2. juni 2023\nIda Moe vant.", ["byline", "body"]),
    ("Skrevet av Kari Lund 12.05.2024\nIda Moe vant.", ["byline", "body"]),
    ("Av Per Olsen skrevet 12.05.2024 om Ida Moe og stevnet i Bergen hvor hun vant 1500 meter.\nIda Moe vant.", ["body", "body"]),
    ("Ida Moe på vei mot seier i Bergen. Foto: Per Olsen / NTB\nHun vant på 4.15,02.", ["caption", "body"]),
    ("I EM i Roma (bildet) ble det sølv. (Foto: arrangøren)\nHun vant.", ["caption", "body"]),
    ("Les også: Moe slo til igjen i Oslo\nHun vant.", ["caption", "body"]),
    ("– Det var tungt på slutten, sier Moe.\nHun vant.", ["quote", "body"]),
    ("«Jeg er fornøyd», sa hun.\nHun vant.", ["quote", "body"]),
    ("Resultater:\n1. Ida Moe, Tjalve 4.15,02\n2. Siri Dahl, Gular 4.16,80", ["heading", "table", "table"]),
    ("Menn 5000 m: 1) Ola Berg, Norge 13.40,12, 2) Per Lie, Norge 13.45,01", ["table"]),
    ("Plass | Utøver | Klubb | Tid |\n---|---|---|---|\nKari Lund | IL Gneist | 12.4 |", ["table", "junk", "table"]),
    ("Navn\tKlubb\tTid\nKari Lund\tGneist\t12,4", ["table", "table"]),
    ("Gull Spyd 1991, 1993, 1995[3]\nSølv Kule 1990", ["table", "table"]),
    ("Bronse Helsingfors 1994 Diskos", ["table"]),
    ("[rediger | rediger kilde]", ["junk"]),
    ("***", ["junk"]),
    ("Født3. mars 1971\nKlubbTjalve\nNasjonalitetNorge", ["infobox", "infobox", "infobox"]),
    ("Pers: 4.01,12\nKlubb: Tjalve", ["facts", "facts"]),
    # a year is no timestamp: a title line with one is a heading
    ("NORDMARKA TERRENGLØP 2024\n1. Ola Berg, BUL 26.41\n2. Per Lie, Lyn 27.02", ["heading", "table", "table"]),
    ("Kvinner\n\n100 meter", ["heading", "heading"]),
    # rows opened by a bare row number (a bib may follow) with a mark: a result list, not headings
    ("Resultater\n1   214 Ola Berg Gular 1,52,10\n2   37 Per Lie IL Gneist 1,53,04", ["heading", "table", "table"]),
    ("1 Kari Moe Tjalve 4,05,87\n2 Eva Lund BUL 4,07,47", ["table", "table"]),
    ("01 1 Siri Dahl SK Vidar 11,57", ["table"]),
    ("1    Ole HAUGEN          NOR    3:45,61   MR", ["table"]),
    # a bulleted list of other events or articles, each dated: a listing, none of them the page's race
    ("Følgende øvelser ble holdt utenfor hovedstevnet:\n- Stafetter – Moss 29. september\n- Maraton – Elverum 3. august",
     ["heading", "listing", "listing"]),
    ("Lignende saker\n- 6. mai 2024Sterk start for Ola Berg i Bergen\n- 3. mai 2024Kari Moe vant NM i Oslo",
     ["heading", "listing", "listing"]),
    # ... not one bulleted line, a list of results, quotes, or undated items
    ("- Stafetter – Moss 29. september", ["heading"]),
    ("- Ola Berg vant 800 meter på 1.50,10 i 2024\n- Kari Moe vant 1500 meter på 4.10,20 i 2024", ["heading", "heading"]),
    ("- Det var tungt i 2023, sier hun.\n- Jeg er fornøyd, sa Moe i 2024.", ["quote", "quote"]),
    ("- Herrer\n- Damer", ["heading", "heading"]),
    # a number opening a title or a sentence without a mark stays what it was
    ("3 medaljer til Norge i Roma", ["heading"]),
    ("10 løpere stilte til start", ["heading"]),
]


@pytest.mark.parametrize("page,kinds", PAGES)
def test_block_kinds(page: str, kinds: list[str]) -> None:
    assert [b.kind for b in layout(page).blocks] == kinds


def test_kind_at_a_position() -> None:
    page = "Ida Moe vant i Oslo. Foto: NTB\nHun vant på 4.15,02 i Bergen i går kveld foran mange tilskuere."
    blocks = layout(page)
    assert blocks.kind_at(page.index("Oslo")) == "caption"
    assert blocks.kind_at(page.index("Bergen")) == "body"


# (page, the capitalised words, dates and ages kept): edit links and buttons inside a line are no content
FURNITURE = [
    ("Født3. mai 1971Rediger på Wikidata (52 år)", ["Født", "3. mai 1971", "52 år"]),
    ("Sportsjef Hentet fra Wikidata Bergen", ["Sportsjef", "Bergen"]),
    ("Remove ads\nHun vant i Roma.", ["Hun", "Roma"]),
]


@pytest.mark.parametrize("page,kept", FURNITURE)
def test_furniture_holds_no_mentions(page: str, kept: list[str]) -> None:
    words = [Mention("word", m.start(), m.end(), m.group()) for m in regex.finditer(r"\d+\. mai 1971|\d+ år|\p{Lu}\p{Ll}+", page)]
    assert [m.text for m in layout(page).without_furniture({"word": words})["word"]] == kept
