"""Writes of API tokens: make one (its secret returned once, only its hash stored), revoke one, record its use.

Each public function is one transaction (or one statement) and takes the actor's scope first: an account makes
and revokes its own tokens; the admin pemda those of its pemda's accounts (service accounts); commands act as the
system (``sakip token``). Below them, the API's writes of a PD's data: batches through the screens' own services.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sakip.composite.api import selectors
from sakip.composite.api.models import TokenApi
from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.measurement import services as pengukuran
from sakip.rumus.angka import kutip
from sakip.rumus.peran import SEMUA

MAKS_AKTIF = 20  # active tokens of one account
CATAT_SETIAP = datetime.timedelta(minutes=1)  # ``terakhir_dipakai`` is written at most this often


@dataclass(frozen=True)
class TokenBaru:
    """A token just made and its secret in clear, to be shown once."""

    token: TokenApi
    rahasia: str


def _hak(hak: Iterable[str]) -> frozenset[str]:
    hasil = frozenset(h.strip() for h in hak if h.strip())
    asing = sorted(hasil - SEMUA)
    if asing:
        raise ValidationError({"hak": f"Hak tidak dikenal: {kutip(', '.join(asing))}."})
    return hasil


def _periksa_batasan(user: Any, scope_akun: Scope, pd: Any, hak: frozenset[str]) -> None:
    """A service token's PD and rights must lie within the account's own scope and rights."""
    if (pd is not None or hak) and scope_akun.everything:
        raise ValidationError({"pd": "Token terbatas dibuat untuk akun pemda (akun layanan), bukan akun admin sistem."})
    if pd is not None:
        menjangkau = (pd.pk == scope_akun.pd_id if scope_akun.kelurahan_id is not None
                      else scope_akun.reaches_pd(pd))
        if not menjangkau:
            raise ValidationError({"pd": f"Akun {user.username} tidak menjangkau {pd.nama}."})
    lebih = sorted(hak - scope_akun.hak)
    if lebih:
        raise ValidationError({"hak": f"Akun {user.username} tidak memegang hak: {', '.join(lebih)}."})


def buat_token(scope: Scope, *, user: Any, nama: str, pd: Any = None, hak: Iterable[str] = (),
               pelaku: Any = None, sumber: str = "") -> TokenBaru:
    """A new token of ``user`` named ``nama``, limited to ``pd`` and ``hak`` when given (a service account), speaking
    for the external source ``sumber`` when given."""
    scope_akun = Scope.for_user(user)
    pemda_id = scope_akun.pemda_id
    if not selectors.boleh_kelola(scope, user=user, pemda_id=pemda_id):
        raise Ditolak("Anda tidak berwenang membuat token API untuk akun ini.")
    nama = (nama or "").strip()
    if not nama:
        raise ValidationError({"nama": "Isi nama token, misalnya nama aplikasi yang memakainya."})
    if len(nama) > 80:
        raise ValidationError({"nama": f"Nama token paling panjang 80 karakter ({len(nama)} diketik)."})
    if not user.is_active:
        raise ValidationError({"user": f"Akun {user.username} nonaktif."})
    if not scope_akun.everything and not scope_akun.hak:
        raise ValidationError({"user": f"Akun {user.username} belum memiliki peran."})
    hak_set = _hak(hak)
    _periksa_batasan(user, scope_akun, pd, hak_set)
    with transaction.atomic():
        if TokenApi.objects.select_for_update().filter(user=user, dicabut__isnull=True).count() >= MAKS_AKTIF:
            raise ValidationError({"nama": f"Akun {user.username} sudah memiliki {MAKS_AKTIF} token aktif; "
                                           "cabut token yang tidak dipakai lagi."})
        rahasia = secrets.token_urlsafe(32)  # 256 random bits, 43 characters of [A-Za-z0-9_-]
        token = TokenApi(user=user, pemda_id=pemda_id, nama=nama, prefix=rahasia[:8], hash=selectors.sidik(rahasia),
                         dibuat_oleh=pelaku, pd=pd, hak=",".join(sorted(hak_set)), sumber=sumber or "")
        token.full_clean(exclude=["hash"])
        token.save()
    return TokenBaru(token, rahasia)


def cabut_token(scope: Scope, *, token: TokenApi, pelaku: Any = None) -> bool:
    """Revoke ``token`` (from now on it answers 401); False when it was revoked already."""
    if not selectors.boleh_kelola(scope, user=token.user, pemda_id=token.pemda_id):
        raise Ditolak("Anda tidak berwenang mencabut token API ini.")
    with transaction.atomic():
        diubah = TokenApi.objects.filter(pk=token.pk, dicabut__isnull=True).update(
            dicabut=timezone.now(), dicabut_oleh=pelaku)
    token.refresh_from_db(fields=["dicabut", "dicabut_oleh"])
    return bool(diubah)


def catat_pemakaian(token: TokenApi, waktu: datetime.datetime) -> bool:
    """Record that ``token`` was used at ``waktu``, at most once a minute (one ``UPDATE … WHERE`` that writes
    only when the stored time is older, so concurrent requests write it once); whether it wrote."""
    if token.terakhir_dipakai is not None and waktu - token.terakhir_dipakai < CATAT_SETIAP:
        return False
    ditulis = TokenApi.objects.filter(Q(terakhir_dipakai__isnull=True) | Q(terakhir_dipakai__lte=waktu - CATAT_SETIAP),
                                      pk=token.pk).update(terakhir_dipakai=waktu)
    if ditulis:
        token.terakhir_dipakai = waktu
    return bool(ditulis)


# --- writes of a PD's data through the API: the screens' services, batched --------------------------------------


@transaction.atomic
def simpan_pengukuran(scope: Scope, *, tahun: int, triwulan: int,
                      baris: list[tuple[pengukuran.IsianRealisasi | None, pengukuran.IsianAnggaran | None]]) -> int:
    """Save the rows of a quarter sent in one request, all or nothing: each row through the grid's own
    ``measurement.services.simpan_baris`` (its checks, the lock, the stale-value refusal), every row checked even
    after a refused one so that the answer lists them all (``baris.<n>.<field>``); one refused row rolls back the
    whole batch. The number of rows saved."""
    errors: dict[str, list[ValidationError]] = {}
    for nomor, (realisasi, anggaran) in enumerate(baris):
        try:
            pengukuran.simpan_baris(scope, tahun=tahun, triwulan=triwulan, realisasi=realisasi, anggaran=anggaran)
        except ValidationError as exc:
            for field, messages in exc.update_error_dict({}).items():
                errors.setdefault(f"baris.{nomor}.{field}", []).extend(messages)
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)
    return len(baris)
