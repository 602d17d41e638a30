"""The rencana aksi of a PD-year: what its screen and command show, and its two writes (the quarterly targets with
what is planned, and the anggaran kas), each one transaction taking the actor's scope.

The rows: the year's sasaran indicators (the IKU/PK rows of the measurement, ``indikator_sasaran``), then the
indicators of the program tree in tree order (program → kegiatan → sub kegiatan); the anggaran kas of every sub
kegiatan of the tree. The rules are :mod:`sakip.rumus.rencana_aksi`'s, checked on the plan as it would stand after
the save:

- a quarter's target is typed as the indicator's realisation is typed (``cara_isi``); it is read with the grid's
  reader (``core.masukan.baca_realisasi``: one number, ``-`` or blank for none); a blank target removes the
  quarter's row (a plan without a target is refused: the row carries both);
- the annual target it is checked against is the one in force, by the quarter's rule
  (``measurement.dokumen.target_berlaku``: the PK in force at the end of TW IV when it holds the indicator, else the
  Renstra's target of the year; a program, kegiatan or sub kegiatan indicator: its target of the year);
- the anggaran kas of a year may not exceed the pagu in force at TW IV (the latest budget, APBD-P when there is one);
- a change of quarter *n* (its target, its plan, its kas) is refused while any quarter *n*..IV of the measurement
  is submitted, verified or approved — the pagu's rule (``services_anggaran.pastikan_triwulan_terbuka``): the
  target and the plan s.d. those quarters rest on it. So the plan is entered at the start of the year and a later
  quarter's part can still change after an earlier quarter is approved.

Only an actor who writes for the PD (right ``isi``) saves; anything outside the PD-year is not found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.masukan import baca_realisasi, baca_rupiah, pesan_panjang
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import Scope
from sakip.domain.agreement.selectors import versi_berlaku
from sakip.domain.measurement.dokumen import (
    Nilai,
    akhir_triwulan,
    anggaran_per_sub,
    persen_json,
    tampil,
    target_berlaku,
)
from sakip.domain.measurement.models import ROMAWI, AnggaranKas, RencanaAksi
from sakip.domain.measurement.selectors import DataTahun, IndikatorBaris
from sakip.domain.measurement.selectors_rencana import RencanaBaris, kas_tahun, rencana_tahun
from sakip.domain.measurement.services import pastikan_terbuka
from sakip.domain.measurement.services_anggaran import triwulan_terkunci
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import INDIKATOR_TAHUN, Indikator, SubKegiatan, target_rumus
from sakip.rumus import rencana_aksi as rumus
from sakip.rumus.angka import format_angka, plain_number
from sakip.rumus.capaian import Akumulasi, Aturan, CaraIsi, TargetRentang

TRIWULAN = (1, 2, 3, 4)
AKSI_MAKS = 400
LEVEL = {"sasaran": "Sasaran", "program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub kegiatan"}


def medan_target(indikator_id: int, triwulan: int) -> str:
    """The name of the input (and of its errors) of an indicator's target in a quarter."""
    return f"target-{indikator_id}-{triwulan}"


def medan_aksi(indikator_id: int, triwulan: int) -> str:
    return f"aksi-{indikator_id}-{triwulan}"


def medan_kas(sub_id: int, triwulan: int) -> str:
    return f"kas-{sub_id}-{triwulan}"


def nilai_isian(nilai: Decimal | None, teks: str = "") -> str:
    """A stored target or amount as the form shows it for typing back (its text as written, else ``1.234,5``)."""
    if nilai is None:
        return ""
    return teks or format_angka(nilai)


# --- what the screen and the command show --------------------------------------------------------------------


@dataclass(frozen=True)
class BarisRencana:
    """One indicator of the rencana aksi: its annual target in force and its quarters as planned."""

    indikator_id: int
    level: str  # sasaran, program, kegiatan, sub_kegiatan
    kode: str  # the owner's code ("" for a sasaran)
    pemilik: str  # the owner's name (the sasaran's, the program's…)
    nama: str
    satuan: str
    aturan: Aturan
    target: Nilai  # the annual target in force, as tables print it
    target_sumber: str  # "PK versi 2", "Renstra", "Target tahunan" or ""
    tahunan: Decimal | TargetRentang | None  # what the rules compare with
    rencana: Mapping[int, RencanaBaris]  # quarter → the stored plan
    masalah: tuple[rumus.Masalah, ...]  # what is wrong with the plan as stored (the annual target may have changed)

    @property
    def level_nama(self) -> str:
        return LEVEL[self.level]

    @property
    def diukur(self) -> tuple[bool, ...]:
        return tuple(self.aturan.frekuensi.diukur(q) for q in TRIWULAN)

    @property
    def target_sd(self) -> tuple[Decimal | None, ...]:
        """The target s.d. each quarter, by the rule of the realisation."""
        nilai = {q: r.nilai for q, r in self.rencana.items()}
        return tuple(rumus.target_sd(nilai, q, self.aturan) for q in TRIWULAN)

    @property
    def cara(self) -> str:
        """What is typed for a quarter, in words (the same as for the realisation)."""
        if self.aturan.akumulasi == Akumulasi.JUMLAH:
            return "target s.d. triwulan" if self.aturan.cara_isi == CaraIsi.KUMULATIF else "target triwulan itu saja"
        return "target s.d. triwulan"

    def as_json(self) -> dict:
        sd = self.target_sd
        return {
            "indikator_id": self.indikator_id, "level": self.level, "kode": self.kode, "pemilik": self.pemilik,
            "nama": self.nama, "satuan": self.satuan, "akumulasi": self.aturan.akumulasi.value,
            "cara_isi": self.aturan.cara_isi.value, "frekuensi": self.aturan.frekuensi.value,
            "target_tahunan": {"nilai": plain_number(self.target.nilai), "teks": self.target.teks,
                               "sumber": self.target_sumber},
            "triwulan": [{
                "triwulan": q, "diukur": self.aturan.frekuensi.diukur(q),
                "target": plain_number(r.nilai) if (r := self.rencana.get(q)) else None,
                "teks": r.teks if r else "", "target_sd": plain_number(sd[q - 1]), "aksi": r.aksi if r else "",
            } for q in TRIWULAN],
            "masalah": [{"triwulan": m.triwulan, "pesan": m.pesan} for m in self.masalah],
        }


@dataclass(frozen=True)
class BarisKas:
    """The anggaran kas of one sub kegiatan: the pagu in force at TW IV and the planned spending per quarter."""

    sub_kegiatan_id: int
    kode: str
    nama: str
    kegiatan: str  # "kode nama" of its kegiatan
    pagu: Decimal | None
    kas: Mapping[int, Decimal]  # quarter → the quarter's own planned spending
    masalah: str | None

    @property
    def jumlah(self) -> Decimal | None:
        return rumus.kas_sd(self.kas, 4)

    @property
    def sisa(self) -> Decimal | None:
        """The pagu not yet planned (negative: planned above the pagu)."""
        if self.pagu is None:
            return None
        return self.pagu - (self.jumlah or Decimal(0))

    def as_json(self) -> dict:
        return {
            "sub_kegiatan_id": self.sub_kegiatan_id, "kode": self.kode, "nama": self.nama, "kegiatan": self.kegiatan,
            "pagu": plain_number(self.pagu),
            "triwulan": [{"triwulan": q, "nilai": plain_number(self.kas.get(q)),
                          "sd": plain_number(rumus.kas_sd(self.kas, q)),
                          "serapan_rencana": persen_json(rumus.rencana_serapan(self.kas, q, self.pagu))} for q in TRIWULAN],
            "jumlah": plain_number(self.jumlah), "sisa": plain_number(self.sisa), "masalah": self.masalah,
        }


@dataclass(frozen=True)
class LayarRencana:
    pd: PerangkatDaerah
    tahun: int
    indikator: tuple[BarisRencana, ...]
    kas: tuple[BarisKas, ...]
    terkunci: tuple[int, ...]  # the quarters of the measurement submitted, verified or approved
    ada_program: bool

    @property
    def terkunci_sampai(self) -> int:
        """Quarters up to this one can no longer change (0: none is locked)."""
        return max(self.terkunci, default=0)

    @property
    def total_pagu(self) -> Decimal | None:
        values = [b.pagu for b in self.kas if b.pagu is not None]
        return sum(values, Decimal(0)) if values else None

    @property
    def total_kas(self) -> tuple[Decimal | None, ...]:
        """The PD's planned spending in each quarter (the quarters' own), then the year's."""
        out = []
        for q in TRIWULAN:
            values = [b.kas[q] for b in self.kas if q in b.kas]
            out.append(sum(values, Decimal(0)) if values else None)
        year = [v for v in out if v is not None]
        return (*out, sum(year, Decimal(0)) if year else None)

    def as_json(self) -> dict:
        return {
            "unit": self.pd.slug, "unit_nama": self.pd.nama, "tahun": self.tahun,
            "triwulan_terkunci": list(self.terkunci),
            "indikator": [b.as_json() for b in self.indikator],
            "anggaran_kas": [b.as_json() for b in self.kas],
            "jumlah_pagu": plain_number(self.total_pagu), "jumlah_kas": plain_number(self.total_kas[4]),
        }


def layar_rencana(scope: Scope, pd: PerangkatDaerah, tahun: int) -> LayarRencana:
    """The rencana aksi of ``pd`` for ``tahun``: every indicator with its annual target in force and its quarters,
    every sub kegiatan with its pagu and anggaran kas. A fixed number of queries (the year's rows, ``DataTahun``;
    the plans, one each; the quarters' states, four), whatever the size of the year."""
    data = DataTahun(scope, pd, tahun, iku=True)
    rencana = rencana_tahun(scope, pd, tahun)
    kas = kas_tahun(scope, pd, tahun)
    rumus_negatif = pd.pemda.rumus_negatif
    pk = versi_berlaku(data.pk_versi, akhir_triwulan(tahun, 4)).get(pd.pk)
    janji = pk.target if pk else {}

    def baris(ind: IndikatorBaris, level: str, kode: str, pemilik: str) -> BarisRencana:
        if level == "sasaran":
            target, sumber = target_berlaku(ind.pk, pk, janji, data.target)
        else:
            target = data.target.get(ind.pk)
            sumber = "Target tahunan" if target is not None else ""
        aturan = ind.aturan(rumus_negatif)
        tahunan = target_rumus(target.nilai, target.nilai_atas) if target is not None else None
        plan = rencana.get(ind.pk, {})
        return BarisRencana(ind.pk, level, kode, pemilik, ind.nama, ind.satuan, aturan, tampil(target, ind.satuan),
                            sumber, tahunan, plan,
                            tuple(rumus.masalah_rencana({q: r.nilai for q, r in plan.items()}, aturan, tahunan)))

    rows = [baris(ind, "sasaran", "", ind.sasaran or "") for ind in data.iku().indikator]
    kas_rows = []
    pagu_iv = anggaran_per_sub(data.pagu, [], 4)
    for program in data.program:
        rows += [baris(ind, "program", program.kode, program.nama) for ind in data.indikator.get(("program", program.pk), [])]
        for kegiatan in data.kegiatan.get(program.pk, []):
            rows += [baris(ind, "kegiatan", kegiatan.kode, kegiatan.nama)
                     for ind in data.indikator.get(("kegiatan", kegiatan.pk), [])]
            for sub in data.sub.get(kegiatan.pk, []):
                rows += [baris(ind, "sub_kegiatan", sub.kode, sub.nama)
                         for ind in data.indikator.get(("sub_kegiatan", sub.pk), [])]
                pagu = pagu_iv.get(sub.pk, (None, None))[0]
                plan_kas = kas.get(sub.pk, {})
                kas_rows.append(BarisKas(sub.pk, sub.kode, sub.nama, f"{kegiatan.kode} {kegiatan.nama}", pagu, plan_kas,
                                         rumus.masalah_kas(plan_kas, pagu)))
    return LayarRencana(pd, tahun, tuple(rows), tuple(kas_rows), tuple(triwulan_terkunci(pd.pk, tahun)),
                        bool(data.program))


# --- the writes ----------------------------------------------------------------------------------------------


class IsianRencana(NamedTuple):
    """What was typed for an indicator in a quarter: the target (text as typed, read here; or a number with its
    text), what is planned, and the target the form showed (``awal``; None: not checked)."""

    indikator: Indikator | int
    triwulan: int
    nilai: Decimal | str | None
    teks: str = ""
    aksi: str = ""
    awal: str | None = None


class IsianKas(NamedTuple):
    """What was typed as a sub kegiatan's planned spending in a quarter (``awal``: the amount the form showed)."""

    sub_kegiatan: SubKegiatan | int
    triwulan: int
    nilai: Decimal | str | None
    awal: str | None = None


@dataclass
class _Galat:
    """Problems collected over the whole save (nothing is written while there is one)."""

    per_medan: dict[str, list] = field(default_factory=lambda: defaultdict(list))

    def tambah(self, exc: ValidationError, medan: str) -> None:
        if hasattr(exc, "error_dict"):
            for name, errors in exc.error_dict.items():
                self.per_medan[name].extend(errors)
        else:
            self.per_medan[medan].extend(exc.error_list)

    def periksa(self) -> None:
        if self.per_medan:
            raise ValidationError(dict(self.per_medan))


def _boleh_tulis(scope: Scope, pd: PerangkatDaerah) -> None:
    if not (scope.writes_for(pd) and scope.reaches_pd(pd)):
        raise Ditolak("Anda tidak berwenang mengubah rencana aksi perangkat daerah ini.")


def _sasaran(rows: Mapping[int, object], obj: object, triwulan: int, pesan: str) -> tuple[int, int]:
    """(id, quarter) of what a typed value is for: a row of the PD-year's screen (a model instance or its id) and a
    quarter; anything else is not found (``pesan``), never revealing whether it exists elsewhere."""
    pk = obj if isinstance(obj, int) else getattr(obj, "pk", None)
    if not isinstance(pk, int) or pk not in rows:
        raise TidakDitemukan(pesan)
    if triwulan not in ROMAWI:
        raise TidakDitemukan("Triwulan tidak dikenal.")
    return pk, triwulan


def _kunci(pd: PerangkatDaerah, tahun: int, layar: LayarRencana, triwulan: int, medan: str, galat: _Galat) -> bool:
    """Refuse (on ``medan``) a change of ``triwulan`` while it or a later quarter is locked; True when refused."""
    if triwulan > layar.terkunci_sampai:
        return False
    try:
        pastikan_terbuka(pd.pk, tahun, layar.terkunci_sampai, medan)
    except ValidationError as exc:
        galat.tambah(exc, medan)
        return True
    return False  # the quarter was reopened meanwhile


def _judul(nama: str) -> str:
    return nama if len(nama) <= 70 else nama[:67] + "…"


@transaction.atomic
def simpan_rencana(scope: Scope, *, pd: PerangkatDaerah, tahun: int, baris: Sequence[IsianRencana]) -> int:
    """Write the typed quarterly targets and plans of ``pd``'s indicators for ``tahun`` (a blank target removes the
    quarter's row); all or nothing. Returns the number of rows written or removed."""
    _boleh_tulis(scope, pd)
    layar = layar_rencana(scope, pd, tahun)
    rows = {b.indikator_id: b for b in layar.indikator}
    existing = {(r.indikator_id, r.triwulan): r for r in RencanaAksi.objects.filter(pd=pd, tahun=tahun)}
    galat = _Galat()
    typed: dict[tuple[int, int], tuple[Decimal | None, str, str]] = {}
    for isian in baris:
        ind_id, q = _sasaran(rows, isian.indikator, isian.triwulan,
                             "Indikator ini tidak ada pada rencana aksi perangkat daerah dan tahun ini.")
        medan = medan_target(ind_id, q)
        try:
            typed[(ind_id, q)] = _baca_rencana(isian, rows[ind_id], existing.get((ind_id, q)), medan)
        except ValidationError as exc:
            galat.tambah(exc, medan)
    changed: dict[tuple[int, int], tuple[Decimal | None, str, str]] = {}
    for (ind_id, q), nilai in typed.items():
        row = rows[ind_id]
        stored = row.rencana.get(q)
        if ((stored.nilai, stored.aksi) if stored else (None, "")) == (nilai[0], nilai[2]):
            continue
        if not _kunci(pd, tahun, layar, q, medan_target(ind_id, q), galat):
            changed[(ind_id, q)] = nilai
    for ind_id in sorted({ind_id for ind_id, _ in changed}):
        row = rows[ind_id]
        after: dict[int, Decimal | None] = {q: r.nilai for q, r in row.rencana.items()}
        after.update({q: v[0] for (i, q), v in changed.items() if i == ind_id})
        for m in rumus.masalah_rencana(after, row.aturan, row.tahunan):
            medan = medan_target(ind_id, m.triwulan) if m.triwulan else f"indikator-{ind_id}"
            tw = f", triwulan {ROMAWI[m.triwulan]}" if m.triwulan else ""
            galat.per_medan[medan].append(ValidationError(f"{_judul(row.nama)}{tw}: {m.pesan}"))
    galat.periksa()
    return _tulis_rencana(tahun, changed, existing, galat)


def _baca_rencana(isian: IsianRencana, row: BarisRencana, stored: RencanaAksi | None,
                  medan: str) -> tuple[Decimal | None, str, str]:
    """(target, its text, the plan) as typed, or the problem on ``medan`` (naming the indicator and the quarter)."""
    q = isian.triwulan
    sebut = f"{_judul(row.nama)}, triwulan {ROMAWI[q]}"
    try:
        if isinstance(isian.nilai, str) or isian.nilai is None:
            nilai, teks = baca_realisasi(isian.nilai or "", medan)
        else:
            nilai, teks = isian.nilai, " ".join((isian.teks or "").split())
            if panjang := pesan_panjang(teks, 60):
                raise ValidationError({medan: panjang})
        if isian.awal is not None:
            periksa_basi(stored, baca_realisasi(isian.awal, medan)[0], medan)
    except ValidationError as exc:
        raise ValidationError({medan: [f"{sebut}: {m}" for m in exc.messages]}) from exc
    aksi = " ".join((isian.aksi or "").split())
    if panjang := pesan_panjang(aksi, AKSI_MAKS):
        raise ValidationError({medan_aksi(row.indikator_id, q): f"{sebut}: {panjang}"})
    if nilai is not None and not row.aturan.frekuensi.diukur(q):
        raise ValidationError({medan: f"{sebut}: indikator ini tidak diukur pada triwulan {ROMAWI[q]} "
                                      f"({row.aturan.frekuensi.label.lower()}); kosongkan targetnya."})
    if nilai is None and aksi:
        raise ValidationError({medan: f"{sebut}: isi target triwulan ini untuk menyimpan rencana aksinya, atau "
                                      "kosongkan rencana aksinya."})
    return nilai, teks, aksi


def _tulis_rencana(tahun: int, changed: Mapping[tuple[int, int], tuple[Decimal | None, str, str]],
                   existing: Mapping[tuple[int, int], RencanaAksi], galat: _Galat) -> int:
    if not changed:
        return 0
    ids = {ind_id for ind_id, _ in changed}
    indikator = Indikator.objects.filter(pk__in=ids).select_related(*INDIKATOR_TAHUN).in_bulk()
    for (ind_id, q), (nilai, teks, aksi) in sorted(changed.items()):
        row = existing.get((ind_id, q))
        if nilai is None:
            if row is not None:
                row.delete()
            continue
        row = row or RencanaAksi(indikator=indikator[ind_id], tahun=tahun, triwulan=q)
        row.nilai, row.teks, row.aksi = nilai, teks, aksi
        try:
            row.full_clean()
        except ValidationError as exc:
            galat.per_medan[medan_target(ind_id, q)].extend(ValidationError(exc.messages).error_list)
            continue
        row.save()
    if galat.per_medan:
        transaction.set_rollback(True)
        galat.periksa()
    return len(changed)


@transaction.atomic
def simpan_kas(scope: Scope, *, pd: PerangkatDaerah, tahun: int, baris: Sequence[IsianKas]) -> int:
    """Write the typed anggaran kas (each quarter's own planned spending) of ``pd``'s sub kegiatan of ``tahun`` (a
    blank amount removes the quarter's row); all or nothing. Returns the number of rows written or removed."""
    _boleh_tulis(scope, pd)
    layar = layar_rencana(scope, pd, tahun)
    rows = {b.sub_kegiatan_id: b for b in layar.kas}
    existing = {(r.sub_kegiatan_id, r.triwulan): r for r in AnggaranKas.objects.filter(
        pd=pd, sub_kegiatan_id__in=list(rows))}
    galat = _Galat()
    changed: dict[tuple[int, int], Decimal | None] = {}
    for isian in baris:
        sub_id, q = _sasaran(rows, isian.sub_kegiatan, isian.triwulan,
                             "Sub kegiatan ini tidak ada pada program perangkat daerah dan tahun ini.")
        medan = medan_kas(sub_id, q)
        row = rows[sub_id]
        try:
            nilai = _baca_kas(isian, row, existing.get((sub_id, q)), medan)
        except ValidationError as exc:
            galat.tambah(exc, medan)
            continue
        if nilai == row.kas.get(q):
            continue
        if not _kunci(pd, tahun, layar, q, medan, galat):
            changed[(sub_id, q)] = nilai
    for sub_id in sorted({sub_id for sub_id, _ in changed}):
        row = rows[sub_id]
        after: dict[int, Decimal | None] = {**row.kas}
        after.update({q: v for (s, q), v in changed.items() if s == sub_id})
        masalah = rumus.masalah_kas(after, row.pagu)
        if masalah:
            last = max(q for s, q in changed if s == sub_id)
            galat.per_medan[medan_kas(sub_id, last)].append(
                ValidationError(f"{row.kode}, triwulan {ROMAWI[last]}: {masalah}"))
    galat.periksa()
    return _tulis_kas(changed, existing)


def _tulis_kas(changed: Mapping[tuple[int, int], Decimal | None], existing: Mapping[tuple[int, int], AnggaranKas]) -> int:
    if not changed:
        return 0
    subs = SubKegiatan.objects.filter(pk__in={s for s, _ in changed}).in_bulk()
    for (sub_id, q), nilai in sorted(changed.items()):
        kas = existing.get((sub_id, q))
        if nilai is None:
            if kas is not None:
                kas.delete()
            continue
        kas = kas or AnggaranKas(sub_kegiatan=subs[sub_id], triwulan=q)
        kas.nilai = nilai
        kas.full_clean()
        kas.save()
    return len(changed)


def _baca_kas(isian: IsianKas, row: BarisKas, stored: AnggaranKas | None, medan: str) -> Decimal | None:
    sebut = f"{row.kode}, triwulan {ROMAWI[isian.triwulan]}"
    try:
        if isinstance(isian.nilai, str) or isian.nilai is None:
            teks = (isian.nilai or "").strip()
            if teks.startswith("-") and teks != "-":
                raise ValidationError({medan: "Anggaran kas tidak boleh negatif."})
            nilai = baca_rupiah(teks, medan)
        else:
            nilai = isian.nilai
            if nilai < 0:
                raise ValidationError({medan: "Anggaran kas tidak boleh negatif."})
        if isian.awal is not None:
            periksa_basi(stored, baca_rupiah(isian.awal, medan), medan)
    except ValidationError as exc:
        raise ValidationError({medan: [f"{sebut}: {m}" for m in exc.messages]}) from exc
    return nilai
