"""Writes to the organisation master data: the pemda's settings, its perangkat daerah with their
kelurahan/desa and units, the posts and the officials who hold them.

Each public function is one transaction, takes the actor's scope first, checks that the actor holds
``master`` and reaches the pemda or PD for changing, validates with the models' invariants
(``full_clean``) and raises ``ValidationError`` naming the field. A new PD or kelurahan is announced with
:mod:`sakip.domain.organisation.signals` once the transaction has committed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Model
from django.utils.text import slugify

from sakip.core.galat import Ditolak
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.organisation.signals import kelurahan_dibuat, pd_dibuat
from sakip.rumus.peran import MASTER

PENGATURAN_FIELDS = ("ibukota", "rumus_negatif", "skala_kategori", "skm_periode", "skm_populasi")
PD_FIELDS = ("nama", "alamat", "telepon", "email", "tugas", "fungsi")
UNIT_FIELDS = ("jenis", "nama", "urutan", "induk", "kelurahan")
JABATAN_FIELDS = ("nama", "jenis", "unit")
PEJABAT_FIELDS = ("nama", "nip", "pangkat", "golongan")
MASA_FIELDS = ("pejabat", "status", "mulai", "selesai", "keterangan")
KELURAHAN_FIELDS = ("urutan", "jenis", "nama", "kode")


@dataclass(frozen=True)
class KelurahanBaru:
    """A kelurahan/desa to create, as typed on one line."""

    jenis: str
    nama: str
    kode: str = ""


def pastikan_master(scope: Scope, obj: Pemda | PerangkatDaerah) -> None:
    """Raise :class:`Ditolak` unless the actor keeps the master data of ``obj`` (a pemda or one of its PD)."""
    if not scope.holds(MASTER) or not scope.reaches(obj, CHANGE):
        raise Ditolak("Anda tidak berwenang mengubah data induk pemda ini.")


def _set(obj: Model, data: dict, fields: Iterable[str]) -> None:
    for name in fields:
        if name in data:
            value = data[name]
            setattr(obj, name, value.strip() if isinstance(value, str) else value)


def _simpan(obj: Model) -> None:
    obj.full_clean()
    obj.save()


def _unik(queryset, obj: Model, field: str, pesan: str) -> None:
    """Refuse ``obj`` when ``queryset`` holds another row (a constraint's message named on ``field``)."""
    if queryset.exclude(pk=obj.pk).exists():
        raise ValidationError({field: pesan})


# --- the pemda's settings -------------------------------------------------------------------------------


@transaction.atomic
def ubah_pengaturan(scope: Scope, *, pemda: Pemda, data: dict) -> Pemda:
    """The pemda's place of signing and its measurement settings (negative formula, category scale)."""
    pastikan_master(scope, pemda)
    _set(pemda, data, PENGATURAN_FIELDS)
    _simpan(pemda)
    return pemda


# --- perangkat daerah and kelurahan/desa ----------------------------------------------------------------


def slug_pd(nama: str, jenis: str, pemda: Pemda) -> str:
    """A unique slug from the PD's name, a kecamatan's without the word: “Kecamatan Gading” → ``gading``,
    “Dinas Kesehatan” → ``dinas-kesehatan``; when taken, with the pemda's slug, then numbered."""
    base = slugify(nama)
    awalan = "kecamatan-"
    if jenis == PerangkatDaerah.Jenis.KECAMATAN and base.startswith(awalan) and len(base) > len(awalan):
        base = base[len(awalan):]
    base = (base or "pd")[:40].strip("-")
    calon = [base, f"{base}-{pemda.slug}"[:56].strip("-")]
    calon += [f"{calon[1]}-{n}" for n in range(2, 100)]
    terpakai = set(PerangkatDaerah.objects.filter(slug__in=calon).values_list("slug", flat=True))
    return next(c for c in calon if c not in terpakai)


def _tambah_kelurahan(pd: PerangkatDaerah, baru: list[KelurahanBaru], field: str, kirim: bool = True) -> list[Kelurahan]:
    if baru and pd.jenis != PerangkatDaerah.Jenis.KECAMATAN:
        raise ValidationError({field: "Kelurahan/desa hanya berada di bawah kecamatan."})
    ada = {n.casefold() for n in Kelurahan.objects.filter(pd=pd).values_list("nama", flat=True)}
    urutan = Kelurahan.objects.filter(pd=pd).aggregate(m=Max("urutan"))["m"] or 0
    dibuat = []
    for b in baru:
        if b.nama.casefold() in ada:
            raise ValidationError({field: f"{b.nama} sudah ada di {pd.nama}."})
        ada.add(b.nama.casefold())
        urutan += 1
        kelurahan = Kelurahan(pd=pd, jenis=b.jenis, nama=b.nama, kode=b.kode, urutan=urutan)
        try:
            _simpan(kelurahan)
        except ValidationError as exc:
            raise ValidationError({field: [f"{b.nama}: {m}" for m in exc.messages]}) from exc
        dibuat.append(kelurahan)
    for kelurahan in dibuat if kirim else ():  # in the same transaction: its set-up is all or nothing with it
        kelurahan_dibuat.send(sender=Kelurahan, kelurahan=kelurahan)
    return dibuat


@transaction.atomic
def tambah_pd(scope: Scope, *, pemda: Pemda, jenis: str, data: dict, kelurahan: Iterable[KelurahanBaru] = (),
              slug: str = "") -> PerangkatDaerah:
    """Create a perangkat daerah of ``pemda`` (with its kelurahan/desa when it is a kecamatan).

    ``pd_dibuat`` is sent inside the transaction, after its kelurahan exist: what higher apps set up for a new
    PD (its SKM) is created with it or not at all.
    """
    pastikan_master(scope, pemda)
    pd = PerangkatDaerah(pemda=pemda, jenis=jenis)
    _set(pd, data, PD_FIELDS)
    _unik(PerangkatDaerah.objects.filter(pemda=pemda, nama__iexact=pd.nama), pd, "nama",
          f"{pemda.nama} sudah mempunyai perangkat daerah bernama {pd.nama}.")
    if slug:
        _unik(PerangkatDaerah.objects.filter(slug=slug), pd, "slug", f"Slug “{slug}” sudah dipakai perangkat daerah lain.")
    pd.slug = slug or slug_pd(pd.nama, jenis, pemda)
    _simpan(pd)
    _tambah_kelurahan(pd, list(kelurahan), "kelurahan", kirim=False)
    pd_dibuat.send(sender=PerangkatDaerah, pd=pd)
    return pd


@transaction.atomic
def ubah_pd(scope: Scope, *, pd: PerangkatDaerah, data: dict) -> PerangkatDaerah:
    """The PD's name, address, telephone, e-mail, tugas and fungsi."""
    pastikan_master(scope, pd)
    _set(pd, data, PD_FIELDS)
    _unik(PerangkatDaerah.objects.filter(pemda_id=pd.pemda_id, nama__iexact=pd.nama), pd, "nama",
          f"Pemda ini sudah mempunyai perangkat daerah bernama {pd.nama}.")
    _simpan(pd)
    return pd


@transaction.atomic
def simpan_kelurahan(scope: Scope, *, pd: PerangkatDaerah, perubahan: list[tuple[Kelurahan, dict]],
                     baru: list[KelurahanBaru]) -> list[Kelurahan]:
    """Rename, reorder or re-kind the kelurahan/desa of ``pd`` and add new ones (after the last); returns the
    new ones. Names stay unique within the PD, compared without regard to case."""
    pastikan_master(scope, pd)
    nama_baru: dict[str, Kelurahan] = {}
    for kelurahan, data in perubahan:
        if kelurahan.pd_id != pd.pk:
            raise Ditolak("Kelurahan ini bukan bagian dari perangkat daerah tersebut.")
        _set(kelurahan, data, KELURAHAN_FIELDS)
        kunci = kelurahan.nama.casefold()
        if kunci in nama_baru:
            raise ValidationError({"__all__": f"Nama {kelurahan.nama} dipakai dua kali."})
        nama_baru[kunci] = kelurahan
    # Names may be swapped between rows: check against the new names, then save.
    for kelurahan, _ in perubahan:
        kelurahan.full_clean(validate_unique=False, validate_constraints=False)
    tetap = Kelurahan.objects.filter(pd=pd).exclude(pk__in=[k.pk for k, _ in perubahan])
    for nama in tetap.values_list("nama", flat=True):
        if nama.casefold() in nama_baru:
            raise ValidationError({"__all__": f"Nama {nama} sudah dipakai kelurahan/desa lain."})
    for kelurahan, _ in perubahan:  # free the old names first (a unique name per PD, checked row by row)
        Kelurahan.objects.filter(pk=kelurahan.pk).update(nama=f"__sementara_{kelurahan.pk}")
    for kelurahan, _ in perubahan:
        kelurahan.save()
    return _tambah_kelurahan(pd, baru, "baru")


# --- units ----------------------------------------------------------------------------------------------


def _simpan_unit(unit: UnitKerja, data: dict) -> UnitKerja:
    _set(unit, data, UNIT_FIELDS)
    if unit.kelurahan_id:
        sama = UnitKerja.objects.filter(kelurahan_id=unit.kelurahan_id, nama__iexact=unit.nama)
    else:
        sama = UnitKerja.objects.filter(pd_id=unit.pd_id, kelurahan__isnull=True, nama__iexact=unit.nama)
    _unik(sama, unit, "nama", f"Unit kerja bernama {unit.nama} sudah ada.")
    induk, dilihat = unit.induk, set()
    while induk is not None and induk.pk not in dilihat:  # no unit above itself, however far up
        if unit.pk and induk.pk == unit.pk:
            raise ValidationError({"induk": "Unit kerja tidak dapat berada di bawah dirinya sendiri."})
        dilihat.add(induk.pk)
        induk = induk.induk
    _simpan(unit)
    return unit


@transaction.atomic
def tambah_unit(scope: Scope, *, pd: PerangkatDaerah, data: dict) -> UnitKerja:
    pastikan_master(scope, pd)
    return _simpan_unit(UnitKerja(pd=pd), data)


@transaction.atomic
def ubah_unit(scope: Scope, *, unit: UnitKerja, data: dict) -> UnitKerja:
    pastikan_master(scope, unit.pd)
    return _simpan_unit(unit, data)


# --- posts, officials, tenures --------------------------------------------------------------------------


def _milik(jabatan: Jabatan) -> Pemda | PerangkatDaerah:
    return jabatan.pd if jabatan.pd is not None else jabatan.pemda


def _simpan_jabatan(jabatan: Jabatan, data: dict) -> Jabatan:
    _set(jabatan, data, JABATAN_FIELDS)
    if jabatan.pd_id:
        sama = Jabatan.objects.filter(pd_id=jabatan.pd_id, nama__iexact=jabatan.nama)
    else:
        sama = Jabatan.objects.filter(pemda_id=jabatan.pemda_id, pd__isnull=True, nama__iexact=jabatan.nama)
    _unik(sama, jabatan, "nama", f"Jabatan {jabatan.nama} sudah ada.")
    _simpan(jabatan)
    return jabatan


@transaction.atomic
def tambah_jabatan(scope: Scope, *, pemda: Pemda, pd: PerangkatDaerah | None = None, data: dict) -> Jabatan:
    """A post of ``pd``, or of the pemda itself (kepala daerah) when ``pd`` is ``None``."""
    if pd is not None and pd.pemda_id != pemda.pk:
        raise Ditolak("Perangkat daerah ini bukan bagian dari pemda tersebut.")
    pastikan_master(scope, pd if pd is not None else pemda)
    return _simpan_jabatan(Jabatan(pemda=pemda, pd=pd), data)


@transaction.atomic
def ubah_jabatan(scope: Scope, *, jabatan: Jabatan, data: dict) -> Jabatan:
    pastikan_master(scope, _milik(jabatan))
    return _simpan_jabatan(jabatan, data)


def _simpan_pejabat(pejabat: Pejabat, data: dict, prefix: str = "") -> Pejabat:
    _set(pejabat, data, PEJABAT_FIELDS)
    pejabat.nip = "".join((pejabat.nip or "").split())
    if pejabat.nip:
        _unik(Pejabat.objects.filter(nip=pejabat.nip), pejabat, f"{prefix}nip",
              f"NIP {pejabat.nip_tampil} sudah terdaftar untuk pejabat lain.")
    try:
        _simpan(pejabat)
    except ValidationError as exc:
        if not prefix or not hasattr(exc, "error_dict"):
            raise
        raise ValidationError({f"{prefix}{k}": v for k, v in exc.message_dict.items()}) from exc
    return pejabat


@transaction.atomic
def tambah_pejabat(scope: Scope, *, pemda: Pemda, data: dict) -> Pejabat:
    pastikan_master(scope, pemda)
    return _simpan_pejabat(Pejabat(pemda=pemda), data)


@transaction.atomic
def ubah_pejabat(scope: Scope, *, pejabat: Pejabat, data: dict) -> Pejabat:
    pastikan_master(scope, pejabat.pemda)
    return _simpan_pejabat(pejabat, data)


def _simpan_masa(masa: MasaJabatan, data: dict) -> MasaJabatan:
    _set(masa, data, MASA_FIELDS)
    if masa.pejabat_id is None:
        raise ValidationError({"pejabat": "Pilih pejabat, atau isi nama pejabat baru."})
    _simpan(masa)  # MasaJabatan.clean refuses another pemda's official and overlapping tenures
    return masa


@transaction.atomic
def tambah_masa_jabatan(scope: Scope, *, jabatan: Jabatan, data: dict, pejabat_baru: dict | None = None) -> MasaJabatan:
    """A tenure of ``jabatan``: an official of the pemda (``data["pejabat"]``) or a new one typed with it
    (``pejabat_baru``: nama, nip, pangkat, golongan; errors named ``pejabat_baru_<field>``)."""
    pastikan_master(scope, _milik(jabatan))
    data = dict(data)
    if pejabat_baru:
        data["pejabat"] = _simpan_pejabat(Pejabat(pemda_id=jabatan.pemda_id), pejabat_baru, prefix="pejabat_baru_")
    return _simpan_masa(MasaJabatan(jabatan=jabatan), data)


@transaction.atomic
def ubah_masa_jabatan(scope: Scope, *, masa: MasaJabatan, data: dict) -> MasaJabatan:
    pastikan_master(scope, _milik(masa.jabatan))
    return _simpan_masa(masa, data)
