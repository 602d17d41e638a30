"""Shared model machinery: the tenant base class and its scoped queryset."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models, transaction

from sakip.core.scoping import VIEW, Scope


class TenantQuerySet(models.QuerySet):
    def within(self, scope: Scope, action: str = VIEW):
        """Only the rows ``scope`` may see (``"view"``) or change (``"change"``)."""
        return scope.filter(self, action)


TenantManager = models.Manager.from_queryset(TenantQuerySet)


class TenantModel(models.Model):
    """A row that belongs to a pemda and, usually, to one perangkat daerah of it.

    ``tenant_parent`` names the foreign key the row hangs from; pemda and PD are copied from it so
    that every table can be scoped with one filter, and a child can never sit in another pemda
    than its parent.
    """

    pemda = models.ForeignKey("organisation.Pemda", on_delete=models.PROTECT, related_name="+", editable=False)

    objects = TenantManager()

    scope_pemda_field = "pemda"
    scope_pd_field: str | None = "pd"
    scope_pd_optional = False
    tenant_parent: str | None = None

    class Meta:
        abstract = True

    def inherit_tenant(self) -> None:
        if self.tenant_parent is None:
            return
        parent = getattr(self, self.tenant_parent, None)
        if parent is None:
            return
        self.pemda_id = parent.pemda_id
        if self.scope_pd_field == "pd" and hasattr(parent, "pd_id"):
            self.pd_id = parent.pd_id
        elif self.scope_pd_field == "pd" and parent._meta.model_name == "perangkatdaerah":
            self.pd_id = parent.pk

    def clean(self) -> None:
        self.inherit_tenant()
        super().clean()

    def save(self, *args, **kwargs):
        self.inherit_tenant()
        if self.pemda_id is None:
            raise ValidationError("Data ini belum terhubung ke pemda.")
        super().save(*args, **kwargs)


def simpan_dengan_berkas(row: TenantModel, field: str, nama: str, upload) -> None:
    """Save ``row`` with ``upload`` stored in its file field ``field`` (under the name its ``upload_to`` gives),
    all or nothing: when the row is refused (``full_clean``) or the transaction fails, the stored file is
    deleted again, so no file is left without its row."""
    berkas = getattr(row, field)
    disimpan = None
    try:
        with transaction.atomic():
            row.inherit_tenant()
            berkas.save(nama, upload, save=False)
            disimpan = berkas.name
            row.full_clean()
            row.save()
    except BaseException:
        if disimpan:
            berkas.storage.delete(disimpan)
        raise


def same_pemda(field: str, obj, other, message: str) -> dict[str, str]:
    """An error for ``field`` when ``other`` lives in another pemda than ``obj``."""
    if other is not None and obj.pemda_id is not None and other.pemda_id != obj.pemda_id:
        return {field: message}
    return {}


class Penolakan(models.Model):
    """A refusal that looks deliberate: a forged form field, a file pretending to be a PDF, a step the
    user may not take, a request for a row outside the user's scope. Written by
    :func:`sakip.core.penolakan.catat`; shown in the activity log; never edited from the application.
    """

    waktu = models.DateTimeField("waktu", auto_now_add=True, db_index=True)
    pengguna = models.ForeignKey("auth.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    nama_pengguna = models.CharField("nama pengguna", max_length=150, blank=True)
    alamat_ip = models.GenericIPAddressField("alamat IP", null=True, blank=True)
    pemda = models.ForeignKey("organisation.Pemda", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    pd = models.ForeignKey("organisation.PerangkatDaerah", on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+")
    metode = models.CharField("metode", max_length=8)
    alamat = models.CharField("alamat halaman", max_length=500)
    status = models.PositiveSmallIntegerField("kode jawaban")
    alasan = models.CharField("alasan", max_length=500)

    # Scoped by the user who was refused: a PD sees its own users' refusals, a pemda-wide role all.
    scope_pemda_field = "pemda"
    scope_pd_field = "pd"

    class Meta:
        verbose_name = "penolakan"
        verbose_name_plural = "penolakan"
        ordering = ["-waktu"]

    def __str__(self) -> str:
        return f"{self.waktu:%Y-%m-%d %H:%M} {self.nama_pengguna or 'anonim'}: {self.alasan}"
