"""Django admin for the organisation master data (pemda, PD, kelurahan, units, officials)."""

from django.contrib import admin

from sakip.domain.organisation import models


class KelurahanInline(admin.TabularInline):
    model = models.Kelurahan
    extra = 0
    fields = ["urutan", "jenis", "nama", "kode"]


class UnitKerjaInline(admin.TabularInline):
    model = models.UnitKerja
    extra = 0
    fields = ["urutan", "jenis", "nama", "induk", "kelurahan"]


class MasaJabatanInline(admin.TabularInline):
    model = models.MasaJabatan
    extra = 0
    fields = ["pejabat", "status", "mulai", "selesai", "keterangan"]
    autocomplete_fields = ["pejabat"]


@admin.register(models.Pemda)
class PemdaAdmin(admin.ModelAdmin):
    list_display = ["nama", "jenis", "provinsi", "slug"]
    list_filter = ["jenis"]
    search_fields = ["nama"]
    prepopulated_fields = {"slug": ["nama"]}


@admin.register(models.PerangkatDaerah)
class PerangkatDaerahAdmin(admin.ModelAdmin):
    list_display = ["nama", "jenis", "pemda", "slug"]
    list_filter = ["pemda", "jenis"]
    search_fields = ["nama", "slug"]
    prepopulated_fields = {"slug": ["nama"]}
    inlines = [KelurahanInline, UnitKerjaInline]


@admin.register(models.Jabatan)
class JabatanAdmin(admin.ModelAdmin):
    list_display = ["nama", "jenis", "pd", "pemda"]
    list_filter = ["pemda", "jenis"]
    search_fields = ["nama"]
    inlines = [MasaJabatanInline]


@admin.register(models.Pejabat)
class PejabatAdmin(admin.ModelAdmin):
    list_display = ["nama", "nip_tampil", "pangkat", "golongan", "pemda"]
    list_filter = ["pemda"]
    search_fields = ["nama", "nip"]

