"""Broken quarterly templates (issue 17, items 4 and 5): each file is refused with a message naming the sheet,
row and column, nothing is saved, and nothing typed is dropped without a word. Also the numbers a grid cell
refuses, and the program import's numeric cells and repeated keys."""

from __future__ import annotations

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import load_workbook

from sakip.core.scoping import Scope
from sakip.domain.measurement import impor_program, services
from sakip.domain.measurement.cetak import COL_BELANJA, COL_IKU_REALISASI, COL_REALISASI, META_SHEET, pengukuran_xlsx
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.impor import impor_pengukuran
from sakip.domain.measurement.models import Realisasi, RealisasiAnggaran
from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Program
from tests.helpers import sub_row

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alur_terbuka")]  # entry on the demo's approved quarters


def template(tw: int = 2) -> bytes:
    return pengukuran_xlsx(build_pengukuran(Scope.system(), "wonoasih", 2024, tw))


def edit(isi: bytes, change) -> bytes:
    """``change(wb)`` on the workbook; the data sheet is ``wb.worksheets[0]`` in a template as downloaded."""
    wb = load_workbook(io.BytesIO(isi))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rows_with(ws, prefix: str) -> list[int]:
    return [r for r in range(5, ws.max_row + 1) if any(p.startswith(prefix) for p in str(ws.cell(r, 1).value or "").split("|"))]


def body_rows(ws) -> list[int]:
    """Rows of program/kegiatan/sub kegiatan indicators (column F holds their name)."""
    return [r for r in rows_with(ws, "I:") if ws.cell(r, 6).value]


def impor(isi: bytes, *, simpan: bool = True, tw: int = 2):
    return impor_pengukuran(Scope.system(), slug="wonoasih", tahun=2024, triwulan=tw, isi=isi, simpan=simpan)


def saved_values() -> list:
    return sorted((r.indikator_id, r.triwulan, r.nilai, r.teks) for r in Realisasi.objects.filter(pd__slug="wonoasih"))


def refused(isi: bytes, tw: int = 2) -> dict[tuple[int | None, str | None], str]:
    """Import with ``simpan``: nothing may be saved; the errors by (row, column)."""
    before = (saved_values(), sorted(RealisasiAnggaran.objects.filter(pd__slug="wonoasih").values_list("pk", "nilai")))
    hasil = impor(isi, tw=tw)
    assert not hasil.disimpan and hasil.kesalahan
    assert before == (saved_values(), sorted(RealisasiAnggaran.objects.filter(pd__slug="wonoasih").values_list("pk", "nilai")))
    return {(k.baris, k.kolom): k.pesan for k in hasil.kesalahan}


def put(cells: dict):
    """A change that writes ``{(row chooser, column): value}`` on the data sheet; a chooser picks a row from it."""
    def change(wb):
        ws = wb.worksheets[0]
        for (choose, col), value in cells.items():
            ws.cell(choose(ws), col).value = value
    return change


def first_body(ws) -> int:
    return body_rows(ws)[0]


def first_budget(ws) -> int:
    return rows_with(ws, "A:")[0]


# --- numbers typed in Excel (item 4) ---------------------------------------------------------------------


@pytest.mark.parametrize(("value", "pesan"), [
    (1e30, "“1000000000000000000000000000000” terlalu besar: paling banyak 15 angka sebelum koma."),
    (1.123456, "“1,123456” terlalu rinci: paling banyak 4 angka di belakang koma."),
    ("1e30", "“1e30” bukan angka: tulis angka lengkap tanpa pangkat (e)."),
    ("85e2", "“85e2” bukan angka: tulis angka lengkap tanpa pangkat (e)."),
    ("12x", "“12x” bukan angka: masukkan angka, misalnya 94,12 atau 1.234.567."),
])
def test_a_realisation_cell_excel_or_text_that_no_column_holds_is_named_not_stored(value, pesan):
    row = first_body(load_workbook(io.BytesIO(template())).worksheets[0])
    found = refused(edit(template(), put({(first_body, COL_REALISASI): value})))
    assert found == {(row, "K"): pesan}


def test_spending_with_three_decimals_is_refused_on_its_cell():
    row = first_budget(load_workbook(io.BytesIO(template())).worksheets[0])
    found = refused(edit(template(), put({(first_budget, COL_BELANJA): 1000.125})))
    assert found == {(row, "M"): "“1.000,125”: rupiah paling banyak 2 angka di belakang koma."}


def test_a_realisation_text_of_100_kb_is_refused_quoting_only_its_start():
    row = first_body(load_workbook(io.BytesIO(template())).worksheets[0])
    found = refused(edit(template(), put({(first_body, COL_REALISASI): "7 " + "x" * 32_000})))
    assert found == {(row, "K"): f"“7 {'x' * 38}…” terlalu panjang: paling banyak 60 karakter (tertulis 32.002 karakter)."}


def test_the_upload_page_answers_a_huge_number_with_the_message_not_an_error_page(login):
    isi = edit(template(), put({(first_body, COL_REALISASI): 1e30}))
    response = login("operator-wonoasih").post(reverse("measurement:unggah", args=["wonoasih", 2024, 2]),
                                               {"berkas": io.BytesIO(isi)})
    assert response.status_code == 200 and "terlalu besar: paling banyak 15 angka sebelum koma" in response.content.decode()


@pytest.mark.parametrize("teks", ["1e30", "85e2", "12x", "1,12345", "1" * 16])
def test_the_grid_refuses_the_same_numbers_on_the_field(teks):
    ind = Indikator.objects.get(pk=sub_row(2).indikator_id)
    before = saved_values()
    with pytest.raises(ValidationError) as info:
        services.simpan_baris(Scope.system(), tahun=2024, triwulan=2, realisasi=services.IsianRealisasi(ind, teks))
    assert re.search(r"bukan angka|terlalu besar|terlalu rinci", info.value.message_dict["realisasi"][0])
    assert saved_values() == before


# --- row keys (items 4 and 5) -----------------------------------------------------------------------------


@pytest.mark.parametrize(("pick", "key"), [(first_body, "I:abc"), (first_budget, "A:x:y"), (first_body, "X:12"),
                                           (first_body, "I:99999999999999999999")])
def test_a_damaged_row_key_is_named_on_column_a(pick, key):
    row = pick(load_workbook(io.BytesIO(template())).worksheets[0])
    found = refused(edit(template(), put({(pick, 1): key})))
    assert found == {(row, "A"): f"Kunci baris “{key}” tidak dikenal; jangan ubah kolom A (unduh templat lagi bila "
                                 "kuncinya berubah)."}


def budget_and_indicator(ws) -> int:
    return next(r for r in rows_with(ws, "A:") if "I:" in ws.cell(r, 1).value)


@pytest.mark.parametrize(("pick", "values", "lost"), [
    (first_body, {COL_REALISASI: 66}, "K (“66”)"),
    (budget_and_indicator, {COL_REALISASI: None, COL_BELANJA: 66}, "M (“66”)"),
    (lambda ws: rows_with(ws, "I:")[0], {COL_IKU_REALISASI: 66}, "E (“66”)")])
def test_a_cleared_row_key_with_a_value_beside_it_is_an_error_not_a_dropped_value(pick, values, lost):
    row = pick(load_workbook(io.BytesIO(template())).worksheets[0])
    found = refused(edit(template(), put({**{(pick, col): v for col, v in values.items()}, (pick, 1): None})))
    assert found == {(row, "A"): f"Kunci baris di kolom A kosong, sehingga isian di kolom {lost} tidak dapat dibaca. "
                                 "Jangan ubah kolom A: kembalikan kuncinya, atau salin isian ke templat yang baru diunduh."}


def test_a_cleared_key_of_a_row_with_two_values_names_both():
    ws = load_workbook(io.BytesIO(template())).worksheets[0]
    row = budget_and_indicator(ws)
    found = refused(edit(template(), put({(budget_and_indicator, COL_REALISASI): 7,
                                          (budget_and_indicator, COL_BELANJA): 1000, (budget_and_indicator, 1): None})))
    assert found == {(row, "A"): "Kunci baris di kolom A kosong, sehingga isian di kolom K (“7”), M (“1000”) tidak "
                                 "dapat dibaca. Jangan ubah kolom A: kembalikan kuncinya, atau salin isian ke templat "
                                 "yang baru diunduh."}


def test_the_totals_of_program_rows_and_the_jumlah_row_are_not_mistaken_for_cleared_keys():
    hasil = impor(template(), simpan=False)
    assert hasil.ok and hasil.perubahan == []


def test_two_rows_with_the_same_key_name_both_rows():
    ws = load_workbook(io.BytesIO(template())).worksheets[0]
    first, second = body_rows(ws)[:2]
    key = ws.cell(first, 1).value

    def copy_key(wb):
        wb.worksheets[0].cell(second, 1).value = key
        wb.worksheets[0].cell(second, COL_REALISASI).value = 12

    found = refused(edit(template(), copy_key))
    assert found == {(second, "A"): f"Kunci “{key}” juga ada di baris {first}: dua baris untuk data yang sama, yang mana "
                                    "yang berlaku tidak dapat dipastikan. Hapus salah satunya, atau unduh templat lagi."}


# --- the sheets of the template (item 5) ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["abc", 0, 4, 10_000_000, 2.5, "-1"])
def test_a_damaged_baris_pertama_is_a_message_not_a_crash_or_an_empty_import(value):
    def damage(wb):
        wb[META_SHEET].cell(4, 2).value = value
        wb.worksheets[0].cell(first_body(wb.worksheets[0]), COL_REALISASI).value = 66

    max_row = load_workbook(io.BytesIO(template())).worksheets[0].max_row
    found = refused(edit(template(), damage))
    assert found == {(None, None): f"Lembar “sakip” rusak: baris_pertama “{value}” bukan nomor baris antara 5 dan "
                                   f"{max_row} lembar “TW II”. Unduh templat lagi dari halaman ini."}


def _sheet_before(wb):
    extra = wb.create_sheet("Catatan", 0)
    extra["A5"], extra["K5"] = "catatan operator", 1
    data = wb["TW II"]
    data.cell(first_body(data), COL_REALISASI).value = 66


def test_a_sheet_inserted_before_the_data_sheet_is_not_read_and_the_values_are_saved():
    ws = load_workbook(io.BytesIO(template())).worksheets[0]
    indikator_id = int(ws.cell(first_body(ws), 1).value.split("|")[0][2:])
    hasil = impor(edit(template(), _sheet_before))
    assert hasil.disimpan and [(c.kolom, c.sesudah) for c in hasil.perubahan] == [("K", "66")]
    assert Realisasi.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=2).nilai == 66


def test_a_template_made_before_the_sheet_name_was_recorded_finds_its_quarter_sheet():
    def old_template(wb):
        wb[META_SHEET].cell(5, 1).value = wb[META_SHEET].cell(5, 2).value = None  # no "lembar" row
        _sheet_before(wb)

    hasil = impor(edit(template(), old_template), simpan=False)
    assert hasil.ok and [(c.kolom, c.sesudah) for c in hasil.perubahan] == [("K", "66")]


def test_a_renamed_data_sheet_is_named_in_the_message():
    def rename(wb):
        wb.worksheets[0].title = "Data saya"

    assert refused(edit(template(), rename)) == {(None, None): (
        "Lembar data “TW II” tidak ada di berkas ini (namanya diubah atau lembarnya dihapus). Kembalikan nama "
        "lembarnya, atau unduh templat lagi.")}


def _clear_inputs(wb):
    ws = wb.worksheets[0]
    for r in range(5, ws.max_row + 1):
        for col in (COL_IKU_REALISASI, COL_REALISASI, COL_BELANJA):
            if not ws.cell(r, col).protection.locked:
                ws.cell(r, col).value = None


def test_a_template_with_nothing_filled_in_says_so_and_fails(tmp_path, capsys):
    pesan = ("Tidak ada isian yang terbaca di lembar “TW II”: semua sel isian (berlatar kuning) kosong, jadi tidak ada "
             "yang disimpan. Isi realisasi atau realisasi anggaran lalu unggah lagi; untuk menghapus isian, kosongkan di "
             "layar pengukuran.")
    isi = edit(template(), _clear_inputs)
    assert refused(isi) == {(None, None): pesan}
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(isi)
    with pytest.raises(CommandError, match="1 kesalahan; tidak ada yang disimpan"):
        call_command("import", "pengukuran", str(path), unit="wonoasih", year=2024, tw=2)
    assert pesan in capsys.readouterr().err


def test_a_sheet_without_any_row_key_says_so():
    def no_keys(wb):
        _clear_inputs(wb)
        ws = wb.worksheets[0]
        for r in range(5, ws.max_row + 1):
            ws.cell(r, 1).value = None

    assert refused(edit(template(), no_keys)) == {(None, None): (
        "Tidak ada isian yang terbaca di lembar “TW II”: tidak satu baris pun berkunci di kolom A. Unduh templat lagi "
        "dari halaman ini, isi, lalu unggah.")}


def test_an_unchanged_template_reports_what_it_read_and_changes_nothing(tmp_path, capsys):
    path = tmp_path / "sama.xlsx"
    path.write_bytes(template())
    terbaca = impor(template(), simpan=False).terbaca
    assert terbaca > 0
    call_command("import", "pengukuran", str(path), unit="wonoasih", year=2024, tw=2)
    assert capsys.readouterr().out.strip() == (
        f"Tidak ada isian yang berubah: {terbaca} isian yang terbaca sama dengan yang tersimpan; tidak ada yang disimpan.")


# --- the program import: numeric cells and repeated keys ----------------------------------------------------

SUB = "7.01.01.2.01.0006"
PROGRAM_ROWS = [  # Kode, Uraian, Lokasi, Indikator, Satuan, Target, Pagu APBD, Pagu APBD-P, APBD-P mulai triwulan
    ["7.01.01", "", "", "Persentase dokumen perencanaan tepat waktu", "%", "80–90", "", "", ""],
    ["7.01.01.2.01", "", "", "Jumlah dokumen perencanaan", "Dokumen", "4", "", "", ""],
    [SUB, "", "", "Jumlah laporan capaian kinerja", "Laporan", "4", "", "", ""],
    ["", "", "Desa Sukamaju", "", "", "", "400.000.000", "", ""],
]


def _program(change) -> dict[tuple[int | None, str | None], str]:
    pemda = Pemda.objects.create(slug="kabupaten-contoh", nama="Kabupaten Contoh", jenis="kabupaten")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")
    Kelurahan.objects.create(pd=pd, nama="Sukamaju", jenis="desa", urutan=1)
    rows = [list(r) for r in PROGRAM_ROWS]
    change(rows)
    wb = load_workbook(io.BytesIO(impor_program.templat(Scope.system(), "contoh", 2025)))
    for r, row in enumerate(rows, start=impor_program.HEADER_ROW + 1):
        for c, value in enumerate(row, start=1):
            wb[impor_program.SHEET].cell(r, c, value)
    out = io.BytesIO()
    wb.save(out)
    hasil = impor_program.impor_program(Scope.system(), slug="contoh", tahun=2025, isi=out.getvalue(), simpan=True)
    assert not hasil.disimpan and not Program.objects.filter(pd=pd).exists()
    return {(k.baris, k.kolom): k.pesan for k in hasil.kesalahan}


def test_program_import_numeric_cells_no_column_holds_are_named():
    def numbers(rows):
        rows[3][6] = 1e30  # pagu
        rows[0][5] = 1.123456  # target
        rows[3][7] = 1000.125  # APBD-P
        rows[3][8] = 3

    assert _program(numbers) == {
        (7, "G"): "Program: “1000000000000000000000000000000” terlalu besar: paling banyak 15 angka sebelum koma.",
        (4, "F"): "Program: “1,123456” terlalu rinci: paling banyak 4 angka di belakang koma.",
        (7, "H"): "Program: “1000,125”: rupiah paling banyak 2 angka di belakang koma."}


def test_program_import_texts_longer_than_their_columns_are_named():
    def long(rows):
        rows[0][5] = "80–90 " + "%" * 100  # target as written: 60 characters
        rows[1][4] = "Dokumen" * 10  # satuan: 50
        rows[2][3] = "Jumlah " * 100  # indicator: 400

    found = _program(long)
    assert set(found) == {(4, "F"), (5, "E"), (6, "D")}
    assert found[(5, "E")] == ("Program: “DokumenDokumenDokumenDokumenDokumenDokum…” terlalu panjang: paling banyak 50 "
                               "karakter (tertulis 70 karakter).")
    assert all("terlalu panjang" in pesan and len(pesan) < 150 for pesan in found.values())


def test_program_import_a_code_an_indicator_or_a_budget_line_written_twice_names_both_rows():
    def twice(rows):
        rows.append(["", "", "", "Jumlah laporan capaian kinerja", "Laporan", "5", "", "", ""])  # row 8
        rows.append(["", "", "Desa Sukamaju", "", "", "", "410.000.000", "", ""])  # row 9
        rows.append(["7.01.01.2.01", "", "", "", "", "", "", "", ""])  # row 10

    assert _program(twice) == {
        (8, "D"): "Program: indikator “Jumlah laporan capaian kinerja” juga tertulis di baris 6 untuk "
                  f"{SUB}; hapus salah satunya.",
        (9, "C"): "Program: pagu lokasi Sukamaju juga tertulis di baris 7; tulis setiap baris anggaran satu kali.",
        (10, "A"): "Program: kode 7.01.01.2.01 juga tertulis di baris 5; tulis setiap program, kegiatan dan sub "
                   "kegiatan satu kali, dengan indikator dan lokasinya di baris-baris bawahnya."}
