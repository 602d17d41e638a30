"""The rencana aksi as every reader of a quarter sees it (issue 19): the target s.d. the quarter and the capaian
against it, the anggaran kas s.d. the quarter and its share of the pagu, a plan not monitored, a plan above the pagu
in force. Every figure is worked by hand here, on a PD built for the test ("Kecamatan Uji", 2024):

- Jumlah kegiatan (a count typed per quarter, annual target 70): plan 10 / 15 / 20 / 25, realised 8 and 15 in TW I and
  II → s.d. TW II target 25, realised 23, capaian 23 / 25 = 92 %;
- Persentase layanan (a percentage, the latest quarter's value, target 80): plan 20 / 40 / 60 / 80, realised 18 and
  38 → TW II target 40, capaian 38 / 40 = 95 %;
- Angka keluhan (negative polarity, (2T − R) / T, target 5): plan 8 / 7 / 6 / 5, realised only in TW II, 7,7 → TW II
  target 7, capaian (14 − 7,7) / 7 = 90 %; TW I planned and not realised: not monitored;
- Jumlah dokumen (a sub kegiatan's count typed as a running total, target 12): plan 3 / 6 / 9 / 12, realised 3 and 5
  → TW II target 6, capaian 5 / 6 = 83,33 %;
- the sub kegiatan's pagu Rp 1.000.000.000 with anggaran kas 100 / 200 / 300 / 400 juta → the plan s.d. TW I–IV
  100 / 300 / 600 / 1.000 juta = 10 / 30 / 60 / 100 % of the pagu.
"""

from __future__ import annotations

import datetime
import io
from collections import defaultdict
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sakip.composite.dashboard.dokumen_pd import build_dasbor_pd
from sakip.composite.dashboard.dokumen_pemda import build_dasbor_pemda
from sakip.composite.demo.data import wonoasih_2024
from sakip.core.scoping import Scope
from sakip.domain.evaluasi import bukti_sakip
from sakip.domain.measurement.cetak import pengukuran_xlsx
from sakip.domain.measurement.dokumen import build_baris, build_pengukuran
from sakip.domain.measurement.models import AnggaranKas, Pagu, Realisasi, RencanaAksi
from sakip.domain.measurement.selectors import kelengkapan
from sakip.domain.organisation.models import PerangkatDaerah
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
from sakip.domain.reporting.cek import periksa
from sakip.domain.reporting.dokumen import build_lkjip

pytestmark = pytest.mark.django_db

JUTA = Decimal(1_000_000)


def _indikator(rencana: tuple, realisasi: dict, target: int, **fields) -> Indikator:
    ind = Indikator.objects.create(**fields)
    Target.objects.create(indikator=ind, tahun=2024, nilai=target, teks=str(target))
    for tw, nilai in enumerate(rencana, start=1):
        RencanaAksi.objects.create(indikator=ind, tahun=2024, triwulan=tw, nilai=Decimal(str(nilai)),
                                   aksi=f"Aksi triwulan {tw}")
    for tw, nilai in realisasi.items():
        Realisasi.objects.create(indikator=ind, tahun=2024, triwulan=tw, nilai=Decimal(str(nilai)))
    return ind


class Uji:
    """The test's PD and its rows."""

    def __init__(self) -> None:
        kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
        self.pd = PerangkatDaerah.objects.create(pemda=kanigaran.pemda, nama="Kecamatan Uji", slug="uji")
        renstra = Renstra.objects.create(pd=self.pd, tahun_mulai=2020, tahun_selesai=2024)
        sasaran = Sasaran.objects.create(tujuan=Tujuan.objects.create(renstra=renstra, urutan=1, nama="Tujuan uji"),
                                         urutan=1, nama="Sasaran uji")
        self.jumlah = _indikator((10, 15, 20, 25), {1: 8, 2: 15}, 70, sasaran=sasaran, urutan=1,
                                 nama="Jumlah kegiatan", satuan="kegiatan", akumulasi="jumlah", cara_isi="triwulan")
        self.persen = _indikator((20, 40, 60, 80), {1: 18, 2: 38}, 80, sasaran=sasaran, urutan=2,
                                 nama="Persentase layanan", satuan="%", akumulasi="terakhir")
        self.negatif = _indikator((8, 7, 6, 5), {2: "7.7"}, 5, sasaran=sasaran, urutan=3, nama="Angka keluhan",
                                  satuan="%", akumulasi="terakhir", polaritas="negatif", rumus_negatif="selisih")
        nomen = {level: Nomenklatur.objects.filter(level=level).order_by("kode").first()
                 for level in ("program", "kegiatan", "sub_kegiatan")}
        self.program = Program.objects.create(pd=self.pd, tahun=2024, nomenklatur=nomen["program"])
        kegiatan = Kegiatan.objects.create(program=self.program, nomenklatur=nomen["kegiatan"])
        self.sub = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=nomen["sub_kegiatan"])
        self.dokumen = _indikator((3, 6, 9, 12), {1: 3, 2: 5}, 12, sub_kegiatan=self.sub, urutan=1,
                                  nama="Jumlah dokumen", satuan="dokumen", akumulasi="jumlah", cara_isi="kumulatif")
        Pagu.objects.create(sub_kegiatan=self.sub, nilai=1000 * JUTA)
        for tw, juta in enumerate((100, 200, 300, 400), start=1):
            AnggaranKas.objects.create(sub_kegiatan=self.sub, triwulan=tw, nilai=juta * JUTA)


@pytest.fixture
def uji() -> Uji:
    return Uji()


def _tw(tw: int):
    return build_pengukuran(Scope.system(), "uji", 2024, tw)


def _iku(p, ind):
    return next(b for b in p.iku if b.indikator_id == ind.pk)


def test_the_target_of_the_quarter_and_its_capaian_by_hand(uji):
    p = _tw(2)
    jumlah = _iku(p, uji.jumlah)
    assert (jumlah.target_triwulan.nilai, jumlah.target_triwulan.teks) == (Decimal(25), "25")  # 10 + 15
    assert jumlah.realisasi.nilai == 23 and jumlah.capaian_triwulan.nilai == 92  # 23 / 25
    assert jumlah.kategori_triwulan.nama == "Baik"  # 75–100 on the Probolinggo scale
    assert jumlah.target.teks == "70" and round(jumlah.capaian.nilai, 2) == Decimal("32.86")  # 23 / 70: the annual
    persen = _iku(p, uji.persen)
    assert (persen.target_triwulan.teks, persen.capaian_triwulan.nilai) == ("40%", 95)  # 38 / 40
    negatif = _iku(p, uji.negatif)
    assert negatif.target_triwulan.nilai == 7 and negatif.capaian_triwulan.nilai == 90  # (2 × 7 − 7,7) / 7
    assert negatif.tidak_dipantau == (1,)  # TW I planned (8), nothing realised
    dokumen = next(b for b in p.baris if b.indikator_id == uji.dokumen.pk)
    assert dokumen.target_triwulan.nilai == 6  # typed as a running total: as typed
    assert round(dokumen.capaian_triwulan.nilai, 2) == Decimal("83.33")  # 5 / 6


def test_the_plan_of_spending_sums_up_the_tree(uji):
    for tw, kas, persen in ((1, 100, 10), (2, 300, 30), (3, 600, 60), (4, 1000, 100)):
        p = _tw(tw)
        assert (p.rencana_kas, p.rencana_serapan.nilai) == (kas * JUTA, persen), tw
        rows = {b.level: b for b in p.baris if b.pagu is not None}
        for level in ("program", "kegiatan", "sub_kegiatan"):
            assert (rows[level].rencana_kas, rows[level].rencana_serapan.nilai) == (kas * JUTA, persen), (tw, level)


def test_the_json_gives_each_row_its_quarter(uji):
    j = _tw(2).as_json()
    iku = {r["nama"]: r for r in j["iku"]}
    assert (iku["Jumlah kegiatan"]["target_triwulan"], iku["Jumlah kegiatan"]["capaian_triwulan_persen"]) == (25, 92)
    assert (iku["Angka keluhan"]["target_triwulan"], iku["Angka keluhan"]["capaian_triwulan_persen"]) == (7, 90)
    row = next(r for r in j["rows"] if r["indikator"] == "Jumlah dokumen")
    assert (row["target_triwulan"], row["capaian_triwulan_persen"]) == (6, 83.33)
    assert (row["rencana_kas"], row["rencana_serapan_persen"]) == (300_000_000, 30)
    assert (j["total"]["rencana_kas"], j["total"]["rencana_serapan_persen"]) == (300_000_000, 30)


def test_a_quarter_not_measured_and_a_quarter_without_a_plan_print_a_dash(uji):
    RencanaAksi.objects.filter(indikator=uji.persen, triwulan=3).delete()
    p = _tw(3)
    persen = _iku(p, uji.persen)
    assert (persen.target_triwulan.nilai, persen.target_triwulan.teks, persen.capaian_triwulan.nilai) == (None, "-", None)
    jumlah = _iku(p, uji.jumlah)
    assert jumlah.target_triwulan.nilai == 45  # 10 + 15 + 20
    assert jumlah.capaian_triwulan.nilai is None and jumlah.tidak_dipantau == (3,)
    # Another PD without any rencana aksi: a dash, never 0, in every format
    kanigaran = build_pengukuran(Scope.system(), "kanigaran", 2024, 2)
    assert {b.target_triwulan.teks for b in (*kanigaran.iku, *kanigaran.baris)} == {"-"}
    assert all(b.capaian_triwulan.nilai is None and b.rencana_kas is None for b in kanigaran.baris)
    j = kanigaran.as_json()
    assert {r["target_triwulan"] for r in j["rows"]} == {None} and j["total"]["rencana_serapan_persen"] is None


def test_a_saved_grid_row_carries_the_same_figures(uji):
    one = build_baris(Scope.system(), uji.pd, 2024, 2, program_id=uji.program.pk)
    row = next(b for b in one.baris if b.indikator_id == uji.dokumen.pk)
    assert (row.target_triwulan.nilai, round(row.capaian_triwulan.nilai, 2)) == (6, Decimal("83.33"))
    assert (one.rencana_kas, one.rencana_serapan.nilai) == (300 * JUTA, 30)
    iku = build_baris(Scope.system(), uji.pd, 2024, 2, iku_id=uji.jumlah.pk)
    assert iku.iku[0].capaian_triwulan.nilai == 92


def test_the_xlsx_prints_the_quarter_beside_the_year(uji):
    ws = load_workbook(io.BytesIO(pengukuran_xlsx(_tw(2)))).worksheets[0]
    header = [c.value for c in ws[4]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5)]
    jumlah = next(r for r in rows if r[1] == "Jumlah kegiatan")
    assert jumlah[header.index("Target TW II (rencana aksi)")] == 25
    assert jumlah[header.index("Capaian TW II thd rencana aksi (%)")] == 92
    dokumen = next(r for r in rows if r[header.index("Indikator Program / Kegiatan / Sub Kegiatan")] == "Jumlah dokumen")
    assert dokumen[header.index("Target TW II (rencana aksi)")] == 6
    assert dokumen[header.index("Capaian TW II thd rencana aksi (%)")] == 83.33
    assert dokumen[header.index("Rencana kas s.d. TW II")] == 300_000_000
    assert dokumen[header.index("Rencana serapan s.d. TW II (%)")] == 30
    assert rows[-1][header.index("Rencana kas s.d. TW II")] == 300_000_000  # JUMLAH


# --- the dashboards' plan of serapan ----------------------------------------------------------------------------


def test_the_pd_dashboard_plans_serapan_by_the_anggaran_kas(uji, login):
    d = build_dasbor_pd(Scope.system(), "uji", 2024, 2)
    assert (d.rencana_serapan, d.rencana_dasar) == (30, "anggaran kas")  # 300 juta / 1 M
    assert d.jalur_rencana == (10, 30, 60, 100)  # 100, 300, 600, 1.000 juta of 1 M
    assert [p.rencana for p in d.program] == [30]
    html = login("admin-probolinggo").get(reverse("dashboard:pd", args=["uji", 2024]) + "?tw=2").content.decode()
    assert '<span data-rencana-serapan>30,00%</span> <span data-rencana-dasar>(anggaran kas)</span>' in html
    tabel = dict((judul, rows) for judul, _, rows in d.tabel())
    assert tabel["Serapan per triwulan"][1][1:] == [10, 30, 60, 100]


def test_without_anggaran_kas_the_plan_stays_linear_and_says_so(login):
    d = build_dasbor_pd(Scope.system(), "kanigaran", 2024, 2)
    assert (d.rencana_serapan, d.rencana_dasar) == (50, "linear (anggaran kas belum diisi)")  # 2/4 of the pagu
    assert d.jalur_rencana == (25, 50, 75, 100) and {p.rencana for p in d.program} == {50}
    html = login("admin-probolinggo").get(reverse("dashboard:pd", args=["kanigaran", 2024]) + "?tw=2").content.decode()
    assert "<span data-rencana-dasar>(linear (anggaran kas belum diisi))</span>" in html


def test_the_pemda_dashboard_plans_each_pd_by_its_own_anggaran_kas(uji, login):
    d = build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 3)
    baris = {b.slug: b for b in d.baris}
    assert (baris["uji"].rencana_serapan, baris["uji"].linear) == (60, False)  # 600 juta / 1 M
    assert (baris["kanigaran"].rencana_serapan, baris["kanigaran"].linear, d.rencana_serapan) == (75, True, 75)
    html = login("inspektorat-probolinggo").get(reverse("dashboard:pemda", args=["kota-probolinggo", 2024])
                                                + "?tw=3").content.decode()
    assert "selain itu 75%, linear (anggaran kas belum diisi)" in html
    uji_row = html[html.index('<tr data-pd="uji">'):]
    assert '<div class="muted kecil" data-rencana>rencana 60,00%</div>' in uji_row[:uji_row.index("</tr>")]
    ringkas = d.tabel()[0]
    kolom = ringkas[1].index("Rencana serapan (%)")
    assert next(r for r in ringkas[2] if r[1] == "Kecamatan Uji")[kolom] == 60


# --- the checks ----------------------------------------------------------------------------------------------------


def test_a_plan_not_monitored_is_a_check_of_the_lkjip_naming_the_quarters(uji):
    dok = build_lkjip(Scope.system(), "uji", 2024)
    juli = [(c.lokasi, c.pesan) for c in periksa(dok, datetime.date(2024, 7, 15)) if c.kode == "rencana-aksi-tidak-dipantau"]
    assert juli == [("Angka keluhan (IKU)", "Rencana aksi triwulan I tidak dipantau: ada target triwulan, tetapi "
                     "realisasinya belum diisi; isi realisasinya atau perbarui rencana aksinya.")]  # TW II ended
    semua = {c.lokasi: c.pesan.split(" tidak dipantau")[0] for c in dok.checks if c.kode == "rencana-aksi-tidak-dipantau"}
    dokumen = f"Jumlah dokumen ({uji.sub.nomenklatur.kode} {uji.sub.nomenklatur.nama})"
    assert semua == {"Jumlah kegiatan (IKU)": "Rencana aksi triwulan III, IV",  # 2024 has ended: every quarter
                     "Persentase layanan (IKU)": "Rencana aksi triwulan III, IV",
                     "Angka keluhan (IKU)": "Rencana aksi triwulan I, III, IV", dokumen: "Rencana aksi triwulan III, IV"}


def test_an_apbd_p_that_cuts_the_pagu_below_the_anggaran_kas_is_a_check(uji):
    Pagu.objects.create(sub_kegiatan=uji.sub, sumber="APBD-P", berlaku_mulai=3, nilai=900 * JUTA)
    assert _tw(2).rencana_serapan.nilai == 30  # the APBD's 1 M in force
    assert round(_tw(4).rencana_serapan.nilai, 2) == Decimal("111.11")  # 1.000 / 900 juta
    cek = [(c.kode, c.pesan, c.lokasi) for c in build_lkjip(Scope.system(), "uji", 2024).checks
           if c.kode.startswith("anggaran-kas")]
    assert cek == [("anggaran-kas-melebihi-pagu", "Anggaran kas setahun (Rp 1.000.000.000) melebihi pagu yang berlaku "
                    "(Rp 900.000.000).", f"{uji.sub.nomenklatur.kode} {uji.sub.nomenklatur.nama}")]


def test_the_completeness_of_a_quarter_lists_earlier_quarters_not_monitored(uji):
    def renaksi(tw):
        hasil = kelengkapan(Scope.system(), uji.pd, _tw(tw))
        return [(t.nama, t.pesan.split(" tidak dipantau")[0]) for k in hasil.kelompok
                if k.kode == "renaksi-tidak-dipantau" for t in k.temuan]

    assert renaksi(2) == [("Angka keluhan (IKU)", "Rencana aksi triwulan I")]  # TW II's own gaps: "belum diisi"
    dokumen = f"Jumlah dokumen ({uji.sub.nomenklatur.kode} {uji.sub.nomenklatur.nama})"
    assert renaksi(4) == [("Jumlah kegiatan (IKU)", "Rencana aksi triwulan III"),
                          ("Persentase layanan (IKU)", "Rencana aksi triwulan III"),
                          ("Angka keluhan (IKU)", "Rencana aksi triwulan I, III"), (dokumen, "Rencana aksi triwulan III")]


# --- the LKE evidence ----------------------------------------------------------------------------------------------


def test_the_lke_cites_the_rencana_aksi_under_1c4(uji, django_assert_num_queries):
    f = bukti_sakip.fakta(Scope.system(), uji.pd, 2024)
    per: dict = defaultdict(list)
    with django_assert_num_queries(bukti_sakip.QUERIES_RENCANA):
        bukti_sakip._baris_rencana(Scope.system(), uji.pd, f, per)
    url = reverse("measurement:rencana_aksi", args=["uji", 2024])
    # 4 indicators × 4 quarters planned; realised: 2 + 2 + 1 + 2
    assert [(b.teks, b.url) for b in per["1.c.4"]] == [
        ("Rencana aksi 2024: 4 indikator dengan target triwulan; 16 triwulan direncanakan, 7 di antaranya sudah ada "
         "realisasinya.", url),
        ("Rencana aksi tidak dipantau: Angka keluhan, triwulan I, III, IV tanpa realisasi.", url),
        ("Rencana aksi tidak dipantau: Jumlah dokumen, triwulan III, IV tanpa realisasi.", url),
        ("Rencana aksi tidak dipantau: Jumlah kegiatan, triwulan III, IV tanpa realisasi.", url),
        ("Rencana aksi tidak dipantau: Persentase layanan, triwulan III, IV tanpa realisasi.", url)]


def test_the_lke_says_when_there_is_no_rencana_aksi(django_assert_num_queries):
    pd = PerangkatDaerah.objects.get(slug="kanigaran")
    per: dict = defaultdict(list)
    f = bukti_sakip.fakta(Scope.system(), pd, 2024)
    with django_assert_num_queries(bukti_sakip.QUERIES_RENCANA):
        bukti_sakip._baris_rencana(Scope.system(), pd, f, per)
    assert [b.teks for b in per["1.c.4"]] == ["Rencana aksi 2024: belum ada indikator dengan target triwulan."]


# --- the demo ------------------------------------------------------------------------------------------------------


def test_wonoasih_tw_ii_2024_against_the_demos_rencana_aksi():
    """The demo's plan (``composite/demo/rencana_aksi.py``) sets the target s.d. a quarter with a realisation to that
    realisation (capped by the annual target), a quarter without one before any later realisation on the line to the
    annual target (here: the annual target), and the anggaran kas to the spending s.d. the quarter rounded up to the
    next million, capped by the pagu at TW IV."""
    p = build_pengukuran(Scope.system(), "wonoasih", 2024, 2)
    kelompok = next(b for b in p.iku if b.nama == wonoasih_2024.KELOMPOK)
    # seed 002, TW II table: 71,20 % realised against the PK's 80 %; the plan: 71,20, below 80 (printed as its text
    # was typed, as a target is)
    assert (kelompok.target_triwulan.nilai, kelompok.target_triwulan.teks) == (Decimal("71.2"), "71,2")
    assert kelompok.capaian_triwulan.nilai == 100
    assert round(kelompok.capaian.nilai, 2) == Decimal("89.00")  # 71,20 / 80 against the year
    ikm = next(b for b in p.iku if b.nama == wonoasih_2024.IKM)
    # measured per semester; TW II printed as "0" (no survey yet): no realisation, so the plan is the PK's 94,14
    assert (ikm.target_triwulan.nilai, ikm.capaian_triwulan.nilai, ikm.tidak_dipantau) == (Decimal("94.14"), None, (2,))
    sub = next(b for b in p.baris if b.level == "sub_kegiatan" and b.kode == "7.01.03.2.02.0001")
    # spending s.d. TW I 135.970.100 → 136 juta; s.d. TW II 145.879.100 → 146 juta, capped by the APBD-P's
    # 145.879.100 at TW IV; against TW II's pagu in force (APBD) 150.000.000: 97,25 %
    assert (sub.pagu, sub.rencana_kas) == (150_000_000, Decimal("145879100"))
    assert round(sub.rencana_serapan.nilai, 2) == Decimal("97.25")


def test_the_pemda_dashboard_reads_the_anggaran_kas_in_one_query_whatever_its_rows(uji, django_assert_num_queries):
    with django_assert_num_queries(10) as dengan:  # pemda, PD, indicators, PK, IKM, pagu, spending, without lines,
        build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 2)  # anggaran kas, workflow
    AnggaranKas.objects.filter(pd__pemda=uji.pd.pemda).delete()
    with django_assert_num_queries(len(dengan.captured_queries)):
        d = build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 2)
    assert {b.linear for b in d.baris} == {True}
