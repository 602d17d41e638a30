"""Import of questionnaires from an .xlsx in the layout of the "Hasil Olah Data SKM" sheet.

One row per respondent under a header row that holds "Nomor Responden". Columns are found by their
header, so extra columns (Kecamatan, Nama, Umur, ...) are ignored — names are never stored:
- "Kelompok Umur" 1–5, "Jenis Kelamin" L/P, "Pendidikan Terakhir" (SD, SLTP/SMP, SLTA/SMA, D1–S1, S2),
  "Pekerjaan Utama" (PNS/TNI/POLRI, swasta, wiraswasta, pelajar/mahasiswa, anything else = lainnya);
- the answers "A1".."A9" (or "U1".."U9") in the order of the questionnaire's questions.
Every row is checked; any error (named by row and column) means nothing is stored. Also ``sakip import skm``.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan
from sakip.domain.survey import services
from sakip.domain.survey.models import Pertanyaan, UnitLayanan

USIA = {"1": "<20", "2": "20-29", "3": "30-39", "4": "40-49", "5": "50+"}
PENDIDIKAN = {"SD": "sd", "SD KE BAWAH": "sd", "SLTP": "sltp", "SMP": "sltp", "SLTA": "slta", "SMA": "slta",
              "SMK": "slta", "D1": "d-s1", "D3": "d-s1", "D4": "d-s1", "S1": "d-s1", "D1/D3 DAN D4": "d-s1",
              "D-I/D-III/D-IV/S1": "d-s1", "S2": "s2", "S-2": "s2", "S3": "s2", "S-2 KEATAS": "s2"}
PEKERJAAN = (("PNS", "pns"), ("TNI", "pns"), ("POLRI", "pns"), ("WIRASWASTA", "wiraswasta"), ("USAHAWAN", "wiraswasta"),
             ("SWASTA", "swasta"), ("PELAJAR", "pelajar"), ("MAHASISWA", "pelajar"))
WAJIB = ("Kelompok Umur", "Jenis Kelamin", "Pendidikan Terakhir", "Pekerjaan Utama")


@dataclass
class IsiOlahData:
    baris: list[dict] = field(default_factory=list)  # Respons field values, answers by unsur code (u1..u9)
    kesalahan: list[Kesalahan] = field(default_factory=list)


def baca_olah_data(isi: bytes, urutan_unsur: list[str]) -> IsiOlahData:
    """Read respondents; ``urutan_unsur`` gives the unsur code of question 1, 2, ... of the questionnaire."""
    hasil = IsiOlahData()
    if not zipfile.is_zipfile(io.BytesIO(isi)):
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas bukan .xlsx."))
        return hasil
    try:
        ws = load_workbook(io.BytesIO(isi), data_only=False, read_only=True).worksheets[0]
        rows = list(ws.iter_rows(values_only=True))
    except Exception:  # openpyxl raises many types for a damaged file
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas .xlsx rusak atau tidak dapat dibaca."))
        return hasil
    header_at = next((i for i, row in enumerate(rows) if any(_text(c).lower() == "nomor responden" for c in row)), None)
    if header_at is None:
        hasil.kesalahan.append(Kesalahan(None, None, "Baris judul dengan kolom “Nomor Responden” tidak ditemukan."))
        return hasil
    columns = {_text(c).upper(): i for i, c in enumerate(rows[header_at]) if _text(c)}
    missing = [name for name in WAJIB if name.upper() not in columns]
    answers = []
    for n, kode in enumerate(urutan_unsur, start=1):
        col = columns.get(f"A{n}", columns.get(f"U{n}"))
        if col is None:
            missing.append(f"A{n}")
        answers.append((kode.lower(), col, n))
    if missing:
        hasil.kesalahan.append(Kesalahan(header_at + 1, None, f"Kolom tidak ditemukan: {', '.join(missing)}."))
        return hasil
    for i, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        nomor = row[columns["NOMOR RESPONDEN"]] if columns["NOMOR RESPONDEN"] < len(row) else None
        if nomor in (None, "") or not str(nomor).strip().isdigit():
            continue  # the sums, averages and blank lines under the table
        hasil.baris.append(_respondent(row, i, columns, answers, hasil.kesalahan))
    if not hasil.baris and not hasil.kesalahan:
        hasil.kesalahan.append(Kesalahan(None, None, "Tidak ada baris responden di bawah baris judul."))
    return hasil


def _respondent(row, i: int, columns: dict, answers, errors: list[Kesalahan]) -> dict[str, str | int | None]:
    def cell(name: str) -> tuple[str, str]:
        col = columns[name.upper()]
        return (_text(row[col]) if col < len(row) else ""), get_column_letter(col + 1)

    def dikenal(kode: str | None, letter: str, pesan: str) -> str | None:
        """``kode`` when the cell was recognised; otherwise the error is noted and the field left empty."""
        if not kode:
            errors.append(Kesalahan(i, letter, pesan))
            return None
        return kode

    out: dict[str, str | int | None] = {}
    value, letter = cell("Kelompok Umur")
    out["usia"] = dikenal(USIA.get(value.split(".")[0]), letter, f"Kelompok umur “{value}” harus 1–5.")
    value, letter = cell("Jenis Kelamin")
    out["jenis_kelamin"] = dikenal({"L": "L", "P": "P"}.get(value.upper()[:1]), letter,
                                   f"Jenis kelamin “{value}” harus L atau P.")
    value, letter = cell("Pendidikan Terakhir")
    out["pendidikan"] = dikenal(PENDIDIKAN.get(value.upper()), letter,
                                f"Pendidikan “{value}” tidak dikenal (SD, SLTP, SLTA, D1–S1, S2).")
    value, _ = cell("Pekerjaan Utama")
    out["pekerjaan"] = next((code for word, code in PEKERJAAN if word in value.upper()), "lainnya")
    for field_name, col, n in answers:
        raw = _text(row[col]) if col < len(row) else ""
        letter = get_column_letter(col + 1)
        if raw in ("1", "2", "3", "4", "1.0", "2.0", "3.0", "4.0"):
            out[field_name] = int(float(raw))
        elif raw == "":
            errors.append(Kesalahan(i, letter, f"Jawaban pertanyaan {n} kosong."))
        else:
            errors.append(Kesalahan(i, letter, f"Jawaban pertanyaan {n} “{raw}” harus 1–4."))
    return out


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- checking and saving -------------------------------------------------------------------------------

MAX_UPLOAD = 5 * 1024 * 1024


@dataclass(frozen=True)
class HasilImpor:
    jumlah: int
    kesalahan: tuple
    disimpan: bool


def impor_respons(scope: Scope, *, unit: UnitLayanan, kode_periode: str, isi: bytes, simpan: bool) -> HasilImpor:
    """Check every row of an "Hasil Olah Data SKM" sheet; with ``simpan`` and no error, store all in one transaction."""
    if len(isi) > MAX_UPLOAD:
        return HasilImpor(0, (Kesalahan(None, None, "Berkas lebih dari 5 MB."),), False)
    try:
        periode = services.periode_staf(scope, unit, kode_periode)
    except ValidationError as exc:
        return HasilImpor(0, tuple(Kesalahan(None, None, m) for m in exc.messages), False)
    order = list(Pertanyaan.objects.filter(pd_id=unit.pd_id).order_by("urutan").values_list("unsur", flat=True))
    isi_berkas = baca_olah_data(isi, order)
    if isi_berkas.kesalahan:
        return HasilImpor(len(isi_berkas.baris), tuple(isi_berkas.kesalahan), False)
    if simpan:
        services.simpan_respons_impor(scope, unit=unit, periode=periode, baris=isi_berkas.baris)
    return HasilImpor(len(isi_berkas.baris), (), simpan)


def _argumen(parser) -> None:
    parser.add_argument("--unit", required=True, help="slug unit layanan")
    parser.add_argument("--period", required=True, help="kode periode, misalnya 2024-S2")


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str, period: str) -> impor.HasilImpor:
    unit_layanan = UnitLayanan.objects.within(scope).filter(slug=unit).first()
    if unit_layanan is None:
        raise TidakDitemukan(f"Unit layanan “{unit}” tidak ditemukan.")
    hasil = impor_respons(scope, unit=unit_layanan, kode_periode=period, isi=isi, simpan=simpan)
    return impor.HasilImpor(kesalahan=list(hasil.kesalahan), disimpan=hasil.disimpan,
                            ringkasan=f"{hasil.jumlah} kuesioner {'disimpan' if simpan else 'diperiksa'}.")


IMPOR = impor.daftar_impor(impor.JenisImpor("skm", "lembar Hasil Olah Data SKM satu unit layanan", _argumen, _jalankan))
