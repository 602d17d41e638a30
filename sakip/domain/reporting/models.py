"""Narrative of the reports that staff write: the analysis of each indicator's result in the LKjIP."""

from __future__ import annotations

from django.db import models

from sakip.core.models import TenantModel
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator


class AnalisisCapaian(TenantModel):
    """LKjIP Bab III (g): why an indicator's result is what it is, what was done, what comes next."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="analisis")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    penyebab = models.TextField("analisis penyebab keberhasilan/kegagalan")
    solusi = models.TextField("alternatif solusi", blank=True)
    langkah = models.TextField("langkah selanjutnya", blank=True)

    tenant_parent = "indikator"

    class Meta:
        verbose_name = "analisis capaian"
        verbose_name_plural = "analisis capaian"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="analisis_capaian_unik")]

    def __str__(self) -> str:
        return f"Analisis {self.indikator} {self.tahun}"
