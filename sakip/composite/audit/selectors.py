"""The audit trail as users read it: a scoped activity log of every audited change, workflow step and refusal,
and the history of one indicator with what each field was before and after."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.apps import apps

from sakip.core.models import Penolakan
from sakip.core.riwayat import TINDAKAN, JejakAlamat
from sakip.domain.measurement.models import BuktiDukung, Realisasi, RealisasiTahunan
from sakip.domain.planning.models import Target
from sakip.domain.workflow.models import LangkahAlur
from sakip.rumus.angka import format_angka

PER_HALAMAN = 100


def model_riwayat() -> list:
    """Every historical model, in a stable order."""
    return sorted((m for m in apps.get_models() if issubclass(m, JejakAlamat)), key=lambda m: m._meta.label)


@dataclass(frozen=True)
class Aktivitas:
    waktu: datetime.datetime
    pengguna: str
    alamat_ip: str
    tindakan: str
    jenis: str
    objek_id: int
    pd: str
    indikator_id: int | None


def aktivitas(scope, *, jenis: str = "", pengguna: str = "", pd: str = "", dari=None, sampai=None,
              sebelum=None) -> list[Aktivitas]:
    """The newest changes the scope may see, at most ``PER_HALAMAN``, older than ``sebelum`` (paging);
    one query per audited model whatever the number of rows."""
    rows = []
    for model in model_riwayat():
        if jenis and model.instance_type._meta.model_name != jenis:
            continue
        qs = scope.filter(model.objects.all()).select_related("history_user", "pd")
        if pengguna:
            qs = qs.filter(history_user__username__icontains=pengguna)
        if pd:
            qs = qs.filter(pd__slug=pd)
        if dari:
            qs = qs.filter(history_date__date__gte=dari)
        if sampai:
            qs = qs.filter(history_date__date__lte=sampai)
        if sebelum:
            qs = qs.filter(history_date__lt=sebelum)
        for h in qs.order_by("-history_date")[:PER_HALAMAN]:
            rows.append(Aktivitas(
                h.history_date, h.history_user.username if h.history_user else "(sistem)", h.alamat_ip or "-",
                TINDAKAN.get(h.history_type, h.history_type), model.instance_type._meta.verbose_name,
                getattr(h, model.instance_type._meta.pk.attname), h.pd.nama if h.pd else "-",
                getattr(h, "indikator_id", None)))
    rows += _langkah_dan_penolakan(scope, jenis=jenis, pengguna=pengguna, pd=pd, dari=dari, sampai=sampai,
                                   sebelum=sebelum)
    rows.sort(key=lambda a: a.waktu, reverse=True)
    return rows[:PER_HALAMAN]


JENIS_LAIN = [("langkahalur", "langkah alur persetujuan"), ("penolakan", "penolakan")]


def _langkah_dan_penolakan(scope, *, jenis, pengguna, pd, dari, sampai, sebelum) -> list[Aktivitas]:
    """The workflow's steps and the refused requests, in the same log (one query each)."""
    sources: list[tuple[type[LangkahAlur | Penolakan], str, str]] = [
        (LangkahAlur, "waktu", "oleh__username"), (Penolakan, "waktu", "nama_pengguna")]
    rows = []
    for model, waktu, user_field in sources:
        if jenis and model._meta.model_name != jenis:
            continue
        qs = scope.filter(model.objects.all()).select_related("pd", *(("oleh", "pengajuan") if model is LangkahAlur else ()))
        filters = {f"{user_field}__icontains": pengguna, "pd__slug": pd, f"{waktu}__date__gte": dari,
                   f"{waktu}__date__lte": sampai, f"{waktu}__lt": sebelum}
        qs = qs.filter(**{k: v for k, v in filters.items() if v})
        for x in qs.order_by(f"-{waktu}")[:PER_HALAMAN]:
            if model is LangkahAlur:
                user = x.oleh.username if x.oleh else "(sistem)"
                tindakan = f"{x.aksi}: {x.get_dari_display()} → {x.get_ke_display()}" + (f" ({x.catatan})" if x.catatan else "")
                what = f"{x.pengajuan.get_jenis_display()} {x.pengajuan.tahun}" + (
                    f" TW {x.pengajuan.triwulan}" if x.pengajuan.triwulan else "")
            else:
                user, tindakan, what = x.nama_pengguna or "(anonim)", f"ditolak: {x.alasan}", f"{x.metode} {x.alamat}"
            rows.append(Aktivitas(x.waktu, user, x.alamat_ip or "-", tindakan, what, x.pk, x.pd.nama if x.pd else "-",
                                  None))
    return rows


@dataclass(frozen=True)
class Perubahan:
    waktu: datetime.datetime
    pengguna: str
    alamat_ip: str
    tindakan: str
    jenis: str
    keterangan: str  # e.g. "2024 TW 3"
    rincian: tuple[tuple[str, str, str], ...]  # (field, before, after)


def riwayat_indikator(scope, indikator, *, tahun: int | None = None, triwulan: int | None = None) -> list[Perubahan]:
    """Every change of an indicator's targets, realisations, annual realisation and evidence, newest
    first, each with what it was before and after (one query per kind)."""
    out = []
    for model in (Target, Realisasi, RealisasiTahunan, BuktiDukung):
        qs = scope.filter(model.history.filter(indikator_id=indikator.pk)).select_related("history_user")
        if tahun:
            qs = qs.filter(tahun=tahun)
        if triwulan and hasattr(model, "triwulan"):
            qs = qs.filter(triwulan=triwulan)
        previous: dict[int, object] = {}
        fields = [f for f in model._meta.fields if f.name not in ("id", "pemda", "pd", "indikator")]
        for h in qs.order_by("history_date", "history_id"):
            before = previous.get(h.id)
            changes = []
            for f in fields:
                new = getattr(h, f.attname)
                old = getattr(before, f.attname) if before is not None else None
                if h.history_type == "+" or old != new:
                    changes.append((str(f.verbose_name), "" if before is None else _teks(old), _teks(new)))
            previous[h.id] = h
            keterangan = " ".join(x for x in (str(getattr(h, "tahun", "")),
                                               f"TW {h.triwulan}" if getattr(h, "triwulan", None) else "") if x)
            out.append(Perubahan(h.history_date, h.history_user.username if h.history_user else "(sistem)",
                                 h.alamat_ip or "-", TINDAKAN.get(h.history_type, h.history_type),
                                 str(model._meta.verbose_name), keterangan, tuple(changes)))
    out.sort(key=lambda p: p.waktu, reverse=True)
    return out


def _teks(value) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, Decimal):
        return format_angka(value)
    return str(value)
