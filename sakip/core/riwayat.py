"""The audit machinery: django-simple-history keeps a historical copy of every change (who, when, what,
before and after) of the models that count in an evaluation; this module adds *from where*.

Each audited model declares ``history = riwayat()``; the historical rows carry the pemda and PD of the row
like the row itself, so the activity log (:mod:`sakip.composite.audit`) scopes with the same mechanism.
Nothing in the application edits a historical row. :func:`periksa_basi` refuses a form saved over a
newer change.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.dispatch import receiver
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

from sakip.rumus.angka import format_angka


class JejakAlamat(models.Model):
    """Base of every historical model: the address the change came from (None for commands)."""

    alamat_ip = models.GenericIPAddressField("alamat IP", null=True, blank=True)

    # Historical rows carry the pemda and PD of their row: the one scoping mechanism applies to them.
    scope_pemda_field = "pemda"
    scope_pd_field = "pd"
    scope_pd_optional = False

    class Meta:
        abstract = True


def riwayat() -> HistoricalRecords:
    return HistoricalRecords(bases=[JejakAlamat], inherit=False)


@receiver(pre_create_historical_record)
def _catat_alamat(sender, history_instance, **kwargs) -> None:
    request = getattr(HistoricalRecords.context, "request", None)
    if request is not None:
        history_instance.alamat_ip = request.META.get("REMOTE_ADDR") or None


TINDAKAN = {"+": "dibuat", "~": "diubah", "-": "dihapus"}


def periksa_basi(row, awal: Decimal | None, field: str, atas_awal: Decimal | None = None) -> None:
    """A form saved over a change made after it was opened is refused, not silently overwritten.

    The form carries the value it showed (``awal``; for a range target also its upper bound ``atas_awal``);
    when the stored ``row.nilai`` (and ``row.nilai_atas``) is no longer that, someone else changed it in
    between, and the history says who.
    """
    sekarang = row.nilai if row is not None else None
    if sekarang == awal and getattr(row, "nilai_atas", None) == atas_awal:
        return
    last = row.history.select_related("history_user").first() if row is not None else None
    siapa = (last.history_user.get_full_name() or last.history_user.username) if last and last.history_user else "pengguna lain"
    baru = f"menjadi {format_angka(sekarang)}" if sekarang is not None else "(dihapus)"
    raise ValidationError({field: f"Nilai ini telah diubah oleh {siapa} {baru} setelah halaman Anda dibuka; "
                                  "isian Anda tidak disimpan. Muat ulang halaman, periksa, lalu isi kembali bila perlu."})
