"""Import of questionnaires from an .xlsx in the layout of the "Hasil Olah Data SKM" sheet.

The first sheet with a header row holding "Nomor Responden" (among its first rows) is read, one row per
respondent. Columns are found by their header, so extra columns (Kecamatan, Nama, Umur, ...) are ignored —
names are never stored:
- "Kelompok Umur" 1–5; "Jenis Kelamin" L / Laki-laki / Laki / Pria or P / Perempuan / Wanita;
  "Pendidikan Terakhir" (SD, SLTP/SMP, SLTA/SMA, D1–S1, S2); "Pekerjaan Utama" (PNS/TNI/POLRI, swasta,
  wiraswasta, pelajar/mahasiswa; any other job = lainnya);
- the answers "A1".."A9" (or "U1".."U9") in the order of the questionnaire's questions.

Which rows are respondents: a row with any profile cell filled, or with answers and a number. Its "Nomor
Responden" must then be a whole number, used once in the sheet. The sums and averages under the table
(Jumlah, NRR, IKM: no profile, no number) are not read, and the result says which rows those were; such a row
*between* respondents is an error, since it is more likely a respondent whose profile was left out.
Every row is checked; any error (named by row and column letter) means nothing is stored. Reading and
checking happen outside any transaction; the rows are then stored at once
(:func:`sakip.domain.survey.services.simpan_respons_impor`). Also ``sakip import skm``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx, get_column_letter
from sakip.domain.survey import services
from sakip.domain.survey.models import Pertanyaan, UnitLayanan
from sakip.rumus.angka import format_angka, kutip

USIA = {"1": "<20", "2": "20-29", "3": "30-39", "4": "40-49", "5": "50+"}
JENIS_KELAMIN = {"L": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "LAKI": "L", "PRIA": "L",
                 "P": "P", "PEREMPUAN": "P", "WANITA": "P"}
PENDIDIKAN = {"SD": "sd", "SD KE BAWAH": "sd", "SLTP": "sltp", "SMP": "sltp", "SLTA": "slta", "SMA": "slta",
              "SMK": "slta", "D1": "d-s1", "D3": "d-s1", "D4": "d-s1", "S1": "d-s1", "D1/D3 DAN D4": "d-s1",
              "D-I/D-III/D-IV/S1": "d-s1", "S2": "s2", "S-2": "s2", "S3": "s2", "S-2 KEATAS": "s2"}
PEKERJAAN = (("PNS", "pns"), ("TNI", "pns"), ("POLRI", "pns"), ("WIRASWASTA", "wiraswasta"), ("USAHAWAN", "wiraswasta"),
             ("SWASTA", "swasta"), ("PELAJAR", "pelajar"), ("MAHASISWA", "pelajar"))
NOMOR = "NOMOR RESPONDEN"
PROFIL = ("Kelompok Umur", "Jenis Kelamin", "Pendidikan Terakhir", "Pekerjaan Utama")
JAWABAN = {"1": 1, "2": 2, "3": 3, "4": 4}

MAX_UPLOAD = 5 * 1024 * 1024
BARIS_MAKS = 100_000  # rows of one sheet: a year of a busy service's answers (the sheet is streamed)
BARIS_JUDUL_MAKS = 100  # the header row is looked for among the first rows of each sheet
KESALAHAN_MAKS = 200  # errors listed; the rest are counted


@dataclass
class IsiOlahData:
    baris: list[dict] = field(default_factory=list)  # Respons field values, answers by unsur code (u1..u9)
    kesalahan: list[Kesalahan] = field(default_factory=list)
    # Rows not read although not blank: (first, last, why), for the result to name.
    dilewati: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class _Kolom:
    """Where the recognised columns are (0-based indices)."""

    nomor: int
    profil: dict[str, int]
    jawaban: list[tuple[str, int, int]]  # (unsur field u1..u9, column, question number)


def baca_olah_data(isi: bytes, urutan_unsur: list[str]) -> IsiOlahData:
    """Read respondents; ``urutan_unsur`` gives the unsur code of question 1, 2, ... of the questionnaire."""
    hasil = IsiOlahData()
    wb = buka_xlsx(isi, read_only=True, baris_maks=BARIS_MAKS)
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
        return hasil
    try:
        _baca(wb, urutan_unsur, hasil)
    except Exception:  # openpyxl raises many types for a damaged file
        hasil.baris.clear()
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas .xlsx rusak atau tidak dapat dibaca."))
    finally:
        wb.close()
    return hasil


def _baca(wb, urutan_unsur: list[str], hasil: IsiOlahData) -> None:
    found = None
    for ws in wb.worksheets:
        ws.reset_dimensions()  # a wrong declared size must not cut rows off: read every row there is
        rows = enumerate(ws.iter_rows(values_only=True), start=1)
        for i, row in rows:
            if i > BARIS_JUDUL_MAKS:
                break
            if any(_judul(c) == NOMOR for c in row):
                found = (ws, i, row, rows)
                break
        if found:
            break
    if found is None:
        hasil.kesalahan.append(Kesalahan(None, None, "Baris judul dengan kolom “Nomor Responden” tidak ditemukan "
                                                     f"di {BARIS_JUDUL_MAKS} baris pertama lembar mana pun."))
        return
    ws, header_at, header, rows = found
    kolom = _kolom(header, header_at, urutan_unsur, hasil.kesalahan, ws.title)
    if kolom is None:
        return
    _baris(rows, kolom, hasil)
    if not hasil.baris and not hasil.kesalahan:
        hasil.kesalahan.append(Kesalahan(None, None, f"Tidak ada baris responden di bawah baris judul (baris {header_at})."))


def _kolom(header, header_at: int, urutan_unsur: list[str], errors: list[Kesalahan], lembar: str) -> _Kolom | None:
    """The columns of the header row; a missing or doubled column is an error of the header row."""
    names: dict[str, list[int]] = {}
    for col, cell in enumerate(header):
        names.setdefault(_judul(cell), []).append(col)

    def satu(label: str, *alias: str) -> int | None:
        cols = sorted(c for name in (label, *alias) for c in names.get(name.upper(), []))
        if len(cols) > 1:
            letters = " dan ".join(get_column_letter(c + 1) for c in cols)
            errors.append(Kesalahan(header_at, get_column_letter(cols[-1] + 1),
                                    f"Kolom {'/'.join((label, *alias))} ada di lebih dari satu kolom ({letters}); "
                                    "hapus atau ganti judul salah satunya."))
        if not cols:
            missing.append(label)
            return None
        return cols[0]

    missing: list[str] = []
    nomor = satu("Nomor Responden")
    profil = {name: satu(name) for name in PROFIL}
    jawaban = [(kode.lower(), satu(f"A{n}", f"U{n}"), n) for n, kode in enumerate(urutan_unsur, start=1)]
    if missing:
        errors.append(Kesalahan(None, None, f"Kolom tidak ditemukan di baris judul (lembar {kutip(lembar)}, baris "
                                            f"{header_at}): {', '.join(missing)}."))
    if errors or nomor is None:
        return None
    return _Kolom(nomor, {k: v for k, v in profil.items() if v is not None},
                  [(f, col, n) for f, col, n in jawaban if col is not None])


def _baris(rows, kolom: _Kolom, hasil: IsiOlahData) -> None:
    errors = hasil.kesalahan
    nomor_di: dict[int, int] = {}  # respondent number → its row
    bukan_responden: list[int] = []  # rows with answers but neither profile nor number
    last = 0  # the last respondent row
    letter_nomor = get_column_letter(kolom.nomor + 1)
    for i, row in rows:
        if i > BARIS_MAKS:
            errors.append(Kesalahan(None, None, f"Lembar berisi lebih dari {format_angka(BARIS_MAKS)} baris; "
                                                "bagi menjadi beberapa berkas."))
            return
        nomor = _text(_sel(row, kolom.nomor))
        profil = {name: _text(_sel(row, col)) for name, col in kolom.profil.items()}
        jawaban = [(f, _text(_sel(row, col)), col, n) for f, col, n in kolom.jawaban]
        ada_profil = any(profil.values())
        ada_jawaban = any(raw for _, raw, _, _ in jawaban)
        if not (ada_profil or (ada_jawaban and re.search(r"\d", nomor))):
            if ada_jawaban:
                bukan_responden.append(i)
            elif nomor:
                _lewati(hasil, i, "hanya berisi nomor, tanpa profil dan jawaban")
            continue
        last = i
        out = _responden(i, profil, jawaban, kolom, errors)
        if not nomor:
            errors.append(Kesalahan(i, letter_nomor, "Nomor responden kosong."))
        elif not re.fullmatch(r"[0-9]+", nomor) or int(nomor) == 0:
            errors.append(Kesalahan(i, letter_nomor, f"Nomor responden {kutip(nomor)} harus bilangan bulat 1 atau lebih."))
        elif int(nomor) in nomor_di:
            errors.append(Kesalahan(i, letter_nomor, f"Nomor responden {int(nomor)} sudah dipakai di baris "
                                                     f"{nomor_di[int(nomor)]}; setiap responden bernomor sendiri."))
        else:
            nomor_di[int(nomor)] = i
        hasil.baris.append(out)
    letter = get_column_letter(min(kolom.profil.values()) + 1)
    for i in bukan_responden:
        if i < last:  # between respondents: more likely a respondent whose profile was left out
            errors.append(Kesalahan(i, letter, "Baris berisi jawaban tetapi tanpa profil responden (kelompok umur, "
                                               "jenis kelamin, pendidikan, pekerjaan); isi profilnya atau hapus barisnya."))
        else:
            _lewati(hasil, i, "di bawah tabel, tanpa profil responden (jumlah, NRR, IKM)")
    hasil.dilewati.sort()
    errors.sort(key=lambda k: (k.baris or 0, len(k.kolom or ""), k.kolom or ""))


def _lewati(hasil: IsiOlahData, i: int, why: str) -> None:
    """Note row ``i`` as not read, joined to the previous range when it follows it for the same reason."""
    if hasil.dilewati and hasil.dilewati[-1][2] == why and hasil.dilewati[-1][1] == i - 1:
        hasil.dilewati[-1] = (hasil.dilewati[-1][0], i, why)
    else:
        hasil.dilewati.append((i, i, why))


def _responden(i: int, profil: dict[str, str], jawaban, kolom: _Kolom, errors: list[Kesalahan]) -> dict:
    def kode(name: str, mapping, pesan: str) -> str | None:
        """The code of a profile cell; otherwise the error is noted and the field left empty."""
        value = profil[name]
        letter = get_column_letter(kolom.profil[name] + 1)
        found = mapping(_judul(value)) if value else None
        if found is None:
            errors.append(Kesalahan(i, letter, f"{name.capitalize()} kosong." if not value else pesan.format(kutip(value))))
        return found

    def pekerjaan(value: str) -> str:
        return next((code for word, code in PEKERJAAN if word in value), "lainnya")

    out: dict[str, str | int | None] = {
        "usia": kode("Kelompok Umur", USIA.get, "Kelompok umur {} harus 1–5."),
        "jenis_kelamin": kode("Jenis Kelamin", JENIS_KELAMIN.get,
                              "Jenis kelamin {} harus L (laki-laki, pria) atau P (perempuan, wanita)."),
        "pendidikan": kode("Pendidikan Terakhir", PENDIDIKAN.get,
                           "Pendidikan {} tidak dikenal (SD, SLTP, SLTA, D1–S1, S2)."),
        "pekerjaan": kode("Pekerjaan Utama", pekerjaan, ""),
    }
    for field_name, raw, col, n in jawaban:
        value = JAWABAN.get(raw)
        if value is None:
            letter = get_column_letter(col + 1)
            errors.append(Kesalahan(i, letter, f"Jawaban pertanyaan {n} kosong." if not raw else
                                    f"Jawaban pertanyaan {n} {kutip(raw)} harus 1–4."))
        out[field_name] = value
    return out


def _sel(row: tuple, col: int):
    return row[col] if col < len(row) else None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _judul(value) -> str:
    """A header or a coded cell as compared: spaces collapsed, upper case."""
    return " ".join(_text(value).split()).upper()


# --- checking and saving -------------------------------------------------------------------------------


@dataclass(frozen=True)
class HasilImpor:
    jumlah: int
    kesalahan: tuple
    disimpan: bool
    catatan: tuple[str, ...] = ()  # what was not read although not blank (the sums under the table)
    jumlah_kesalahan: int = 0  # every error found; ``kesalahan`` lists the first KESALAHAN_MAKS


def impor_respons(scope: Scope, *, unit: UnitLayanan, kode_periode: str, isi: bytes, simpan: bool) -> HasilImpor:
    """Check every row of an "Hasil Olah Data SKM" sheet; with ``simpan`` and no error, store all at once."""
    if len(isi) > MAX_UPLOAD:
        return _gagal([Kesalahan(None, None, "Berkas lebih dari 5 MB.")])
    try:
        periode = services.periode_staf(scope, unit, kode_periode)
    except ValidationError as exc:
        return _gagal([Kesalahan(None, None, m) for m in exc.messages])
    order = list(Pertanyaan.objects.filter(pd_id=unit.pd_id).order_by("urutan").values_list("unsur", flat=True))
    isi_berkas = baca_olah_data(isi, order)
    if isi_berkas.kesalahan:
        return _gagal(isi_berkas.kesalahan, len(isi_berkas.baris))
    catatan = tuple(f"Baris {a}{f'–{b}' if b > a else ''} tidak dibaca: {why}." for a, b, why in isi_berkas.dilewati)
    if simpan:
        try:
            services.simpan_respons_impor(scope, unit=unit, periode=periode, baris=isi_berkas.baris)
        except ValidationError as exc:  # e.g. the period was closed while the file was read
            return _gagal([Kesalahan(None, None, m) for m in exc.messages], len(isi_berkas.baris))
    return HasilImpor(len(isi_berkas.baris), (), simpan, catatan)


def _gagal(kesalahan: list[Kesalahan], jumlah: int = 0) -> HasilImpor:
    shown = list(kesalahan[:KESALAHAN_MAKS])
    if len(kesalahan) > KESALAHAN_MAKS:
        shown.append(Kesalahan(None, None, f"… dan {format_angka(len(kesalahan) - KESALAHAN_MAKS)} kesalahan lain "
                                           "(tidak ditampilkan): perbaiki yang di atas, lalu periksa lagi."))
    return HasilImpor(jumlah, tuple(shown), False, jumlah_kesalahan=len(kesalahan))


def _argumen(parser) -> None:
    parser.add_argument("--unit", required=True, help="slug unit layanan")
    parser.add_argument("--period", required=True, help="kode periode, misalnya 2024-S2")


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str, period: str) -> impor.HasilImpor:
    unit_layanan = UnitLayanan.objects.within(scope).filter(slug=unit).first()
    if unit_layanan is None:
        raise TidakDitemukan(f"Unit layanan {kutip(unit)} tidak ditemukan.")
    hasil = impor_respons(scope, unit=unit_layanan, kode_periode=period, isi=isi, simpan=simpan)
    return impor.HasilImpor(kesalahan=list(hasil.kesalahan), disimpan=hasil.disimpan, rincian=list(hasil.catatan),
                            ringkasan=f"{hasil.jumlah} kuesioner {'disimpan' if simpan else 'diperiksa'}.")


IMPOR = impor.daftar_impor(impor.JenisImpor("skm", "lembar Hasil Olah Data SKM satu unit layanan", _argumen, _jalankan))
