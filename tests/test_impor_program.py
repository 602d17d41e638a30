"""The year's program tree from Excel: codes, indicators and targets, lokasi and pagu; round trip, all or nothing."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from sakip.core.scoping import Scope
from sakip.domain.measurement import impor_program as impor
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.models import Pagu
from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Lokasi, Program, SubKegiatan

pytestmark = pytest.mark.django_db

SUB = "7.01.01.2.01.0006"
ROWS = [  # Kode, Uraian, Lokasi, Indikator, Satuan, Target, Pagu APBD, Pagu APBD-P, APBD-P mulai triwulan
    ["7.01.01", "", "", "Persentase dokumen perencanaan tepat waktu", "%", "80–90", "", "", ""],
    ["7.01.01.2.01", "", "", "Jumlah dokumen perencanaan", "Dokumen", "4", "", "", ""],
    [SUB, "", "", "Jumlah laporan capaian kinerja", "Laporan", "4", "", "", ""],
    ["", "", "Desa Sukamaju", "", "", "", "400.000.000", "437.400.000", "3"],
    ["", "", "Desa Sukamakmur", "", "", "", "41.250.000", "", ""],
]


def _pd_baru() -> PerangkatDaerah:
    pemda = Pemda.objects.create(slug="kabupaten-contoh", nama="Kabupaten Contoh", jenis="kabupaten")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")
    for i, nama in enumerate(["Sukamaju", "Sukamakmur"]):
        Kelurahan.objects.create(pd=pd, nama=nama, jenis="desa", urutan=i)
    return pd


def _isi(template: bytes, rows: list[list[str]]) -> bytes:
    wb = load_workbook(io.BytesIO(template))
    for r, row in enumerate(rows, start=impor.HEADER_ROW + 1):
        for c, value in enumerate(row, start=1):
            wb[impor.SHEET].cell(r, c, value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_new_pd_brings_its_tree_lokasi_and_pagu_and_the_apbd_p_of_one_desa_keeps_the_other():
    """APBD: Sukamaju 400.000.000 + Sukamakmur 41.250.000 = 441.250.000; the APBD-P from TW III changes
    Sukamaju alone to 437.400.000, so from TW III the pagu in force is 437.400.000 + 41.250.000 = 478.650.000."""
    pd = _pd_baru()
    isi = _isi(impor.templat(Scope.system(), "contoh", 2025), ROWS)
    preview = impor.impor_program(Scope.system(), slug="contoh", tahun=2025, isi=isi, simpan=False)
    assert preview.kesalahan == [] and not Program.objects.filter(pd=pd).exists()
    saved = impor.impor_program(Scope.system(), slug="contoh", tahun=2025, isi=isi, simpan=True)
    assert saved.disimpan and saved.perubahan == preview.perubahan
    sub = SubKegiatan.objects.get(pd=pd, nomenklatur__kode=SUB)
    assert [loc.nama for loc in Lokasi.objects.filter(sub_kegiatan=sub)] == ["Sukamaju", "Sukamakmur"]
    assert Pagu.objects.filter(sub_kegiatan=sub).count() == 3
    ind = Indikator.objects.get(program__pd=pd, nama="Persentase dokumen perencanaan tepat waktu")
    assert [(t.nilai, t.nilai_atas) for t in ind.target.all()] == [(Decimal(80), Decimal(90))]
    pagu = {tw: next(b.pagu for b in build_pengukuran(Scope.system(), "contoh", 2025, tw).baris
                     if b.level == "sub_kegiatan") for tw in (2, 3)}
    assert pagu == {2: Decimal("441250000"), 3: Decimal("478650000")}
    again = impor.templat(Scope.system(), "contoh", 2025)
    assert impor.impor_program(Scope.system(), slug="contoh", tahun=2025, isi=again, simpan=True).perubahan == []


def test_bad_cells_are_named_and_nothing_is_saved():
    pd = _pd_baru()
    rows = [list(r) for r in ROWS]
    rows[1][0] = "7.01.01.9.99"  # not in the nomenclature
    rows[3][6] = "400.000.000,555"  # more than two decimals of rupiah
    rows[4][2] = "Desa Entah"  # not a desa of the kecamatan
    isi = _isi(impor.templat(Scope.system(), "contoh", 2025), rows)
    hasil = impor.impor_program(Scope.system(), slug="contoh", tahun=2025, isi=isi, simpan=True)
    assert {(k.baris, k.kolom) for k in hasil.kesalahan} == {(5, "A"), (7, "G"), (8, "C")}, hasil.kesalahan
    assert not hasil.disimpan and not Program.objects.filter(pd=pd).exists()


def test_an_apbd_p_that_forgets_a_lokasi_of_a_sub_kegiatan_with_its_own_line_is_refused():
    pd = _pd_baru()
    rows = [list(r) for r in ROWS[:3]]
    rows[2][6] = "441.250.000"  # the sub kegiatan's own APBD line …
    rows.append(["", "", "Desa Sukamaju", "", "", "", "", "437.400.000", "3"])  # … then an APBD-P for one desa
    rows.append(["", "", "Desa Sukamakmur", "", "", "", "", "", ""])  # the other desa is named without a line
    isi = _isi(impor.templat(Scope.system(), "contoh", 2025), rows)
    hasil = impor.impor_program(Scope.system(), slug="contoh", tahun=2025, isi=isi, simpan=True)
    assert [k.pesan for k in hasil.kesalahan] == [
        f"Sub kegiatan {SUB}: pagu per lokasi tidak menyebut Sukamakmur; lokasi itu akan hilang dari pagu yang "
        "berlaku. Isi pagu setiap lokasinya."]
    assert not Program.objects.filter(pd=pd).exists()


def test_the_demo_tree_round_trips():
    """Wonoasih 2024 as sakip holds it (programs, indicators, lokasi, pagu APBD and APBD-P): no change."""
    template = impor.templat(Scope.system(), "wonoasih", 2024)
    ws = load_workbook(io.BytesIO(template))[impor.SHEET]
    assert ws.max_row - impor.HEADER_ROW >= 45  # every node, indicator and lokasi line of the year
    assert "7.01.03.2.02.0002" in [ws.cell(r, 1).value for r in range(impor.HEADER_ROW + 1, ws.max_row + 1)]
    hasil = impor.impor_program(Scope.system(), slug="wonoasih", tahun=2024, isi=template, simpan=False)
    assert hasil.kesalahan == [] and hasil.perubahan == []
