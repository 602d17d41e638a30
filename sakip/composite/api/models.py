"""API tokens: what a program presents as ``Authorization: Bearer <token>`` to act as one account.

Only the SHA-256 of the secret is stored (``hash``); the secret itself is shown once, when the token is made, and
its first eight characters (``prefix``) let the owner tell tokens apart in lists. A token belongs to the account's
pemda (``pemda``, the tenant; empty for a system admin's token) and can be narrowed for a service account — a
program that feeds or reads one PD — to one perangkat daerah (``pd``) and a subset of the account's rights
(``hak``); the API then acts with the account's scope narrowed to both (:mod:`sakip.composite.api.auth`).

Not a :class:`~sakip.core.models.TenantModel`: a system admin's tokens belong to no pemda, and who reaches a token is
not a question of the row's PD but of ownership (the account itself) or of the admin pemda's ``master`` right over
the account's pemda (:mod:`sakip.composite.api.selectors`).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from sakip.rumus.peran import SEMUA


class TokenApi(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="token_api",
                             verbose_name="akun")
    pemda = models.ForeignKey("organisation.Pemda", on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                              editable=False, verbose_name="pemda")
    nama = models.CharField("nama", max_length=80, help_text="Untuk apa token ini, misalnya “Aplikasi e-Kinerja”.")
    prefix = models.CharField("awalan", max_length=8)
    hash = models.CharField("sidik SHA-256", max_length=64, unique=True, editable=False)
    dibuat = models.DateTimeField("dibuat", auto_now_add=True)
    dibuat_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name="dibuat oleh")
    terakhir_dipakai = models.DateTimeField("terakhir dipakai", null=True, blank=True)
    dicabut = models.DateTimeField("dicabut", null=True, blank=True)
    dicabut_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name="dicabut oleh")
    # A service account's token: one PD and a few rights (empty: the account's whole scope and rights).
    pd = models.ForeignKey("organisation.PerangkatDaerah", on_delete=models.CASCADE, null=True, blank=True,
                           related_name="+", verbose_name="hanya perangkat daerah")
    hak = models.CharField("hanya hak", max_length=120, blank=True,
                           help_text="Hak yang dipisah koma (lihat, isi, skm …); kosong: semua hak akun.")
    # The external source a service token speaks for (``Indikator.sumber_eksternal``): it posts values only for the
    # indicators of that source (``api/v1/eksternal.py``).
    sumber = models.CharField("sumber eksternal", max_length=40, blank=True,
                              help_text="Nama aplikasi sumber yang memakai token ini (misalnya EPDESKEL); token hanya "
                                        "dapat mengirim nilai indikator bersumber sama. Kosong: bukan token sumber.")

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"
        ordering = ["-dibuat", "-pk"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.prefix}…)"

    @property
    def hak_set(self) -> frozenset[str]:
        """The rights the token is limited to (empty: not limited)."""
        return frozenset(h.strip() for h in self.hak.split(",") if h.strip())

    @property
    def aktif(self) -> bool:
        return self.dicabut is None

    def clean(self) -> None:
        self.sumber = " ".join(self.sumber.split()).upper()
        asing = sorted(self.hak_set - SEMUA)
        if asing:
            raise ValidationError({"hak": f"Hak tidak dikenal: {', '.join(asing)[:40]}."})
        if self.pd is not None and self.pemda_id and self.pd.pemda_id != self.pemda_id:
            raise ValidationError({"pd": "Perangkat daerah ini tidak berada di pemda akun."})
