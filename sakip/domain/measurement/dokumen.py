"""The quarterly measurement of a PD-year as one computed structure.

``build_pengukuran(scope, slug, tahun, triwulan)`` reads everything the quarter needs in a fixed
number of queries and computes every figure with ``sakip.rumus.capaian``. The data-entry grid, the
.xlsx template, the JSON of ``sakip pengukuran`` and the LKjIP's quarterly tables all render this
structure.

Budget rules (one place):
- the pagu in force at quarter *n* is, per sub kegiatan, the budget (APBD, APBD-P) with the latest
  ``berlaku_mulai`` ≤ *n*; its value is the sub kegiatan's own line when it has one for that budget,
  else the sum of its lokasi lines;
- spending s.d. quarter *n* likewise: the sub kegiatan's own line, else the sum of its lokasi lines;
- a sub kegiatan whose pagu in force is split by lokasi takes its spending per lokasi (those are
  the editable lines); otherwise per sub kegiatan;
- kegiatan and program figures are sums of their sub kegiatan; the total is the sum of programs plus
  any spending reported only as a total (``BelanjaTanpaRincian``), shown as its own line.

The rencana aksi (issue 19, ``selectors_rencana``: two more queries) adds to every indicator row its target s.d. the
quarter and the capaian against it (:func:`kinerja_rencana`), and to the budget rows the anggaran kas s.d. the quarter,
summed up the tree as the pagu is, with its share of the pagu (``sakip.rumus.rencana_aksi``).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from sakip.core.galat import BelumSiap, Langkah, TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.registry import JenisDokumen, daftar
from sakip.domain.agreement.selectors import Versi, versi_berlaku
from sakip.domain.measurement.models import ROMAWI, Pagu
from sakip.domain.measurement.selectors import (
    DataTahun,
    IndikatorBaris,
    RealisasiBaris,
    Simpul,
    TempatLokasi,
)
from sakip.domain.measurement.selectors_rencana import RencanaBaris, kas_tahun, rencana_tahun
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Program, tampil_target, target_rumus
from sakip.rumus import capaian as rumus
from sakip.rumus import rencana_aksi as rumus_rencana
from sakip.rumus.angka import format_angka, plain_number
from sakip.rumus.peran import ISI


@dataclass(frozen=True)
class Nilai:
    """A figure with the text the document prints."""

    nilai: Decimal | None
    teks: str

    @classmethod
    def dari(cls, nilai: Decimal | None, teks: str = "", satuan: str = "") -> Nilai:
        if nilai is None:
            return cls(None, teks or "-")
        return cls(nilai, teks or _teks_angka(nilai, nilai.is_signed(), satuan == "%"))


@functools.lru_cache(maxsize=4096)
def _teks_angka(nilai: Decimal, negatif: bool, persen: bool) -> str:
    """A figure as documents print it, rounded to two places (``85,91%``). Rounding and formatting cost ~5 µs and a
    quarter, a dashboard or the LKjIP prints the same figures again and again (0,5 µs from this cache); the key
    holds the sign, as ``Decimal("-0") == Decimal("0")`` while they print differently."""
    return f"{format_angka(rumus.bulatkan(nilai).normalize())}{'%' if persen else ''}"


KOSONG = Nilai(None, "-")
BELUM_DIUKUR = Nilai(None, "-")  # printed as a dash: the indicator is not measured in that quarter, never 0
_TANPA_ISIAN: Mapping[int, RealisasiBaris] = {}
_TANPA_PAGU: Mapping[tuple[int, str], list] = {}
_TANPA_BELANJA: Mapping[int | None, Decimal] = {}
_TANPA_RENCANA: Mapping[int, RencanaBaris] = {}
_TANPA_KAS: Mapping[int, Decimal] = {}
TANPA_RENCANA = rumus.Hasil(None, "rencana aksi belum diisi")
TANPA_KAS = rumus.Hasil(None, "anggaran kas belum diisi")
_TANPA_KAS_BARIS: Mapping[str, Any] = {}
_TANPA_INDIKATOR = {"indikator_id": None, "indikator": "", "satuan": "", "akumulasi": "", "target": KOSONG,
                    "realisasi": KOSONG, "capaian": rumus.Hasil(None, "tanpa indikator"), "kategori": None}


class Realisasinya(Protocol):
    """What a realisation row gives the rules: the number and the text as typed (read-only, so a row whose
    number is always there fits too)."""

    @property
    def nilai(self) -> Decimal | None: ...

    @property
    def teks(self) -> str: ...


class Targetnya(Protocol):
    """What a target row (Renstra or PK) gives the rules (read-only: a model instance or a plain row)."""

    @property
    def nilai(self) -> Decimal: ...

    @property
    def nilai_atas(self) -> Decimal | None: ...

    @property
    def teks(self) -> str: ...


class Indikatornya(Protocol):
    """What an indicator gives the rules beside its :class:`~sakip.rumus.capaian.Aturan`: its unit."""

    @property
    def satuan(self) -> str: ...


@dataclass(frozen=True)
class Kinerja:
    """One indicator in one quarter by its own rules (:class:`sakip.rumus.capaian.Aturan`): what was typed, the
    quarter's own value, the value s.d. the quarter with its capaian against the target in force."""

    diukur: bool
    isian: Nilai
    sendiri: Nilai
    realisasi: Nilai  # s.d. the quarter
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None


def kinerja(ind: Indikatornya, aturan: rumus.Aturan, isian: Mapping[int, Realisasinya], target: Targetnya | None,
            triwulan: int, skala: rumus.SkalaKategori) -> Kinerja:
    """The one rule for an indicator's figures in a quarter, used by every reader (grid, documents, dashboards,
    portal): aggregation of the quarters, measurement frequency, range and grade targets, polarity."""
    q = rumus.triwulan({n: r.nilai for n, r in isian.items()}, triwulan, aturan)
    if not q.diukur:
        return Kinerja(False, BELUM_DIUKUR, BELUM_DIUKUR, BELUM_DIUKUR, rumus.Hasil(None, q.alasan), None)
    typed = isian.get(triwulan)
    diisi = Nilai.dari(q.isian, typed.teks if typed else "", ind.satuan)
    sd = diisi if aturan.isian_kumulatif else Nilai.dari(q.sd, "", ind.satuan)
    sendiri = diisi if not aturan.isian_kumulatif or q.sendiri == q.isian else Nilai.dari(q.sendiri, "", ind.satuan)
    hasil = rumus.capaian_aturan(q.sd, target_rumus(target.nilai, target.nilai_atas) if target else None, aturan) \
        if q.sd is not None else rumus.Hasil(None, q.alasan)
    return Kinerja(True, diisi, sendiri, sd, hasil, skala.kategori(hasil.nilai))


def tahunan(ind: Indikatornya, aturan: rumus.Aturan, isian: Mapping[int, Realisasinya], eksplisit: Realisasinya | None,
            target: Targetnya | None, skala: rumus.SkalaKategori) -> tuple[Nilai, bool, rumus.Hasil, rumus.Kategori | None]:
    """The year's realisation (an explicit annual value, else the value s.d. TW IV by the indicator's rules),
    whether the two differ, and its capaian and category."""
    tw4 = kinerja(ind, aturan, isian, target, 4, skala)
    nilai, beda = rumus.realisasi_tahunan(tw4.realisasi.nilai, eksplisit.nilai if eksplisit else None)
    teks = Nilai.dari(nilai, eksplisit.teks if eksplisit else "", ind.satuan) if eksplisit else tw4.realisasi
    hasil = rumus.capaian_aturan(nilai, target_rumus(target.nilai, target.nilai_atas) if target else None, aturan)
    return teks, beda, hasil, skala.kategori(hasil.nilai)


@dataclass(frozen=True)
class KinerjaRencana:
    """One indicator in one quarter against its rencana aksi: the target s.d. the quarter (``-`` without a plan or
    in a quarter the indicator is not measured in), the capaian of the realisation s.d. the quarter against it, and
    the quarters up to this one whose plan has a target but no realisation (a plan not monitored)."""

    target: Nilai
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    tidak_dipantau: tuple[int, ...]


TANPA_RENCANA_AKSI = KinerjaRencana(KOSONG, TANPA_RENCANA, None, ())


def kinerja_rencana(ind: Indikatornya, aturan: rumus.Aturan, rencana: Mapping[int, RencanaBaris],
                    isian: Mapping[int, Realisasinya], sd: Decimal | None, triwulan: int,
                    skala: rumus.SkalaKategori) -> KinerjaRencana:
    """The one rule for an indicator's quarter against its rencana aksi (``rencana``: quarter → the target as typed;
    ``sd``: the realisation s.d. the quarter, :attr:`Kinerja.realisasi`). The target s.d. the quarter is read by the
    rule of the realisation (:func:`sakip.rumus.rencana_aksi.target_sd`), the capaian by the indicator's polarity."""
    if not rencana:
        return TANPA_RENCANA_AKSI
    nilai = {n: r.nilai for n, r in rencana.items()}
    target = rumus_rencana.target_sd(nilai, triwulan, aturan)
    lalai = tuple(rumus_rencana.tidak_dipantau(nilai, {n: r.nilai for n, r in isian.items()}, triwulan))
    if target is None:
        alasan = rumus.BELUM_DIUKUR if not aturan.frekuensi.diukur(triwulan) else "rencana aksi triwulan ini belum diisi"
        return KinerjaRencana(BELUM_DIUKUR, rumus.Hasil(None, alasan), None, lalai)
    typed = rencana.get(triwulan)
    teks = Nilai.dari(target, typed.teks if typed and aturan.isian_kumulatif else "", ind.satuan)
    hasil = rumus.capaian_aturan(sd, target, aturan) if sd is not None else rumus.Hasil(None, "realisasi belum diisi")
    return KinerjaRencana(teks, hasil, skala.kategori(hasil.nilai), lalai)


def tampil(target: Targetnya | None, satuan: str) -> Nilai:
    """A target in force as tables print it (``80–90``, ``BB (75,00)``, ``85,91%``)."""
    if target is None:
        return KOSONG
    return Nilai(target.nilai, tampil_target(target.nilai, target.nilai_atas, target.teks, satuan))


@dataclass(frozen=True)
class BarisIku:
    indikator_id: int
    sasaran: str
    nama: str
    satuan: str
    target: Nilai
    target_sumber: str  # "PK versi 2" or "Renstra"
    realisasi: Nilai  # s.d. the quarter, by the indicator's aggregation
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    # The year's realisation: the explicit annual value when one is set (with its source), else TW IV.
    realisasi_tahunan: Nilai
    realisasi_tahunan_sumber: str
    beda_dengan_tw4: bool
    capaian_tahunan: rumus.Hasil
    kategori_tahunan: rumus.Kategori | None
    isian: Nilai = KOSONG  # what was typed for the quarter
    sendiri: Nilai = KOSONG  # the quarter's own value
    diukur: bool = True  # False: not measured in this quarter ("belum diukur")
    akumulasi: str = ""
    cara_isi: str = ""
    peran: str = ""  # the IKM indicator, the Nilai SAKIP indicator
    # Against the rencana aksi (:class:`KinerjaRencana`): the target s.d. the quarter and the capaian against it.
    target_triwulan: Nilai = KOSONG
    capaian_triwulan: rumus.Hasil = TANPA_RENCANA
    kategori_triwulan: rumus.Kategori | None = None
    tidak_dipantau: tuple[int, ...] = ()  # quarters up to this one with a target but no realisation

    @property
    def kunci(self) -> str:
        """The row's key in the grid (a saved row comes back by it)."""
        return f"iku-{self.indikator_id}"


@dataclass(frozen=True)
class Baris:
    level: str  # program, kegiatan, sub_kegiatan, lokasi
    kode: str
    nama: str
    lokasi: str
    indikator_id: int | None
    indikator: str
    satuan: str
    akumulasi: str
    target: Nilai
    realisasi: Nilai  # s.d. the quarter, by the indicator's aggregation
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    pagu: Decimal | None
    sumber_pagu: str
    realisasi_anggaran: Decimal | None
    serapan: rumus.Hasil
    sub_kegiatan_id: int | None = None
    lokasi_id: int | None = None
    anggaran_diisi_di_sini: bool = False  # the editable budget line of this quarter
    isian: Nilai = KOSONG  # what was typed for the quarter
    sendiri: Nilai = KOSONG  # the quarter's own value
    diukur: bool = True  # False: not measured in this quarter ("belum diukur")
    cara_isi: str = ""
    # Against the rencana aksi (:class:`KinerjaRencana`): the target s.d. the quarter and the capaian against it.
    target_triwulan: Nilai = KOSONG
    capaian_triwulan: rumus.Hasil = TANPA_RENCANA
    kategori_triwulan: rumus.Kategori | None = None
    tidak_dipantau: tuple[int, ...] = ()  # quarters up to this one with a target but no realisation
    # The anggaran kas (on the row that carries the pagu): planned spending s.d. the quarter, summed up the tree as the
    # pagu is, its share of the pagu, and (a sub kegiatan) why the year's plan cannot stand against the pagu in force.
    rencana_kas: Decimal | None = None
    rencana_serapan: rumus.Hasil = TANPA_KAS
    masalah_kas: str = ""

    @property
    def kunci(self) -> str:
        """The row's key in the grid (a saved row comes back by it)."""
        return f"{self.level}-{self.indikator_id or 0}-{self.sub_kegiatan_id or 0}-{self.lokasi_id or 0}"


@dataclass(frozen=True)
class TidakDipantau:
    """An indicator whose rencana aksi has a target and no realisation in some quarters up to the quarter's."""

    nama: str  # as the checks name a row: "<indicator> (IKU)", "<indicator> (<kode> <program …>)"
    kunci: str  # the grid row's key
    triwulan: tuple[int, ...]

    @property
    def pesan(self) -> str:
        daftar = ", ".join(ROMAWI[q] for q in self.triwulan)
        return (f"Rencana aksi triwulan {daftar} tidak dipantau: ada target triwulan, tetapi realisasinya belum diisi; "
                "isi realisasinya atau perbarui rencana aksinya.")


@dataclass(frozen=True)
class Pengukuran:
    unit_slug: str
    unit_nama: str
    pemda_nama: str
    tahun: int
    triwulan: int
    skala: str
    iku: tuple[BarisIku, ...]
    baris: tuple[Baris, ...]
    pagu: Decimal
    realisasi_anggaran: Decimal
    serapan: rumus.Hasil
    tanpa_rincian: Decimal | None = None  # part of the total reported without budget lines
    tanpa_rincian_keterangan: str = ""
    # (sub kegiatan "kode nama", lokasi) of a sub kegiatan split by lokasi with no pagu line in force there
    lokasi_tanpa_pagu: tuple[tuple[str, str], ...] = ()
    rencana_kas: Decimal | None = None  # the anggaran kas s.d. the quarter of every sub kegiatan (None: none planned)
    rencana_serapan: rumus.Hasil = TANPA_KAS
    ada_rencana_aksi: bool = False  # some indicator of the PD-year has quarterly targets (the grid shows them)

    @property
    def judul(self) -> str:
        return self.judul_kalimat.upper()

    @property
    def judul_kalimat(self) -> str:
        """The title in title case as captions print it (the Roman numeral kept: "Triwulan III")."""
        return f"Pengukuran Kinerja {self.unit_nama} Triwulan {ROMAWI[self.triwulan]} Tahun {self.tahun}"

    @property
    def nama_berkas(self) -> str:
        return f"pengukuran-{self.unit_slug}-{self.tahun}-tw{self.triwulan}"

    @property
    def tidak_dipantau(self) -> tuple[TidakDipantau, ...]:
        """The rencana aksi not monitored up to this quarter (each row holds its quarters,
        :func:`sakip.rumus.rencana_aksi.tidak_dipantau`)."""
        return self.tidak_dipantau_sampai(self.triwulan)

    def tidak_dipantau_sampai(self, n: int) -> tuple[TidakDipantau, ...]:
        """The rencana aksi not monitored in the quarters up to ``n`` (≤ this one)."""
        rows: list[tuple[str, BarisIku | Baris]] = [(f"{b.nama} (IKU)", b) for b in self.iku if b.tidak_dipantau]
        rows += [(f"{b.indikator} ({b.kode} {b.nama})", b) for b in self.baris if b.tidak_dipantau]
        return tuple(TidakDipantau(nama, b.kunci, q) for nama, b in rows
                     if (q := tuple(tw for tw in b.tidak_dipantau if tw <= n)))

    def as_json(self) -> dict:
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama, "pemda": self.pemda_nama},
            "tahun": self.tahun,
            "triwulan": self.triwulan,
            "iku": [{
                "nama": b.nama, "sasaran": b.sasaran, "satuan": b.satuan,
                "target": plain_number(b.target.nilai), "target_sumber": b.target_sumber,
                "realisasi": plain_number(b.realisasi.nilai), "capaian_persen": persen_json(b.capaian),
                "kategori": b.kategori.nama if b.kategori else None,
                "realisasi_tahunan": plain_number(b.realisasi_tahunan.nilai),
                "realisasi_tahunan_sumber": b.realisasi_tahunan_sumber, "beda_dengan_tw4": b.beda_dengan_tw4,
                "capaian_tahunan_persen": persen_json(b.capaian_tahunan),
                "kategori_tahunan": b.kategori_tahunan.nama if b.kategori_tahunan else None,
                "target_triwulan": plain_number(b.target_triwulan.nilai),
                "capaian_triwulan_persen": persen_json(b.capaian_triwulan),
            } for b in self.iku],
            "rows": [{
                "level": b.level, "kode": b.kode, "nama": b.nama, "lokasi": b.lokasi, "indikator": b.indikator,
                "satuan": b.satuan, "target": plain_number(b.target.nilai), "realisasi": plain_number(b.realisasi.nilai),
                "capaian_persen": persen_json(b.capaian), "pagu": plain_number(b.pagu), "sumber_pagu": b.sumber_pagu,
                "realisasi_anggaran": plain_number(b.realisasi_anggaran), "serapan_persen": persen_json(b.serapan),
                "target_triwulan": plain_number(b.target_triwulan.nilai),
                "capaian_triwulan_persen": persen_json(b.capaian_triwulan),
                "rencana_kas": plain_number(b.rencana_kas), "rencana_serapan_persen": persen_json(b.rencana_serapan),
            } for b in self.baris],
            "total": {"pagu": plain_number(self.pagu), "realisasi_anggaran": plain_number(self.realisasi_anggaran),
                      "serapan_persen": persen_json(self.serapan),
                      "realisasi_anggaran_tanpa_rincian": plain_number(self.tanpa_rincian),
                      "rencana_kas": plain_number(self.rencana_kas),
                      "rencana_serapan_persen": persen_json(self.rencana_serapan)},
        }


def persen_json(hasil: rumus.Hasil) -> float | None:
    """A percentage as every JSON gives it: rounded as documents print it (``rumus.bulatkan``), or null."""
    return _persen_json(hasil.nilai) if hasil.nilai is not None else None


@functools.lru_cache(maxsize=4096)
def _persen_json(nilai: Decimal) -> int | float | None:
    """A percentage as the JSON gives it, rounded as documents print it. The LKjIP's JSON gives ~900 of them, the same
    few again and again (four quarters of the same rows): cached like :func:`_teks_angka`; the result depends on the
    value only (``Decimal("100.00") == Decimal("100")`` gives ``100`` either way), so equal keys are safe."""
    return plain_number(rumus.bulatkan(nilai))


# --- building --------------------------------------------------------------------------------------

PENGUKURAN = daftar(JenisDokumen("pengukuran", "Pengukuran kinerja triwulan", {
    "xlsx": "sakip.domain.measurement.cetak.pengukuran_xlsx"}))


def build_pengukuran(scope: Scope, slug: str, tahun: int, triwulan: int) -> Pengukuran:
    """The measurement of PD ``slug`` for ``tahun`` up to ``triwulan``, in a fixed number of queries."""
    if triwulan not in ROMAWI:
        raise TidakDitemukan(f"Triwulan {triwulan} tidak dikenal (1–4).")
    pd, data, rencana = _baca(scope, slug, tahun, triwulan)
    return _build(pd, data, tahun, triwulan, rencana=rencana)


def build_pengukuran_tahun(scope: Scope, slug: str, tahun: int) -> tuple[Pengukuran, ...]:
    """TW I–IV of one year from a single read of the year's rows (the LKjIP's quarterly tables)."""
    pd, data, rencana = _baca(scope, slug, tahun)
    return tuple(_build(pd, data, tahun, tw, rencana=rencana) for tw in ROMAWI)


@dataclass(frozen=True)
class RencanaTahun:
    """The rencana aksi of a PD-year as the quarter's rows read it (``measurement.selectors_rencana``): indicator →
    quarter → its target, and sub kegiatan → quarter → its anggaran kas."""

    aksi: Mapping[int, Mapping[int, RencanaBaris]]
    kas: Mapping[int, Mapping[int, Decimal]]

    @classmethod
    def baca(cls, scope: Scope, pd: PerangkatDaerah, tahun: int) -> RencanaTahun:
        """Two queries, whatever the size of the year."""
        return cls(rencana_tahun(scope, pd, tahun), kas_tahun(scope, pd, tahun))


def _baca(scope: Scope, slug: str, tahun: int, triwulan: int | None = None):
    """The PD, its year's rows (``triwulan``: the spending of that quarter only, all a quarter needs) and its
    rencana aksi."""
    pd = get_pd(scope, slug)
    data = DataTahun(scope, pd, tahun, triwulan=triwulan, iku=True)
    if not data.program:
        raise BelumSiap(f"{pd.nama} belum memiliki program tahun {tahun}: pengukuran, dasbor dan LKjIP tahun itu "
                        "disusun dari program, kegiatan dan sub kegiatannya.", [
            Langkah(f"Susun program tahun {tahun}", "planning:tree", (pd.slug,), f"tahun={tahun}", ISI),
            *([Langkah(f"Mulai tahun {tahun} dari tahun {tahun - 1}", "planning:mulai_tahun", (pd.slug, tahun), "", ISI)]
              if Program.objects.filter(pd=pd, tahun=tahun - 1).exists() else []),
            Langkah(f"Impor program tahun {tahun} dari Excel", "beranda:impor", (pd.slug, "program"), f"tahun={tahun}",
                    ISI),
        ])
    return pd, data, RencanaTahun.baca(scope, pd, tahun)


def _build(pd: PerangkatDaerah, data: DataTahun, tahun: int, triwulan: int, iku: bool = True, *,
           rencana: RencanaTahun) -> Pengukuran:
    hitung = _Hitung(data, pd.pemda, triwulan, rencana)
    baris = [row for program in data.program for row in hitung.program(program)]
    total_pagu, total_realisasi = hitung.total()
    kas = hitung.kas_total()
    lain = data.tanpa_rincian.get(triwulan)
    if lain is not None:
        total_realisasi += lain.nilai
    return Pengukuran(
        unit_slug=pd.slug, unit_nama=pd.nama, pemda_nama=pd.pemda.nama, tahun=tahun, triwulan=triwulan,
        skala=pd.pemda.skala_kategori, iku=tuple(hitung.iku(pd, tahun)) if iku else (),
        baris=tuple(baris), pagu=total_pagu, realisasi_anggaran=total_realisasi,
        serapan=rumus.serapan(total_realisasi, total_pagu),
        tanpa_rincian=lain.nilai if lain else None, tanpa_rincian_keterangan=lain.keterangan if lain else "",
        lokasi_tanpa_pagu=tuple(hitung.lokasi_tanpa_pagu),
        rencana_kas=rumus_rencana.kas_sd(kas, triwulan),
        rencana_serapan=rumus_rencana.rencana_serapan(kas, triwulan, total_pagu), ada_rencana_aksi=bool(rencana.aksi),
    )


def build_baris(scope: Scope, pd: PerangkatDaerah, tahun: int, triwulan: int, *, program_id: int | None = None,
                iku_id: int | None = None) -> Pengukuran:
    """The quarter as far as one grid row needs it (the hot path of data entry): the program holding the
    row (``program_id``) or one sasaran indicator (``iku_id``), with the quarter's totals. The rows are
    computed by the same rules as :func:`build_pengukuran`; a fixed number of queries, whatever the size
    of the PD's year."""
    data = DataTahun(scope, pd, tahun, program_id=program_id, pohon=iku_id is None, triwulan=triwulan, iku_id=iku_id)
    return _build(pd, data, tahun, triwulan, iku=iku_id is not None, rencana=RencanaTahun.baca(scope, pd, tahun))


class _Anggaran:
    """The budget rules over pagu and spending lines (of one PD-year, or of many PD at once) in one quarter."""

    def __init__(self, pagu: Iterable, belanja: Iterable, triwulan: int) -> None:
        self.triwulan = triwulan
        self.pagu_sub: dict[int, dict[tuple[int, str], list]] = {}  # sub → (berlaku_mulai, sumber) → lines
        self.belanja_sub: dict[int, dict[int | None, Decimal]] = {}  # sub → lokasi → spending s.d. the quarter
        self._sub: dict[int, tuple[str, Decimal | None, Decimal | None, dict]] = {}
        for p in pagu:  # (get, not setdefault: no new dict or list per line; a pemda dashboard has ~20 per PD)
            budgets = self.pagu_sub.get(p.sub_kegiatan_id)
            if budgets is None:
                self.pagu_sub[p.sub_kegiatan_id] = budgets = {}
            lines = budgets.get(key := (p.berlaku_mulai, p.sumber))
            if lines is None:
                budgets[key] = [p]
            else:
                lines.append(p)
        for b in belanja:
            if b.triwulan == triwulan:
                spending = self.belanja_sub.get(b.sub_kegiatan_id)
                if spending is None:
                    self.belanja_sub[b.sub_kegiatan_id] = spending = {}
                spending[b.lokasi_id] = b.nilai

    def pagu_berlaku(self, sub_id: int) -> tuple[str, list[Pagu]]:
        """The budget lines of a sub kegiatan in force in the quarter, and the latest budget's name.

        Budgets take effect from their ``berlaku_mulai``. When the latest one in force gives the sub kegiatan
        its own line, that line is its pagu. Otherwise the sub kegiatan is split by lokasi, and each lokasi
        keeps its latest line: a budget that changes one lokasi (an APBD-P for one desa) leaves the others'
        lines in force. An own line replaces the lokasi lines older than it, and the other way round.
        """
        budgets = {key: rows for key, rows in self.pagu_sub.get(sub_id, _TANPA_PAGU).items() if key[0] <= self.triwulan}
        if not budgets:
            return "", []
        latest = max(budgets)
        own = [p for p in budgets[latest] if p.lokasi_id is None]
        if own:
            return latest[1], own
        own_keys = [key for key, rows in budgets.items() if any(p.lokasi_id is None for p in rows)]
        since = max(own_keys) if own_keys else (0, "")
        per_lokasi: dict[int, Pagu] = {}
        for key in sorted(budgets):
            if key > since:
                per_lokasi.update({p.lokasi_id: p for p in budgets[key] if p.lokasi_id is not None})
        return latest[1], list(per_lokasi.values())

    def anggaran_sub(self, sub_id: int) -> tuple[str, Decimal | None, Decimal | None, dict]:
        """(sumber, pagu, spending, per-lokasi {lokasi_id: (pagu, spending)} when split); computed once per
        sub kegiatan."""
        if (done := self._sub.get(sub_id)) is not None:
            return done
        sumber, lines = self.pagu_berlaku(sub_id)
        own = [p for p in lines if p.lokasi_id is None]
        split = {p.lokasi_id: p.nilai for p in lines if p.lokasi_id is not None}
        pagu = own[0].nilai if own else (sum(split.values(), Decimal(0)) if split else None)
        spending = self.belanja_sub.get(sub_id, _TANPA_BELANJA)
        spent_own = spending.get(None)
        per_lokasi = {lok: (nilai, spending.get(lok)) for lok, nilai in split.items()} if not own else {}
        spent_split = [s for _, s in per_lokasi.values() if s is not None]
        spent: Decimal | None
        if spent_own is not None:
            spent = spent_own
        elif spent_split:
            spent = sum(spent_split, Decimal(0))
        else:  # spending by lokasi under a pagu that is not split (or no pagu in force)
            by_lokasi = [nilai for lok, nilai in spending.items() if lok is not None]
            spent = sum(by_lokasi, Decimal(0)) if by_lokasi else None
        self._sub[sub_id] = done = (sumber, pagu, spent, per_lokasi)
        return done


class _Hitung(_Anggaran):
    """The rows of a PD's quarter: its budget (:class:`_Anggaran`) and its indicators."""

    def __init__(self, data: DataTahun, pemda: Pemda, triwulan: int, rencana: RencanaTahun) -> None:
        super().__init__(data.pagu, data.belanja, triwulan)
        self.data = data
        self.rencana = rencana
        self.lokasi_tanpa_pagu: list[tuple[str, str]] = []
        self.rumus_negatif = pemda.rumus_negatif
        self.skala = rumus.SKALA[pemda.skala_kategori]

    def total(self) -> tuple[Decimal, Decimal]:
        """The quarter's pagu and spending over every budget line of the year (the sum of the program rows)."""
        pagu = spent = Decimal(0)
        for sub_id in self.pagu_sub.keys() | self.belanja_sub.keys():
            _, s_pagu, s_spent, _ = self.anggaran_sub(sub_id)
            pagu += s_pagu or 0
            spent += s_spent or 0
        return pagu, spent

    def kas_total(self) -> dict[int, Decimal]:
        """The anggaran kas of every sub kegiatan of the year, quarter by quarter (quarter → the sum)."""
        kas: dict[int, Decimal] = {}
        for quarters in self.rencana.kas.values():
            for n, nilai in quarters.items():
                kas[n] = kas.get(n, Decimal(0)) + nilai
        return kas

    def kas_sub(self, sub_id: int, pagu: Decimal | None) -> Mapping[str, Any]:
        """A sub kegiatan's row fields of the anggaran kas: planned spending s.d. the quarter, its share of the pagu
        in force, and why the year's plan cannot stand against that pagu."""
        kas = self.rencana.kas.get(sub_id, _TANPA_KAS)
        if not kas:
            return _TANPA_KAS_BARIS
        return {"rencana_kas": rumus_rencana.kas_sd(kas, self.triwulan),
                "rencana_serapan": rumus_rencana.rencana_serapan(kas, self.triwulan, pagu),
                "masalah_kas": rumus_rencana.masalah_kas(kas, pagu) or ""}

    def kas_jumlah(self, kas: Decimal | None, pagu: Decimal | None) -> Mapping[str, Any]:
        """A kegiatan's or program's row fields of the anggaran kas: the sum of its sub kegiatan's."""
        if kas is None:
            return _TANPA_KAS_BARIS
        return {"rencana_kas": kas,
                "rencana_serapan": rumus_rencana.rencana_serapan({self.triwulan: kas}, self.triwulan, pagu)}

    # indicators ---------------------------------------------------------------------------------

    def kinerja(self, ind: IndikatorBaris | None) -> dict:
        if ind is None:
            return _TANPA_INDIKATOR
        target = self.data.target.get(ind.pk)
        aturan = ind.aturan(self.rumus_negatif)
        isian = self.data.realisasi.get(ind.pk, _TANPA_ISIAN)
        k = kinerja(ind, aturan, isian, target, self.triwulan, self.skala)
        r = kinerja_rencana(ind, aturan, self.rencana.aksi.get(ind.pk, _TANPA_RENCANA), isian, k.realisasi.nilai,
                            self.triwulan, self.skala)
        return {
            "indikator_id": ind.pk, "indikator": ind.nama, "satuan": ind.satuan, "akumulasi": ind.akumulasi,
            "target": tampil(target, ind.satuan), "realisasi": k.realisasi, "capaian": k.capaian,
            "kategori": k.kategori, "isian": k.isian, "sendiri": k.sendiri, "diukur": k.diukur,
            "cara_isi": ind.cara_isi, "target_triwulan": r.target, "capaian_triwulan": r.capaian,
            "kategori_triwulan": r.kategori, "tidak_dipantau": r.tidak_dipantau,
        }

    def _rows(self, level: str, owner: Simpul, kode: str, nama: str, pagu, sumber, spent, **extra) -> list[Baris]:
        indikator: list[IndikatorBaris | None] = [*self.data.indikator.get((level, owner.pk), ())] or [None]
        rows = []
        for i, ind in enumerate(indikator):
            first = i == 0
            rows.append(Baris(level=level, kode=kode, nama=nama, lokasi="", **self.kinerja(ind),
                              pagu=pagu if first else None, sumber_pagu=sumber if first else "",
                              realisasi_anggaran=spent if first else None,
                              serapan=rumus.serapan(spent, pagu) if first else rumus.Hasil(None, ""),
                              **(extra if first else {})))
        return rows

    def program(self, program: Simpul) -> list[Baris]:
        body, pagu, spent, sumber = [], Decimal(0), Decimal(0), ""
        any_pagu = any_spent = False
        kas: Decimal | None = None
        for kegiatan in self.data.kegiatan.get(program.pk, []):
            rows, k_pagu, k_spent, k_sumber, k_kas = self.kegiatan(kegiatan)
            body += rows
            if k_pagu is not None:
                pagu, any_pagu, sumber = pagu + k_pagu, True, k_sumber
            if k_spent is not None:
                spent, any_spent = spent + k_spent, True
            if k_kas is not None:
                kas = k_kas if kas is None else kas + k_kas
        pagu_p = pagu if any_pagu else None
        head = self._rows("program", program, program.kode, program.nama, pagu_p, sumber,
                          spent if any_spent else None, **self.kas_jumlah(kas, pagu_p))
        return head + body

    def kegiatan(self, kegiatan: Simpul):
        body, pagu, spent, sumber = [], Decimal(0), Decimal(0), ""
        any_pagu = any_spent = False
        kas: Decimal | None = None
        for sub in self.data.sub.get(kegiatan.pk, []):
            s_sumber, s_pagu, s_spent, per_lokasi = self.anggaran_sub(sub.pk)
            s_kas = self.kas_sub(sub.pk, s_pagu)
            body += self._rows("sub_kegiatan", sub, sub.kode, sub.nama, s_pagu, s_sumber, s_spent,
                               sub_kegiatan_id=sub.pk, anggaran_diisi_di_sini=s_pagu is not None and not per_lokasi,
                               **s_kas)
            body += self._lokasi_rows(sub, s_sumber, per_lokasi)
            if s_pagu is not None:
                pagu, any_pagu, sumber = pagu + s_pagu, True, s_sumber
            if s_spent is not None:
                spent, any_spent = spent + s_spent, True
            if (nilai := s_kas.get("rencana_kas")) is not None:
                kas = nilai if kas is None else kas + nilai
        pagu_k, spent_k = (pagu if any_pagu else None), (spent if any_spent else None)
        return self._rows("kegiatan", kegiatan, kegiatan.kode, kegiatan.nama, pagu_k, sumber, spent_k,
                          **self.kas_jumlah(kas, pagu_k)) + body, pagu_k, spent_k, sumber, kas

    def _lokasi_rows(self, sub: Simpul, sumber: str, per_lokasi: dict) -> list[Baris]:
        rows = []
        lokasi: TempatLokasi
        for lokasi in self.data.lokasi.get(sub.pk, []):
            if lokasi.pk not in per_lokasi:
                if per_lokasi:  # split by lokasi, yet this one has no line: a budget that forgot it
                    self.lokasi_tanpa_pagu.append((f"{sub.kode} {sub.nama}", lokasi.nama))
                continue
            pagu, spent = per_lokasi[lokasi.pk]
            rows.append(Baris(level="lokasi", kode=sub.kode, nama=sub.nama, lokasi=lokasi.nama, **self.kinerja(None),
                              pagu=pagu, sumber_pagu=sumber, realisasi_anggaran=spent,
                              serapan=rumus.serapan(spent, pagu), sub_kegiatan_id=sub.pk, lokasi_id=lokasi.pk,
                              anggaran_diisi_di_sini=True))
        return rows

    # IKU ----------------------------------------------------------------------------------------

    def iku(self, pd: PerangkatDaerah, tahun: int) -> list[BarisIku]:
        data = self.data.iku()
        indikator, renstra, quarters, annual = data.indikator, data.target, data.realisasi, data.tahunan
        pk = versi_berlaku(self.data.pk_versi, akhir_triwulan(tahun, self.triwulan)).get(pd.pk)
        janji = pk.target if pk else {}
        rows = []
        for ind in indikator:
            target, sumber = target_berlaku(ind.pk, pk, janji, renstra)
            aturan = ind.aturan(self.rumus_negatif)
            isian = quarters.get(ind.pk, _TANPA_ISIAN)
            k = kinerja(ind, aturan, isian, target, self.triwulan, self.skala)
            r = kinerja_rencana(ind, aturan, self.rencana.aksi.get(ind.pk, _TANPA_RENCANA), isian, k.realisasi.nilai,
                                self.triwulan, self.skala)
            a = annual.get(ind.pk)
            a_teks, beda, a_hasil, a_kategori = tahunan(ind, aturan, isian, a, target, self.skala)
            rows.append(BarisIku(
                indikator_id=ind.pk, sasaran=ind.sasaran or "", nama=ind.nama, satuan=ind.satuan,
                target=tampil(target, ind.satuan), target_sumber=sumber, realisasi=k.realisasi, capaian=k.capaian,
                kategori=k.kategori, realisasi_tahunan=a_teks,
                realisasi_tahunan_sumber=a.sumber if a else ("Triwulan IV" if a_teks.nilai is not None else ""),
                beda_dengan_tw4=beda, capaian_tahunan=a_hasil, kategori_tahunan=a_kategori, isian=k.isian,
                sendiri=k.sendiri, diukur=k.diukur, akumulasi=ind.akumulasi, cara_isi=ind.cara_isi, peran=ind.peran,
                target_triwulan=r.target, capaian_triwulan=r.capaian, kategori_triwulan=r.kategori,
                tidak_dipantau=r.tidak_dipantau))
        return rows


def target_berlaku(ind_id: int, pk: Versi | None, janji: Mapping[int, Targetnya],
                   renstra: Mapping[int, Targetnya]) -> tuple[Targetnya | None, str]:
    """The target in force for a sasaran indicator and where it comes from: the PK in force (``pk``, its
    targets ``janji``), else the Renstra's target of the year."""
    if pk is not None and ind_id in janji:
        return janji[ind_id], f"PK versi {pk.nomor}"
    target = renstra.get(ind_id)
    return target, "Renstra" if target is not None else ""


def anggaran_baris(pagu: Iterable[Pagu], sub_id: int, lokasi_id: int | None, triwulan: int) -> Decimal | None:
    """The pagu in force in ``triwulan`` of the budget line (sub kegiatan, lokasi) when that line takes its
    spending this quarter (:attr:`Baris.anggaran_diisi_di_sini`), else None: a sub kegiatan's own line when its
    budget has one, else its lokasi lines. ``pagu``: the sub kegiatan's pagu rows."""
    hitung = _Anggaran(pagu, [], triwulan)
    _, s_pagu, _, per_lokasi = hitung.anggaran_sub(sub_id)
    if lokasi_id is None:
        return s_pagu if not per_lokasi else None
    return per_lokasi[lokasi_id][0] if lokasi_id in per_lokasi else None


def anggaran_per_sub(pagu: list, belanja: list, triwulan: int) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    """(pagu in force, spending s.d. ``triwulan``) of every sub kegiatan that has a pagu, by the rules of
    the grid (the latest budget in force; a sub kegiatan's own line, else the sum of its lokasi) —
    for rows of many PD at once, as a pemda-wide view reads them."""
    hitung = _Anggaran(pagu, belanja, triwulan)
    return {sub: hitung.anggaran_sub(sub)[1:3] for sub in {p.sub_kegiatan_id for p in pagu}}


def triwulan_lewat(tahun: int, hari_ini: datetime.date) -> int:
    """The latest quarter of ``tahun`` that has ended by ``hari_ini`` (0: none yet)."""
    if hari_ini.year != tahun:
        return 4 if hari_ini.year > tahun else 0
    return (hari_ini.month - 1) // 3


def akhir_triwulan(tahun: int, triwulan: int) -> datetime.date:
    """The last day of a quarter."""
    month = triwulan * 3
    return (datetime.date(tahun, month, 1) + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
