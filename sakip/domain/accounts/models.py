"""Who a user is in sakip: a role and the pemda / perangkat daerah / kelurahan it applies to."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from sakip.core.riwayat import riwayat
from sakip.core.scoping import Scope
from sakip.rumus import peran


class Akses(models.Model):
    class Peran(models.TextChoices):
        ADMIN = "admin", "Admin sistem"
        ADMIN_PEMDA = "admin_pemda", "Admin pemda (Bagian Organisasi)"
        EVALUATOR = "evaluator", "Evaluator (Inspektorat)"
        OPERATOR = "operator", "Operator perangkat daerah"
        VERIFIKATOR = "verifikator", "Verifikator perangkat daerah"
        PIMPINAN = "pimpinan", "Pimpinan perangkat daerah"
        OPERATOR_KELURAHAN = "operator_kelurahan", "Operator kelurahan"

    PEMDA_WIDE = {Peran.ADMIN_PEMDA, Peran.EVALUATOR}
    PD_ROLES = {Peran.OPERATOR, Peran.VERIFIKATOR, Peran.PIMPINAN, Peran.OPERATOR_KELURAHAN}

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="akses")
    peran = models.CharField("peran", max_length=20, choices=Peran.choices)
    pemda = models.ForeignKey("organisation.Pemda", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    pd = models.ForeignKey("organisation.PerangkatDaerah", on_delete=models.PROTECT, null=True, blank=True,
                           related_name="+", verbose_name="perangkat daerah")
    kelurahan = models.ForeignKey("organisation.Kelurahan", on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    history = riwayat()

    class Meta:
        verbose_name = "akses"
        verbose_name_plural = "akses"

    def __str__(self) -> str:
        return f"{self.user}: {self.get_peran_display()}"

    def clean(self) -> None:
        if self.pd_id and self.pd is not None:
            self.pemda_id = self.pd.pemda_id
        if self.kelurahan_id and self.kelurahan is not None:
            self.pd_id = self.kelurahan.pd_id
            self.pemda_id = self.kelurahan.pemda_id
        if self.peran != self.Peran.ADMIN and not self.pemda_id:
            raise ValidationError({"pemda": "Peran ini memerlukan pemda."})
        if self.peran in self.PD_ROLES and not self.pd_id:
            raise ValidationError({"pd": "Peran ini memerlukan perangkat daerah."})
        if self.peran == self.Peran.OPERATOR_KELURAHAN and not self.kelurahan_id:
            raise ValidationError({"kelurahan": "Operator kelurahan memerlukan kelurahan."})

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    def scope(self) -> Scope:
        if self.peran == self.Peran.ADMIN:
            return Scope.system()
        hak = peran.hak(self.peran)
        return Scope(
            pemda_id=self.pemda_id,
            pd_id=None if self.peran in self.PEMDA_WIDE else self.pd_id,
            kelurahan_id=self.kelurahan_id if self.peran == self.Peran.OPERATOR_KELURAHAN else None,
            writes=peran.menulis(hak),
            label=self.get_peran_display(),
            hak=hak,
            peran=self.peran,
            user_id=self.user_id,
        )
