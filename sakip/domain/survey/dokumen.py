"""The results of a survey period as one computed structure: respondents, NRR and mutu per unsur, IKM,
the minimum sample, respondent profile, per unit, weakest and strongest unsur, suggestions, and the
IKM the PD reported for its IKU beside sakip's own. The SKM report renders it (:mod:`.cetak`).

Every sum is computed in the database (one aggregate per grouping, :mod:`.selectors`), so a period with
100.000 answers costs the same number of queries as one with 300.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel.dates import format_date

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents.grafik import garis
from sakip.documents.registry import JenisDokumen, daftar
from sakip.domain.measurement.models import RealisasiTahunan
from sakip.domain.organisation.selectors import get_pd, pimpinan_pada
from sakip.domain.survey import selectors
from sakip.domain.survey.models import ForumKonsultasiPublik, PeriodeSurvei, Pertanyaan, Respons
from sakip.rumus import ikm as rumus
from sakip.rumus.angka import plain_number
from sakip.rumus.capaian import Peran

LAPORAN_SKM = daftar(JenisDokumen("skm", "Laporan Survei Kepuasan Masyarakat", {
    "docx": "sakip.domain.survey.cetak.skm_docx", "pdf": "sakip.domain.survey.cetak.skm_pdf"}))
PROFIL = (("jenis_kelamin", "Jenis kelamin", Respons.JenisKelamin), ("pendidikan", "Pendidikan", Respons.Pendidikan),
          ("pekerjaan", "Pekerjaan", Respons.Pekerjaan), ("usia", "Usia", Respons.Usia))


@dataclass(frozen=True)
class NilaiUnsur:
    kode: str
    nama: str
    pertanyaan: str
    nrr: Decimal | None
    mutu: rumus.Mutu | None


@dataclass(frozen=True)
class Kelompok:
    """IKM of one group of respondents (a unit, or the whole PD)."""

    nama: str
    responden: int
    unsur: tuple[NilaiUnsur, ...]
    ikm: Decimal | None
    mutu: rumus.Mutu | None


@dataclass(frozen=True)
class Baris:
    label: str
    jumlah: int
    persen: Decimal


@dataclass(frozen=True)
class TitikTren:
    kode: str
    nama: str
    responden: int
    ikm: Decimal | None


@dataclass(frozen=True)
class Rtl:
    prioritas: int
    unsur: str
    unsur_label: str
    kegiatan: str
    triwulan: tuple[bool, bool, bool, bool]
    penanggung_jawab: str


@dataclass(frozen=True)
class Fkp:
    tanggal_teks: str
    tempat: str
    pihak_kesatu: tuple[str, ...]
    pihak_kedua: tuple[str, ...]
    hasil: str


@dataclass(frozen=True)
class HasilSkm:
    unit_slug: str
    unit_nama: str
    periode_kode: str
    periode_nama: str
    populasi: int
    sampel_minimum: int
    total: Kelompok
    per_unit: tuple[Kelompok, ...]
    per_layanan: tuple[Kelompok, ...]
    demografi: tuple[tuple[str, str, tuple[Baris, ...]], ...]  # (field, label, rows)
    jenis_layanan: tuple[Baris, ...]
    saran: tuple[str, ...]
    ikm_dilaporkan: Decimal | None
    ikm_dilaporkan_sumber: str
    tren: tuple[TitikTren, ...] = ()
    rtl: tuple[Rtl, ...] = ()
    fkp: Fkp | None = None
    kuesioner: tuple[tuple[int, str, str, tuple[str, ...]], ...] = ()  # (no, unsur, question, answers a–d)
    mulai_teks: str = ""
    selesai_teks: str = ""
    penanda_tangan: tuple[str, str, str] | None = None  # (jabatan, nama, NIP)

    @property
    def nama_berkas(self) -> str:
        return f"SKM-{self.unit_slug}-{self.periode_kode}"

    def grafik_tren(self) -> bytes:
        return garis(f"Tren IKM {self.unit_nama}", [t.nama for t in self.tren], [t.ikm for t in self.tren],
                     batas=(25, 100))

    @property
    def kurang_sampel(self) -> bool:
        return self.total.responden < self.sampel_minimum

    @property
    def sisa_sampel(self) -> int:
        """How many more answers the period needs to reach its minimum sample (0 once reached)."""
        return max(0, self.sampel_minimum - self.total.responden)

    def _dinilai(self) -> list[tuple[Decimal, NilaiUnsur]]:
        """The unsur that have answers, each with its NRR."""
        return [(u.nrr, u) for u in self.total.unsur if u.nrr is not None]

    @property
    def terlemah(self) -> tuple[NilaiUnsur, ...]:
        return tuple(u for _, u in sorted(self._dinilai(), key=lambda d: d[0])[:3])

    @property
    def terkuat(self) -> tuple[NilaiUnsur, ...]:
        return tuple(u for _, u in sorted(self._dinilai(), key=lambda d: -d[0])[:3])

    @property
    def selisih_dilaporkan(self) -> Decimal | None:
        if self.ikm_dilaporkan is None or self.total.ikm is None:
            return None
        return self.ikm_dilaporkan - self.total.ikm

    def as_json(self) -> dict:
        t = self.total
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama},
            "periode": self.periode_kode,
            "responden": t.responden,
            "populasi": self.populasi,
            "sampel_minimum": self.sampel_minimum,
            "unsur": [{"kode": u.kode, "nama": u.nama, "nrr": _n(u.nrr, 2), "nrr_tepat": _n(u.nrr, 4),
                       "mutu": u.mutu.huruf if u.mutu else None} for u in t.unsur],
            "ikm": plain_number(t.ikm),
            "mutu": t.mutu.huruf if t.mutu else None,
            "kinerja": t.mutu.kinerja if t.mutu else None,
            "demografi": {field: {b.label: b.jumlah for b in rows} for field, _, rows in self.demografi},
            "jenis_layanan": {b.label: b.jumlah for b in self.jenis_layanan},
            "layanan": [{"unit": k.nama, "responden": k.responden, "ikm": plain_number(k.ikm),
                         "mutu": k.mutu.huruf if k.mutu else None} for k in self.per_unit],
            "per_jenis_layanan": [{"layanan": k.nama, "responden": k.responden, "ikm": plain_number(k.ikm),
                                   "mutu": k.mutu.huruf if k.mutu else None} for k in self.per_layanan],
            "ikm_dilaporkan": plain_number(self.ikm_dilaporkan),
            "ikm_dilaporkan_sumber": self.ikm_dilaporkan_sumber,
            "tren": [{"periode": t.kode, "nama": t.nama, "responden": t.responden, "ikm": plain_number(t.ikm)}
                     for t in self.tren],
            "rtl": [{"prioritas": r.prioritas, "unsur": r.unsur, "kegiatan": r.kegiatan,
                     "triwulan": [i + 1 for i, on in enumerate(r.triwulan) if on], "penanggung_jawab": r.penanggung_jawab}
                    for r in self.rtl],
            "fkp": {"tanggal": self.fkp.tanggal_teks, "tempat": self.fkp.tempat} if self.fkp else None,
        }


def _n(value: Decimal | None, places: int):
    return plain_number(rumus.bulatkan(value, places)) if value is not None else None


def build_skm(scope: Scope, slug: str, kode_periode: str) -> HasilSkm:
    pd = get_pd(scope, slug)
    periode = PeriodeSurvei.objects.within(scope).filter(pd=pd, kode=kode_periode).first()
    if periode is None:
        raise TidakDitemukan(f"{pd.nama} tidak memiliki periode survei “{kode_periode}”.")
    pertanyaan = list(Pertanyaan.objects.within(scope).filter(pd=pd).order_by("urutan"))
    questions = {p.unsur: p.teks for p in pertanyaan}
    answers = Respons.objects.within(scope).filter(periode=periode)
    total = _kelompok(pd.nama, selectors.jumlah(answers), questions)
    unit_rows = selectors.jumlah_per_unit(answers)
    per_unit = tuple(_kelompok(row["unit__nama"], row, questions) for row in unit_rows)
    per_layanan = tuple(_kelompok(f'{row["layanan__nama"]} ({row["unit__nama"]})', row, questions)
                        for row in selectors.jumlah_per_layanan(answers))
    demografi = tuple((field, label, _profil(selectors.sebaran(answers, field), enum, total.responden))
                      for field, label, enum in PROFIL)
    kecamatan = sum(k.responden for k, row in zip(per_unit, unit_rows, strict=True) if row["unit__kelurahan"] is None)
    kelurahan = total.responden - kecamatan
    jenis = (Baris("Layanan kecamatan", kecamatan, _persen(kecamatan, total.responden)),
             Baris("Layanan kelurahan", kelurahan, _persen(kelurahan, total.responden)))
    saran = selectors.saran(answers)
    reported = (RealisasiTahunan.objects.within(scope).filter(
        pd=pd, tahun=periode.selesai.year, indikator__sasaran__isnull=False, indikator__peran=Peran.IKM).first())
    tren = tuple(TitikTren(row["periode__kode"], row["periode__nama"], row["n"], _kelompok("", row, questions).ikm)
                 for row in selectors.jumlah_per_periode_sampai(scope, pd, periode))
    rtl = tuple(Rtl(r.prioritas, r.unsur, r.unsur_label, r.kegiatan, r.triwulan, r.penanggung_jawab)
                for r in periode.rtl.all())
    fkp = ForumKonsultasiPublik.objects.filter(periode=periode).first()
    signed_on = fkp.tanggal if fkp else periode.selesai
    signer = pimpinan_pada(scope, pd=pd, tanggal=signed_on)
    return HasilSkm(
        tren=tren, rtl=rtl,
        kuesioner=tuple((i, q.unsur, q.teks, tuple(text for _, text in q.pilihan)) for i, q in enumerate(pertanyaan, 1)),
        mulai_teks=format_date(periode.mulai, "d MMMM y", locale="id"),
        selesai_teks=format_date(periode.selesai, "d MMMM y", locale="id"),
        penanda_tangan=(signer.judul_jabatan, signer.pejabat.nama, signer.pejabat.nip_tampil) if signer else None,
        fkp=Fkp(format_date(fkp.tanggal, "d MMMM y", locale="id"), fkp.tempat, tuple(fkp.pihak_kesatu.splitlines()),
                tuple(fkp.pihak_kedua.splitlines()), fkp.hasil) if fkp else None,
        unit_slug=pd.slug, unit_nama=pd.nama, periode_kode=periode.kode, periode_nama=periode.nama,
        populasi=periode.populasi, sampel_minimum=rumus.sampel_minimum(periode.populasi), total=total,
        per_unit=per_unit, per_layanan=per_layanan, demografi=demografi, jenis_layanan=jenis, saran=saran,
        ikm_dilaporkan=reported.nilai if reported else None, ikm_dilaporkan_sumber=reported.sumber if reported else "",
    )


def _kelompok(nama: str, row: Mapping[str, Any], questions: dict[str, str]) -> Kelompok:
    n = row["n"] or 0
    unsur = []
    for i, (kode, label) in enumerate(rumus.UNSUR, start=1):
        value = rumus.nrr(row[f"s{i}"] or 0, n)
        unsur.append(NilaiUnsur(kode, label, questions.get(kode, ""), value, rumus.mutu_unsur(value)))
    value = rumus.ikm([u.nrr for u in unsur])
    return Kelompok(nama, n, tuple(unsur), value, rumus.mutu_ikm(value))


def _profil(counts: dict[str, int], enum, total: int) -> tuple[Baris, ...]:
    return tuple(Baris(label, counts.get(value, 0), _persen(counts.get(value, 0), total)) for value, label in enum.choices)


def _persen(part: int, whole: int) -> Decimal:
    return rumus.bulatkan(Decimal(part) * 100 / whole) if whole else Decimal(0)


def ikm_periode(scope: Scope, periode: PeriodeSurvei) -> Decimal | None:
    """The IKM of a period alone (one aggregate), for callers that need only the figure, e.g. the LKjIP check."""
    row = selectors.jumlah(Respons.objects.within(scope).filter(periode=periode))
    return _kelompok("", row, {}).ikm if row["n"] else None


@dataclass(frozen=True)
class IkmPeriode:
    pd_id: int
    periode: str
    selesai: datetime.date
    responden: int
    ikm: Decimal | None


@dataclass(frozen=True)
class Ikm:
    """What every screen calls "IKM": the realisation of the PD's IKM indicator (its IKU) s.d. a quarter, with
    the latest SKM period ended by the quarter's end beside it when that result differs."""

    nilai: Decimal | None
    sumber: str = ""
    skm: Decimal | None = None
    skm_periode: str = ""
    skm_responden: int = 0


def ikm_tampil(iku: tuple[Decimal, int] | None, periode: list[IkmPeriode], sampai: datetime.date) -> Ikm:
    """The IKM as shown at a quarter whose last day is ``sampai``: ``iku`` is the IKM indicator's value s.d.
    its latest measured quarter up to then, with that quarter (None when it has none yet); ``periode`` the PD's
    survey periods (oldest first), of which the latest ended by ``sampai`` in the same year is shown beside."""
    skm = next((p for p in reversed(periode) if p.ikm is not None and p.selesai.year == sampai.year
                and p.selesai <= sampai), None)
    realisasi, sumber = (iku[0], f"Realisasi IKU s.d. TW {iku[1]}") if iku else (None, "")
    if skm is None or skm.ikm == realisasi:
        return Ikm(realisasi, sumber)
    return Ikm(realisasi, sumber, skm.ikm, skm.periode, skm.responden)


def ikm_per_periode(scope: Scope, pd_ids: list[int]) -> list[IkmPeriode]:
    """The IKM of every survey period of the given PD, oldest first: one aggregate query for all."""
    rows = selectors.jumlah_per_periode(scope, pd_ids)
    return [IkmPeriode(r["periode__pd_id"], r["periode__nama"], r["periode__selesai"], r["n"],
                       _kelompok("", r, {}).ikm) for r in rows]
