"""Text an attacker (or an unlucky paste) might put in a client's name, note or address.

Shared by the tests of every paper and every widget that shows client data: each must show
the text as it is, never read it as markup, and never fail on it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

from services.papers.pdf_page import MARGIN

CONTROLS = "".join(chr(c) for c in range(0x20))
# What a person could store: the vault refuses control characters in names (and all but
# the tab and the line break in notes), so these are the ones a widget can be shown.
STORABLE = (
    '<img src="/etc/passwd"/>',
    '<a href="file:///etc">x</a>',
    "<font size=60>BIG</font>",
    "</para>",
    "&amp; &#x41; &lt;b&gt;",
    "Ann\u202eevil\u200f Smith",
    "W" * 200,  # a name is at most 200 characters
    "Ёлка Éloïse Nuñez-Łódź",
    "<b>Bold</b> <i>it</i> <br/> <p>para</p>",
)
# And what a paper must survive anyway (an old backup, a file restored from elsewhere).
HOSTILE = (*STORABLE, "W" * 300, f"Ctl{CONTROLS}end")
LONG_WORD = "W" * 300
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e"


def on_paper(text: str) -> str:
    """What a paper prints for `text`: a tab is a space, each line break (LF, CR, VT, FF,
    FS, GS, RS) is a line break, every other control character is dropped."""
    kept = []
    for ch in text:
        if ch == "\t" or ch in LINE_BREAKS:
            kept.append(" ")
        elif unicodedata.category(ch) != "Cc":
            kept.append(ch)
    return "".join(kept)


def squashed(text: str) -> str:
    """Text without its white space: lines wrap wherever the column ends."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class PaperFacts:
    text: str
    heads: str
    images: int
    links: int


def facts(pdf: bytes) -> PaperFacts:
    """The text of the pages (white space squashed) apart from the running heads above the
    text of the pages after the first (so that a text broken over two pages reads on), the
    running heads' text, and how many images and link annotations the PDF holds."""
    reader = PdfReader(io.BytesIO(pdf))
    images = links = 0
    texts: list[str] = []
    heads: list[str] = []
    for number, page in enumerate(reader.pages):
        top = float(page.mediabox.height) - MARGIN

        def visit(text: str, cm: list[float], tm: list[float], *_: object,
                  first: bool = number == 0, top: float = top) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            (texts if first or y < top else heads).append(text)

        page.extract_text(visitor_text=visit)
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        if xobjects is not None:
            images += sum(1 for ref in xobjects.get_object().values()
                          if ref.get_object().get("/Subtype") == "/Image")
        for annotation in page.get("/Annots") or []:
            if annotation.get_object().get("/Subtype") == "/Link":
                links += 1
    return PaperFacts(squashed("".join(texts)), squashed("".join(heads)), images, links)


def assert_printed_as_text(pdf: bytes, baseline: bytes, *texts: str) -> None:
    """Each text is in the PDF as it was written (see `on_paper`), and the PDF embeds no
    image and no link the same paper with ordinary words does not."""
    found, plain = facts(pdf), facts(baseline)
    for text in texts:
        printed = squashed(on_paper(text))
        assert printed in found.text or printed in found.heads, text
    assert (found.images, found.links) == (plain.images, plain.links)
