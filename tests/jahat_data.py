"""The hostile input of ``test_masukan_jahat`` and the tools that read what sakip answers: the forms of a page as a
browser would post them, the text of every format (HTML, JSON, Word, Excel, PDF), and a crawl that records every
answer instead of stopping at the first error. Issue 17: every text a user can type is stored and shown as typed
(minus the control characters no document can hold), never a formula, never markup, never a file read."""

from __future__ import annotations

import io
import json
import re
import traceback
import zipfile
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.test import Client

# --- the hostile strings -------------------------------------------------------------------------------------

# Short label → value. The formula prefixes come first: each field starts with one of them.
JAHAT: dict[str, str] = {
    "hyperlink": '=HYPERLINK("http://x","y")',
    "rumus": "=1+1",
    "plus": "+1",
    "minus": "-1+2",
    "at": "@SUM(A1)",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
    "kendali": "a\x0b\x1b\x08\x01b",
    "nul": "a\x00b",
    "lebar_nol": "a\u200bb",
    "typst_baca": '#read("/etc/passwd")',
    "typst": "$x$ *bold* #set page(width: 1cm)",
    "html": "<script>alert(1)</script>",
    "templat": "{{ settings.SECRET_KEY }}{% debug %}",
    "rtl": "\u202eabc",  # last: a right-to-left override turns the rest of its paragraph around
}
AWALAN = ["hyperlink", "rumus", "plus", "minus", "at", "tab", "cr"]  # what a spreadsheet reads as a formula

# Every hostile string but the prefixes, in one text (the RTL override last).
CAMPURAN = " ".join(v for k, v in JAHAT.items() if k not in AWALAN)

# 100 KB pasted: words of 1.000 letters (a line that cannot break) separated by spaces.
BESAR = " ".join(["abcdefghij" * 100] * 100)[:100_000]
assert len(BESAR) == 100_000

TERLARANG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # what the door drops (core/teks.py)
PASSWD = "root:x:0"  # what /etc/passwd starts with: never in a document


def campur(awalan: str, batas: int | None = None) -> str:
    """A field's hostile text: a formula prefix, then every other hostile string; cut to a field's ``batas``."""
    teks = f"{JAHAT[awalan]} {CAMPURAN}"
    if batas is not None and len(teks) > batas:
        teks = JAHAT[awalan] if len(JAHAT[awalan]) <= batas else "=1+1"[:batas]  # a 2-letter grade field: "=1"
    return teks


def bersih(teks: str) -> str:
    """What must be stored and shown of ``teks`` typed in a form: control characters and NUL dropped, the ends
    stripped (Django's form fields strip)."""
    return TERLARANG.sub("", teks).strip()


def padat(teks: str) -> str:
    """``teks`` without any whitespace: how texts are compared across formats (a Word tab, a PDF line break)."""
    return "".join(teks.split())


def potongan_pdf(teks: str) -> list[str]:
    """The words of a hostile text a PDF's extracted text must show: those of printable ASCII, 3+ characters
    (text extraction drops zero-width characters and reorders right-to-left ones; a line breaks between words)."""
    return [w for w in TERLARANG.sub("", teks).split() if len(w) >= 3 and re.fullmatch(r"[\x21-\x7e]+", w)]


def tampil(j: Jawaban, teks: str) -> bool:
    """Whether the answer ``j`` shows ``teks`` as typed (control characters dropped; whitespace aside)."""
    if j.jenis == "pdf":
        flat = padat(j.teks)  # a word broken at a line's end ("http://" | "x") is whole again here
        return all(w in j.teks or w in flat for w in potongan_pdf(teks))
    # JSON is data, not a document: it may carry a control character (escaped); every other format drops it.
    shown = TERLARANG.sub("", j.teks) if j.jenis == "json" else j.teks
    return padat(TERLARANG.sub("", teks)) in padat(shown)


# --- the forms of a page, as a browser posts them -----------------------------------------------------------


@dataclass
class Formulir:
    action: str
    method: str
    medan: list[tuple[str, str]] = field(default_factory=list)  # name, value as the browser would send them
    tombol: list[tuple[str, str]] = field(default_factory=list)  # submit buttons (name, value)
    nama: set[str] = field(default_factory=set)  # every field name, sent or not (an unticked box)


class _BacaFormulir(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Formulir] = []
        self._form: Formulir | None = None
        self._textarea: tuple[str, list[str]] | None = None
        self._select: tuple[str, bool, list[tuple[str, bool]]] | None = None
        self._option: tuple[str | None, bool, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = Formulir(a.get("action", ""), a.get("method", "get").lower())
            self.forms.append(self._form)
            return
        f = self._form
        if f is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            f.nama.add(name)
            if kind in ("submit", "image"):
                f.tombol.append((name, a.get("value", "")))
            elif kind in ("checkbox", "radio"):
                if "checked" in a:
                    f.medan.append((name, a.get("value", "on")))
            elif kind not in ("file", "button", "reset"):
                f.medan.append((name, a.get("value", "")))
        elif tag == "button" and name:
            f.tombol.append((name, a.get("value", "")))
        elif tag == "textarea" and name:
            f.nama.add(name)
            self._textarea = (name, [])
        elif tag == "select" and name:
            f.nama.add(name)
            self._select = (name, "multiple" in a, [])
        elif tag == "option" and self._select is not None:
            self._option = (a.get("value"), "selected" in a, [])

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1].append(data)
        if self._option is not None:
            self._option[2].append(data)

    def handle_endtag(self, tag):
        if tag == "option" and self._option is not None and self._select is not None:
            value, selected, text = self._option
            self._select[2].append((value if value is not None else "".join(text).strip(), selected))
            self._option = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            text = "".join(self._textarea[1])
            self._form.medan.append((self._textarea[0], text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "select" and self._select is not None and self._form is not None:
            if self._option is not None:
                self.handle_endtag("option")
            name, multiple, options = self._select
            chosen = [v for v, s in options if s] or ([] if multiple or not options else [options[0][0]])
            self._form.medan.extend((name, v) for v in chosen)
            self._select = None
        elif tag == "form":
            self._form = None


def formulir(html: str) -> list[Formulir]:
    parser = _BacaFormulir()
    parser.feed(html)
    return parser.forms


def kirim(client: Client, url: str, ubah: dict[str, str], *, tombol: tuple[str, str] | None = None,
          tambah: dict | None = None, pilih: str | None = None):
    """Open ``url``, take the POST form that has every field of ``ubah`` (and the button ``tombol``), change
    those fields and post it as a browser would (the other fields as the page filled them). ``tambah``: more
    values (a file). Returns the answer to the POST."""
    page = client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    cocok = [f for f in formulir(page.content.decode()) if f.method == "post"
             and set(ubah) <= f.nama and (tombol is None or tombol in f.tombol) and (pilih is None or pilih in f.nama)]
    assert cocok, f"{url}: tidak ada formulir dengan {sorted(ubah)} {tombol or ''}"
    f = cocok[0]
    data: dict[str, list[str]] = {}
    for name, value in f.medan:
        if name not in ubah:
            data.setdefault(name, []).append(value)
    for name, value in ubah.items():
        data[name] = [value]
    if tombol is not None:
        data[tombol[0]] = [tombol[1]]
    data.update(tambah or {})
    action = f.action or url
    if action.startswith("?"):
        action = url.split("?")[0] + action
    return client.post(action, data)


# --- what sakip answers, read as text -------------------------------------------------------------------------


class _TeksHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.teks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        for k, v in attrs:  # values of inputs and titles are shown to the user too
            if k in ("value", "title") and v:
                self.teks.append(v)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.teks.append(data)


def _teks_html(html: str) -> str:
    parser = _TeksHtml()
    parser.feed(html)
    return "\n".join(parser.teks)


def _teks_json(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [t for v in data.values() for t in _teks_json(v)]
    if isinstance(data, list):
        return [t for v in data for t in _teks_json(v)]
    return []


def _teks_docx(isi: bytes) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(io.BytesIO(isi))
    parts = [doc.element.body, *(s.header._element for s in doc.sections), *(s.footer._element for s in doc.sections)]
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for part in parts for p in part.iter(qn("w:p")))


def _xml_zip(isi: bytes) -> str:
    """Every XML part of an OOXML file, unpacked (where a file's content would land)."""
    with zipfile.ZipFile(io.BytesIO(isi)) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".xml", ".rels")))


@dataclass
class Jawaban:
    """One answer of sakip: its status, the exception behind a 500, and its text as a user reads it."""

    url: str
    status: int
    jenis: str = ""  # html, json, docx, xlsx, pdf, lain
    galat: str = ""  # a 500: the exception and where it was raised
    teks: str = ""  # the text a user reads
    mentah: str = ""  # the bytes as text (unpacked for Word/Excel): where a secret or a file could hide
    rumus: list[str] = field(default_factory=list)  # xlsx: the cells that are formulas
    halaman_sempit: list[float] = field(default_factory=list)  # pdf: widths of pages under 400 pt (A5 is 420)
    skrip_mentah: bool = False  # html: ``<script>alert(1)`` unescaped in the page

    def ringkas(self) -> str:
        return f"{self.url} → {self.status}" + (f" ({self.galat})" if self.galat else "")


def galat(response) -> str:
    """The exception of a 500 as one line: type, message, the last frame of sakip's code."""
    exc_info = getattr(response, "exc_info", None)
    return uraian_galat(*exc_info) if exc_info else ""


def uraian_galat(kind, value, tb) -> str:
    """An exception as one line: its type, message and the last frame in sakip (else the last frame)."""
    frames = traceback.extract_tb(tb)
    own = [fr for fr in frames if "/sakip/" in fr.filename] or frames
    where = f"{own[-1].filename.split('/main/')[-1]}:{own[-1].lineno} in {own[-1].name}" if own else ""
    return f"{kind.__name__}: {str(value)[:160]} @ {where}"


def baca(url: str, response) -> Jawaban:
    """Read ``response`` as the user would: status, exception, and the text of whatever format it is."""
    j = Jawaban(url, response.status_code, galat=galat(response))
    if response.status_code != 200 or getattr(response, "streaming", False):
        return j
    isi = response.content
    ctype = response.get("Content-Type", "")
    if "html" in ctype:
        html = isi.decode()
        j.jenis, j.teks, j.mentah = "html", _teks_html(html), html
        j.skrip_mentah = "<script>alert(1)" in html
    elif "json" in ctype:
        j.jenis, j.mentah = "json", isi.decode()
        j.teks = "\n".join(_teks_json(json.loads(isi)))
    elif "wordprocessingml" in ctype:
        j.jenis, j.teks, j.mentah = "docx", _teks_docx(isi), _xml_zip(isi)
    elif "spreadsheetml" in ctype:
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(isi))
        cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        j.jenis, j.mentah = "xlsx", _xml_zip(isi)
        j.rumus = [f"{c.parent.title}!{c.coordinate}={str(c.value)[:40]}" for c in cells if c.data_type == "f"]
        j.teks = "\n".join(str(c.value) for c in cells)
    elif "pdf" in ctype:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(isi))
        j.jenis = "pdf"
        j.teks = "\n".join(p.extract_text() or "" for p in reader.pages)
        j.mentah = j.teks
        j.halaman_sempit = [float(p.mediabox.width) for p in reader.pages if float(p.mediabox.width) < 400]
    else:
        j.jenis, j.mentah = "lain", isi.decode("latin-1")
    return j


# --- the crawl --------------------------------------------------------------------------------------------------

LEWATI = re.compile(r"/admin/|/static/|/media/|keluar|/bukti/\d+/unduh")
UNDUHAN = re.compile(r"unduh|format=|/berkas/|templat\.xlsx|\.(pdf|docx|xlsx|json)\b")


def _tautan(html: str) -> set[str]:
    return {h.replace("&amp;", "&") for h in re.findall(r'href="(/[^"#]*)"', html) if not LEWATI.search(h)}


def jenis_url(url: str) -> str:
    """Links that differ only by a row id are one kind of page, followed once (as ``test_jelajah`` does)."""
    return re.sub(r"/(\d+)/", lambda m: m.group(0) if 1900 <= int(m.group(1)) <= 2100 else "/N/", url)


def jelajah(client: Client, mulai: list[str], unduhan: dict[str, Jawaban], kedalaman: int = 2) -> dict[str, Jawaban]:
    """Every page reachable from ``mulai`` (each of them, then two clicks deep, one page per kind) and every
    download linked from them. A download is read once for all roles: ``unduhan`` holds those already read."""
    seen: dict[str, Jawaban] = {}
    kinds: set[str] = set()
    queue = deque((u, 0) for u in mulai)
    while queue:
        url, d = queue.popleft()
        file = bool(UNDUHAN.search(url))
        if url in seen or url in unduhan or (d > 0 and not file and jenis_url(url) in kinds):
            continue
        kinds.add(jenis_url(url))
        response = client.get(url, follow=not file)
        seen[url] = j = baca(url, response)
        if file:
            unduhan[url] = j
        if d < kedalaman and j.jenis == "html":
            queue.extend((link, d + 1) for link in _tautan(j.mentah) if link not in seen)
    return seen
