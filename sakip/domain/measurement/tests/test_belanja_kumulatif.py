"""Spending is cumulative: s.d. a quarter never below s.d. the latest earlier quarter that has spending, even
when the quarter between was left empty. One rule (``services.periksa_belanja``), for the grid and the import."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sakip.core.scoping import Scope
from sakip.domain.measurement.cetak import COL_BELANJA, pengukuran_xlsx
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.impor import impor_pengukuran
from sakip.domain.measurement.models import RealisasiAnggaran

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alur_terbuka")]  # entry on the demo's approved quarters


@pytest.fixture
def line():
    """A budget line of Wonoasih's TW IV that also took spending in TW II, with TW II set to Rp 5.000.000 and its
    TW III spending removed (left empty); its TW IV spending removed too, so any value typed is new."""
    for row in build_pengukuran(Scope.system(), "wonoasih", 2024, 4).baris:
        spending = RealisasiAnggaran.objects.filter(sub_kegiatan_id=row.sub_kegiatan_id, lokasi_id=row.lokasi_id)
        if row.anggaran_diisi_di_sini and row.pagu and row.pagu > 5_000_000 and spending.filter(triwulan=2).exists():
            spending.filter(triwulan=2).update(nilai=Decimal(5_000_000))
            spending.filter(triwulan__in=(3, 4)).delete()
            return row
    raise AssertionError("no budget line of TW IV with TW II spending in the demo")


def _post(client, row, teks: str):
    data = {"kunci": row.kunci, "sub_kegiatan": row.sub_kegiatan_id, "realisasi_anggaran": teks}
    if row.lokasi_id:
        data["lokasi"] = row.lokasi_id
    return client.post(reverse("measurement:simpan_baris", args=["wonoasih", 2024, 4]), data, HTTP_HX_REQUEST="true")


def _tw4(row):
    return RealisasiAnggaran.objects.filter(sub_kegiatan_id=row.sub_kegiatan_id, lokasi_id=row.lokasi_id,
                                            triwulan=4).values_list("nilai", flat=True).first()


PESAN = ("Realisasi anggaran s.d. triwulan IV (Rp 4.000.000) lebih kecil dari s.d. triwulan II (Rp 5.000.000); "
         "realisasi anggaran dihitung kumulatif.")


def test_the_grid_refuses_tw_iv_below_tw_ii_when_tw_iii_is_empty(login, line):
    client = login("operator-wonoasih")
    response = _post(client, line, "4.000.000")
    assert response.status_code == 200 and PESAN in response.content.decode()
    assert _tw4(line) is None
    _post(client, line, "5.000.000")  # as much as TW II: accepted
    assert _tw4(line) == Decimal(5_000_000)


def test_the_import_refuses_tw_iv_below_tw_ii_when_tw_iii_is_empty(line):
    wb = load_workbook(io.BytesIO(pengukuran_xlsx(build_pengukuran(Scope.system(), "wonoasih", 2024, 4))))
    ws = wb.worksheets[0]
    key = f"A:{line.sub_kegiatan_id}:{line.lokasi_id or '-'}"
    row = next(r for r in range(5, ws.max_row + 1) if key in str(ws.cell(r, 1).value or "").split("|"))
    ws.cell(row, COL_BELANJA).value = 4_000_000
    out = io.BytesIO()
    wb.save(out)
    hasil = impor_pengukuran(Scope.system(), slug="wonoasih", tahun=2024, triwulan=4, isi=out.getvalue(), simpan=True)
    assert [(k.baris, k.kolom, k.pesan) for k in hasil.kesalahan] == [(row, "M", PESAN)]
    assert not hasil.disimpan and _tw4(line) is None
