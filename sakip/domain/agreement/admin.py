"""Django admin for the Perjanjian Kinerja (versions with their targets and budgets)."""

from django.contrib import admin

from sakip.core.forms import AngkaAdmin
from sakip.domain.agreement import models


class TargetPkInline(AngkaAdmin, admin.TabularInline):
    model = models.TargetPk
    extra = 0
    raw_id_fields = ["indikator"]


class AnggaranPkInline(AngkaAdmin, admin.TabularInline):
    model = models.AnggaranPk
    extra = 0
    raw_id_fields = ["program"]


@admin.register(models.PerjanjianKinerja)
class PerjanjianKinerjaAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["pd", "tahun", "jenjang", "nomor", "tanggal", "alasan"]
    list_filter = ["tahun", "alasan", "pd__pemda"]
    inlines = [TargetPkInline, AnggaranPkInline]
