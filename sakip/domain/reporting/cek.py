"""The LKjIP's consistency checks: a pure function over the built structure returning what does not add up.

Listed on the report page, in the JSON and in the dashboards; they never block a report. Each finding has
a code (for tests and filters), a message for the staff who fix it, and where it is (an indicator, a
budget line, a chapter).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sakip.domain.measurement.dokumen import triwulan_lewat
from sakip.rumus.angka import AngkaError, format_angka, parse_angka

if TYPE_CHECKING:
    from sakip.domain.reporting.dokumen import IndikatorLkjip, Lkjip

BATAS_WAJAR = (Decimal(0), Decimal(200))  # a capaian outside this is flagged (never capped)


@dataclass(frozen=True)
class Cek:
    kode: str
    pesan: str
    lokasi: str


def periksa(dok: Lkjip, hari_ini: datetime.date | None = None) -> tuple[Cek, ...]:
    """Every finding of ``dok``: per indicator, then the rencana aksi, the budget, then what the document itself
    lacks. ``hari_ini`` (today by default) decides which quarters have passed."""
    out: list[Cek] = []
    for s in dok.sasaran:
        for i in s.indikator:
            out += _indikator(i)
    out += _rencana_aksi(dok, hari_ini or datetime.date.today())
    out += _anggaran(dok)
    out += _baris_pagu(dok)
    out += _anggaran_kas(dok)
    out += _kelengkapan(dok)
    out += _angka_uraian(dok)
    return tuple(out)


def _indikator(i: IndikatorLkjip) -> list[Cek]:
    out = []
    real = i.realisasi.nilai
    if i.realisasi_eksplisit and i.realisasi_tw4 is not None and i.realisasi_tw4 != real:
        out.append(Cek("realisasi-tahunan-beda-tw4", (
            f"Realisasi tahunan {format_angka(real)} ({i.realisasi_sumber}) berbeda dari realisasi kumulatif "
            f"triwulan IV {format_angka(i.realisasi_tw4)}."), i.nama))
    if real is None:
        out.append(Cek("realisasi-kosong", "Realisasi tahunan belum ada.", i.nama))
    elif not i.ada_bukti:
        out.append(Cek("bukti-dukung-kosong", f"Realisasi {format_angka(real)} belum didukung berkas bukti "
                                              "dukung.", i.nama))
    if i.ikm_skm is not None and real is not None and i.ikm_skm.nilai != real:
        out.append(Cek("ikm-beda-skm", (
            f"IKM yang diisi {format_angka(real, 2)} ({i.realisasi_sumber}) berbeda dari IKM hasil SKM "
            f"{i.ikm_skm.periode} di sakip {format_angka(i.ikm_skm.nilai, 2)}."), i.nama))
    if i.capaian.nilai is not None and not BATAS_WAJAR[0] <= i.capaian.nilai <= BATAS_WAJAR[1]:
        out.append(Cek("capaian-tidak-wajar", f"Capaian {format_angka(i.capaian.nilai, 2)}% jauh di luar kebiasaan.",
                       i.nama))
    if i.analisis_draf:
        out.append(Cek("analisis-draf", "Analisis penyebab, solusi dan langkah selanjutnya (Bab III dan Bab IV) masih "
                                        "draf yang disusun dari angka; tulis sesuai keadaan sebenarnya.", i.nama))
    if not i.sumber_data.strip():
        out.append(Cek("sumber-data-kosong", "Sumber data indikator belum diisi (kolom SUMBER DATA Rekap Capaian "
                                             "Kinerja); isi pada data indikator di Renstra.", i.nama))
    return out


def _rencana_aksi(dok: Lkjip, hari_ini: datetime.date) -> list[Cek]:
    """A rencana aksi not monitored: a quarter that has passed whose plan has a target and no realisation (the
    quarters' rows hold them, :attr:`sakip.domain.measurement.dokumen.Pengukuran.tidak_dipantau`)."""
    sampai = triwulan_lewat(dok.tahun, hari_ini)
    if not sampai:
        return []
    return [Cek("rencana-aksi-tidak-dipantau", t.pesan, t.nama) for t in dok.triwulan[sampai - 1].tidak_dipantau]


def _anggaran_kas(dok: Lkjip) -> list[Cek]:
    """An anggaran kas whose year adds up to more than the pagu in force at the year's end (an APBD-P that cut the
    pagu after the plan was made), or planned without a pagu: each quarter's rows hold the reason
    (:func:`sakip.rumus.rencana_aksi.masalah_kas`)."""
    return [Cek("anggaran-kas-melebihi-pagu" if b.pagu is not None else "anggaran-kas-tanpa-pagu", b.masalah_kas,
                f"{b.kode} {b.nama}") for b in dok.triwulan[-1].baris if b.masalah_kas]


def _anggaran(dok: Lkjip) -> list[Cek]:
    out = []
    tw4 = dok.triwulan[-1]
    for b in tw4.baris:
        if b.pagu is not None and b.realisasi_anggaran is not None and b.realisasi_anggaran > b.pagu:
            out.append(Cek("belanja-melebihi-pagu", (
                f"Realisasi Rp {format_angka(b.realisasi_anggaran, 0)} melebihi pagu Rp {format_angka(b.pagu, 0)}."),
                f"{b.kode} {b.nama} {b.lokasi}".strip()))
    if dok.pk_akhir is not None and dok.pk_akhir[1] != tw4.pagu:
        nomor, promised = dok.pk_akhir
        out.append(Cek("pk-beda-pagu", (
            f"Anggaran PK versi {nomor} Rp {format_angka(promised, 0)} berbeda dari jumlah pagu baris anggaran "
            f"Rp {format_angka(tw4.pagu, 0)}."), "Perjanjian Kinerja"))
    for lain in dok.tanpa_rincian:
        out.append(Cek("belanja-tanpa-rincian", (
            f"Realisasi anggaran Rp {format_angka(lain.nilai, 0)} triwulan {lain.triwulan} dilaporkan tanpa rincian "
            f"baris anggaran ({lain.keterangan})."), f"Triwulan {lain.triwulan}"))
    return out


def _baris_pagu(dok: Lkjip) -> list[Cek]:
    """A sub kegiatan split by lokasi where one of its lokasi has no pagu line in force (a budget change that
    restated some lokasi and forgot the others): the totals would silently lose that lokasi. Named once, from
    the first quarter it happens in."""
    out, seen = [], set()
    for p in dok.triwulan:
        for sub, lokasi in p.lokasi_tanpa_pagu:
            if (sub, lokasi) not in seen:
                seen.add((sub, lokasi))
                out.append(Cek("pagu-lokasi-hilang", (
                    f"Sejak triwulan {p.triwulan} lokasi {lokasi} tidak memiliki pagu yang berlaku, padahal pagu sub "
                    "kegiatan ini dirinci per lokasi; periksa apakah perubahan anggaran melewatkan lokasi itu."), sub))
    return out


def _kelengkapan(dok: Lkjip) -> list[Cek]:
    out = []
    if not dok.profil.ada:
        out.append(Cek("profil-kosong", f"Profil {dok.unit_nama} tahun {dok.tahun} (Bab I) belum diisi.", "Bab I"))
    if dok.tanggal is None:
        out.append(Cek("tanggal-kosong", "Tanggal penyusunan laporan belum diisi; tanda tangan memakai pimpinan "
                                         "pada akhir tahun.", "Kata Pengantar"))
    if dok.penandatangan is None:
        tanggal = dok.tanggal or datetime.date(dok.tahun, 12, 31)
        out.append(Cek("penandatangan-kosong", f"Tidak ada pimpinan {dok.unit_nama} yang menjabat pada "
                                               f"{tanggal:%d-%m-%Y}.", "Kata Pengantar"))
    if dok.pk is None:
        out.append(Cek("pk-kosong", f"Perjanjian Kinerja tahun {dok.tahun} belum ada.", "Perjanjian Kinerja"))
    return out


# A figure with thousands separators in running text ("32.834 jiwa"); decimals alone ("10,981") are left out.
_ANGKA_RIBUAN = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]*\d)")
_ADA_ANGKA = re.compile(r"\d")
DEKAT = Decimal("0.05")  # a narrative figure within 5 % of a table's total is taken to speak of that total


def _angka(teks: str) -> Decimal | None:
    if not teks or not _ADA_ANGKA.search(teks):  # a name or a dash is no figure: no error message is composed
        return None
    try:
        return parse_angka(teks)
    except AngkaError:
        return None


def _angka_uraian(dok: Lkjip) -> list[Cek]:
    """Bab I: a figure typed in a part's text that sakip also holds in the part's tables must be the table's.
    A figure close to a table total (within 5 %) that appears nowhere in the table is taken for a stale or
    mistyped copy of the total ("32.834 jiwa" above a table that sums to 32.587) and named, with the total."""
    out = []
    for u in dok.profil.uraian:
        disebut = [m for text in u.paragraf for m in _ANGKA_RIBUAN.finditer(text)]
        if not u.tabel or not disebut:  # no figure in the text: nothing to hold against the tables
            continue
        printed: set[Decimal] = set()
        totals: list[tuple[Decimal, str, str]] = []
        for t in u.tabel:
            for row in (*t.tabel.baris, *((t.tabel.jumlah,) if t.tabel.jumlah else ())):
                printed.update(v for v in map(_angka, row) if v is not None)
            for cell in t.tabel.jumlah or ():
                value = _angka(cell)
                if value:
                    totals.append((value, cell, t.judul))
        for match in disebut:
            value = _angka(match.group())
            if value is None or value in printed:
                continue
            near = [(total, cell, judul) for total, cell, judul in totals if abs(value - total) <= DEKAT * total]
            if near:
                total, cell, judul = min(near, key=lambda n: abs(value - n[0]))
                out.append(Cek("angka-uraian-beda-tabel", (
                    f"Uraian menyebut {match.group()}, sedangkan jumlah pada tabel “{judul}” {cell}; samakan "
                    "angka uraian dengan tabel."), f"Bab I {u.judul}"))
    return out
