from django.contrib import admin

from sakip.domain.profil.models import IsuStrategis, Kewenangan, PelaksanaanKewenangan, ProfilPd, TabelProfil, UraianProfil


class UraianInline(admin.StackedInline):
    model = UraianProfil
    extra = 0


class IsuInline(admin.TabularInline):
    model = IsuStrategis
    extra = 0


@admin.register(ProfilPd)
class ProfilPdAdmin(admin.ModelAdmin):
    list_display = ["pd", "tahun", "tanggal"]
    list_filter = ["tahun", "pd"]
    inlines = [UraianInline, IsuInline]


@admin.register(TabelProfil)
class TabelProfilAdmin(admin.ModelAdmin):
    list_display = ["judul", "uraian", "pd"]
    list_filter = ["pd"]


class PelaksanaanInline(admin.TabularInline):
    model = PelaksanaanKewenangan
    extra = 0


@admin.register(Kewenangan)
class KewenanganAdmin(admin.ModelAdmin):
    list_display = ["rincian", "bidang", "pd", "urutan"]
    list_filter = ["pd", "bidang"]
    inlines = [PelaksanaanInline]
