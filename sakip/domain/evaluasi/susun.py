"""The pemda's LKE of a year as data it may adjust: create it (the 88/2021 worksheet or a copy of another year of the
pemda), change a criterion's text or scale, add or remove a criterion, change the weights, put every criterion on
one scale (e.g. the older Y/T or A–E).

A worksheet changes only while nobody has answered on it: once any evaluation on it holds an answer (a letter, a
text or an evidence file on any criterion), it stays the version that year was scored on. Each write is one
transaction taking the actor's scope first; only holders of ``evaluasi`` of the pemda write (the Inspektorat and
the system admin). Bad input raises ``ValidationError`` naming the field; nothing is half-saved.

The reads of the screen (:func:`susunan`) sit at the end: one read model with a fixed number of queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KomponenLke, KriteriaLke, Lke, SubKomponenLke
from sakip.domain.evaluasi.selectors import komponen_lke
from sakip.domain.organisation.models import Pemda
from sakip.rumus import lke as rumus
from sakip.rumus.angka import AngkaError, format_angka, kutip, parse_angka

SUMBER_88 = "88/2021"  # the regulation's worksheet (data/lke-88-2021.json)
TAHUN_MIN, TAHUN_MAKS = 2000, 2100
BOBOT_MAKS = Decimal(100)
URAIAN_MAKS = 2000


def _pesan_dipakai(lke: Lke) -> str:
    return f"LKE tahun {lke.tahun} sudah dipakai menilai; tidak dapat diubah."


def dipakai(lke_id: int) -> bool:
    """Whether an evaluation on the worksheet holds an answer: any field of a ``JawabanLke`` written, or an evidence
    file on it (one query). An answer row left empty does not count."""
    terisi = Q(berkas_bukti__isnull=False)
    for field in services.LABEL_MEDAN:
        terisi |= ~Q(**{field: ""})
    return JawabanLke.objects.filter(terisi, evaluasi__lke_id=lke_id).exists()


def _kunci(scope: Scope, lke_id: int) -> Lke:
    """The worksheet locked for the transaction, once the actor may change it and nobody has answered on it."""
    lke = Lke.objects.select_for_update(of=("self",)).select_related("pemda").get(pk=lke_id)
    services._pastikan_evaluator(scope, lke.pemda)
    scope.require_change(lke, "Anda tidak berwenang mengubah LKE ini.")
    # An answer is saved under its evaluation's lock (services.simpan_jawaban): holding every evaluation of the
    # worksheet, no answer lands between this check and the change.
    list(Evaluasi.objects.select_for_update().filter(lke_id=lke.pk).values_list("pk", flat=True))
    if dipakai(lke.pk):
        raise Ditolak(_pesan_dipakai(lke))
    return lke


def _skala(skala: str, field: str = "skala") -> str:
    if skala not in rumus.SKALA:
        raise ValidationError({field: f"Skala jawaban {kutip(str(skala))} tidak dikenal; pilih salah satu: "
                                      f"{', '.join(rumus.NAMA_SKALA.values())}."})
    return skala


def _uraian(uraian: str, kode: str) -> str:
    teks = (uraian or "").strip()
    if not teks:
        raise ValidationError({"uraian": f"Uraian kriteria {kode} wajib diisi."})
    if len(teks) > URAIAN_MAKS:
        raise ValidationError({"uraian": f"Uraian kriteria {kode} paling panjang {URAIAN_MAKS} karakter."})
    return teks


# --- creating the worksheet of a year ------------------------------------------------------------------------


@transaction.atomic
def buat_lke(scope: Scope, *, pemda: Pemda, tahun: int, sumber: str | int) -> Lke:
    """The pemda's LKE of ``tahun`` from ``sumber``: ``"88/2021"`` (the regulation's worksheet) or a year of the
    pemda that has an LKE (a copy; that year keeps its own). Refused when ``tahun`` already has one."""
    services._pastikan_evaluator(scope, pemda)
    if not TAHUN_MIN <= tahun <= TAHUN_MAKS:
        raise ValidationError({"tahun": f"Tahun {tahun} di luar rentang {TAHUN_MIN}–{TAHUN_MAKS}."})
    Pemda.objects.select_for_update().filter(pk=pemda.pk).first()  # one creator of a pemda's worksheet at a time
    if Lke.objects.filter(pemda=pemda, tahun=tahun).exists():
        raise ValidationError({"tahun": f"LKE tahun {tahun} sudah ada; ubah LKE itu, bukan membuat yang baru."})
    teks = str(sumber).strip()
    if teks == SUMBER_88:
        data = services._baca_data()
    else:
        if not teks.isdigit() or len(teks) != 4:
            raise ValidationError({"sumber": f"Sumber {kutip(teks)} tidak dikenal: pilih {SUMBER_88} atau tahun yang "
                                             "sudah memiliki LKE."})
        lama = Lke.objects.filter(pemda=pemda, tahun=int(teks)).first()
        if lama is None:
            raise ValidationError({"sumber": f"{pemda.nama} belum memiliki LKE tahun {teks} untuk disalin."})
        data = services._dari_tahun(lama)
    return services.muat_lke(pemda=pemda, tahun=tahun, data=data)


# --- criteria ----------------------------------------------------------------------------------------------


def _lke_id_kriteria(kriteria: KriteriaLke) -> int:
    lke_id: int = SubKomponenLke.objects.filter(pk=kriteria.sub_komponen_id).values_list(
        "komponen__lke_id", flat=True).get()
    return lke_id


@transaction.atomic
def ubah_kriteria(scope: Scope, kriteria: KriteriaLke, *, uraian: str | None = None,
                  skala: str | None = None) -> KriteriaLke:
    """Change the text and/or the answer scale of one criterion."""
    _kunci(scope, _lke_id_kriteria(kriteria))
    kriteria = KriteriaLke.objects.get(pk=kriteria.pk)
    if uraian is not None:
        kriteria.uraian = _uraian(uraian, kriteria.kode)
    if skala is not None:
        kriteria.skala = _skala(skala)
    kriteria.full_clean()
    kriteria.save()
    return kriteria


@transaction.atomic
def tambah_kriteria(scope: Scope, sub_komponen: SubKomponenLke, *, kode: str, uraian: str,
                    skala: str | None = None) -> KriteriaLke:
    """A new criterion at the end of ``sub_komponen``; its code unique in the whole worksheet (a criterion is
    found by its code), its scale the worksheet's unless given."""
    lke_id: int = KomponenLke.objects.filter(pk=sub_komponen.komponen_id).values_list("lke_id", flat=True).get()
    lke = _kunci(scope, lke_id)
    kode = (kode or "").strip()
    if not kode:
        raise ValidationError({"kode": "Kode kriteria wajib diisi, misalnya 1.a.8."})
    if len(kode) > 12 or any(c.isspace() or c in "/?#%" for c in kode):
        raise ValidationError({"kode": f"Kode kriteria {kutip(kode)} paling panjang 12 karakter, tanpa spasi dan "
                                       "tanpa tanda / ? # %."})
    if KriteriaLke.objects.filter(sub_komponen__komponen__lke_id=lke.pk, kode=kode).exists():
        raise ValidationError({"kode": f"Kode kriteria {kode} sudah ada pada LKE tahun {lke.tahun}."})
    urutan = KriteriaLke.objects.filter(sub_komponen=sub_komponen).aggregate(m=Max("urutan"))["m"] or 0
    kriteria = KriteriaLke(sub_komponen=sub_komponen, kode=kode, uraian=_uraian(uraian, kode),
                           skala=_skala(skala if skala is not None else lke.skala), urutan=urutan + 1)
    kriteria.full_clean()
    kriteria.save()
    return kriteria


@transaction.atomic
def hapus_kriteria(scope: Scope, kriteria: KriteriaLke) -> None:
    """Remove one criterion (and the empty answer rows an evaluation opened on it); a sub-komponen keeps at least
    one criterion, since its nilai is the mean of its criteria."""
    _kunci(scope, _lke_id_kriteria(kriteria))
    kriteria = KriteriaLke.objects.select_related("sub_komponen").get(pk=kriteria.pk)
    sub = kriteria.sub_komponen
    if not KriteriaLke.objects.filter(sub_komponen=sub).exclude(pk=kriteria.pk).exists():
        raise ValidationError({"kriteria": f"Kriteria {kriteria.kode} adalah satu-satunya kriteria sub-komponen "
                                           f"{sub.kode}; sub-komponen harus memiliki sekurang-kurangnya satu kriteria."})
    for kosong in JawabanLke.objects.filter(kriteria=kriteria):  # empty: the worksheet is not in use (_kunci)
        kosong.delete()
    kriteria.delete()


# --- weights and scale ---------------------------------------------------------------------------------------


def _bobot(kode: str, nilai: Decimal | str) -> Decimal:
    if isinstance(nilai, str):
        try:
            nilai = parse_angka(nilai)
        except AngkaError as exc:
            raise ValidationError(f"Bobot {kode}: {exc}") from None
    if nilai < 0:
        raise ValidationError(f"Bobot {kode} tidak boleh negatif.")
    if nilai > BOBOT_MAKS:
        raise ValidationError(f"Bobot {kode} paling besar 100.")
    if nilai != nilai.quantize(Decimal("0.01")):
        raise ValidationError(f"Bobot {kode}: {kutip(format_angka(nilai))} paling banyak dua angka di belakang koma.")
    return nilai


@transaction.atomic
def ubah_bobot(scope: Scope, lke: Lke, bobot: Mapping[str, Decimal | str]) -> Lke:
    """Set the weights ``bobot`` (code of a komponen or sub-komponen → weight, a Decimal or a number as typed,
    ``"4,5"``). The worksheet's weights after the change must add up (:func:`sakip.rumus.lke.cek_bobot`: each
    komponen's sub-komponen to its bobot, the komponen to 100), or nothing is saved."""
    lke = _kunci(scope, lke.pk)
    komponen = {k.kode: k for k in KomponenLke.objects.filter(lke=lke)}
    subs = {s.kode: s for s in SubKomponenLke.objects.filter(komponen__lke=lke)}
    galat: list[str] = []
    baru: dict[str, Decimal] = {}
    for kode, nilai in bobot.items():
        if kode not in komponen and kode not in subs:
            galat.append(f"Kode {kutip(kode)} bukan komponen atau sub-komponen LKE tahun {lke.tahun}.")
            continue
        try:
            baru[kode] = _bobot(kode, nilai)
        except ValidationError as exc:
            galat.extend(exc.messages)
    if galat:
        raise ValidationError({"bobot": galat})
    for kode, nilai in baru.items():
        obj = komponen[kode] if kode in komponen else subs[kode]
        obj.bobot = nilai
    masalah = rumus.cek_bobot({k.kode: (k.bobot, [s.bobot for s in subs.values() if s.komponen_id == k.pk])
                               for k in sorted(komponen.values(), key=lambda k: (k.urutan, k.kode))})
    if masalah:
        raise ValidationError({"bobot": masalah})
    KomponenLke.objects.bulk_update([komponen[k] for k in baru if k in komponen], ["bobot"])
    SubKomponenLke.objects.bulk_update([subs[k] for k in baru if k not in komponen], ["bobot"])
    return lke


@transaction.atomic
def ubah_skala_lke(scope: Scope, lke: Lke, skala: str) -> Lke:
    """Put the worksheet and every criterion on one answer scale (e.g. the older Y/T or A–E)."""
    lke = _kunci(scope, lke.pk)
    lke.skala = _skala(skala)
    lke.save(update_fields=["skala"])
    KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke).update(skala=lke.skala)
    return lke


# --- the screen's read model ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Susunan:
    """The worksheet of a pemda's year as the screen shows it: the LKE (None when the year has none), its komponen
    (prefetched sub-komponen and criteria), whether it is in use, and the years of the pemda with an LKE."""

    lke: Lke | None
    komponen: list[KomponenLke]
    dipakai: bool
    tahun_lke: list[int]

    @property
    def sumber(self) -> list[tuple[str, str]]:
        """What a new worksheet may start from: the regulation's, or a copy of another year's (latest first)."""
        return [(SUMBER_88, "LKE PermenPANRB 88/2021 (skala AA–E)"),
                *((str(t), f"Salinan LKE tahun {t}") for t in sorted(self.tahun_lke, reverse=True))]

    @property
    def jumlah_kriteria(self) -> int:
        return sum(len(s.kriteria.all()) for k in self.komponen for s in k.sub_komponen.all())


def susunan(scope: Scope, pemda: Pemda, tahun: int) -> Susunan:
    """The LKE of ``pemda`` for ``tahun`` as the scope reaches it: five queries with a worksheet (the years, the
    komponen, sub-komponen and criteria, the answers check), one without."""
    ada = {lke.tahun: lke for lke in Lke.objects.within(scope).filter(pemda=pemda)}
    lke = ada.get(tahun)
    tahun_lain = sorted(t for t in ada if t != tahun)
    if lke is None:
        return Susunan(None, [], False, tahun_lain)
    return Susunan(lke, komponen_lke(scope, [lke.pk]), dipakai(lke.pk), tahun_lain)


def get_sub_komponen(scope: Scope, lke: Lke, kode: str) -> SubKomponenLke | None:
    """The sub-komponen ``kode`` of the worksheet ``lke`` (one query)."""
    return SubKomponenLke.objects.within(scope).filter(komponen__lke=lke, kode=kode).first()
