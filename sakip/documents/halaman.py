"""Page numbers in the contents and the list of tables of a Word file, found by printing it once with LibreOffice.

A Word contents field holds a cached result: Word recomputes it when the file opens (``updateFields``, after a
question to the user), LibreOffice never does, so an office without MS Word sees the entries without numbers.
sakip therefore writes the numbers into the cached result itself:

1. every entry gets a right-aligned tab stop with a dot leader and a placeholder number as wide as a real one;
2. a marker (``ZQX001QXZ``: 1 pt, white) is put at the start of the heading or caption each entry names, and one
   at the start of the body (the section that restarts the numbering at 1);
3. the marked file is printed to PDF with LibreOffice headless (``soffice --convert-to pdf``) and the page of
   every marker is read from the PDF's text (``pdftotext``, else pypdf);
4. the page of an entry becomes its printed label as the footers number the pages — the front matter in lower
   roman counted from the cover (i, ii, …), the body from 1 — the markers are taken out again, the numbers written
   in, and ``updateFields`` dropped (the numbers are there; Word's own update stays one click away: the
   entries are still a contents field).

The labels are cached by a hash of the marked file's content (its parts but the dated ``docProps``), in
``VAR_DIR/cache/halaman/``: the same document downloaded again costs no LibreOffice run. Without LibreOffice,
or when it fails or takes longer than ``settings.HALAMAN_BATAS_DETIK`` (120 s unless set), the entries stay
without numbers and ``updateFields`` stays set (Word numbers them on opening) — the file is never refused.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from django.conf import settings
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

log = logging.getLogger(__name__)

PENANDA = "ZQX{:03d}QXZ"
POLA_PENANDA = re.compile(r"ZQX(\d{3})QXZ")
AWAL_ISI = 0  # the marker of the body's first paragraph; the entries count from 1
CONTOH_NOMOR = "000"  # the placeholder while printing: as wide as a real page number
BATAS_DETIK = 120
ROMAWI = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def romawi(n: int) -> str:
    """``4`` → ``"iv"`` (lower case, as Word's ``lowerRoman``)."""
    out = []
    for nilai, huruf in ROMAWI:
        while n >= nilai:
            out.append(huruf)
            n -= nilai
    return "".join(out)


def beri_nomor(document, daftar: Sequence[tuple[Sequence, Callable[[object], bool]]], lebar: int,
               simpan: Callable[[], bytes]) -> bytes:
    """Write page numbers into pre-filled lists of a python-docx ``document`` and return the file's bytes.

    ``daftar`` holds, per list (the contents, the list of tables), its entry paragraphs in order and a test of
    the body paragraphs an entry may name (a heading, a caption); ``lebar`` is the text width (EMU) where the
    numbers stand; ``simpan`` serialises the document. Falls back to entries without numbers (see the module).
    """
    entri = [p for paragraphs, _ in daftar for p in paragraphs]
    nomor = [_siapkan_entri(p, lebar) for p in entri]
    sasaran = _cari_sasaran(document, daftar)
    label = None
    if sasaran is not None:
        penanda = [_penanda(p, i) for i, p in enumerate(sasaran, start=1)]
        awal = _awal_isi(document)
        if awal is not None:
            penanda.append(_penanda(awal, AWAL_ISI))
        try:
            label = _label(simpan(), len(sasaran), depan=[awal is not None and _sebelum(s, awal) for s in sasaran],
                           mulai=_mulai_depan(document))
        finally:
            for run in penanda:
                run.getparent().remove(run)
    else:
        log.warning("Daftar isi: judul yang dirujuk tidak semuanya ditemukan; nomor halaman tidak diisi.")
    if label is None:
        for t in nomor:  # today's lists: the entries alone, Word numbers them on opening
            for run in t:
                run.getparent().remove(run)
    else:
        for (_, angka), teks in zip(nomor, label, strict=True):
            angka.text = teks
        _tanpa_pembaruan(document)
    return simpan()


def _siapkan_entri(paragraph, lebar: int):
    """A right tab stop with dots at ``lebar``, then a tab and the placeholder number; returns both runs."""
    paragraph.paragraph_format.tab_stops.add_tab_stop(lebar, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    tab = paragraph.add_run()
    tab._r.append(OxmlElement("w:tab"))
    angka = paragraph.add_run(CONTOH_NOMOR)
    return tab._r, angka._r.find(qn("w:t"))


def _teks(paragraph) -> str:
    """The paragraph's text before its first tab (an entry's number follows a tab), spaces collapsed."""
    return " ".join(paragraph.text.split("\t")[0].split())


def _cari_sasaran(document, daftar) -> list | None:
    """The body paragraph each entry names, in the entries' order: each list is matched in document order, so a
    title used twice finds its own place; ``None`` when an entry finds none."""
    entri_id = {id(p._p) for paragraphs, _ in daftar for p in paragraphs}
    body = [p for p in document.paragraphs if id(p._p) not in entri_id]
    out = []
    for paragraphs, cocok in daftar:
        i = 0
        for entry in paragraphs:
            teks = _teks(entry)
            while i < len(body) and not (cocok(body[i]) and _teks(body[i]) == teks):
                i += 1
            if i == len(body):
                return None
            out.append(body[i])
            i += 1
    return out


def _awal_isi(document):
    """The first paragraph after the section break that ends the front matter; ``None`` without one."""
    body = document.element.body
    for n, el in enumerate(body):
        ppr = el.find(qn("w:pPr")) if el.tag == qn("w:p") else None
        if ppr is not None and ppr.find(qn("w:sectPr")) is not None:
            for nxt in body[n + 1:]:
                if nxt.tag == qn("w:p"):
                    from docx.text.paragraph import Paragraph

                    return Paragraph(nxt, document._body)
            return None
    return None


def _sebelum(a, b) -> bool:
    """Whether paragraph ``a`` comes before paragraph ``b`` in the body (the front matter before the body)."""
    body = a._p.getparent()
    return body is b._p.getparent() and body.index(a._p) < body.index(b._p)


def _penanda(paragraph, nomor: int):
    """A tiny white marker run at the start of ``paragraph``; returns its element."""
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    for tag, val in (("w:color", "FFFFFF"), ("w:sz", "2"), ("w:szCs", "2")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        rpr.append(e)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = PENANDA.format(nomor)
    run.append(t)
    ppr = paragraph._p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(run)
    else:
        paragraph._p.insert(0, run)
    return run


def _tanpa_pembaruan(document) -> None:
    """The numbers are written: no ``updateFields`` question when Word opens the file, no dirty field."""
    settings_el = document.settings.element
    for e in settings_el.findall(qn("w:updateFields")):
        settings_el.remove(e)
    for e in document.element.body.iter(qn("w:fldChar")):
        e.attrib.pop(qn("w:dirty"), None)


def kunci(docx: bytes) -> str:
    """A hash of a .docx's content: every part but ``docProps`` (dated when the file is made)."""
    h = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        for name in sorted(z.namelist()):
            if not name.startswith("docProps/"):
                h.update(name.encode() + b"\0" + z.read(name) + b"\0")
    return h.hexdigest()


def _folder_cache() -> Path:
    return Path(getattr(settings, "HALAMAN_CACHE", Path(settings.VAR_DIR) / "cache" / "halaman"))


def _mulai_depan(document) -> int:
    """The number of the first page of the front matter (its section's ``w:pgNumType w:start``; 1 unless set):
    0 when the cover is not counted."""
    nomor = document.sections[0]._sectPr.find(qn("w:pgNumType"))
    mulai = nomor.get(qn("w:start")) if nomor is not None else None
    return int(mulai) if mulai is not None else 1


def _label(docx: bytes, jumlah: int, depan: list[bool], mulai: int = 1) -> list[str] | None:
    """The printed page label of markers 1…``jumlah`` (``depan``: the target lies in the front matter), from the
    cache or from LibreOffice; ``None`` when they cannot be found."""
    key = kunci(docx)
    path = _folder_cache() / f"{key}.json"
    try:
        label = json.loads(path.read_text())
        if isinstance(label, list) and len(label) == jumlah:
            return label
    except (OSError, ValueError):
        pass
    halaman = halaman_penanda(docx)
    if halaman is None or any(halaman.get(i) is None for i in range(1, jumlah + 1)):
        return None
    awal = halaman.get(AWAL_ISI, 1)
    label = [romawi(halaman[i] - 1 + mulai) if d else str(halaman[i] - awal + 1)
             for i, d in zip(range(1, jumlah + 1), depan, strict=True)]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(label))
        tmp.replace(path)
    except OSError as exc:
        log.warning("Daftar isi: cache nomor halaman tidak dapat ditulis: %s", exc)
    return label


def halaman_penanda(docx: bytes) -> dict[int, int] | None:
    """The page (1-based, in print order) of the first occurrence of each marker, printed with LibreOffice."""
    pdf = pdf_libreoffice(docx)
    if pdf is None:
        return None
    out: dict[int, int] = {}
    for n, teks in enumerate(teks_halaman(pdf), start=1):
        for m in POLA_PENANDA.finditer(teks):
            out.setdefault(int(m.group(1)), n)
    return out


def pdf_libreoffice(docx: bytes) -> bytes | None:
    """The .docx printed to PDF by LibreOffice headless, with a profile of its own (another run may be going);
    ``None`` without LibreOffice, on its failure, or after ``HALAMAN_BATAS_DETIK``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    batas = int(getattr(settings, "HALAMAN_BATAS_DETIK", BATAS_DETIK))
    with tempfile.TemporaryDirectory(prefix="sakip-halaman-") as tmp:
        kerja = Path(tmp)
        (kerja / "naskah.docx").write_bytes(docx)
        try:
            subprocess.run([soffice, f"-env:UserInstallation={(kerja / 'profil').as_uri()}", "--headless",
                            "--norestore", "--convert-to", "pdf", "--outdir", str(kerja), str(kerja / "naskah.docx")],
                           check=True, capture_output=True, timeout=batas)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("Daftar isi: LibreOffice gagal mencetak naskah: %s", exc)
            return None
        pdf = kerja / "naskah.pdf"
        return pdf.read_bytes() if pdf.exists() else None


def teks_halaman(pdf: bytes) -> list[str]:
    """The text of each page of a PDF: poppler's ``pdftotext`` when installed, else pypdf."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        try:
            hasil = subprocess.run([pdftotext, "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                                   capture_output=True, timeout=BATAS_DETIK)
            halaman = hasil.stdout.decode("utf-8", "replace").split("\f")
            return halaman[:-1] if halaman and not halaman[-1].strip() else halaman
        except (OSError, subprocess.SubprocessError):
            pass
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
