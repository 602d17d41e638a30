"""Writes to user accounts: a new pemda with its first admin pemda (system admin), the accounts of a pemda
and their roles, deactivation, password resets and lifting a django-axes lockout (admin pemda, system admin).

Each public function is one transaction and takes the actor's scope first. An admin pemda reaches only
the accounts of its own pemda and never creates or changes a system admin.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from axes.utils import reset as axes_reset
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from sakip.core.galat import Ditolak
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Pemda
from sakip.rumus.peran import MASTER

PERAN_PEMDA = [p for p in Akses.Peran if p != Akses.Peran.ADMIN]  # what an admin pemda may give
_HURUF = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand


@dataclass(frozen=True)
class Akun:
    """A created or reset account and its password in clear, to be shown once."""

    user: Any
    sandi: str
    dibuat: bool = True


def sandi_acak() -> str:
    """A password of three groups of four, e.g. ``k7dm-p3xq-9vhe`` (about 62 bits)."""
    while True:
        sandi = "-".join("".join(secrets.choice(_HURUF) for _ in range(4)) for _ in range(3))
        try:
            validate_password(sandi)
        except ValidationError:
            continue
        return sandi


def _pastikan_pemda(scope: Scope, pemda: Any) -> None:
    if not scope.holds(MASTER) or not scope.reaches(pemda, CHANGE):
        raise Ditolak("Anda tidak berwenang mengelola pengguna pemda ini.")


def _pastikan_pengguna(scope: Scope, user: Any) -> Akses:
    akses = getattr(user, "akses", None)
    if akses is None or akses.pemda_id is None or akses.peran == Akses.Peran.ADMIN or (
            user.is_superuser and not scope.everything):
        raise Ditolak("Akun ini tidak dikelola dari halaman pemda.")
    _pastikan_pemda(scope, akses.pemda)
    return akses


def _sandi(user: Any, sandi: str) -> str:
    sandi = sandi or sandi_acak()
    try:
        validate_password(sandi, user)
    except ValidationError as exc:
        raise ValidationError({"sandi": exc.messages}) from exc
    user.set_password(sandi)
    return sandi


def _user_baru(data: dict) -> Any:
    User = get_user_model()
    username = (data.get("username") or "").strip()
    user = User(username=username, first_name=(data.get("nama") or "").strip(), email=(data.get("email") or "").strip())
    if not username:
        raise ValidationError({"username": "Isi nama pengguna."})
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": f"Nama pengguna “{username}” sudah dipakai."})
    _periksa_user(user)
    return user


def _periksa_user(user: Any, **kwargs: Any) -> None:
    try:
        user.full_clean(exclude=["password", "last_name"], **kwargs)
    except ValidationError as exc:  # the form calls the full name "nama"
        raise ValidationError({"nama" if k == "first_name" else k: v for k, v in exc.message_dict.items()}) from exc


def _peran(pemda: Any, data: dict) -> dict:
    """The role and its PD/kelurahan as stored: checked against ``pemda``; what the role does not use is dropped."""
    peran = data.get("peran")
    if peran not in PERAN_PEMDA:
        raise ValidationError({"peran": "Peran ini tidak dapat diberikan dari halaman pemda."})
    pd = data.get("pd") if peran in Akses.PD_ROLES and peran != Akses.Peran.OPERATOR_KELURAHAN else None
    kelurahan = data.get("kelurahan") if peran == Akses.Peran.OPERATOR_KELURAHAN else None
    if pd is not None and pd.pemda_id != pemda.pk:
        raise ValidationError({"pd": "Perangkat daerah ini bukan bagian dari pemda tersebut."})
    if kelurahan is not None:
        if kelurahan.pemda_id != pemda.pk:
            raise ValidationError({"kelurahan": "Kelurahan ini bukan bagian dari pemda tersebut."})
        pd = kelurahan.pd
    return {"peran": peran, "pemda": pemda, "pd": pd, "kelurahan": kelurahan}


def _simpan_akses(akses: Akses, nilai: dict) -> Akses:
    for name, value in nilai.items():
        setattr(akses, name, value)
    akses.save()  # Akses.save checks the role's PD and kelurahan (errors named pd / kelurahan)
    return akses


# --- a new pemda (system admin) -------------------------------------------------------------------------


def slug_pemda(nama: str) -> str:
    """A unique slug from the name: “Kabupaten Lumajang” → ``kabupaten-lumajang`` (numbered when taken)."""
    base = (slugify(nama) or "pemda")[:55].strip("-")
    terpakai = set(Pemda.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    return next(c for c in [base, *(f"{base}-{n}" for n in range(2, 1000))] if c not in terpakai)


@transaction.atomic
def buat_pemda(scope: Scope, *, pemda: dict, admin: dict | None) -> tuple[Any, Akun | None]:
    """Create a pemda (jenis, nama, provinsi, ibukota) and, given ``admin`` (username, nama, email, sandi —
    blank for a generated one), its first admin pemda. Only the system admin creates a pemda."""
    if not scope.everything:
        raise Ditolak("Hanya admin sistem yang dapat membuat pemda baru.")
    obj = Pemda(jenis=pemda.get("jenis") or "", nama=(pemda.get("nama") or "").strip(),
                provinsi=pemda.get("provinsi"), ibukota=(pemda.get("ibukota") or "").strip(),
                logo=pemda.get("logo") or "")
    if obj.jenis != Pemda.Jenis.PROVINSI and obj.provinsi is None:
        raise ValidationError({"provinsi": "Pilih provinsi induk kota/kabupaten ini."})
    if obj.jenis == Pemda.Jenis.PROVINSI and obj.provinsi is not None:
        raise ValidationError({"provinsi": "Provinsi tidak berada di bawah provinsi lain."})
    if obj.nama and Pemda.objects.filter(nama__iexact=obj.nama).exists():
        raise ValidationError({"nama": f"Pemda bernama {obj.nama} sudah ada."})
    obj.slug = slug_pemda(obj.nama)
    obj.full_clean()
    obj.save()
    if admin is None:
        if obj.jenis != Pemda.Jenis.PROVINSI:
            raise ValidationError({"admin_username": "Kota/kabupaten baru memerlukan akun admin pemda pertamanya."})
        return obj, None
    try:
        user = _user_baru(admin)
        sandi = _sandi(user, admin.get("sandi") or "")
    except ValidationError as exc:  # the admin's fields are "admin_<name>" on the form
        raise ValidationError({f"admin_{k}": v for k, v in exc.message_dict.items()}) from exc
    user.save()
    _simpan_akses(Akses(user=user), {"peran": Akses.Peran.ADMIN_PEMDA, "pemda": obj, "pd": None, "kelurahan": None})
    return obj, Akun(user=user, sandi=sandi)


# --- the accounts of a pemda ----------------------------------------------------------------------------


@transaction.atomic
def buat_pengguna(scope: Scope, *, pemda: Any, data: dict) -> Akun:
    """A new account of ``pemda`` with its role (``peran``, ``pd``, ``kelurahan``); ``data["sandi"]`` blank
    gives a generated password. Errors are named on the form's fields."""
    _pastikan_pemda(scope, pemda)
    nilai = _peran(pemda, data)
    user = _user_baru(data)
    sandi = _sandi(user, data.get("sandi") or "")
    user.save()
    _simpan_akses(Akses(user=user), nilai)
    return Akun(user=user, sandi=sandi)


@transaction.atomic
def ubah_pengguna(scope: Scope, *, user: Any, data: dict, pelaku: Any) -> Any:
    """Name, e-mail and role of an account. Nobody changes the role of their own account."""
    akses = _pastikan_pengguna(scope, user)
    nilai = _peran(akses.pemda, data)
    if user.pk == pelaku.pk and (nilai["peran"], nilai["pd"], nilai["kelurahan"]) != (akses.peran, akses.pd, akses.kelurahan):
        raise ValidationError({"peran": "Anda tidak dapat mengubah peran akun Anda sendiri."})
    user.first_name = (data.get("nama") or "").strip()
    user.email = (data.get("email") or "").strip()
    _periksa_user(user, validate_unique=False)
    user.save(update_fields=["first_name", "email"])
    _simpan_akses(akses, nilai)
    return user


@transaction.atomic
def atur_aktif(scope: Scope, *, user: Any, aktif: bool, pelaku: Any) -> Any:
    """Deactivate (the account can no longer log in; its history stays) or reactivate an account."""
    _pastikan_pengguna(scope, user)
    if user.pk == pelaku.pk and not aktif:
        raise Ditolak("Anda tidak dapat menonaktifkan akun Anda sendiri.")
    user.is_active = aktif
    user.save(update_fields=["is_active"])
    return user


@transaction.atomic
def atur_ulang_sandi(scope: Scope, *, user: Any, sandi: str = "") -> Akun:
    """A new password for ``user`` (generated when blank), to be shown once to the one who reset it."""
    _pastikan_pengguna(scope, user)
    sandi = _sandi(user, sandi)
    user.save(update_fields=["password"])
    return Akun(user=user, sandi=sandi, dibuat=False)


@transaction.atomic
def buka_kunci(scope: Scope, *, user: Any) -> int:
    """Lift django-axes' lockout of ``user`` (from every address); returns the number of records removed."""
    _pastikan_pengguna(scope, user)
    return axes_reset(username=user.get_username())
