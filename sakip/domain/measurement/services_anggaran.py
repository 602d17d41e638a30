"""The pagu of a PD-year (APBD, then APBD-P from a quarter on) and the explicit annual realisations: what the two
screens show, and their writes, each one transaction taking the actor's scope.

Which pagu lines are in force in a quarter is the rule of :mod:`sakip.domain.measurement.dokumen` (``anggaran_per_sub``,
``anggaran_baris``; module docstring): a budget takes effect from its ``berlaku_mulai``; a sub kegiatan's own line,
else its lokasi lines, each lokasi keeping its latest line, an own line replacing older lokasi lines. Saving the
pagu refuses what that rule would read wrongly:

- one budget giving a sub kegiatan both its own line and lokasi lines (the lokasi lines would be ignored);
- a change that leaves, in some quarter, a sub kegiatan split by lokasi with a lokasi without a line in force
  (an APBD-P for one desa of a sub kegiatan whose APBD had one line for the whole: the other desa would have none).

A pagu line is locked by the quarters it is in force in (:func:`pastikan_triwulan_terbuka`): a change of a line in
force from quarter q (or moved to or from q) is refused while any quarter q..IV is submitted, verified or approved.
So an APBD-P from TW III is entered after TW I–II are approved, as every pemda does; the PK, which keeps its own
budget (the LKjIP lists the difference), does not lock the pagu. The annual realisation follows the lock of
TW IV, the quarter it stands beside.

The reads of the two screens live here too (``layar_*``); they read through the app's selectors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.masukan import baca_realisasi, baca_rupiah
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.measurement.dokumen import BarisIku, anggaran_baris, anggaran_per_sub, build_pengukuran
from sakip.domain.measurement.models import ROMAWI, Pagu, RealisasiTahunan
from sakip.domain.measurement.selectors import DataTahun, TempatLokasi, baris_pagu
from sakip.domain.measurement.services import pastikan_terbuka
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import SumberAnggaran

APBD, APBD_P = SumberAnggaran.APBD.value, SumberAnggaran.APBD_P.value
KODE_SUMBER = {APBD: "apbd", APBD_P: "apbdp"}
APBDP_MULAI = (2, 3, 4)


def medan_pagu(sumber: str, sub_id: int, lokasi_id: int | None) -> str:
    """The name of the input (and of its errors) of one budget line's pagu from one budget."""
    return f"pagu-{KODE_SUMBER[sumber]}-{sub_id}-{lokasi_id or 0}"


def medan_sub(sub_id: int) -> str:
    """The key of the errors about a whole sub kegiatan (its lines taken together)."""
    return f"sub-{sub_id}"


def baca_pagu(teks: str, field: str) -> Decimal | None:
    """A pagu as typed (``185.400.000``, ``Rp 41.250.000``); blank or ``-`` → None."""
    teks = (teks or "").strip()
    if teks.startswith("-") and teks != "-":
        raise ValidationError({field: "Pagu tidak boleh negatif."})
    return baca_rupiah(teks, field)


def rupiah_isian(nilai: Decimal | None) -> str:
    """A stored amount as the form shows it for typing back (``185.400.000``)."""
    return format_angka(nilai) if nilai is not None else ""


# --- the pagu screen ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisPagu:
    level: str  # program, kegiatan, sub_kegiatan, lokasi
    kode: str
    nama: str
    berlaku: tuple[Decimal | None, ...]  # the pagu in force in TW I–IV (program, kegiatan: sums)
    sub_kegiatan_id: int | None = None
    lokasi_id: int | None = None
    apbd: Decimal | None = None  # the line's own values (sub kegiatan and lokasi rows)
    apbd_p: Decimal | None = None

    @property
    def diisi(self) -> bool:
        return self.level in ("sub_kegiatan", "lokasi")

    @property
    def medan_apbd(self) -> str:
        assert self.sub_kegiatan_id is not None
        return medan_pagu(APBD, self.sub_kegiatan_id, self.lokasi_id)

    @property
    def medan_apbd_p(self) -> str:
        assert self.sub_kegiatan_id is not None
        return medan_pagu(APBD_P, self.sub_kegiatan_id, self.lokasi_id)


@dataclass(frozen=True)
class LayarAnggaran:
    pd: PerangkatDaerah
    tahun: int
    baris: tuple[BarisPagu, ...]
    total: tuple[Decimal | None, ...]  # the PD's pagu in force in TW I–IV
    apbdp_mulai: int  # the quarter the APBD-P takes effect from (the lines' own, else III)
    lokasi_tanpa_pagu: tuple[str, ...]  # "kode nama — lokasi (TW n)" of lines the rule finds missing now


def layar_anggaran(scope: Scope, pd: PerangkatDaerah, tahun: int) -> LayarAnggaran:
    """Every sub kegiatan of the year's tree with its lines (its lokasi when it is split: more than one lokasi,
    or lokasi lines already), their APBD and APBD-P values and the pagu in force in each quarter."""
    data = DataTahun(scope, pd, tahun, hanya_anggaran=True)
    lines: dict[tuple[int, int | None, str], Decimal] = {(p.sub_kegiatan_id, p.lokasi_id, p.sumber): p.nilai
                                                         for p in data.pagu}
    mulai = [p.berlaku_mulai for p in data.pagu if p.sumber == APBD_P]
    per_sub = [anggaran_per_sub(data.pagu, [], tw) for tw in ROMAWI]
    by_sub = defaultdict(list)
    for p in data.pagu:
        by_sub[p.sub_kegiatan_id].append(p)
    baris: list[BarisPagu] = []
    total: list[Decimal | None] = [None] * 4
    missing: list[str] = []
    for program in data.program:
        p_rows: list[BarisPagu] = []
        p_sum: list[Decimal | None] = [None] * 4
        for kegiatan in data.kegiatan.get(program.pk, []):
            k_rows: list[BarisPagu] = []
            k_sum: list[Decimal | None] = [None] * 4
            for sub in data.sub.get(kegiatan.pk, []):
                berlaku = tuple(per_sub[i].get(sub.pk, (None, None))[0] for i in range(4))
                k_sum = _tambah(k_sum, berlaku)
                k_rows.append(BarisPagu("sub_kegiatan", sub.kode, sub.nama, berlaku, sub.pk, None,
                                        lines.get((sub.pk, None, APBD)), lines.get((sub.pk, None, APBD_P))))
                lokasi = data.lokasi.get(sub.pk, [])
                split = len(lokasi) > 1 or any(key[0] == sub.pk and key[1] is not None for key in lines)
                for lok in lokasi if split else []:
                    lok_berlaku = tuple(anggaran_baris(by_sub[sub.pk], sub.pk, lok.pk, tw) for tw in ROMAWI)
                    k_rows.append(BarisPagu("lokasi", sub.kode, lok.nama, lok_berlaku, sub.pk, lok.pk,
                                            lines.get((sub.pk, lok.pk, APBD)), lines.get((sub.pk, lok.pk, APBD_P))))
                missing += [f"{sub.kode} {sub.nama} — {nama} (mulai triwulan {ROMAWI[tw]})"
                            for tw, nama in _tanpa_pagu(by_sub[sub.pk], sub.pk, lokasi)]
            baris_k = BarisPagu("kegiatan", kegiatan.kode, kegiatan.nama, tuple(k_sum))
            p_rows += [baris_k, *k_rows]
            p_sum = _tambah(p_sum, tuple(k_sum))
        baris += [BarisPagu("program", program.kode, program.nama, tuple(p_sum)), *p_rows]
        total = _tambah(total, tuple(p_sum))
    return LayarAnggaran(pd, tahun, tuple(baris), tuple(total), max(set(mulai), key=mulai.count) if mulai else 3,
                         tuple(missing))


def _tambah(acc: list[Decimal | None], values: tuple[Decimal | None, ...]) -> list[Decimal | None]:
    return [a if v is None else (v if a is None else a + v) for a, v in zip(acc, values, strict=True)]


def _tanpa_pagu(rows: list, sub_id: int, lokasi: Sequence[Lokasi | TempatLokasi]) -> list[tuple[int, str]]:
    """(first quarter, lokasi name) of every lokasi of a sub kegiatan left without a line in force in a quarter
    in which the sub kegiatan's pagu is split by lokasi (by the rule of ``measurement.dokumen``)."""
    found: dict[int, tuple[int, str]] = {}
    for tw in ROMAWI:
        pagu = anggaran_per_sub(rows, [], tw).get(sub_id, (None, None))[0]
        if pagu is None or anggaran_baris(rows, sub_id, None, tw) is not None:
            continue  # nothing in force, or the sub kegiatan's own line
        for lok in lokasi:
            if lok.pk not in found and anggaran_baris(rows, sub_id, lok.pk, tw) is None:
                found[lok.pk] = (tw, lok.nama)
    return list(found.values())


@dataclass(frozen=True)
class IsianPagu:
    """What was typed for one budget line and one budget (``awal``: the value the form showed)."""

    sub_kegiatan_id: int
    lokasi_id: int | None
    sumber: str
    teks: str
    awal: str | None = None


Kunci = tuple[int, int | None, str]  # (sub kegiatan, lokasi or None, sumber): one pagu line


@dataclass
class _Pohon:
    """The sub kegiatan of a PD-year the scope may change, their lokasi and their pagu lines (three queries)."""

    sub: dict[int, SubKegiatan]
    lokasi: dict[int, list[Lokasi]]
    pagu: dict[Kunci, Pagu]

    @classmethod
    def baca(cls, scope: Scope, pd: PerangkatDaerah, tahun: int) -> _Pohon:
        sub = {s.pk: s for s in SubKegiatan.objects.within(scope, CHANGE).filter(
            pd=pd, kegiatan__program__tahun=tahun).select_related("nomenklatur")}
        lokasi: dict[int, list[Lokasi]] = defaultdict(list)
        for lok in Lokasi.objects.within(scope, CHANGE).filter(sub_kegiatan__in=list(sub)).select_related(
                "kelurahan", "pd"):
            lokasi[lok.sub_kegiatan_id].append(lok)
        pagu = {(p.sub_kegiatan_id, p.lokasi_id, p.sumber): p for p in Pagu.objects.filter(sub_kegiatan__in=list(sub))}
        return cls(sub, lokasi, pagu)

    def judul(self, sub_id: int) -> str:
        sub = self.sub[sub_id]
        return f"{sub.kode} {sub.nama}"


@transaction.atomic
def simpan_pagu(scope: Scope, *, pd: PerangkatDaerah, tahun: int, isian: list[IsianPagu], apbdp_mulai: int) -> int:
    """Write the typed pagu lines of ``pd``'s year (blank removes a line) and the quarter the APBD-P takes effect
    from; all or nothing. Returns the number of lines written or removed."""
    if not (scope.writes_for(pd) and scope.reaches_pd(pd)):
        raise Ditolak("Anda tidak berwenang mengubah pagu perangkat daerah ini.")
    if apbdp_mulai not in APBDP_MULAI:
        raise ValidationError({"apbdp_mulai": "APBD Perubahan berlaku mulai triwulan II, III atau IV."})
    pohon = _Pohon.baca(scope, pd, tahun)
    typed = _baca_isian(isian, pohon)
    _sendiri_atau_per_lokasi(typed, pohon)
    changed, written, dari = _tulis(typed, pohon, apbdp_mulai)
    pastikan_triwulan_terbuka(pd.pk, tahun, dari)
    errors = _lokasi_tanpa_baris(changed, pohon)
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)
    return written


def pastikan_triwulan_terbuka(pd_id: int, tahun: int, dari: int) -> None:
    """Refuse a pagu change that reaches quarter ``dari`` and later while one of them is not open."""
    for triwulan in range(max(dari, 1), 5):
        pastikan_terbuka(pd_id, tahun, triwulan, NON_FIELD_ERRORS)


def triwulan_terkunci(pd_id: int, tahun: int) -> list[int]:
    """The quarters of the year whose pagu lines can no longer change (submitted, verified or approved)."""
    out = []
    for triwulan in range(1, 5):
        try:
            pastikan_terbuka(pd_id, tahun, triwulan, NON_FIELD_ERRORS)
        except ValidationError:
            out.append(triwulan)
    return out


def _baca_isian(isian: list[IsianPagu], pohon: _Pohon) -> dict[Kunci, Decimal | None]:
    """Every typed value read, or every problem raised together (a forged line is refused outright)."""
    errors: dict[str, list[str]] = defaultdict(list)
    typed: dict[Kunci, Decimal | None] = {}
    for i in isian:
        if i.sub_kegiatan_id not in pohon.sub or (i.lokasi_id is not None and i.lokasi_id not in
                                                  {lok.pk for lok in pohon.lokasi[i.sub_kegiatan_id]}):
            raise Ditolak("Baris anggaran ini bukan milik perangkat daerah dan tahun ini.")
        if i.sumber not in KODE_SUMBER:
            raise Ditolak("Sumber anggaran tidak dikenal.")
        field = medan_pagu(i.sumber, i.sub_kegiatan_id, i.lokasi_id)
        key = (i.sub_kegiatan_id, i.lokasi_id, i.sumber)
        try:
            typed[key] = baca_pagu(i.teks, field)
            if i.awal is not None:
                periksa_basi(pohon.pagu.get(key), baca_pagu(i.awal, field), field)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                errors[name] += messages
    if errors:
        raise ValidationError(dict(errors))
    return typed


def _sendiri_atau_per_lokasi(typed: dict[Kunci, Decimal | None], pohon: _Pohon) -> None:
    """One budget gives a sub kegiatan its own line or lokasi lines, never both (the lokasi lines would be ignored)."""
    after = {key: row.nilai for key, row in pohon.pagu.items()} | typed
    lines = {key for key, nilai in after.items() if nilai is not None}
    errors: dict[str, list[str]] = {}
    for sub_id in sorted({key[0] for key in typed}):
        both = [sumber for sumber in KODE_SUMBER if (sub_id, None, sumber) in lines
                and any(k[0] == sub_id and k[1] is not None and k[2] == sumber for k in lines)]
        if both:
            errors[medan_sub(sub_id)] = [
                f"{pohon.judul(sub_id)}: pagu {sumber} diisi untuk sub kegiatan seluruhnya dan juga per lokasi; "
                "isi salah satu saja (pagu per lokasi diabaikan bila sub kegiatan memiliki pagu sendiri)."
                for sumber in both]
    if errors:
        raise ValidationError(errors)


def _tulis(typed: dict[Kunci, Decimal | None], pohon: _Pohon, apbdp_mulai: int) -> tuple[set[int], int, int]:
    """Write the lines that changed; the APBD-P lines not typed again follow ``apbdp_mulai`` (one APBD-P, one
    date). Returns the sub kegiatan changed, the number of lines written or removed and the first quarter the
    changes reach (5: none)."""
    changed: set[int] = set()
    written = 0
    dari = 5
    for key, nilai in typed.items():
        sub_id, lokasi_id, sumber = key
        mulai = 1 if sumber == APBD else apbdp_mulai
        row = pohon.pagu.get(key)
        if nilai is None:
            if row is None:
                continue
            dari = min(dari, row.berlaku_mulai)
            row.delete()
        else:
            if row is not None and (row.nilai, row.berlaku_mulai) == (nilai, mulai):
                continue
            dari = min(dari, mulai, row.berlaku_mulai if row is not None else mulai)
            if row is None:
                row = Pagu(sub_kegiatan=pohon.sub[sub_id], sumber=sumber,
                           lokasi=next((lok for lok in pohon.lokasi[sub_id] if lok.pk == lokasi_id), None))
            row.nilai, row.berlaku_mulai = nilai, mulai
            row.full_clean()
            row.save()
        changed.add(sub_id)
        written += 1
    for key, row in pohon.pagu.items():
        if key[2] == APBD_P and key not in typed and row.berlaku_mulai != apbdp_mulai:
            dari = min(dari, row.berlaku_mulai, apbdp_mulai)
            row.berlaku_mulai = apbdp_mulai
            row.full_clean()
            row.save()
            changed.add(key[0])
            written += 1
    return changed, written, dari


def _lokasi_tanpa_baris(changed: set[int], pohon: _Pohon) -> dict[str, list[str]]:
    """The sub kegiatan changed that now leave, in some quarter, a lokasi without a line in force."""
    if not changed:
        return {}
    by_sub = defaultdict(list)
    for r in baris_pagu(Pagu.objects.filter(sub_kegiatan_id__in=changed)):
        by_sub[r.sub_kegiatan_id].append(r)
    errors: dict[str, list[str]] = {}
    for sub_id in sorted(changed):
        gaps = _tanpa_pagu(by_sub[sub_id], sub_id, pohon.lokasi[sub_id])
        if gaps:
            first = min(tw for tw, _ in gaps)
            names = ", ".join(nama for _, nama in gaps)
            errors[medan_sub(sub_id)] = [
                f"{pohon.judul(sub_id)}: mulai triwulan {ROMAWI[first]} pagunya dirinci per lokasi, tetapi "
                f"{names} tidak memiliki pagu yang berlaku. Isi pagu lokasi tersebut pada anggaran yang sama, "
                "atau isi pagu sub kegiatan seluruhnya."]
    return errors


# --- the explicit annual realisation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisTahunan:
    """A sasaran indicator of the year: its TW IV row of the measurement, and the explicit annual value stored."""

    iku: BarisIku
    eksplisit: RealisasiTahunan | None

    @property
    def indikator_id(self) -> int:
        return self.iku.indikator_id

    @property
    def awal(self) -> str:
        """The stored explicit value as the form shows it."""
        e = self.eksplisit
        return (e.teks or format_angka(e.nilai)) if e is not None else ""


@dataclass(frozen=True)
class LayarTahunan:
    pd: PerangkatDaerah
    tahun: int
    baris: tuple[BarisTahunan, ...]
    indikator: dict[int, Indikator]  # the rows' indicators, for the write


def layar_tahunan(scope: Scope, pd: PerangkatDaerah, tahun: int) -> LayarTahunan:
    """Every sasaran indicator of the year with its value s.d. TW IV and the year's value
    (``build_pengukuran(…, 4).iku``) and its explicit annual value when one is stored."""
    p = build_pengukuran(scope, pd.slug, tahun, 4)
    ids = [b.indikator_id for b in p.iku]
    eksplisit = {r.indikator_id: r for r in RealisasiTahunan.objects.within(scope).filter(indikator_id__in=ids,
                                                                                        tahun=tahun)}
    indikator = indikator_sasaran(scope, pd, tahun).filter(pk__in=ids).select_related("sasaran__tujuan__renstra")
    return LayarTahunan(pd, tahun, tuple(BarisTahunan(b, eksplisit.get(b.indikator_id)) for b in p.iku),
                        {i.pk: i for i in indikator})


def medan_tahunan(indikator_id: int) -> str:
    return f"nilai_{indikator_id}"


def medan_sumber_tahunan(indikator_id: int) -> str:
    return f"sumber_{indikator_id}"


@dataclass(frozen=True)
class IsianTahunan:
    indikator: Indikator
    teks: str
    sumber: str
    awal: str | None = None


@transaction.atomic
def simpan_realisasi_tahunan(scope: Scope, *, pd: PerangkatDaerah, tahun: int, isian: list[IsianTahunan]) -> int:
    """Set (or, with a blank value, clear) the explicit annual realisation of sasaran indicators of ``pd`` for
    ``tahun``, each with its source; all or nothing. Returns the number of rows written or removed."""
    if not (scope.writes_for(pd) and scope.reaches_pd(pd)):
        raise Ditolak("Anda tidak berwenang mengubah realisasi perangkat daerah ini.")
    pastikan_terbuka(pd.pk, tahun, 4, NON_FIELD_ERRORS)
    existing = {r.indikator_id: r for r in RealisasiTahunan.objects.filter(
        indikator_id__in=[i.indikator.pk for i in isian], tahun=tahun)}
    errors: dict[str, list[str]] = defaultdict(list)
    written = 0
    for i in isian:
        if i.indikator.pd_id != pd.pk or i.indikator.level != "sasaran":
            raise Ditolak("Indikator ini bukan indikator sasaran perangkat daerah ini.")
        scope.require_change(i.indikator)
        try:
            written += _simpan_tahunan(i, tahun, existing.get(i.indikator.pk))
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                errors[name] += messages
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(dict(errors))
    return written


def _simpan_tahunan(isian: IsianTahunan, tahun: int, row: RealisasiTahunan | None) -> int:
    """Write one indicator's annual value (1 when something changed), or raise its problems on its fields."""
    ind = isian.indikator
    field, field_sumber = medan_tahunan(ind.pk), medan_sumber_tahunan(ind.pk)
    if tahun not in ind.tahun_target():
        raise ValidationError({field: f"Tahun {tahun} di luar periode Renstra indikator ini."})
    nilai, teks = baca_realisasi(isian.teks, field)
    if isian.awal is not None:
        periksa_basi(row, baca_realisasi(isian.awal, field)[0], field)
    sumber = " ".join((isian.sumber or "").split())
    if nilai is None:
        if row is None:
            return 0
        row.delete()
        return 1
    if not sumber:
        raise ValidationError({field_sumber: "Sebutkan sumber angka ini, misalnya “hasil SKM semester II”."})
    if row is not None and (row.nilai, row.teks, row.sumber) == (nilai, teks, sumber):
        return 0
    row = row or RealisasiTahunan(indikator=ind, tahun=tahun)
    row.nilai, row.teks, row.sumber = nilai, teks, sumber
    try:
        row.full_clean()
    except ValidationError as exc:
        raise ValidationError({field: exc.messages}) from exc
    row.save()
    return 1
