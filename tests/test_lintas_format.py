"""One structure, every format prints each figure identically.

The LKjIP is computed once (``build_lkjip``) and rendered to JSON, Word, PDF, Excel and the screen
(``reporting:lkjip``). For every Bab III indicator its capaian, efisiensi and the year's realisation, and the
year's budget totals, must be the same number in JSON and Excel and the same Indonesian text (comma decimals,
dot thousands, half-up to two decimals) in Word, PDF and HTML. Percentages (capaian, efisiensi, serapan) always
carry two decimals (``100,00%``); a realisation prints in its own unit, half-up to two decimals without padding
zeros, as seed 002 prints realisations (``85,71%``, ``94,17``, ``100%``), and a grade keeps its letter.

Two datasets: the demo's Wonoasih 2024 (figures pinned from seed 002) and a small invented kecamatan whose
every figure is computed by hand below. Each dataset is built and rendered once per module (inside a
transaction that is rolled back), so the tests themselves only read the rendered bytes.

The expected texts are derived from the JSON numbers by this module's own formatter (``_dua``, ``_angka``),
never by the code under test, and the JSON numbers are pinned to figures written by hand.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser

import pytest

# Every test reads the rendered files only; the mark makes pytest-django create the test database (with the demo)
# even when just some of these tests are selected.
pytestmark = pytest.mark.django_db

WONOASIH, TAHUN_WONOASIH = "wonoasih", 2024
CONTOH, TAHUN_CONTOH = "kecamatan-contoh-lintas-format", 2025

# --- the module's own Indonesian formatter --------------------------------------------------------------


def _bulat(x, tempat: int = 2) -> Decimal:
    """Half-up to ``tempat`` decimals (100,025 → 100,03), from the number's shortest decimal form."""
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


def _tukar(teks: str) -> str:
    """English separators → Indonesian: ``1,234.5`` → ``1.234,5``."""
    return teks.replace(",", "_").replace(".", ",").replace("_", ".")


def _dua(x) -> str:
    """A percentage figure: two decimals, half up (``102.78`` → ``102,78``)."""
    return _tukar(f"{_bulat(x):,.2f}")


def _persen(x, kosong: str = "-") -> str:
    return f"{_dua(x)}%" if x is not None else kosong


def _rupiah(x) -> str:
    """Whole rupiah with dot thousands (``14415022746`` → ``14.415.022.746``)."""
    return _tukar(f"{_bulat(x, 0):,.0f}")


def _angka(x) -> str:
    """A realisation in its own unit: half up to two decimals, without padding zeros (``101.5`` → ``101,5``,
    ``100`` → ``100``), as the seed prints realisations (``85,71%``, ``94,17``, ``100%``)."""
    teks = _tukar(f"{_bulat(x):,.2f}")
    return teks.rstrip("0").rstrip(",") if "," in teks else teks


_GRADE = re.compile(r"^([A-E][A-E+\-]?) \(")


def _realisasi(i: dict) -> str:
    """How the year's realisation of a JSON indicator must print: a grade keeps its letter with the number
    at two decimals (``BB (77,15)``); a percentage carries its ``%``."""
    grade = _GRADE.match(i["realisasi_teks"] or "")
    if grade:
        return f"{grade.group(1)} ({_dua(i['realisasi'])})"
    return _angka(i["realisasi"]) + ("%" if i["satuan"] == "%" else "")


# --- rendering once per dataset --------------------------------------------------------------------------


class _Tabel(HTMLParser):
    """The rows of every HTML table (cell texts, whitespace collapsed) and the page's whole text."""

    def __init__(self) -> None:
        super().__init__()
        self.baris: list[tuple[str, ...]] = []
        self.teks: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.baris.append(tuple(self._row))
            self._row = None

    def handle_data(self, data):
        self.teks.append(data)
        if self._cell is not None:
            self._cell.append(data)


@dataclass(frozen=True)
class Cetakan:
    """One LKjIP in every format."""

    data: dict  # the JSON file, parsed
    xlsx: dict[str, list[tuple]]  # sheet → rows of cell values
    docx_baris: list[tuple[str, ...]]  # every row of every Word table
    docx_teks: str  # Word paragraphs and cells, whitespace collapsed
    pdf_teks: str  # the PDF's extracted text, whitespace collapsed
    html_baris: list[tuple[str, ...]]  # every row of every table on the screen
    html_teks: str  # the screen's text, whitespace collapsed
    lain: dict = field(default_factory=dict)  # anything else a dataset computes while its rows exist

    def indikator(self) -> list[dict]:
        return [i for s in self.data["sasaran"] for i in s["indikator"]]

    def sheet(self, judul: str) -> list[tuple]:
        return self.xlsx[judul]

    def sheet_berkepala(self, kepala: str) -> list[tuple]:
        """The sheet whose header row (row 1 or 2) holds ``kepala``."""
        found = [rows for rows in self.xlsx.values() if any(kepala in r for r in rows[:2])]
        assert len(found) == 1, kepala
        return found[0]


def _lipat(teks: str) -> str:
    return " ".join(teks.split())


def _cetak(slug: str, tahun: int, username: str) -> Cetakan:
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse
    from docx import Document
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from sakip.core.scoping import Scope
    from sakip.domain.reporting.dokumen import LKJIP, build_lkjip

    dok = build_lkjip(Scope.system(), slug, tahun)
    isi = {fmt: LKJIP.berkas(dok, fmt).isi for fmt in ("json", "docx", "pdf", "xlsx")}

    wb = load_workbook(io.BytesIO(isi["xlsx"]))
    xlsx = {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}

    word = Document(io.BytesIO(isi["docx"]))
    docx_baris = [tuple(c.text for c in row.cells) for t in word.tables for row in t.rows]
    docx_teks = _lipat("\n".join([p.text for p in word.paragraphs] + [c for r in docx_baris for c in r]))

    pdf_teks = _lipat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(isi["pdf"])).pages))

    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(reverse("reporting:lkjip", args=[slug, tahun]))
    assert response.status_code == 200
    page = _Tabel()
    page.feed(response.content.decode())

    return Cetakan(json.loads(isi["json"]), xlsx, docx_baris, docx_teks, pdf_teks, page.baris,
                   _lipat(" ".join(page.teks)))


@pytest.fixture(scope="module")
def wonoasih(django_db_setup, django_db_blocker) -> Cetakan:
    """Wonoasih 2024 of the demo, as its operator sees it."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        cetakan = _cetak(WONOASIH, TAHUN_WONOASIH, "operator-wonoasih")
        transaction.set_rollback(True)  # the login's session row
    return cetakan


def _simpan(obj):
    """Save after the model's own validation, as data typed by users would be."""
    obj.full_clean()
    obj.save()
    return obj


def _buat_contoh():
    """Kabupaten Contoh / Kecamatan Contoh: a Renstra 2025–2026 with one sasaran, five indicators, one
    program → kegiatan → sub kegiatan, and an operator account. Returns the pemda."""
    from django.contrib.auth import get_user_model

    from sakip.domain.accounts.models import Akses
    from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran
    from sakip.domain.organisation.models import Pemda, PerangkatDaerah
    from sakip.domain.planning.models import (
        Indikator,
        Kegiatan,
        Nomenklatur,
        Program,
        Renstra,
        Sasaran,
        SubKegiatan,
        Target,
        Tujuan,
    )

    pemda = _simpan(Pemda(jenis="kabupaten", nama="Kabupaten Contoh", slug="kabupaten-contoh-lintas-format",
                          ibukota="Contoh", rumus_negatif="bagi"))
    pd = _simpan(PerangkatDaerah(pemda=pemda, jenis="kecamatan", nama="Kecamatan Contoh", slug=CONTOH))
    renstra = _simpan(Renstra(pd=pd, tahun_mulai=2025, tahun_selesai=2026))
    tujuan = _simpan(Tujuan(renstra=renstra, nama="Meningkatnya tata kelola Kecamatan Contoh"))
    sasaran = _simpan(Sasaran(tujuan=tujuan, nama="Meningkatnya kualitas layanan"))

    def indikator(urutan: int, nama: str, satuan: str, target: dict, target_akhir: dict, realisasi: dict, **aturan):
        ind = _simpan(Indikator(sasaran=sasaran, urutan=urutan, nama=nama, satuan=satuan, **aturan))
        _simpan(Target(indikator=ind, tahun=2025, **target))
        _simpan(Target(indikator=ind, tahun=2026, **target_akhir))
        for tw, nilai in realisasi.items():
            nilai, teks = nilai if isinstance(nilai, tuple) else (nilai, "")
            _simpan(Realisasi(indikator=ind, tahun=2025, triwulan=tw, nilai=Decimal(nilai), teks=teks))

    rentang = {"nilai": Decimal(80), "nilai_atas": Decimal(90)}
    predikat = {"nilai": Decimal(75), "teks": "BB (75,00)"}
    indikator(1, "Tertib Administrasi", "%", rentang, rentang, {4: "92.5"})
    indikator(2, "Predikat Evaluasi", "", predikat, predikat, {4: ("77.15", "BB (77,15)")})
    indikator(3, "Indeks Layanan", "Indeks", {"nilai": Decimal(100)}, {"nilai": Decimal(100)},
              {1: 98, 2: 104, 3: 102, 4: 102}, akumulasi="rata_rata")
    indikator(4, "Kegiatan Warga", "Kegiatan", {"nilai": Decimal(40)}, {"nilai": Decimal(50)},
              {1: 10, 2: 15, 3: 20, 4: 5}, akumulasi="jumlah", cara_isi="triwulan")
    indikator(5, "Aduan Terlambat", "Kasus", {"nilai": Decimal(3)}, {"nilai": Decimal(3)}, {4: 4},
              polaritas="negatif")

    kegiatan_n = Nomenklatur.objects.get(kode="7.01.02.2.01")
    sub_n = kegiatan_n.anak.order_by("kode").first()
    program = _simpan(Program(pd=pd, tahun=2025, nomenklatur=kegiatan_n.induk))
    program.sasaran.add(sasaran)
    kegiatan = _simpan(Kegiatan(program=program, nomenklatur=kegiatan_n))
    sub = _simpan(SubKegiatan(kegiatan=kegiatan, nomenklatur=sub_n))
    _simpan(Pagu(sub_kegiatan=sub, nilai=Decimal(200_000_000)))
    _simpan(RealisasiAnggaran(sub_kegiatan=sub, triwulan=4, nilai=Decimal(190_050_000)))

    user = get_user_model().objects.create_user("operator-contoh-lintas-format")
    Akses(user=user, peran=Akses.Peran.OPERATOR, pd=pd).save()
    return pemda


@pytest.fixture(scope="module")
def contoh(django_db_setup, django_db_blocker) -> Cetakan:
    """The invented kecamatan (pemda formula "bagi"), and its JSON again under "selisih" (``lain``)."""
    from django.db import transaction

    from sakip.core.scoping import Scope
    from sakip.domain.reporting.dokumen import build_lkjip

    with django_db_blocker.unblock(), transaction.atomic():
        pemda = _buat_contoh()
        cetakan = _cetak(CONTOH, TAHUN_CONTOH, "operator-contoh-lintas-format")
        pemda.rumus_negatif = "selisih"
        pemda.save()
        cetakan = replace(cetakan, lain={"selisih": build_lkjip(Scope.system(), CONTOH, TAHUN_CONTOH).as_json()})
        transaction.set_rollback(True)
    return cetakan


@pytest.fixture(params=["wonoasih", "contoh"])
def cetakan(request) -> Cetakan:
    return request.getfixturevalue(request.param)


# --- hand figures ---------------------------------------------------------------------------------------

IKM = "Indeks Kepuasan Masyarakat (IKM)"
ADMINISTRASI = "Persentase Capaian Pengelolaan Administrasi Perkantoran yang ditangani sesuai ketentuan"
KELOMPOK = "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi"

# Seed 002 (LKjIP 2024 of Wonoasih): Tabel 3.2/3.10/3.18 (realisasi, capaian) and Tabel 3.7 (efisiensi).
SEED = {
    IKM: {"realisasi": 94.17, "realisasi_teks": "94,17", "capaian": 100.03, "capaian_teks": "100,03%",
          "efisiensi": 98.44, "efisiensi_teks": "98,44%"},
    ADMINISTRASI: {"realisasi": 100, "realisasi_teks": "100%", "capaian": 100, "capaian_teks": "100,00%",
                   "efisiensi": 96.32, "efisiensi_teks": "96,32%"},
    KELOMPOK: {"realisasi": 85.71, "realisasi_teks": "85,71%", "capaian": 107.14, "capaian_teks": "107,14%",
               "efisiensi": 83.33, "efisiensi_teks": "83,33%"},
}
# Seed 002 Tabel 3.26: pagu 14.415.022.746, realisasi 13.770.521.146, serapan 95,53 (95,5289…).
# Sisa 14.415.022.746 − 13.770.521.146 = 644.501.600.
SEED_ANGGARAN = {"pagu": 14415022746, "realisasi": 13770521146, "serapan": 95.53, "sisa": 644501600,
                 "teks": ("14.415.022.746", "13.770.521.146", "95,53", "644.501.600")}

# The invented kecamatan. Budget: pagu 200.000.000, spent 190.050.000 → serapan 190.050.000 / 200.000.000 × 100
# = 95,025 → 95,03 half up (half-to-even would print 95,02); sisa 9.950.000; the one program supports the sasaran,
# so its share is 100,00%. Efisiensi = serapan ÷ capaian × 100, on the unrounded figures.
HITUNG = {
    # Range 80–90, R = 92,5 in TW IV (akumulasi terakhir): above the range → 92,5 / 90 × 100 = 102,777… → 102,78;
    # efisiensi 95,025 / 102,777… × 100 = 92,4567… → 92,46. End-of-Renstra target also 80–90 → kemajuan 102,78.
    "Tertib Administrasi": {
        "target": "80–90%", "realisasi": 92.5, "realisasi_teks": "92,5%", "capaian": 102.78, "capaian_teks": "102,78%",
        "efisiensi": 92.46, "efisiensi_teks": "92,46%", "kemajuan": 102.78, "kategori": "Sangat Baik"},
    # Grade BB (75,00), R = BB (77,15): 77,15 / 75 × 100 = 102,866… → 102,87; efisiensi 95,025 / 102,866… × 100
    # = 92,3768… → 92,38; the tables print the grades.
    "Predikat Evaluasi": {
        "target": "BB (75,00)", "realisasi": 77.15, "realisasi_teks": "BB (77,15)", "capaian": 102.87,
        "capaian_teks": "102,87%", "efisiensi": 92.38, "efisiensi_teks": "92,38%", "kemajuan": 102.87,
        "kategori": "Sangat Baik"},
    # Mean of the quarters 98, 104, 102, 102: (98 + 104 + 102 + 102) / 4 = 101,5; capaian 101,5 / 100 × 100 = 101,50;
    # efisiensi 95,025 / 101,5 × 100 = 93,6206… → 93,62.
    "Indeks Layanan": {
        "target": "100", "realisasi": 101.5, "realisasi_teks": "101,5", "capaian": 101.5, "capaian_teks": "101,50%",
        "efisiensi": 93.62, "efisiensi_teks": "93,62%", "kemajuan": 101.5, "kategori": "Sangat Baik"},
    # Each quarter's own count 10, 15, 20, 5: s.d. TW IV 10 + 15 + 20 + 5 = 50; 50 / 40 × 100 = 125,00;
    # efisiensi 95,025 / 125 × 100 = 76,02; against the 2026 target 50: kemajuan 50 / 50 × 100 = 100,00.
    "Kegiatan Warga": {
        "target": "40", "realisasi": 50, "realisasi_teks": "50", "capaian": 125, "capaian_teks": "125,00%",
        "efisiensi": 76.02, "efisiensi_teks": "76,02%", "kemajuan": 100, "kategori": "Sangat Baik"},
    # Negative, T = 3, R = 4, pemda formula "bagi": 3 / 4 × 100 = 75,00 (Baik: 75 is inclusive); efisiensi
    # 95,025 / 75 × 100 = 126,70; 2026 target also 3 → kemajuan 75,00. Under "selisih": (2×3 − 4) / 3 × 100 = 66,67.
    "Aduan Terlambat": {
        "target": "3", "realisasi": 4, "realisasi_teks": "4", "capaian": 75, "capaian_teks": "75,00%",
        "efisiensi": 126.7, "efisiensi_teks": "126,70%", "kemajuan": 75, "kategori": "Baik"},
}
HITUNG_ANGGARAN = {"pagu": 200000000, "realisasi": 190050000, "serapan": 95.03, "sisa": 9950000,
                   "teks": ("200.000.000", "190.050.000", "95,03", "9.950.000")}


# --- the formatter itself -------------------------------------------------------------------------------

def test_the_test_formatter_prints_the_indonesian_way():
    assert [_dua(102.78), _dua(100), _dua(Decimal("95.025")), _dua(Decimal("100.025"))] == \
        ["102,78", "100,00", "95,03", "100,03"]
    assert [_rupiah(14415022746), _rupiah(200000000)] == ["14.415.022.746", "200.000.000"]
    assert [_angka(101.5), _angka(100), _angka(85.71), _angka(Decimal("101.3333"))] == ["101,5", "100", "85,71", "101,33"]


# --- hand figures against the JSON ----------------------------------------------------------------------

@pytest.mark.parametrize(("nama", "hitung"), [("wonoasih", SEED), ("contoh", HITUNG)], ids=["wonoasih", "contoh"])
def test_json_carries_the_hand_figures(request, nama, hitung):
    c = request.getfixturevalue(nama)
    rows = {i["nama"]: i for i in c.indikator()}
    assert set(rows) == set(hitung)
    for name, h in hitung.items():
        i = rows[name]
        got = (i["realisasi"], i["capaian_persen"], i["efisiensi_persen"])
        assert got == (h["realisasi"], h["capaian"], h["efisiensi"]), name
        # The module's formatter turns the JSON numbers into exactly the texts written by hand.
        assert (_realisasi(i), _persen(i["capaian_persen"]), _persen(i["efisiensi_persen"])) == \
            (h["realisasi_teks"], h["capaian_teks"], h["efisiensi_teks"]), name
        assert i["realisasi_teks"] == h["realisasi_teks"], name


@pytest.mark.parametrize(("nama", "anggaran"), [("wonoasih", SEED_ANGGARAN), ("contoh", HITUNG_ANGGARAN)],
                         ids=["wonoasih", "contoh"])
def test_json_carries_the_hand_budget(request, nama, anggaran):
    a = request.getfixturevalue(nama).data["anggaran"]
    assert (a["pagu"], a["realisasi"], a["serapan_persen"], a["sisa"]) == (
        anggaran["pagu"], anggaran["realisasi"], anggaran["serapan"], anggaran["sisa"])
    assert (_rupiah(a["pagu"]), _rupiah(a["realisasi"]), _dua(a["serapan_persen"]), _rupiah(a["sisa"])) == \
        anggaran["teks"]


def test_the_invented_year_by_hand(contoh):
    rows = {i["nama"]: i for i in contoh.indikator()}
    for name, h in HITUNG.items():
        i = rows[name]
        assert (i["target_teks"], i["kemajuan_persen"], i["kategori"]) == (h["target"], h["kemajuan"], h["kategori"]), name
    assert {i["anggaran"]["porsi_persen"] for i in rows.values()} == {100}
    assert {i["anggaran"]["serapan_persen"] for i in rows.values()} == {95.03}


def test_the_pemda_formula_decides_a_negative_indicator(contoh):
    bagi = {i["nama"]: i for i in contoh.indikator()}["Aduan Terlambat"]
    selisih = {i["nama"]: i for s in contoh.lain["selisih"]["sasaran"] for i in s["indikator"]}["Aduan Terlambat"]
    # T / R × 100 = 3 / 4 × 100 = 75,00 against (2T − R) / T × 100 = (6 − 4) / 3 × 100 = 66,666… → 66,67.
    assert (bagi["capaian_persen"], bagi["kemajuan_persen"]) == (75, 75)
    assert (selisih["capaian_persen"], selisih["kemajuan_persen"], selisih["kategori"]) == (66.67, 66.67, "Cukup")


def test_the_quarters_add_up_by_each_indicators_rule(contoh):
    """s.d. TW I–IV: the mean 98 → (98+104)/2 = 101 → (98+104+102)/3 = 101,33 → 101,5; the sum 10 → 25 → 45 → 50."""
    def sd(name):
        return [_bulat(next(b["realisasi"] for b in q["iku"] if b["nama"] == name)) for q in contoh.data["triwulan"]]

    assert sd("Indeks Layanan") == [Decimal("98.00"), Decimal("101.00"), Decimal("101.33"), Decimal("101.50")]
    assert sd("Kegiatan Warga") == [Decimal("10.00"), Decimal("25.00"), Decimal("45.00"), Decimal("50.00")]
    tw3 = {b["nama"]: b for b in contoh.data["triwulan"][2]["iku"]}
    # 101,333… / 100 × 100 = 101,33; 45 / 40 × 100 = 112,50.
    assert (tw3["Indeks Layanan"]["capaian_persen"], tw3["Kegiatan Warga"]["capaian_persen"]) == (101.33, 112.5)


# --- every format prints what the JSON holds (both datasets) --------------------------------------------

def test_excel_carries_the_json_numbers(cetakan):
    capaian = {r[1]: r for r in cetakan.sheet("Capaian Kinerja")[1:]}
    efisiensi = {r[1]: r for r in cetakan.sheet("Anggaran dan Efisiensi")[1:]}
    rekap = {r[1]: r for r in cetakan.sheet_berkepala("INDIKATOR KINERJA UTAMA (IKU)")[2:]}
    for i in cetakan.indikator():
        name = i["nama"]
        assert (capaian[name][5], capaian[name][6]) == (i["realisasi"], i["capaian_persen"]), name
        assert (efisiensi[name][4], efisiensi[name][6], efisiensi[name][7]) == (
            i["anggaran"]["serapan_persen"], i["capaian_persen"], i["efisiensi_persen"]), name
        assert rekap[name][3] == i["capaian_persen"], name
    a = cetakan.data["anggaran"]
    jumlah = cetakan.sheet("Realisasi Anggaran")[-1]
    assert jumlah[1] == "JUMLAH" and jumlah[4:7] == (a["pagu"], a["realisasi"], a["serapan_persen"])


def test_word_prints_each_figure(cetakan):
    rows = cetakan.docx_baris
    for i in cetakan.indikator():
        name, real, cap = i["nama"], _realisasi(i), _persen(i["capaian_persen"])
        serapan, eff = _persen(i["anggaran"]["serapan_persen"]), _persen(i["efisiensi_persen"])
        # Bab III (a) target and realisation, (c) progress against the end of the Renstra, (f) efisiensi; rekap.
        assert any(r[0] == name and r[3:] == (real, cap, i["kategori"]) for r in rows if len(r) == 6), name
        assert any(r[0] == name and r[2:] == (real, _persen(i["kemajuan_persen"])) for r in rows if len(r) == 4), name
        assert (name, serapan, cap, eff) in rows, name
        assert any(r[1:4] == (name, real, cap) for r in rows if len(r) == 5), name
    a = cetakan.data["anggaran"]
    pagu, spent, serapan = _rupiah(a["pagu"]), _rupiah(a["realisasi"]), _dua(a["serapan_persen"])
    assert ("", "JUMLAH", "", "", pagu, spent, serapan) in rows  # Tabel 3.26
    assert ("", "JUMLAH", "", "", "", "", pagu, spent, f"{serapan}%") in rows  # the TW IV measurement
    assert f"sebesar Rp. {pagu} terealisasi Rp. {spent} atau {serapan}%, dengan sisa anggaran Rp. " \
           f"{_rupiah(a['sisa'])}" in cetakan.docx_teks  # Bab IV


def test_pdf_prints_each_figure(cetakan):
    text = cetakan.pdf_teks
    for i in cetakan.indikator():
        real, cap = _realisasi(i), _persen(i["capaian_persen"])
        serapan, eff = _persen(i["anggaran"]["serapan_persen"]), _persen(i["efisiensi_persen"])
        # Long names wrap in the PDF's table cells: the row's figures are read in order after them.
        assert f"{real} {cap} {i['kategori']}" in text, i["nama"]
        assert f"{real} {_persen(i['kemajuan_persen'])}" in text, i["nama"]
        assert f"{serapan} {cap} {eff}" in text, i["nama"]
    a = cetakan.data["anggaran"]
    pagu, spent, serapan = _rupiah(a["pagu"]), _rupiah(a["realisasi"]), _dua(a["serapan_persen"])
    assert f"JUMLAH {pagu} {spent} {serapan}" in text
    assert f"sebesar Rp. {pagu} terealisasi Rp. {spent} atau {serapan}%, dengan sisa anggaran Rp. " \
           f"{_rupiah(a['sisa'])}" in text


def test_the_screen_prints_each_figure(cetakan):
    rows = {r[0]: r for r in cetakan.html_baris if len(r) == 10}
    for i in cetakan.indikator():
        r = rows[i["nama"]]
        assert (r[3], r[4], r[5]) == (_realisasi(i), _persen(i["capaian_persen"]), i["kategori"]), i["nama"]
        assert (r[7], r[9]) == (_persen(i["anggaran"]["serapan_persen"], ""), _persen(i["efisiensi_persen"], "")), \
            i["nama"]
    a = cetakan.data["anggaran"]
    pagu, spent, serapan = _rupiah(a["pagu"]), _rupiah(a["realisasi"]), _dua(a["serapan_persen"])
    assert ("", "JUMLAH", pagu, spent, serapan) in cetakan.html_baris  # Tabel 3.26
    assert f"Pagu Rp {pagu}, realisasi Rp {spent} ({serapan}%), sisa Rp {_rupiah(a['sisa'])}" in cetakan.html_teks


# --- the hand-written texts themselves, in every printed format -----------------------------------------

def _printed(c: Cetakan) -> dict[str, str]:
    return {"docx": c.docx_teks, "pdf": c.pdf_teks, "html": c.html_teks}


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_the_seed_figures_are_printed(wonoasih, fmt):
    text = _printed(wonoasih)[fmt]
    for name, h in SEED.items():
        for key in ("realisasi_teks", "capaian_teks", "efisiensi_teks"):
            assert h[key] in text, (name, key)
    for figure in SEED_ANGGARAN["teks"]:
        assert figure in text


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_the_hand_figures_are_printed_row_by_row(contoh, fmt):
    """Bab III (a) as a row: name, target Renstra, target, realisation, capaian, category; the grade is kept."""
    for name, h in HITUNG.items():
        row = (name, h["target"], h["target"], h["realisasi_teks"], h["capaian_teks"], h["kategori"])
        if fmt == "pdf":
            assert " ".join(row) in contoh.pdf_teks, name
        else:
            rows = contoh.docx_baris if fmt == "docx" else contoh.html_baris
            assert any(r[:6] == row for r in rows), name
    text = _printed(contoh)[fmt]
    for name, h in HITUNG.items():
        assert h["efisiensi_teks"] in text, name
    for figure in HITUNG_ANGGARAN["teks"]:
        assert figure in text


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_the_negative_indicator_prints_75_as_capaian_and_kemajuan(contoh, fmt):
    # Bab III (c): target akhir Renstra 3, realisasi 4, tingkat kemajuan 3 / 4 × 100 = 75,00%.
    row = ("Aduan Terlambat", "3", "4", "75,00%")
    if fmt == "pdf":
        assert " ".join(row) in contoh.pdf_teks
        assert "Aduan Terlambat 95,03% 75,00% 126,70%" in contoh.pdf_teks
    else:
        assert row in contoh.docx_baris
        assert ("Aduan Terlambat", "95,03%", "75,00%", "126,70%") in contoh.docx_baris


def test_the_third_quarter_prints_the_running_mean_everywhere(contoh):
    """TW III s.d.: mean (98 + 104 + 102) / 3 = 101,333… → 101,33 (capaian 101,33%); count 10 + 15 + 20 = 45
    (capaian 45 / 40 × 100 = 112,50%). JSON keeps the number, the Lampiran prints it, Excel carries it."""
    tw3 = {b["nama"]: b for b in contoh.data["triwulan"][2]["iku"]}
    assert _angka(tw3["Indeks Layanan"]["realisasi"]) == "101,33" and _bulat(tw3["Indeks Layanan"]["realisasi"]) == \
        Decimal("101.33")
    assert ("Meningkatnya kualitas layanan", "Indeks Layanan", "Indeks", "100", "101,33", "101,33%", "", "", "") in \
        contoh.docx_baris
    assert ("Meningkatnya kualitas layanan", "Kegiatan Warga", "Kegiatan", "40", "45", "112,50%", "", "", "") in \
        contoh.docx_baris
    assert "Indeks Layanan Indeks 100 101,33 101,33%" in contoh.pdf_teks
    assert "Kegiatan Warga Kegiatan 40 45 112,50%" in contoh.pdf_teks
    sheet = {r[1]: r for r in contoh.sheet_berkepala("Realisasi s.d. TW III")[2:]}
    assert sheet["Indeks Layanan"][4:6] == (101.33, tw3["Indeks Layanan"]["capaian_persen"]) == (101.33, 101.33)
    assert sheet["Kegiatan Warga"][4:6] == (tw3["Kegiatan Warga"]["realisasi"], 112.5) == (45, 112.5)
