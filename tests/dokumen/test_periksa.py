"""The document check of issue 15, run in CI: every document of the demo — the four IKU (seeds 000, 001, 003,
004), Wonoasih's PK 2024, its SKM report of 2024-S2 and its LKjIP 2024 — in Word, converted to PDF by LibreOffice
headless (what an office without MS Word sees), and sakip's own PDF of it, are read page by page:

* every page after the cover carries its number in the footer: the front matter i, ii, … and the body 1, 2, …,
  each page one more than the one before;
* no blank page;
* no table column so narrow that it breaks a figure or a word: every figure of the Word file (``9.638.366.951``,
  ``84,50``, a code ``7.01.01``) and every word of its tables appears whole in the PDF's text, as often as the
  Word file holds it;
* no placeholder: ``None``, ``nan``, ``Triwulan Ii``, a label whose value is a bare ``-``, a table row of ``-``;
* the signature block (place and date, the signer's title and name, NIP) on one page, and on the page of the
  text it signs, not alone;
* the LKjIP's front matter numbered i, ii… and Bab I on page 1 (seed 002); the entries of the Word contents and
  list of tables (numbered by ``sakip.documents.halaman``) name the pages where LibreOffice prints their headings.

LibreOffice (``soffice``) and poppler (``pdftotext``, ``pdftoppm``) are installed for ``make test`` by
``scripts/system-deps.sh test``; without them this module fails, it never skips. The documents are built and
converted once for the module (one ``soffice`` run for the seven Word files); the page pictures stay in
``test-artifacts/dokumen/<document>-<word|pdf>/`` for whoever wants to look.
"""

from __future__ import annotations

import collections
import io
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sakip.core.scoping import Scope
from sakip.documents import registry
from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.django_db

# name → (registry kind, builder arguments); the builder of each kind is looked up in ``_build``.
DOKUMEN = {
    "iku-wonoasih-2026": ("iku", ("wonoasih", 2026)),
    "iku-kanigaran-2022": ("iku", ("kanigaran", 2022)),
    "iku-purworejo-2023": ("iku", ("purworejo", 2023)),
    "iku-sumberjambe-2022": ("iku", ("sumberjambe", 2022)),
    "pk-wonoasih-2024": ("pk", ("wonoasih", 2024)),
    "skm-wonoasih-2024-S2": ("skm", ("wonoasih", "2024-S2")),
    "lkjip-wonoasih-2024": ("lkjip", ("wonoasih", 2024)),
}
# Documents that are signed: each must show at least one signature block (an unsigned IKU — Kanigaran's has no
# date of penetapan — may show none).
DITANDATANGANI = {"pk-wonoasih-2024", "skm-wonoasih-2024-S2", "lkjip-wonoasih-2024"}
RENDER = ("word", "pdf")  # the .docx as LibreOffice prints it; sakip's own PDF
KASUS = [(nama, r) for nama in DOKUMEN for r in RENDER]
ALAT = ("soffice", "pdftotext", "pdftoppm")
BATAS_WAKTU = 600  # seconds for the one LibreOffice run (about 6–10 s on a 2-core machine)

BULAN = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
TANGGAL = re.compile(rf"\S.*,\s+\d{{1,2}}\s+({BULAN})\s+\d{{4}}\s*$")  # "Probolinggo, 2 Januari 2024"
NIP = re.compile(r"\bNIP\.?\s*\d")
NOMOR = re.compile(r"^(?:Halaman\s+)?(\d+|[ivxlcdm]+)(?:\s*(?:dari|/)\s*\d+)?$")
ANGKA = re.compile(r"\d+(?:[.,]\d+)+")  # figures with a separator: money, decimals, codes
KATA = re.compile(r"[A-Za-zÀ-ÿ]{5,}")  # words long enough to be broken by a narrow column
PENGISI = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|\bnull\b|\bundefined\b|\{\{|\{%|#N/A|\bTriwulan (?:Ii|Iii|Iv)\b")
LABEL_KOSONG = re.compile(r"^\s*([A-Z][\w ./()]{1,40}?)\s+:\s+-\s*$")  # "Tugas : -"
ROMAWI = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


@dataclass
class Halaman:
    nomor: int  # 1-based, in the PDF
    baris: list[str]  # pdftotext -layout lines
    tinta: float  # share of dark pixels above the footer

    @property
    def isi(self) -> list[str]:
        return [b for b in self.baris if b.strip()]


@dataclass
class Cetakan:
    nama: str
    render: str
    halaman: list[Halaman]
    angka: collections.Counter = field(default_factory=collections.Counter)  # of the Word file
    kata_tabel: collections.Counter = field(default_factory=collections.Counter)  # of the Word file's tables
    daftar: list[tuple[str, str]] = field(default_factory=list)  # the Word file's contents entries: text, page

    @property
    def teks(self) -> str:
        return "\n".join("\n".join(h.baris) for h in self.halaman)


def _build(kode: str, argumen: tuple):
    scope = Scope.system()
    if kode == "iku":
        from sakip.domain.planning.dokumen import build_iku

        return build_iku(scope, *argumen)
    if kode == "pk":
        from sakip.domain.agreement.dokumen import build_pk

        return build_pk(scope, *argumen)
    if kode == "skm":
        from sakip.domain.survey.dokumen import build_skm

        return build_skm(scope, *argumen)
    from sakip.domain.reporting.dokumen import build_lkjip

    return build_lkjip(scope, *argumen)


def _isi_word(docx: bytes) -> tuple[collections.Counter, collections.Counter]:
    """The figures of every paragraph and the words of every table cell of a .docx, counted."""
    from docx import Document
    from docx.oxml.ns import qn

    body = Document(io.BytesIO(docx)).element.body
    angka: collections.Counter = collections.Counter()
    kata: collections.Counter = collections.Counter()
    putus = {qn("w:br"), qn("w:cr"), qn("w:tab")}
    for p in body.iter(qn("w:p")):
        teks = "".join(e.text or "" if e.tag == qn("w:t") else " " for e in p.iter(qn("w:t"), *putus))
        angka.update(ANGKA.findall(teks))
        if any(a.tag == qn("w:tc") for a in p.iterancestors()):
            kata.update(KATA.findall(teks))
    return angka, kata


def _daftar_word(docx: bytes) -> list[tuple[str, str]]:
    """The entries of the contents and the list of tables of a .docx as sakip fills them: text, tab, page."""
    from docx import Document

    out = []
    for p in Document(io.BytesIO(docx)).paragraphs:
        if m := re.fullmatch(r"(.+)\t(\d+|[ivxlcdm]+)", p.text):
            out.append((" ".join(m.group(1).split()), m.group(2)))
    return out


def _jalankan(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, capture_output=True, timeout=BATAS_WAKTU, **kwargs)


def _gambar(pdf: Path, gambar: Path) -> None:
    """The pictures of the pages of ``pdf`` (50 dpi), kept in ``gambar`` beside a copy of the PDF."""
    shutil.rmtree(gambar, ignore_errors=True)
    gambar.mkdir(parents=True)
    shutil.copy(pdf, gambar / pdf.name)
    _jalankan(["pdftoppm", "-r", "50", "-png", str(pdf), str(gambar / "halaman")])


def _baca_pdf(pdf: Path, gambar: Path) -> list[Halaman]:
    """The pages of ``pdf``: their text lines and, from their pictures in ``gambar``, how much ink they hold."""
    from PIL import Image

    teks = _jalankan(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"]).stdout.decode()
    halaman = teks.split("\f")
    if halaman and not halaman[-1].strip():
        halaman.pop()  # pdftotext ends every page with a form feed
    out = []
    for i, png in enumerate(sorted(gambar.glob("halaman-*.png")), start=1):
        with Image.open(png) as im:
            grey = im.convert("L")
            w, h = grey.size
            atas = grey.crop((0, 0, w, int(h * 0.92)))  # above the footer: a page number alone is no content
            gelap = sum(atas.histogram()[:200])
        out.append(Halaman(i, halaman[i - 1].split("\n") if i <= len(halaman) else [], gelap / (w * h)))
    assert len(out) == len(halaman), f"{pdf.name}: {len(out)} gambar halaman, {len(halaman)} halaman teks"
    return out


@pytest.fixture(scope="module")
def cetakan(django_db_setup, django_db_blocker) -> dict[tuple[str, str], Cetakan]:
    kurang = [a for a in ALAT if shutil.which(a) is None]
    if kurang:
        pytest.fail(f"Tidak terpasang: {', '.join(kurang)} — pasang dengan `bash scripts/system-deps.sh test` "
                    "(libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils).")
    with django_db_blocker.unblock():
        berkas = {}
        for nama, (kode, argumen) in DOKUMEN.items():
            dok = _build(kode, argumen)
            jenis = registry.jenis(kode)
            berkas[nama] = (jenis.berkas(dok, "docx").isi, jenis.berkas(dok, "pdf").isi)
    out: dict[tuple[str, str], Cetakan] = {}
    with tempfile.TemporaryDirectory(prefix="sakip-periksa-") as tmp:
        kerja = Path(tmp)
        for nama, (docx, pdf) in berkas.items():
            (kerja / f"{nama}.docx").write_bytes(docx)
            (kerja / f"{nama}-sakip.pdf").write_bytes(pdf)
        # One LibreOffice run for all Word files, with its own profile (another soffice may be running).
        _jalankan(["soffice", f"-env:UserInstallation={(kerja / 'profil').as_uri()}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(kerja / "lo"),
                   *(str(kerja / f"{nama}.docx") for nama in berkas)])
        pdf = {(nama, "word"): kerja / "lo" / f"{nama}.pdf" for nama in berkas}
        pdf.update({(nama, "pdf"): kerja / f"{nama}-sakip.pdf" for nama in berkas})
        hilang = [nama for (nama, render), path in pdf.items() if not path.exists()]
        assert hilang == [], f"LibreOffice tidak menghasilkan PDF dari {', '.join(hilang)}"
        gambar = {k: ARTIFACTS / "dokumen" / f"{k[0]}-{k[1]}" for k in pdf}
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:  # pdftoppm takes ~50 ms a page
            list(pool.map(lambda k: _gambar(pdf[k], gambar[k]), pdf))
        for nama, (docx, _) in berkas.items():
            angka, kata = _isi_word(docx)
            daftar = _daftar_word(docx)
            for render in RENDER:
                out[nama, render] = Cetakan(nama, render, _baca_pdf(pdf[nama, render], gambar[nama, render]),
                                            angka, kata, daftar)
    return out


def _romawi(teks: str) -> int:
    total = 0
    for a, b in zip(teks, [*teks[1:], ""], strict=True):
        nilai = ROMAWI[a]
        total += -nilai if b and ROMAWI[b] > nilai else nilai
    return total


def _nomor(h: Halaman) -> tuple[str, int] | None:
    """The page's printed number from its last line: ("romawi", 3) for iii, ("arab", 3) for 3."""
    if not h.isi:
        return None
    m = NOMOR.match(h.isi[-1].strip())
    if m is None:
        return None
    teks = m.group(1)
    return ("arab", int(teks)) if teks.isdigit() else ("romawi", _romawi(teks))


def _kutip(teks: str, n: int = 60) -> str:
    teks = " ".join(teks.split())
    return teks if len(teks) <= n else teks[: n - 1] + "…"


@pytest.mark.parametrize(("nama", "render"), KASUS, ids=[f"{n}-{r}" for n, r in KASUS])
def test_every_page_after_the_cover_is_numbered_in_sequence(cetakan, nama, render):
    masalah = []
    sebelumnya: tuple[str, int] | None = None
    for h in cetakan[nama, render].halaman:
        nomor = _nomor(h)
        if nomor is None:
            if h.nomor > 1:  # only a cover goes without a number
                masalah.append(f"halaman {h.nomor}: tanpa nomor (baris terakhir “{_kutip(h.isi[-1] if h.isi else '')}”)")
            continue
        if sebelumnya is None:
            # The first number: 1 (i), or the page's place when the cover before it counts as page 1 (i).
            harus = nomor[1] if nomor[1] in (1, h.nomor) else 1
        elif sebelumnya[0] != nomor[0]:
            harus = 1  # the body after the front matter starts at 1
        else:
            harus = sebelumnya[1] + 1
        if nomor[1] != harus or (sebelumnya and sebelumnya[0] == "arab" and nomor[0] == "romawi"):
            masalah.append(f"halaman {h.nomor}: bernomor {nomor[1]} ({nomor[0]}), seharusnya {harus}")
        sebelumnya = nomor
    assert masalah == [], f"{nama} ({render}): " + "; ".join(masalah[:15]) + (" …" if len(masalah) > 15 else "")


@pytest.mark.parametrize("render", RENDER)
def test_the_lkjip_front_matter_is_roman_and_bab_i_is_page_1(cetakan, render):
    """As seed 002: the cover unnumbered, the front matter i, ii, iii…, Bab I on page 1."""
    halaman = cetakan["lkjip-wonoasih-2024", render].halaman
    nomor = [_nomor(h) for h in halaman]
    bab_i = next(h for h in halaman if any(re.match(r"\s*BAB I\b", b) for b in h.isi[:3]))
    depan = [f"{h.nomor}: {n[1] if n else '-'} ({n[0] if n else 'tanpa nomor'})" for h, n in zip(halaman, nomor, strict=True)
             if 1 < h.nomor < bab_i.nomor and (n is None or n[0] != "romawi")]
    assert depan == [], f"LKjIP ({render}): halaman depan tidak bernomor romawi: {'; '.join(depan)}"
    assert nomor[bab_i.nomor - 1] == ("arab", 1), f"LKjIP ({render}): Bab I di halaman {bab_i.nomor} bernomor " \
                                                  f"{nomor[bab_i.nomor - 1]}, seharusnya 1"


@pytest.mark.parametrize("nama", ["lkjip-wonoasih-2024", "skm-wonoasih-2024-S2"])
def test_the_contents_of_the_word_file_name_the_pages_of_their_headings(cetakan, nama):
    """Each entry of the contents and the list of tables carries a page number (sakip.documents.halaman), and
    the heading or caption it names stands on the page that number denotes as LibreOffice prints the file: the
    front matter i, ii… (the cover uncounted, as in seed 002), the body 1, 2… from the page printed 1."""
    c = cetakan[nama, "word"]
    if nama.startswith("lkjip"):
        assert len(c.daftar) > 40, f"{nama}: daftar isi Word tanpa nomor halaman ({len(c.daftar)} entri bernomor)"
    halaman = c.halaman
    daftar_terakhir = max((h.nomor for h in halaman if any(re.search(r"\.{5,}\s*(\d+|[ivxlcdm]+)\s*$", b)
                                                         for b in h.isi)), default=0)
    # The body starts on the first page printed "1" (after the lists and any front-matter section such as the
    # Ikhtisar Eksekutif).
    awal_isi = next((h.nomor for h in halaman if h.nomor > daftar_terakhir and _nomor(h) == ("arab", 1)),
                    daftar_terakhir + 1)
    teks = {h.nomor: " ".join(" ".join(h.baris).split()) for h in halaman}
    salah = []
    # The front matter: the physical page of a roman number, from the first page that prints one (the cover,
    # uncounted, shifts them by one).
    geser = next((h.nomor - n[1] for h in halaman if (n := _nomor(h)) is not None and n[0] == "romawi"), 0)
    for entri, label in c.daftar:
        fisik = _romawi(label) + geser if not label.isdigit() else awal_isi + int(label) - 1
        if entri not in teks.get(fisik, ""):
            ada = [n for n, t in teks.items() if entri in t and n > daftar_terakhir]
            salah.append(f"“{_kutip(entri, 40)}” {label} (halaman {fisik} PDF), ada di halaman PDF {ada[:3]}")
    assert salah == [], f"{nama}: " + "; ".join(salah[:10])


@pytest.mark.parametrize(("nama", "render"), KASUS, ids=[f"{n}-{r}" for n, r in KASUS])
def test_no_blank_page(cetakan, nama, render):
    kosong = []
    for h in cetakan[nama, render].halaman:
        teks = [b for b in h.isi if _nomor(Halaman(0, [b], 0)) is None]
        if not teks and h.tinta < 0.001:
            kosong.append(h.nomor)
    assert kosong == [], f"{nama} ({render}): halaman kosong {kosong}"


@pytest.mark.parametrize(("nama", "render"), KASUS, ids=[f"{n}-{r}" for n, r in KASUS])
def test_every_figure_and_table_word_appears_whole(cetakan, nama, render):
    c = cetakan[nama, render]
    teks = c.teks
    di_pdf = collections.Counter(ANGKA.findall(teks))
    pecah = [f"{a} ({n}× di Word, {di_pdf[a]}× utuh)" for a, n in sorted(c.angka.items()) if di_pdf[a] < n]
    kata_pdf = collections.Counter(KATA.findall(teks))
    terpotong = [f"{k} ({n}× di tabel Word, {kata_pdf[k]}× utuh)" for k, n in sorted(c.kata_tabel.items())
                 if kata_pdf[k] < n]
    assert pecah == [], f"{nama} ({render}): angka terpotong atau hilang: " + "; ".join(pecah[:12])
    assert terpotong == [], f"{nama} ({render}): kata tabel terpotong atau hilang: " + "; ".join(terpotong[:12])


@pytest.mark.parametrize(("nama", "render"), KASUS, ids=[f"{n}-{r}" for n, r in KASUS])
def test_no_placeholder(cetakan, nama, render):
    masalah = []
    for h in cetakan[nama, render].halaman:
        for b in h.isi:
            if m := PENGISI.search(b):
                masalah.append(f"halaman {h.nomor}: “{m.group(0)}” dalam “{_kutip(b)}”")
            elif m := LABEL_KOSONG.match(b):
                masalah.append(f"halaman {h.nomor}: “{m.group(1).strip()}” tanpa isi (“-”)")
            else:
                token = b.split()
                # a table row of dashes: three or more bare "-" and no figure but its row number
                if token.count("-") >= 3 and not any(any(ch.isdigit() for ch in t) for t in token[1:]):
                    masalah.append(f"halaman {h.nomor}: baris berisi “-” saja: “{_kutip(b)}”")
    assert masalah == [], f"{nama} ({render}): " + "; ".join(masalah[:12]) + (" …" if len(masalah) > 12 else "")


@pytest.mark.parametrize(("nama", "render"), KASUS, ids=[f"{n}-{r}" for n, r in KASUS])
def test_the_signature_block_stays_with_what_it_signs(cetakan, nama, render):
    masalah = []
    blok = 0
    for h in cetakan[nama, render].halaman:
        isi = [b for b in h.isi if _nomor(Halaman(0, [b], 0)) is None]
        tanggal = [i for i, b in enumerate(isi) if TANGGAL.search(b)]
        for i in tanggal:
            blok += 1
            if i < 3:
                masalah.append(f"halaman {h.nomor}: blok tanda tangan (“{_kutip(isi[i].strip())}”) tanpa naskah "
                               "yang ditandatangani di atasnya")
            if len(isi) - i < 3:
                masalah.append(f"halaman {h.nomor}: nama penanda tangan setelah “{_kutip(isi[i].strip())}” "
                               "pindah ke halaman berikutnya")
        for i, b in enumerate(isi):
            if NIP.search(b) and not any(j < i for j in tanggal):
                masalah.append(f"halaman {h.nomor}: “{_kutip(b.strip())}” terpisah dari tempat dan tanggalnya")
    if nama in DITANDATANGANI:
        assert blok, f"{nama} ({render}): tidak ada blok tanda tangan (tempat, tanggal)"
    assert masalah == [], f"{nama} ({render}): " + "; ".join(masalah[:12])
