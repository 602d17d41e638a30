from django.contrib import admin

from sakip.domain.reporting.models import AnalisisCapaian


@admin.register(AnalisisCapaian)
class AnalisisCapaianAdmin(admin.ModelAdmin):
    list_display = ["indikator", "tahun", "pd"]
    list_filter = ["tahun", "pd"]
