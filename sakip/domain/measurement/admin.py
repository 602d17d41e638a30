"""Django admin for measurement data; the everyday entry happens on the quarterly grid."""

from django.contrib import admin

from sakip.core.forms import AngkaAdmin
from sakip.domain.measurement import models


@admin.register(models.Realisasi)
class RealisasiAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["indikator", "tahun", "triwulan", "nilai", "teks"]
    list_filter = ["tahun", "triwulan", "pd"]
    raw_id_fields = ["indikator"]


@admin.register(models.RealisasiTahunan)
class RealisasiTahunanAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["indikator", "tahun", "nilai", "sumber"]
    raw_id_fields = ["indikator"]


@admin.register(models.Pagu, models.RealisasiAnggaran)
class BarisAnggaranAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "sub_kegiatan", "lokasi", "nilai"]
    list_filter = ["pd"]
    raw_id_fields = ["sub_kegiatan", "lokasi"]


@admin.register(models.BuktiDukung)
class BuktiDukungAdmin(AngkaAdmin, admin.ModelAdmin):
    """Read-only: files are uploaded on the evidence page, where their content is checked."""

    list_display = ["indikator", "tahun", "triwulan", "nama_asli", "jenis", "ukuran", "diunggah"]
    list_filter = ["tahun", "pd"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(models.RencanaAksi)
class RencanaAksiAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["indikator", "tahun", "triwulan", "nilai", "aksi"]
    list_filter = ["tahun", "triwulan", "pd"]
    raw_id_fields = ["indikator"]


@admin.register(models.AnggaranKas)
class AnggaranKasAdmin(AngkaAdmin, admin.ModelAdmin):
    list_display = ["__str__", "sub_kegiatan", "triwulan", "nilai"]
    list_filter = ["pd"]
    raw_id_fields = ["sub_kegiatan"]
