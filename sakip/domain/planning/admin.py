"""Django admin for planning master data; the everyday editing happens on the planning tree."""

from django.contrib import admin

from sakip.core.forms import AngkaAdmin
from sakip.domain.planning import models


@admin.register(models.Nomenklatur)
class NomenklaturAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["kode", "nama", "level"]
    list_filter = ["level"]
    search_fields = ["kode", "nama"]


class MisiInline(AngkaAdmin, admin.StackedInline):
    model = models.Misi
    extra = 0


@admin.register(models.Rpjmd)
class RpjmdAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "pemda", "tahun_mulai", "tahun_selesai"]
    list_filter = ["pemda"]
    inlines = [MisiInline]


@admin.register(models.TujuanRpjmd, models.SasaranRpjmd)
class RpjmdPartAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "pemda"]
    list_filter = ["pemda"]
    search_fields = ["nama"]


class TargetRpjmdInline(AngkaAdmin, admin.TabularInline):
    model = models.TargetRpjmd
    extra = 0


@admin.register(models.IndikatorRpjmd)
class IndikatorRpjmdAdmin(RpjmdPartAdmin):
    inlines = [TargetRpjmdInline]


class TujuanInline(AngkaAdmin, admin.StackedInline):
    model = models.Tujuan
    extra = 0
    fields = ["urutan", "nama", "misi", "tujuan_rpjmd"]


@admin.register(models.Renstra)
class RenstraAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "pd", "tahun_mulai", "tahun_selesai"]
    list_filter = ["pemda", "pd"]
    inlines = [TujuanInline]


@admin.register(models.Tujuan, models.Sasaran)
class TujuanSasaranAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["nama", "pd"]
    list_filter = ["pemda", "pd"]
    search_fields = ["nama"]


class TargetInline(AngkaAdmin, admin.TabularInline):
    model = models.Target
    extra = 0
    fields = ["tahun", "nilai", "teks"]


class PenanggungJawabInline(AngkaAdmin, admin.TabularInline):
    model = models.PenanggungJawab
    extra = 0
    fields = ["urutan", "unit", "jabatan"]


@admin.register(models.Indikator)
class IndikatorAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["nama", "pd", "satuan", "is_iku", "polaritas"]
    list_filter = ["pemda", "pd", "is_iku", "polaritas"]
    search_fields = ["nama"]
    raw_id_fields = ["tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan"]
    inlines = [TargetInline, PenanggungJawabInline]


class KegiatanInline(AngkaAdmin, admin.TabularInline):
    model = models.Kegiatan
    extra = 0
    raw_id_fields = ["nomenklatur"]


@admin.register(models.Program)
class ProgramAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "pd", "tahun"]
    list_filter = ["pemda", "pd", "tahun"]
    raw_id_fields = ["nomenklatur"]
    filter_horizontal = ["sasaran"]
    inlines = [KegiatanInline]


class SubKegiatanInline(AngkaAdmin, admin.TabularInline):
    model = models.SubKegiatan
    extra = 0
    raw_id_fields = ["nomenklatur"]


@admin.register(models.Kegiatan)
class KegiatanAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "program"]
    list_filter = ["pemda", "pd"]
    raw_id_fields = ["nomenklatur", "program"]
    inlines = [SubKegiatanInline]


class LokasiInline(AngkaAdmin, admin.TabularInline):
    model = models.Lokasi
    extra = 0


@admin.register(models.SubKegiatan)
class SubKegiatanAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "kegiatan"]
    list_filter = ["pemda", "pd"]
    raw_id_fields = ["nomenklatur", "kegiatan"]
    inlines = [LokasiInline]


class IkuEntriInline(AngkaAdmin, admin.TabularInline):
    model = models.IkuEntri
    extra = 0
    raw_id_fields = ["indikator", "kelompok_tujuan"]


@admin.register(models.Iku)
class IkuAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "pd", "tahun_mulai", "tahun_selesai"]
    list_filter = ["pemda", "pd"]
    inlines = [IkuEntriInline]
