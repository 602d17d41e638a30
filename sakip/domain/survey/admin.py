"""Django admin for the survey set-up: units, services, periods, the questionnaire wording and order,
follow-up plans and FKP minutes. Answers are read-only here: they come from the public form, staff entry
or an import."""

from django.contrib import admin

from sakip.domain.survey import models


class JenisLayananInline(admin.TabularInline):
    model = models.JenisLayanan
    extra = 0


@admin.register(models.UnitLayanan)
class UnitLayananAdmin(admin.ModelAdmin):
    list_display = ["nama", "pd", "slug", "aktif"]
    list_filter = ["pd"]
    inlines = [JenisLayananInline]


class RtlInline(admin.TabularInline):
    model = models.RencanaTindakLanjut
    extra = 0


@admin.register(models.PeriodeSurvei)
class PeriodeSurveiAdmin(admin.ModelAdmin):
    list_display = ["nama", "pd", "kode", "mulai", "selesai", "populasi", "ditutup"]
    list_filter = ["pd", "ditutup"]
    inlines = [RtlInline]


@admin.register(models.Pertanyaan)
class PertanyaanAdmin(admin.ModelAdmin):
    list_display = ["urutan", "unsur", "teks", "pd"]
    list_filter = ["pd"]
    ordering = ["pd", "urutan"]


@admin.register(models.ForumKonsultasiPublik)
class FkpAdmin(admin.ModelAdmin):
    list_display = ["periode", "tanggal", "tempat"]


@admin.register(models.Respons)
class ResponsAdmin(admin.ModelAdmin):
    list_display = ["id", "periode", "unit", "kanal", "dibuat"]
    list_filter = ["periode", "kanal", "unit"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False
