"""The LKE of a PD-year as one computed structure: every criterion with what the PD and the evaluator wrote, each
sub-komponen's and komponen's nilai, the Nilai AKIP and its predikat. Every number comes from
:mod:`sakip.rumus.lke`; the screen, the command and the pemda's list render this structure and nothing else.

A criterion's final value (``nilai``) is the evaluator's once given, else the PD's; an unanswered criterion
counts 0 (the regulation's mean over all criteria of a sub-komponen).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sakip.core.galat import BelumSiap, Langkah
from sakip.core.scoping import Scope
from sakip.documents.registry import JenisDokumen, daftar
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KomponenLke
from sakip.domain.evaluasi.selectors import evaluasi_pemda, get_evaluasi, jawaban, komponen_lke
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus import lke as rumus
from sakip.rumus.angka import format_angka, plain_number
from sakip.rumus.peran import EVALUASI


def _huruf(nilai: str) -> str | None:
    return nilai or None


@dataclass(frozen=True)
class KriteriaDok:
    kode: str
    uraian: str
    skala: str
    nilai_pd: str
    penjelasan_pd: str
    bukti: str
    nilai_evaluator: str
    catatan: str
    rekomendasi: str
    tanggapan_pd: str

    @property
    def nilai(self) -> str:
        """The final value: the evaluator's once given, else the PD's ("" when neither)."""
        return self.nilai_evaluator or self.nilai_pd

    @property
    def pecahan(self) -> Decimal | None:
        return rumus.pecahan(self.skala, self.nilai)

    def as_json(self) -> dict:
        return {"kode": self.kode, "uraian": self.uraian, "nilai_pd": _huruf(self.nilai_pd),
                "penjelasan_pd": self.penjelasan_pd, "bukti": self.bukti,
                "nilai_evaluator": _huruf(self.nilai_evaluator), "nilai": _huruf(self.nilai),
                "catatan": self.catatan, "rekomendasi": self.rekomendasi, "tanggapan_pd": self.tanggapan_pd}


@dataclass(frozen=True)
class SubKomponenDok:
    kode: str
    nama: str
    bobot: Decimal
    jenis: str
    kriteria: tuple[KriteriaDok, ...]

    @property
    def nilai(self) -> Decimal:
        """Unrounded: the mean of the criteria's fractions × bobot (rumus.lke)."""
        return rumus.nilai_sub_komponen(self.bobot, [k.pecahan for k in self.kriteria])

    @property
    def nilai_teks(self) -> str:
        return format_angka(rumus.bulat(self.nilai), 2)

    def as_json(self) -> dict:
        return {"kode": self.kode, "nama": self.nama, "bobot": plain_number(self.bobot), "jenis": self.jenis,
                "nilai": plain_number(rumus.bulat(self.nilai)), "kriteria": [k.as_json() for k in self.kriteria]}


@dataclass(frozen=True)
class KomponenDok:
    kode: str
    nama: str
    bobot: Decimal
    sub_komponen: tuple[SubKomponenDok, ...]

    @property
    def nilai(self) -> Decimal:
        return rumus.jumlah(s.nilai for s in self.sub_komponen)

    @property
    def nilai_teks(self) -> str:
        return format_angka(rumus.bulat(self.nilai), 2)

    def as_json(self) -> dict:
        return {"kode": self.kode, "nama": self.nama, "bobot": plain_number(self.bobot),
                "nilai": plain_number(rumus.bulat(self.nilai)), "sub_komponen": [s.as_json() for s in self.sub_komponen]}


def susun(komponen: list[KomponenLke], evaluasi_id: int | None,
          isian: dict[tuple[int, int], JawabanLke]) -> tuple[KomponenDok, ...]:
    """The worksheet ``komponen`` (prefetched by :func:`selectors.komponen_lke`) with the answers of one evaluation."""
    kosong = JawabanLke()

    def kriteria(k) -> KriteriaDok:
        j = isian.get((evaluasi_id, k.pk), kosong) if evaluasi_id is not None else kosong
        return KriteriaDok(k.kode, k.uraian, k.skala, j.nilai_pd, j.penjelasan_pd, j.bukti, j.nilai_evaluator,
                           j.catatan, j.rekomendasi, j.tanggapan_pd)

    return tuple(KomponenDok(kom.kode, kom.nama, kom.bobot, tuple(
        SubKomponenDok(s.kode, s.nama, s.bobot, s.jenis, tuple(kriteria(k) for k in s.kriteria.all()))
        for s in kom.sub_komponen.all())) for kom in komponen)


def nilai_akip(komponen: tuple[KomponenDok, ...]) -> Decimal:
    return rumus.jumlah(k.nilai for k in komponen)


@dataclass(frozen=True)
class DokumenLke:
    unit_slug: str
    unit_nama: str
    pemda_nama: str
    tahun: int
    tahap: str
    tahap_label: str
    lke_kode: str
    lke_nama: str
    skala: str
    komponen: tuple[KomponenDok, ...]

    @property
    def nilai_akip(self) -> Decimal:
        return nilai_akip(self.komponen)

    @property
    def nilai_akip_teks(self) -> str:
        return format_angka(rumus.bulat(self.nilai_akip), 2)

    @property
    def predikat(self) -> rumus.Predikat:
        return rumus.predikat(self.nilai_akip)

    @property
    def nama_berkas(self) -> str:
        return f"LKE-{self.unit_slug}-{self.tahun}"

    def as_json(self) -> dict:
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama, "pemda": self.pemda_nama},
            "tahun": self.tahun, "status": self.tahap, "status_label": self.tahap_label,
            "lke": {"kode": self.lke_kode, "nama": self.lke_nama, "skala": self.skala},
            "komponen": [k.as_json() for k in self.komponen],
            "nilai_akip": plain_number(rumus.bulat(self.nilai_akip)), "predikat": self.predikat.huruf,
            "predikat_arti": self.predikat.arti,
        }


LKE = daftar(JenisDokumen("lke", "Lembar Kerja Evaluasi AKIP", {"xlsx": "sakip.domain.evaluasi.cetak.lke_xlsx"}))
# The LHE (Laporan Hasil Evaluasi): its structure is naskah.DokumenLhe, built by naskah.build_lhe.
LHE = daftar(JenisDokumen("lhe", "Laporan Hasil Evaluasi AKIP", {
    "docx": "sakip.domain.evaluasi.cetak.lhe_docx", "pdf": "sakip.domain.evaluasi.cetak.lhe_pdf"}))


@dataclass(frozen=True)
class Lembar:
    """A PD's evaluation of a year with its document: what the worksheet screen shows."""

    pd: PerangkatDaerah
    evaluasi: Evaluasi
    dok: DokumenLke


def lembar_lke(scope: Scope, slug: str, tahun: int) -> Lembar:
    """The evaluation of PD ``slug`` for ``tahun`` and its document: six queries, whatever the number of criteria.
    :class:`BelumSiap` when the evaluation has not started."""
    pd = get_pd(scope, slug)
    evaluasi = get_evaluasi(scope, pd, tahun)
    if evaluasi is None:
        raise BelumSiap(f"Evaluasi AKIP {pd.nama} tahun {tahun} belum dimulai oleh evaluator (Inspektorat).", [
            Langkah(f"Mulai evaluasi {tahun}", "evaluasi:daftar", (pd.pemda.slug, tahun), "", EVALUASI)])
    komponen = susun(komponen_lke(scope, [evaluasi.lke_id]), evaluasi.pk, jawaban(scope, [evaluasi.pk]))
    lke = evaluasi.lke
    return Lembar(pd, evaluasi, DokumenLke(
        pd.slug, pd.nama, pd.pemda.nama, tahun, evaluasi.tahap, evaluasi.get_tahap_display(), lke.kode, lke.nama,
        lke.skala, komponen))


def build_lke(scope: Scope, slug: str, tahun: int) -> DokumenLke:
    """The LKE of PD ``slug`` for ``tahun`` (see :func:`lembar_lke`)."""
    return lembar_lke(scope, slug, tahun).dok


@dataclass(frozen=True)
class BarisPd:
    """One PD in the pemda's list of evaluations of a year."""

    pd: PerangkatDaerah
    evaluasi: Evaluasi | None
    nilai_akip: Decimal | None

    @property
    def nilai_teks(self) -> str:
        return "-" if self.nilai_akip is None else format_angka(rumus.bulat(self.nilai_akip), 2)

    @property
    def predikat(self) -> rumus.Predikat | None:
        return None if self.nilai_akip is None else rumus.predikat(self.nilai_akip)


def ringkasan_pemda(scope: Scope, pemda_id: int, tahun: int) -> list[BarisPd]:
    """Every PD of the pemda the scope reaches with its evaluation of ``tahun`` (stage, Nilai AKIP): six queries
    at most, whatever the number of PD and criteria."""
    pds, evaluasi = evaluasi_pemda(scope, pemda_id, tahun)
    lke_ids = {e.lke_id for e in evaluasi.values()}
    per_lke: dict[int, list[KomponenLke]] = {}
    for kom in komponen_lke(scope, lke_ids) if lke_ids else []:
        per_lke.setdefault(kom.lke_id, []).append(kom)
    isian = jawaban(scope, [e.pk for e in evaluasi.values()]) if evaluasi else {}
    baris = []
    for pd in pds:
        e = evaluasi.get(pd.pk)
        nilai = None if e is None else nilai_akip(susun(per_lke.get(e.lke_id, []), e.pk, isian))
        baris.append(BarisPd(pd, e, nilai))
    return baris
