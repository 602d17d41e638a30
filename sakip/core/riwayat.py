"""The audit trail: django-simple-history keeps a historical copy of every change (who, when, what,
before and after) of the models that count in an evaluation; this module adds *from where*.

``HISTORY`` is the field each audited model declares (``history = riwayat()``); the historical
rows carry the pemda and PD of the row like the row itself, so the activity log scopes with the same
mechanism. Nothing in the application edits a historical row.
"""

from __future__ import annotations

from django.db import models
from django.dispatch import receiver
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record


class JejakAlamat(models.Model):
    """Base of every historical model: the address the change came from (None for commands)."""

    alamat_ip = models.GenericIPAddressField("alamat IP", null=True, blank=True)

    class Meta:
        abstract = True


def riwayat() -> HistoricalRecords:
    return HistoricalRecords(bases=[JejakAlamat], inherit=False)


@receiver(pre_create_historical_record)
def _catat_alamat(sender, history_instance, **kwargs) -> None:
    request = getattr(HistoricalRecords.context, "request", None)
    if request is not None:
        history_instance.alamat_ip = request.META.get("REMOTE_ADDR") or None
