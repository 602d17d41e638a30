"""The audit machinery: django-simple-history keeps a historical copy of every change (who, when, what,
before and after) of the models that count in an evaluation; this module adds *from where*.

Each audited model declares ``history = riwayat()``; the historical rows carry the pemda and PD of the row
like the row itself, so the activity log (:mod:`sakip.composite.audit`) scopes with the same mechanism.
Nothing in the application edits a historical row. :func:`periksa_basi` refuses a form saved over a
newer change.

Two rules keep the trail readable (:class:`Riwayat`), whichever service saves the row:

- a save that changes nothing (every tracked value equal to the stored row's; ``auto_now`` stamps aside)
  writes no historical row, so the log never says "diubah" where nothing was;
- the first change of a row that has no history yet (rows of a bulk load, such as the demo, record none)
  first records the stored state as the row's *keadaan awal* (no user, no address, change reason
  :data:`KEADAAN_AWAL`), so the change shows what it replaced (95 → 97,5). The audit pages use it as the
  "before" of the next record and do not list it as an activity.

Both cost one query per update of an audited row (the stored row, with whether it has history yet).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.dispatch import receiver
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

from sakip.core.penolakan import DITOLAK_BASI
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


# The change reason of the record of a row's state before its first recorded change (see the module docstring).
KEADAAN_AWAL = "keadaan awal"
_SEBELUM = "_riwayat_sebelum"  # the stored row, read before a save, kept on the instance until post_save


class Riwayat(HistoricalRecords):
    """django-simple-history's ``HistoricalRecords`` that skips saves changing nothing and records the
    state a first change replaced (see the module docstring)."""

    def finalize(self, sender, **kwargs) -> None:
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            models.signals.pre_save.connect(self.pre_save, sender=sender, weak=False)

    def pre_save(self, instance, raw=False, **kwargs) -> None:
        """Read the stored row (and whether it has history) before an update overwrites it."""
        instance.__dict__.pop(_SEBELUM, None)
        if (raw or instance._state.adding or instance.pk is None or hasattr(instance, "skip_history_when_saving")
                or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True)):
            return
        model = type(instance)
        history = getattr(model, self.manager_name).model
        pk = model._meta.pk.attname
        stored = (model._base_manager.using(kwargs.get("using") or instance._state.db)
                  .annotate(_ada_riwayat=Exists(history.objects.filter(**{pk: OuterRef("pk")})))
                  .filter(pk=instance.pk).order_by().first())
        if stored is not None:
            instance.__dict__[_SEBELUM] = stored

    def post_save(self, instance, created, using=None, **kwargs) -> None:
        stored = instance.__dict__.pop(_SEBELUM, None)
        if stored is not None and not created and not kwargs.get("raw", False):
            if not berubah(self.fields_included(instance), stored, instance):
                return
            if not stored._ada_riwayat:
                stored._history_user = None
                stored._change_reason = KEADAAN_AWAL
                stored._history_date = timezone.now() - datetime.timedelta(microseconds=1)
                self.create_historical_record(stored, "+", using=using)
        super().post_save(instance, created, using=using, **kwargs)


def berubah(fields, lama, baru) -> bool:
    """Whether any tracked value differs between two states of a row (``auto_now`` stamps aside)."""
    for field in fields:
        if getattr(field, "auto_now", False):
            continue
        a, b = getattr(lama, field.attname), getattr(baru, field.attname)
        if a != b and _nilai(field, a) != _nilai(field, b):
            return True
    return False


def _nilai(field, value):
    """A value as the field stores it, so ``"95"`` and ``Decimal("95.0000")`` compare equal."""
    if value is None or field.is_relation:
        return value
    try:
        return field.to_python(value)
    except ValidationError:
        return value


def riwayat() -> HistoricalRecords:
    return Riwayat(bases=[JejakAlamat], inherit=False)


@receiver(pre_create_historical_record)
def _catat_alamat(sender, history_instance, **kwargs) -> None:
    if history_instance.history_change_reason == KEADAAN_AWAL:
        return  # the state before the first recorded change: nobody's, from nowhere
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
    raise ValidationError({field: ValidationError(
        f"Nilai ini telah diubah oleh {siapa} {baru} setelah halaman Anda dibuka; isian Anda tidak disimpan. "
        "Muat ulang halaman, periksa, lalu isi kembali bila perlu.", code=DITOLAK_BASI)})
