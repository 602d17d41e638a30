"""The .xlsx round trip: download a quarter's template, fill it, upload it; good and broken files."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import load_workbook

from sakip.core.scoping import Scope
from sakip.domain.measurement.cetak import COL_BELANJA, COL_REALISASI, pengukuran_xlsx
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.impor import impor_pengukuran
from sakip.domain.measurement.models import Realisasi, RealisasiAnggaran

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alur_terbuka")]  # entry on the demo's approved quarters


def template(slug="wonoasih", tw=2) -> bytes:
    return pengukuran_xlsx(build_pengukuran(Scope.system(), slug, 2024, tw))


def edit(isi: bytes, change) -> bytes:
    wb = load_workbook(io.BytesIO(isi))
    change(wb.worksheets[0])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rows_with(ws, prefix: str) -> list[int]:
    return [r for r in range(5, ws.max_row + 1) if any(p.startswith(prefix) for p in str(ws.cell(r, 1).value or "").split("|"))]


def body_rows(ws) -> list[int]:
    """Rows of program/kegiatan/sub kegiatan indicators (column F holds their name)."""
    return [r for r in rows_with(ws, "I:") if ws.cell(r, 6).value]


def impor(isi: bytes, *, simpan: bool, tw: int = 2, slug: str = "wonoasih"):
    return impor_pengukuran(Scope.system(), slug=slug, tahun=2024, triwulan=tw, isi=isi, simpan=simpan)


def test_an_untouched_template_has_no_errors_and_no_changes():
    hasil = impor(template(), simpan=False)
    assert hasil.ok and hasil.perubahan == []


def test_a_filled_template_previews_then_saves_all():
    row_holder = {}

    def fill(ws):
        r = body_rows(ws)[0]
        row_holder["row"] = r
        row_holder["key"] = ws.cell(r, 1).value
        ws.cell(r, COL_REALISASI).value = 77.5
        b = next(r for r in rows_with(ws, "A:")
                 if (ws.cell(r, COL_BELANJA).value or 0) + 1000 <= (ws.cell(r, COL_BELANJA - 1).value or 0))
        row_holder["budget_key"] = ws.cell(b, 1).value
        row_holder["spent"] = Decimal(ws.cell(b, COL_BELANJA).value or 0) + 1000
        ws.cell(b, COL_BELANJA).value = (ws.cell(b, COL_BELANJA).value or 0) + 1000

    isi = edit(template(), fill)
    preview = impor(isi, simpan=False)
    assert preview.ok and len(preview.perubahan) == 2 and not preview.disimpan
    indikator_id = int(row_holder["key"].split("|")[0][2:])
    assert Realisasi.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=2).nilai != Decimal("77.5")
    saved = impor(isi, simpan=True)
    assert saved.disimpan
    assert Realisasi.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=2).nilai == Decimal("77.5")
    sub_id = int(row_holder["budget_key"].split("A:")[1].split(":")[0])
    assert RealisasiAnggaran.objects.get(sub_kegiatan_id=sub_id, lokasi=None, triwulan=2).nilai == row_holder["spent"]


def test_every_error_is_listed_by_row_and_column_and_nothing_is_saved():
    positions = {}

    def break_it(ws):
        rows = body_rows(ws)
        ws.cell(rows[0], COL_REALISASI).value = "sepuluh"
        ws.cell(rows[1], COL_REALISASI).value = "=1+1"
        ws.cell(rows[2], COL_REALISASI).value = 12  # valid, but must not be saved
        budget = rows_with(ws, "A:")
        ws.cell(budget[0], COL_BELANJA).value = -5
        ws.cell(budget[1], COL_BELANJA).value = 10**14  # what a cell may hold (15 digits), above any pagu
        positions.update(letters=rows[0], formula=rows[1], valid=rows[2], negatif=budget[0], besar=budget[1],
                         valid_key=ws.cell(rows[2], 1).value)

    before = Realisasi.objects.filter(tahun=2024, triwulan=2).count()
    hasil = impor(edit(template(), break_it), simpan=True)
    assert not hasil.disimpan
    found = {(k.baris, k.kolom): k.pesan for k in hasil.kesalahan}
    assert "bukan angka" in found[(positions["letters"], "K")]
    assert "rumus" in found[(positions["formula"], "K")]
    assert "negatif" in found[(positions["negatif"], "M")]
    assert "melebihi pagu" in found[(positions["besar"], "M")]
    assert Realisasi.objects.filter(tahun=2024, triwulan=2).count() == before
    valid_id = int(positions["valid_key"].split("|")[0][2:])
    assert Realisasi.objects.get(indikator_id=valid_id, tahun=2024, triwulan=2).nilai != Decimal(12)


def test_a_merged_cell_where_a_value_belongs_is_refused():
    def merge(ws):
        r = body_rows(ws)[0]
        ws.merge_cells(start_row=r, start_column=COL_REALISASI, end_row=r + 1, end_column=COL_REALISASI)

    hasil = impor(edit(template(), merge), simpan=False)
    assert any("gabungan" in k.pesan and k.kolom == "K" for k in hasil.kesalahan)


def test_a_file_that_is_not_xlsx_is_refused():
    hasil = impor(b"%PDF-1.7 not a workbook", simpan=True)
    assert [str(k) for k in hasil.kesalahan] == ["Berkas bukan .xlsx (unduh templat dari halaman ini, isi, lalu unggah)."]


def test_a_template_of_another_quarter_is_refused():
    hasil = impor(template(tw=1), simpan=True, tw=2)
    assert "bukan wonoasih tahun 2024 triwulan 2" in hasil.kesalahan[0].pesan


def test_the_upload_page_previews_and_the_confirmation_commits(login):
    def fill(ws):
        ws.cell(body_rows(ws)[0], COL_REALISASI).value = 66

    isi = edit(template(), fill)
    client = login("operator-wonoasih")
    url = reverse("measurement:unggah", args=["wonoasih", 2024, 2])
    preview = client.post(url, {"berkas": io.BytesIO(isi)})
    html = preview.content.decode()
    assert preview.status_code == 200 and "1 isian berubah" in html and "Simpan semua" in html
    import base64

    done = client.post(url, {"berkas_b64": base64.b64encode(isi).decode(), "simpan": "1"})
    assert done.status_code == 302
    assert Realisasi.objects.filter(tahun=2024, triwulan=2, nilai=66).exists()


def test_the_import_command_commits_or_refuses(tmp_path, capsys):
    good = tmp_path / "tw2.xlsx"
    good.write_bytes(edit(template(), lambda ws: setattr(ws.cell(body_rows(ws)[0], COL_REALISASI), "value", 55)))
    call_command("import", "pengukuran", str(good), unit="wonoasih", year=2024, tw=2)
    assert "1 isian disimpan." in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(edit(template(), lambda ws: setattr(ws.cell(body_rows(ws)[0], COL_REALISASI), "value", "x")))
    with pytest.raises(CommandError, match="1 kesalahan"):
        call_command("import", "pengukuran", str(bad), unit="wonoasih", year=2024, tw=2)


def test_a_template_of_another_pd_is_refused():
    wb = load_workbook(io.BytesIO(template()))
    wb["sakip"].cell(1, 2).value = "kanigaran"
    out = io.BytesIO()
    wb.save(out)
    hasil = impor(out.getvalue(), simpan=True)
    assert hasil.kesalahan[0].pesan.startswith("Templat ini untuk kanigaran tahun 2024 triwulan 2")
