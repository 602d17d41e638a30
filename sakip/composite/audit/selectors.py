"""The audit trail as users read it: a scoped activity log of every audited change, workflow step and refusal,
and the history of one indicator.

Every entry says what (the kind of row and the rows it belongs to by name: indicator, sub kegiatan, lokasi,
program, PK version…), who (full name and role), when, from where (the address) and, for a change, each
changed field before → after. Foreign keys are printed by their names, read in bulk (one query per kind
of named row, whatever the number of entries). The state a first change replaced is recorded by
:mod:`sakip.core.riwayat` (*keadaan awal*): it is the "before" of that change, never an entry of its own.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from sakip.core.models import Penolakan
from sakip.core.riwayat import KEADAAN_AWAL, TINDAKAN, JejakAlamat
from sakip.core.teks import bersihkan
from sakip.domain.agreement.models import PerjanjianKinerja, TargetPk
from sakip.domain.measurement.models import BuktiDukung, Realisasi, RealisasiTahunan
from sakip.domain.organisation.models import Kelurahan
from sakip.domain.planning.models import Kegiatan, Lokasi, Program, SubKegiatan, Target
from sakip.domain.workflow.models import LangkahAlur, judul
from sakip.rumus.angka import format_angka

PER_HALAMAN = 100
PANJANG_TEKS = 300  # a long text (a PK statement, a survey suggestion) is shown up to this many characters

# What identifies a row of each audited model: shown as "what" of its entries, never among the changes.
IDENTITAS: dict[str, tuple[str, ...]] = {
    "planning.Target": ("indikator", "tahun"),
    "measurement.Realisasi": ("indikator", "tahun", "triwulan"),
    "measurement.RealisasiTahunan": ("indikator", "tahun"),
    "measurement.BuktiDukung": ("indikator", "tahun", "triwulan"),
    "measurement.Pagu": ("sub_kegiatan", "lokasi", "sumber"),
    "measurement.RealisasiAnggaran": ("sub_kegiatan", "lokasi", "triwulan"),
    "measurement.RencanaAksi": ("indikator", "tahun", "triwulan"),
    "measurement.AnggaranKas": ("sub_kegiatan", "triwulan"),
    "agreement.PerjanjianKinerja": ("tahun", "nomor"),
    "agreement.TargetPk": ("perjanjian", "indikator", "indikator_antara"),
    "agreement.AnggaranPk": ("perjanjian", "program"),
    "survey.Respons": ("periode", "unit", "layanan"),
    "accounts.Akses": ("user",),
}
# Machinery, not data: the tenant copies (shown as the PD column), the survey's token and hashed address,
# and the stored file name (the evidence's own name is ``nama_asli``). An account's pemda and PD are its data.
TEKNIS = {"id", "pemda", "pd", "token", "alamat_hash", "berkas"}
PEMDA_PD_DATA = {"accounts.Akses"}
LABEL = {"user": "pengguna"}  # fields whose verbose name is Django's default

MACAM_PERUBAHAN, MACAM_LANGKAH, MACAM_PENOLAKAN = "perubahan", "langkah", "penolakan"
JENIS_LAIN = [("langkahalur", "langkah alur persetujuan"), ("penolakan", "penolakan")]
TIDAK_TERCATAT = "(tidak tercatat)"


@dataclass(frozen=True)
class Rincian:
    """One field of an entry: what it was before and after ("" where there is no before or after)."""

    medan: str
    sebelum: str
    sesudah: str


@dataclass(frozen=True)
class Entri:
    """One line of the trail: a change of an audited row, a workflow step, or a refused request."""

    waktu: datetime.datetime
    pengguna: str  # full name (or user name); "(sistem)" for commands, "(anonim)" for a visitor
    peran: str  # the user's role, "" when none
    alamat_ip: str
    macam: str  # MACAM_PERUBAHAN / MACAM_LANGKAH / MACAM_PENOLAKAN
    tindakan: str  # dibuat / diubah / dihapus; the step's action; ditolak
    jenis: str  # the kind of row: "target", "realisasi anggaran", "penolakan"…
    objek: tuple[tuple[str, str], ...]  # what, by name: ("indikator", "Indeks Kepuasan Masyarakat"), ("tahun", "2024")
    pd: str
    rincian: tuple[Rincian, ...] = ()
    catatan: str = ""  # the reason of a refusal, the comment of a step
    indikator_id: int | None = None


def model_riwayat() -> list:
    """Every historical model, in a stable order."""
    return sorted((m for m in apps.get_models() if issubclass(m, JejakAlamat)), key=lambda m: m._meta.label)


def jenis_pilihan() -> list[tuple[str, str]]:
    """The kinds the log may be filtered on: every audited model, the workflow steps, the refusals."""
    out = [(m.instance_type._meta.model_name, str(m.instance_type._meta.verbose_name)) for m in model_riwayat()]
    return out + JENIS_LAIN


# --- the activity log -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Halaman:
    entri: list[Entri]
    lanjut: datetime.datetime | None  # where the next (older) page starts, None on the last page


def aktivitas(scope, *, jenis: str = "", pengguna: str = "", pd: str = "", dari=None, sampai=None,
              sebelum=None) -> Halaman:
    """The newest entries the scope may see, at most ``PER_HALAMAN``, older than ``sebelum`` (paging).

    Changes, workflow steps and refusals interleaved by time. A fixed number of queries: one per audited
    model and one for the steps and one for the refusals, then one per model for the records the changes
    replaced and one per kind of named row.
    """
    saring = _Saring(pengguna=pengguna, pd=pd, dari=dari, sampai=sampai, sebelum=sebelum)
    baris = _baris(scope, saring, jenis)
    baris.sort(key=lambda b: b[0], reverse=True)
    lanjut = baris[PER_HALAMAN - 1][0] if len(baris) > PER_HALAMAN else None
    return Halaman(_susun(baris[:PER_HALAMAN]), lanjut)


def _baris(scope, saring: _Saring, jenis: str) -> list[tuple[datetime.datetime, str, Any]]:
    """The newest rows of every source (one query each), as (time, kind of entry, row)."""
    baris: list[tuple[datetime.datetime, str, Any]] = []
    for model in model_riwayat():
        if jenis and model.instance_type._meta.model_name != jenis:
            continue
        qs = saring.terapkan(scope.filter(model.objects.exclude(history_change_reason=KEADAAN_AWAL)),
                             "history_user", "history_date", "pd")
        qs = qs.select_related("history_user__akses", "pd").annotate(_sebelum_id=Subquery(_sebelumnya(model)))
        baris += [(h.history_date, MACAM_PERUBAHAN, h)
                  for h in qs.order_by("-history_date", "-history_id")[:PER_HALAMAN + 1]]
    if not jenis or jenis == "langkahalur":
        qs = saring.terapkan(scope.filter(LangkahAlur.objects.all()), "oleh", "waktu", "pd")
        qs = qs.select_related("oleh__akses", "pd", "pengajuan")
        baris += [(x.waktu, MACAM_LANGKAH, x) for x in qs.order_by("-waktu", "-pk")[:PER_HALAMAN + 1]]
    if not jenis or jenis == "penolakan":
        qs = saring.terapkan(scope.filter(Penolakan.objects.all()), "pengguna", "waktu", "pd",
                             nama_field="nama_pengguna")
        qs = qs.select_related("pengguna__akses", "pd")
        baris += [(x.waktu, MACAM_PENOLAKAN, x) for x in qs.order_by("-waktu", "-pk")[:PER_HALAMAN + 1]]
    return baris


def _susun(baris: list[tuple[datetime.datetime, str, Any]]) -> list[Entri]:
    """The entries of one page: the records its changes replaced (one query per model), the names of the rows
    they link to (one query per kind of row)."""
    per_model: dict[Any, list] = defaultdict(list)
    for _, macam, x in baris:
        if macam == MACAM_PERUBAHAN:
            per_model[type(x)].append(x)
    sebelumnya: dict[Any, dict[int, Any]] = {}
    nama = _Nama()
    for model, rows in per_model.items():
        ids = [h._sebelum_id for h in rows if h.history_type == "~" and h._sebelum_id]
        sebelumnya[model] = model.objects.in_bulk(ids) if ids else {}
        spek = _spek(model.instance_type)
        for h in [*rows, *sebelumnya[model].values()]:
            nama.catat_baris(spek.semua, h)
    nama.muat()
    out = []
    for _, macam, x in baris:
        if macam == MACAM_PERUBAHAN:
            entri = _entri_perubahan(x, sebelumnya[type(x)].get(x._sebelum_id), nama)
            if entri is not None:
                out.append(entri)
        else:
            out.append(_entri_langkah(x) if macam == MACAM_LANGKAH else _entri_penolakan(x))
    return out


@dataclass(frozen=True)
class _Saring:
    pengguna: str
    pd: str
    dari: datetime.date | None
    sampai: datetime.date | None
    sebelum: datetime.datetime | None

    def terapkan(self, qs, user: str, waktu: str, pd: str, nama_field: str = ""):
        """The filters of the log on one source: who (every word in the user name, first or last name), which
        PD (its slug), the day range, older than ``sebelum``."""
        for kata in self.pengguna.split():
            cocok = (Q(**{f"{user}__username__icontains": kata}) | Q(**{f"{user}__first_name__icontains": kata})
                     | Q(**{f"{user}__last_name__icontains": kata}))
            if nama_field:
                cocok |= Q(**{f"{nama_field}__icontains": kata})
            qs = qs.filter(cocok)
        if self.pd:
            qs = qs.filter(**{f"{pd}__slug": self.pd})
        if self.dari:
            qs = qs.filter(**{f"{waktu}__gte": _awal_hari(self.dari)})
        if self.sampai:
            qs = qs.filter(**{f"{waktu}__lt": _awal_hari(self.sampai + datetime.timedelta(days=1))})
        if self.sebelum:
            qs = qs.filter(**{f"{waktu}__lt": self.sebelum})
        return qs


def _awal_hari(hari: datetime.date) -> datetime.datetime:
    """The start of a day in the site's time zone (the dates a user types are local dates)."""
    return timezone.make_aware(datetime.datetime.combine(hari, datetime.time.min))


def _sebelumnya(model) -> Subquery:
    """The id of the record before each historical row of the same audited row (None for the first)."""
    pk = model.instance_type._meta.pk.attname
    lebih_awal = Q(history_date__lt=OuterRef("history_date")) | Q(history_date=OuterRef("history_date"),
                                                                   history_id__lt=OuterRef("history_id"))
    return (model.objects.filter(lebih_awal, **{pk: OuterRef(pk)})
            .order_by("-history_date", "-history_id").values("history_id")[:1])


# --- the history of one indicator --------------------------------------------------------------------------------


RIWAYAT_INDIKATOR = (Target, Realisasi, RealisasiTahunan, BuktiDukung, TargetPk)


def riwayat_indikator(scope, indikator, *, tahun: int | None = None, triwulan: int | None = None) -> list[Entri]:
    """Every change of an indicator's targets, realisations, annual realisation, evidence and PK targets,
    newest first, each with what every changed field was before and after. One query per kind of row and
    one per kind of named row (users, PK versions)."""
    pasangan = []
    nama = _Nama()
    for model in RIWAYAT_INDIKATOR:
        if triwulan and not hasattr(model, "triwulan"):
            continue
        qs = scope.filter(model.history.filter(indikator_id=indikator.pk)).select_related("history_user__akses", "pd")
        if tahun:
            qs = qs.filter(**({"perjanjian__tahun": tahun} if model is TargetPk else {"tahun": tahun}))
        if triwulan:
            qs = qs.filter(triwulan=triwulan)
        terakhir: dict[int, object] = {}
        fields = [f for f in _spek(model).semua if f.name != "indikator"]  # the page's own indicator
        for h in qs.order_by("history_date", "history_id"):
            nama.catat_baris(fields, h)
            if h.history_change_reason != KEADAAN_AWAL:
                pasangan.append((h, terakhir.get(h.id)))
            terakhir[h.id] = h
    nama.muat()
    out = [e for h, before in pasangan if (e := _entri_perubahan(h, before, nama, tanpa=("indikator",))) is not None]
    out.sort(key=lambda e: e.waktu, reverse=True)
    return out


# --- entries -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Spek:
    identitas: tuple[models.Field, ...]
    tampil: tuple[models.Field, ...]  # the fields listed as changes

    @property
    def semua(self) -> tuple[models.Field, ...]:
        return self.identitas + self.tampil


@cache
def _spek(model) -> _Spek:
    fields = [f for f in model._meta.concrete_fields if not getattr(f, "auto_now", False)
              and not getattr(f, "auto_now_add", False)]
    names = IDENTITAS.get(model._meta.label)
    if names is None:  # a model audited later: its links identify it
        names = tuple(f.name for f in fields if f.is_relation and f.name not in TEKNIS)
    teknis = TEKNIS - ({"pemda", "pd"} if model._meta.label in PEMDA_PD_DATA else set())
    identitas = tuple(f for name in names for f in fields if f.name == name)
    tampil = tuple(f for f in fields if f.name not in names and f.name not in teknis)
    return _Spek(identitas, tampil)


def _entri_perubahan(h, before, nama: _Nama, tanpa: Iterable[str] = ()) -> Entri | None:
    """The entry of one historical row ``h`` given the record it replaced (``before``; None for the first).

    A change with nothing changed among the listed fields (a save recorded before no-op saves were
    skipped) is no entry."""
    model = h.instance_type
    spek = _spek(model)
    objek = tuple((_label(f), _teks(f, getattr(h, f.attname), nama)) for f in spek.identitas
                  if f.name not in tanpa and getattr(h, f.attname) not in (None, ""))
    rincian = []
    for f in spek.tampil:
        baru = getattr(h, f.attname)
        if h.history_type == "+":
            if baru not in (None, ""):
                rincian.append(Rincian(_label(f), "", _teks(f, baru, nama)))
        elif h.history_type == "-":
            if baru not in (None, ""):
                rincian.append(Rincian(_label(f), _teks(f, baru, nama), ""))
        elif before is None:
            rincian.append(Rincian(_label(f), TIDAK_TERCATAT, _teks(f, baru, nama)))
        else:
            lama = getattr(before, f.attname)
            if lama != baru:
                rincian.append(Rincian(_label(f), _teks(f, lama, nama), _teks(f, baru, nama)))
    if h.history_type == "~" and before is not None and not rincian:
        return None
    rincian = _tanpa_teks_kembar(spek, rincian)
    pengguna, peran = _pengguna(h.history_user)
    return Entri(h.history_date, pengguna, peran, h.alamat_ip or "-", MACAM_PERUBAHAN,
                 TINDAKAN.get(h.history_type, h.history_type), str(model._meta.verbose_name), objek,
                 bersihkan(h.pd.nama) if h.pd_id and h.pd else "-", tuple(rincian), indikator_id=getattr(h, "indikator_id", None),
                 # the channel of a change made through the API (its token, sakip.composite.api.riwayat)
                 catatan=bersihkan(h.history_change_reason or "") if h.history_change_reason != KEADAAN_AWAL else "")


def _tanpa_teks_kembar(spek: _Spek, rincian: list[Rincian]) -> list[Rincian]:
    """A figure's text as written (``teks``) is left out where it reads the same as the figure (``nilai``):
    "target: 94,13 → 97,5" says it once."""
    fields = {f.name: _label(f) for f in spek.tampil}
    if "nilai" not in fields or "teks" not in fields:
        return rincian
    nilai = next(((r.sebelum, r.sesudah) for r in rincian if r.medan == fields["nilai"]), None)
    return [r for r in rincian if not (r.medan == fields["teks"] and (r.sebelum, r.sesudah) == nilai)]


def _entri_langkah(x: LangkahAlur) -> Entri:
    pengguna, peran = _pengguna(x.oleh)
    p = x.pengajuan
    return Entri(x.waktu, pengguna, peran, x.alamat_ip or "-", MACAM_LANGKAH, x.aksi, "langkah alur persetujuan",
                 (("pengajuan", judul(p.jenis, p.tahun, p.triwulan)),), bersihkan(x.pd.nama) if x.pd else "-",
                 (Rincian("status", x.get_dari_display(), x.get_ke_display()),), catatan=bersihkan(x.catatan))


def _entri_penolakan(x: Penolakan) -> Entri:
    if x.pengguna is not None:
        pengguna, peran = _pengguna(x.pengguna)
    else:
        pengguna, peran = bersihkan(x.nama_pengguna) or "(anonim)", ""
    return Entri(x.waktu, pengguna, peran, x.alamat_ip or "-", MACAM_PENOLAKAN, "ditolak", "penolakan",
                 (("halaman", bersihkan(f"{x.metode} {x.alamat}")),), bersihkan(x.pd.nama) if x.pd else "-",
                 catatan=bersihkan(f"{x.alasan} (kode {x.status})"))


def _pengguna(user) -> tuple[str, str]:
    """A user's full name (else the user name) and role; ("(sistem)", "") for a change made by a command."""
    if user is None:
        return "(sistem)", ""
    try:
        peran = user.akses.get_peran_display()
    except ObjectDoesNotExist:
        peran = "Admin sistem" if user.is_superuser else ""
    return bersihkan(user.get_full_name() or user.get_username()), peran


def _label(field) -> str:
    return LABEL.get(field.name, str(field.verbose_name))


def _teks(field, value, nama: _Nama) -> str:
    """A stored value as a user reads it: a linked row by its name, a choice by its label, a number in
    Indonesian notation, a long text cut short."""
    if value is None or value == "":
        return "-"
    if field.is_relation:
        return nama(field.related_model, value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, Decimal):
        return format_angka(value)
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%d-%m-%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d-%m-%Y")
    teks = bersihkan(str(value))  # old rows may hold what the door now drops
    return teks if len(teks) <= PANJANG_TEKS else teks[:PANJANG_TEKS] + "…"


# --- names of linked rows, in bulk ------------------------------------------------------------------------------


class _Nama:
    """The names of the rows that entries link to, read with one query per kind of row."""

    def __init__(self) -> None:
        self._ids: dict[type, set] = defaultdict(set)
        self._nama: dict[type, dict] = {}

    def catat(self, model, pk) -> None:
        if pk is not None:
            self._ids[model].add(pk)

    def catat_baris(self, fields: Iterable[models.Field], row) -> None:
        for f in fields:
            if f.is_relation:
                self.catat(f.related_model, getattr(row, f.attname))

    def muat(self) -> None:
        for model, ids in self._ids.items():
            self._nama[model] = _nama_baris(model, ids)

    def __call__(self, model, pk) -> str:
        nama = self._nama.get(model, {}).get(pk)
        return bersihkan(nama) if nama else f"(sudah dihapus, #{pk})"


def _nama_baris(model, ids) -> dict:
    base = model._base_manager.filter(pk__in=ids).order_by()
    if model is get_user_model():
        out = {}
        for user in base.select_related("akses"):
            pengguna, peran = _pengguna(user)
            out[user.pk] = f"{pengguna} ({peran})" if peran else pengguna
        return out
    if model in (Program, Kegiatan, SubKegiatan):
        return {pk: f"{kode} {nama}" for pk, kode, nama in base.values_list("pk", "nomenklatur__kode", "nomenklatur__nama")}
    if model is Lokasi:
        jenis = dict(Kelurahan.Jenis.choices)
        return {pk: f"{jenis.get(j, j)} {kel}" if kel else pd
                for pk, j, kel, pd in base.values_list("pk", "kelurahan__jenis", "kelurahan__nama", "pd__nama")}
    if model is Kelurahan:
        jenis = dict(Kelurahan.Jenis.choices)
        return {pk: f"{jenis.get(j, j)} {nm}" for pk, j, nm in base.values_list("pk", "jenis", "nama")}
    if model is PerjanjianKinerja:
        return {pk: f"PK {tahun} versi {nomor}" for pk, tahun, nomor in base.values_list("pk", "tahun", "nomor")}
    if any(f.name == "nama" for f in model._meta.concrete_fields):
        return dict(base.values_list("pk", "nama"))
    return {obj.pk: str(obj) for obj in base}
