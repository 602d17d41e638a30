"""Writes of the Evaluasi AKIP: the worksheet of a year, starting a PD's evaluation, an answer, the next stage.

Each is one transaction taking the actor's scope; nothing is half-saved. Who writes what (``HAK``):

=============  ==============================================  =========================================
tahap          the PD (holds ``isi`` for its own PD)            the evaluator (holds ``evaluasi``)
=============  ==============================================  =========================================
mandiri        nilai_pd, penjelasan_pd, bukti; → reviu          —
reviu          —                                               nilai_evaluator, catatan, rekomendasi;
                                                               → tanggapan (every criterion has its value)
tanggapan      tanggapan_pd                                    → final (every criterion has its value)
final          —                                               —
=============  ==============================================  =========================================

The rows an actor changes are those its scope reaches for changing (``Evaluasi.scope_hak_ubah``): the
evaluator every PD of its own pemda, a PD's operator its own PD; the table above says which fields and when.

Three more rules narrow the table:

- **Windows** (``Lke.<tahap>_mulai/_selesai``, set by the Inspektorat or the admin pemda with :func:`atur_jadwal`):
  the side of a stage writes and moves it on only from the first to the last day of its window (an empty date is
  open). Once a stage's window has ended, the evaluator may close it and move the evaluation on
  (``tutup_jadwal``), so a PD that never sent its self-assessment does not stop the review.
- **Owners** (``PenugasanLke``, :func:`tugaskan`): when several evaluators share a PD, a sub-komponen with an
  owner is reviewed only by that evaluator; moving the stages stays with any evaluator of the pemda.
- **Reopening** (:func:`buka_kembali`): a final evaluation goes back to a stage only by an evaluator, with a
  reason; every move is logged in ``LangkahEvaluasi`` (who, when, from, to, reason). Finalising again
  recomputes the result and adds follow-ups for new recommendations.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.documents.tanggal import tanggal_teks
from sakip.domain.evaluasi import nilai_sakip, tindak_lanjut
from sakip.domain.evaluasi.models import (
    JADWAL_TAHAP,
    NILAI,
    Evaluasi,
    JawabanLke,
    KomponenLke,
    KriteriaLke,
    LangkahEvaluasi,
    Lke,
    PenugasanLke,
    SubKomponenLke,
)
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.rumus import lke as rumus
from sakip.rumus.angka import kutip
from sakip.rumus.peran import EVALUASI, JADWAL

Tahap = Evaluasi.Tahap
DATA_88 = Path(__file__).parent / "data" / "lke-88-2021.json"

PD, EVALUATOR = "pd", "evaluator"  # the two sides of an answer
LABEL_SISI = {PD: "perangkat daerah", EVALUATOR: "evaluator"}

# (side, stage) → the fields that side writes in that stage.
HAK: dict[tuple[str, str], tuple[str, ...]] = {
    (PD, Tahap.MANDIRI): ("nilai_pd", "penjelasan_pd", "bukti"),
    (PD, Tahap.TANGGAPAN): ("tanggapan_pd",),
    (EVALUATOR, Tahap.REVIU): ("nilai_evaluator", "catatan", "rekomendasi"),
}
# The fields of an answer a side writes, with the label every message names (the models' verbose names).
LABEL_MEDAN = {"nilai_pd": "Nilai PD", "penjelasan_pd": "Penjelasan PD", "bukti": "Bukti dukung",
               "nilai_evaluator": "Nilai evaluator", "catatan": "Catatan evaluator", "rekomendasi": "Rekomendasi",
               "tanggapan_pd": "Tanggapan PD"}

# Stage → (the next stage, the side that moves it there).
LANJUT: dict[str, tuple[str, str]] = {
    Tahap.MANDIRI: (Tahap.REVIU, PD),
    Tahap.REVIU: (Tahap.TANGGAPAN, EVALUATOR),
    Tahap.TANGGAPAN: (Tahap.FINAL, EVALUATOR),
}


def boleh_sisi(scope: Scope, pd: PerangkatDaerah, sisi: str) -> bool:
    """Whether the actor writes for ``sisi`` of ``pd``'s evaluation: the PD's own writer, or the pemda's evaluator."""
    if sisi == PD:
        return scope.writes_for(pd)
    return scope.holds(EVALUASI) and scope.reaches_pd(pd)


def medan_boleh(scope: Scope, evaluasi: Evaluasi, pd: PerangkatDaerah) -> frozenset[str]:
    """The answer fields the actor may write on ``evaluasi`` in its current stage (none when final)."""
    return frozenset(f for (sisi, tahap), fields in HAK.items() if tahap == evaluasi.tahap and boleh_sisi(scope, pd, sisi)
                     for f in fields)


def boleh_lanjut(scope: Scope, evaluasi: Evaluasi, pd: PerangkatDaerah) -> bool:
    langkah = LANJUT.get(evaluasi.tahap)
    return langkah is not None and boleh_sisi(scope, pd, langkah[1])


def di_luar_jadwal(evaluasi: Evaluasi, hari_ini: datetime.date | None = None) -> str:
    """Why the current stage's window does not hold today ("" when it does, or the stage has no window)."""
    if evaluasi.tahap not in JADWAL_TAHAP:
        return ""
    hari_ini = hari_ini or timezone.localdate()
    mulai, selesai = evaluasi.lke.jendela(evaluasi.tahap)
    nama = evaluasi.get_tahap_display()
    if mulai and hari_ini < mulai:
        return f"Jadwal tahap {nama} baru dibuka {tanggal_teks(mulai)}."
    if selesai and hari_ini > selesai:
        return f"Jadwal tahap {nama} telah ditutup {tanggal_teks(selesai)}."
    return ""


def jadwal_berakhir(evaluasi: Evaluasi, hari_ini: datetime.date | None = None) -> bool:
    """Whether the current stage's window has ended (its last day is past)."""
    if evaluasi.tahap not in JADWAL_TAHAP:
        return False
    selesai = evaluasi.lke.jendela(evaluasi.tahap)[1]
    return selesai is not None and (hari_ini or timezone.localdate()) > selesai


def bisa_tutup_jadwal(scope: Scope, evaluasi: Evaluasi, pd: PerangkatDaerah) -> bool:
    """Whether the actor may close the current stage because its window ended: an evaluator, for a stage the PD
    moves on (the self-assessment)."""
    langkah = LANJUT.get(evaluasi.tahap)
    return (langkah is not None and langkah[1] == PD and jadwal_berakhir(evaluasi)
            and boleh_sisi(scope, pd, EVALUATOR))


def pemilik_sub_komponen(evaluasi: Evaluasi) -> dict[str, Any]:
    """Sub-komponen code → its owning evaluator (a user), for the sub-komponen that have one (one query)."""
    return {p.sub_komponen.kode: p.evaluator for p in PenugasanLke.objects.filter(evaluasi=evaluasi)
            .select_related("evaluator", "sub_komponen")}


def nama_pengguna(user: Any) -> str:
    return (user.get_full_name() or user.get_username()) if user is not None else "-"


# --- the worksheet of a year --------------------------------------------------------------------------------


def _pastikan_evaluator(scope: Scope, pemda: Pemda) -> None:
    if not scope.holds(EVALUASI) or not (scope.everything or scope.pemda_id == pemda.pk):
        raise Ditolak("Hanya evaluator (Inspektorat) pemda ini yang menyiapkan LKE dan memulai evaluasi.")


def _baca_data(path: Path = DATA_88) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _dari_tahun(lama: Lke) -> dict[str, Any]:
    """A pemda's worksheet of an earlier year as the JSON shape of ``data/`` (three queries)."""
    komponen = list(lama.komponen.order_by("urutan", "kode"))
    subs = list(SubKomponenLke.objects.filter(komponen__lke=lama).order_by("urutan", "kode"))
    kriteria = list(KriteriaLke.objects.filter(sub_komponen__komponen__lke=lama).order_by("urutan", "kode"))
    return {"kode": lama.kode, "nama": lama.nama, "skala": lama.skala, "komponen": [
        {"kode": k.kode, "nama": k.nama, "bobot": str(k.bobot), "sub_komponen": [
            {"kode": s.kode, "nama": s.nama, "bobot": str(s.bobot), "jenis": s.jenis, "kriteria": [
                {"kode": c.kode, "uraian": c.uraian, "skala": c.skala} for c in kriteria if c.sub_komponen_id == s.pk]}
            for s in subs if s.komponen_id == k.pk]}
        for k in komponen]}


@transaction.atomic
def siapkan_lke(scope: Scope, *, pemda: Pemda, tahun: int) -> Lke:
    """The pemda's LKE of ``tahun``: the one it has, else a copy of its latest earlier year's, else the 88/2021
    worksheet. Earlier years keep theirs. A worksheet whose weights do not add up is refused whole."""
    ada = Lke.objects.filter(pemda=pemda, tahun=tahun).first()
    if ada is not None:
        return ada
    _pastikan_evaluator(scope, pemda)
    lama = Lke.objects.filter(pemda=pemda, tahun__lt=tahun).order_by("-tahun").first()
    return muat_lke(pemda=pemda, tahun=tahun, data=_dari_tahun(lama) if lama is not None else _baca_data())


def muat_lke(*, pemda: Pemda, tahun: int, data: dict[str, Any]) -> Lke:
    """Write the worksheet ``data`` (the JSON shape of ``data/``) as the pemda's LKE of ``tahun``: 4 inserts.
    Called inside :func:`siapkan_lke`'s transaction."""
    bobot = {k["kode"]: (Decimal(k["bobot"]), [Decimal(s["bobot"]) for s in k["sub_komponen"]]) for k in data["komponen"]}
    masalah = rumus.cek_bobot(bobot)
    if masalah:
        raise ValidationError({"bobot": masalah})
    skala = data.get("skala", "88/2021")
    if skala not in rumus.SKALA:
        raise ValidationError({"skala": f"Skala {kutip(str(skala))} tidak dikenal."})
    lke = Lke.objects.create(pemda=pemda, tahun=tahun, kode=data["kode"], nama=data["nama"], skala=skala)
    komponen = KomponenLke.objects.bulk_create([
        KomponenLke(pemda=pemda, lke=lke, kode=k["kode"], nama=k["nama"], bobot=Decimal(k["bobot"]), urutan=i)
        for i, k in enumerate(data["komponen"], start=1)])
    subs_data = [(kom, s) for kom, k in zip(komponen, data["komponen"], strict=True) for s in k["sub_komponen"]]
    subs = SubKomponenLke.objects.bulk_create([
        SubKomponenLke(pemda=pemda, komponen=kom, kode=s["kode"], nama=s["nama"], bobot=Decimal(s["bobot"]),
                       jenis=s["jenis"], urutan=i)
        for i, (kom, s) in enumerate(subs_data, start=1)])
    KriteriaLke.objects.bulk_create([
        KriteriaLke(pemda=pemda, sub_komponen=sub, kode=c["kode"], uraian=c["uraian"], skala=c.get("skala", skala),
                    urutan=i)
        for sub, (_, s) in zip(subs, subs_data, strict=True) for i, c in enumerate(s["kriteria"], start=1)])
    return lke


# --- a PD's evaluation ---------------------------------------------------------------------------------------


@transaction.atomic
def mulai_evaluasi(scope: Scope, *, pd: PerangkatDaerah, tahun: int) -> Evaluasi:
    """Start the evaluation of ``pd`` for ``tahun`` (the evaluator): in the self-assessment stage, on the pemda's
    LKE of the year (prepared when missing)."""
    _pastikan_evaluator(scope, pd.pemda)
    if not scope.reaches_pd(pd):
        raise Ditolak("Perangkat daerah ini di luar wewenang Anda.")
    if Evaluasi.objects.filter(pd=pd, tahun=tahun).exists():
        raise ValidationError({"tahun": f"Evaluasi {pd.nama} tahun {tahun} sudah dimulai."})
    lke = siapkan_lke(scope, pemda=pd.pemda, tahun=tahun)
    evaluasi = Evaluasi(pd=pd, tahun=tahun, lke=lke)
    evaluasi.full_clean()
    evaluasi.save()
    return evaluasi


def _pastikan_ubah(scope: Scope, evaluasi: Evaluasi, sisi: str) -> PerangkatDaerah:
    if sisi not in LABEL_SISI:
        raise ValueError(sisi)
    scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
    pd = evaluasi.pd
    if not boleh_sisi(scope, pd, sisi):
        raise Ditolak(f"Peran Anda tidak menulis bagian {LABEL_SISI[sisi]} pada evaluasi ini.")
    return pd


def _pastikan_medan(evaluasi: Evaluasi, sisi: str, data: dict[str, str]) -> None:
    """Every field of ``data`` is one ``sisi`` writes in the current stage (``HAK``)."""
    boleh = HAK.get((sisi, evaluasi.tahap), ())
    for field in data:
        if field not in LABEL_MEDAN:
            raise ValidationError({field: f"Kolom {kutip(field)} tidak dikenal."})
        if field not in boleh:
            raise Ditolak(f"{LABEL_MEDAN[field]} tidak dapat diisi {LABEL_SISI[sisi]} pada tahap "
                          f"{evaluasi.get_tahap_display()}.")


def _pastikan_jadwal(evaluasi: Evaluasi) -> None:
    alasan = di_luar_jadwal(evaluasi)
    if alasan:
        raise ValidationError({"tahap": f"{alasan} Hubungi Inspektorat bila jadwal perlu diubah."})


def _pastikan_pemilik(scope: Scope, evaluasi: Evaluasi, kriteria: KriteriaLke) -> None:
    """The evaluator writing a sub-komponen with an owner must be that owner (the system, e.g. a command, may)."""
    if scope.everything:
        return
    penugasan = (PenugasanLke.objects.filter(evaluasi=evaluasi, sub_komponen_id=kriteria.sub_komponen_id)
                 .select_related("evaluator").first())
    if penugasan is not None and scope.user_id != penugasan.evaluator_id:
        raise Ditolak(f"Sub-komponen kriteria {kriteria.kode} ditugaskan kepada "
                      f"{nama_pengguna(penugasan.evaluator)}; hanya evaluator itu yang menulis reviunya.")


def _catat(evaluasi: Evaluasi, dari: str, ke: str, oleh: Any, alasan: str = "") -> None:
    LangkahEvaluasi.objects.create(evaluasi=evaluasi, dari=dari, ke=ke, oleh=oleh, alasan=alasan)


@transaction.atomic
def simpan_jawaban(scope: Scope, *, evaluasi: Evaluasi, kriteria: KriteriaLke, data: dict[str, str],
                   sisi: str) -> JawabanLke:
    """Write ``data`` (field → value) on one criterion of ``evaluasi`` for ``sisi`` (``"pd"`` or ``"evaluator"``).
    Every field must be one that side writes in the current stage (``HAK``), within the
    stage's window, on a sub-komponen the evaluator owns (if it has an owner); letters must be on the criterion's
    scale. Refused whole otherwise."""
    evaluasi = Evaluasi.objects.select_for_update().select_related("pd", "lke").get(pk=evaluasi.pk)
    _pastikan_ubah(scope, evaluasi, sisi)
    _pastikan_medan(evaluasi, sisi, data)
    if data:
        _pastikan_jadwal(evaluasi)
    if sisi == EVALUATOR and data:
        _pastikan_pemilik(scope, evaluasi, kriteria)
    if not KriteriaLke.objects.filter(pk=kriteria.pk, sub_komponen__komponen__lke_id=evaluasi.lke_id).exists():
        raise ValidationError({"kriteria": f"Kriteria {kriteria.kode} bukan bagian LKE evaluasi ini."})
    errors = {}
    for field, value in data.items():
        if field in NILAI:
            try:
                rumus.pecahan(kriteria.skala, value)
            except ValueError as exc:
                errors[field] = f"{NILAI[field]} kriteria {kriteria.kode}: {exc}"
    if errors:
        raise ValidationError(errors)
    jawaban = JawabanLke.objects.filter(evaluasi=evaluasi, kriteria=kriteria).first()
    if jawaban is None:
        jawaban = JawabanLke(evaluasi=evaluasi, kriteria=kriteria)
    for field, value in data.items():
        setattr(jawaban, field, value.strip())
    jawaban.full_clean()
    jawaban.save()
    return jawaban


def belum_dinilai(evaluasi: Evaluasi) -> list[str]:
    """The codes of the criteria of ``evaluasi`` without a final value (the evaluator's, else the PD's)."""
    dinilai = set(JawabanLke.objects.filter(evaluasi=evaluasi).exclude(nilai_pd="", nilai_evaluator="")
                  .values_list("kriteria_id", flat=True))
    semua = KriteriaLke.objects.filter(sub_komponen__komponen__lke_id=evaluasi.lke_id).order_by(
        "sub_komponen__komponen__urutan", "sub_komponen__urutan", "urutan").values_list("pk", "kode")
    return [kode for pk, kode in semua if pk not in dinilai]


@transaction.atomic
def lanjutkan_tahap(scope: Scope, *, evaluasi: Evaluasi, oleh: Any = None) -> Evaluasi:
    """Move ``evaluasi`` to its next stage: the PD's operator sends its self-assessment to review, the evaluator
    sends the review to the PD's response and makes it final (every criterion valued). Final is the last. The
    side moves its stage on within the stage's window; an evaluator may close a PD's stage whose window ended."""
    evaluasi = Evaluasi.objects.select_for_update().select_related("pd", "lke").get(pk=evaluasi.pk)
    langkah = LANJUT.get(evaluasi.tahap)
    if langkah is None:
        raise Ditolak("Evaluasi ini sudah final; tidak ada tahap berikutnya.")
    tahap, sisi = langkah
    scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
    ditutup = bisa_tutup_jadwal(scope, evaluasi, evaluasi.pd)
    if not ditutup and not boleh_sisi(scope, evaluasi.pd, sisi):
        raise Ditolak(f"Tahap {evaluasi.get_tahap_display()} dilanjutkan oleh {LABEL_SISI[sisi]}, bukan peran Anda.")
    if not ditutup:
        _pastikan_jadwal(evaluasi)
    if tahap in (Tahap.TANGGAPAN, Tahap.FINAL):  # from the response on nobody values a criterion any more
        kosong = belum_dinilai(evaluasi)
        if kosong:
            lagi = f" dan {len(kosong) - 5} lainnya" if len(kosong) > 5 else ""
            raise ValidationError({"tahap": f"Belum semua kriteria bernilai: {', '.join(kosong[:5])}{lagi}."})
    dari = evaluasi.tahap
    evaluasi.tahap = tahap
    evaluasi.save(update_fields=["tahap"])
    _catat(evaluasi, dari, tahap, oleh, "Jadwal tahap telah berakhir; ditutup oleh evaluator." if ditutup else "")
    if tahap == Tahap.FINAL:  # the recommendations become follow-ups; the Nilai AKIP the IKU's realisation
        tindak_lanjut.buat_tindak_lanjut(evaluasi)
        nilai_sakip.setelah_final(scope, evaluasi)
    return evaluasi



@transaction.atomic
def buka_kembali(scope: Scope, *, evaluasi: Evaluasi, ke: str, alasan: str, oleh: Any = None) -> Evaluasi:
    """Reopen a final evaluation to an earlier stage (the evaluator, with a reason): its values can change again;
    finalising again recomputes the result. Logged with the reason."""
    evaluasi = Evaluasi.objects.select_for_update().select_related("pd", "lke").get(pk=evaluasi.pk)
    scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
    if not boleh_sisi(scope, evaluasi.pd, EVALUATOR):
        raise Ditolak("Hanya evaluator (Inspektorat) yang membuka kembali evaluasi yang sudah final.")
    if evaluasi.tahap != Tahap.FINAL:
        raise ValidationError({"tahap": f"Evaluasi ini belum final (tahap {evaluasi.get_tahap_display()}); "
                                        f"tidak perlu dibuka kembali."})
    if ke not in JADWAL_TAHAP:
        raise ValidationError({"ke": f"Tahap tujuan {kutip(ke)} tidak dikenal; pilih penilaian mandiri, reviu "
                                     f"evaluator, atau tanggapan perangkat daerah."})
    alasan = (alasan or "").strip()
    if not alasan:
        raise ValidationError({"alasan": "Alasan membuka kembali wajib diisi."})
    evaluasi.tahap = ke
    evaluasi.save(update_fields=["tahap"])
    _catat(evaluasi, Tahap.FINAL, ke, oleh, alasan)
    return evaluasi


JADWAL_MEDAN = tuple(f"{t}_{ujung}" for t in JADWAL_TAHAP for ujung in ("mulai", "selesai"))


@transaction.atomic
def atur_jadwal(scope: Scope, *, lke: Lke, tanggal: dict[str, datetime.date | None]) -> Lke:
    """Set the windows of the stages of ``lke``'s year (the Inspektorat or the admin pemda); all or nothing."""
    if not (scope.holds(EVALUASI) or scope.holds(JADWAL)) or not (scope.everything or scope.pemda_id == lke.pemda_id):
        raise Ditolak("Hanya Inspektorat atau admin pemda ini yang mengatur jadwal evaluasi.")
    lke = Lke.objects.select_for_update().get(pk=lke.pk)
    for medan, nilai in tanggal.items():
        if medan not in JADWAL_MEDAN:
            raise ValidationError({medan: f"Kolom {kutip(medan)} tidak dikenal."})
        setattr(lke, medan, nilai)
    lke.full_clean()
    lke.save(update_fields=list(tanggal))
    return lke


@transaction.atomic
def tugaskan(scope: Scope, *, evaluasi: Evaluasi, pemilik: dict[str, Any]) -> None:
    """Set the owners of sub-komponen of ``evaluasi`` (sub-komponen code → an evaluator user of the pemda, or
    ``None`` for no owner); all or nothing."""
    evaluasi = Evaluasi.objects.select_for_update().select_related("pd").get(pk=evaluasi.pk)
    scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
    if not boleh_sisi(scope, evaluasi.pd, EVALUATOR):
        raise Ditolak("Hanya evaluator (Inspektorat) yang membagi sub-komponen antar evaluator.")
    if evaluasi.tahap == Tahap.FINAL:
        raise ValidationError({"tahap": "Evaluasi sudah final; penugasan tidak dapat diubah."})
    subs = {s.kode: s for s in SubKomponenLke.objects.filter(komponen__lke_id=evaluasi.lke_id)}
    ada = {p.sub_komponen_id: p for p in PenugasanLke.objects.filter(evaluasi=evaluasi)}
    errors: dict[str, str] = {}
    for kode, user in pemilik.items():
        sub = subs.get(kode)
        if sub is None:
            errors[kode] = f"Sub-komponen {kutip(kode)} tidak ada pada LKE evaluasi ini."
            continue
        akses = getattr(user, "akses", None) if user is not None else None
        if user is not None and (akses is None or akses.peran != "evaluator" or akses.pemda_id != evaluasi.pemda_id
                                 or not user.is_active):
            errors[kode] = f"Sub-komponen {kode}: {nama_pengguna(user)} bukan evaluator aktif pemda ini."
    if errors:
        raise ValidationError(errors)
    for kode, user in pemilik.items():
        sub = subs[kode]
        row = ada.get(sub.pk)
        if user is None:
            if row is not None:
                row.delete()
        elif row is None:
            PenugasanLke.objects.create(evaluasi=evaluasi, sub_komponen=sub, evaluator=user)
        elif row.evaluator_id != user.pk:
            row.evaluator = user
            row.save(update_fields=["evaluator"])
