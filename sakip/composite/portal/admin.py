from django.contrib import admin

from sakip.composite.portal import models


@admin.register(models.Publikasi)
class PublikasiAdmin(admin.ModelAdmin):
    """Read-only: a publication is made by the head from the LKjIP or SKM page."""

    list_display = ["judul", "pd", "tahun", "diterbitkan", "oleh"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(models.Pindaian)
class PindaianAdmin(admin.ModelAdmin):
    """Read-only: a scan is uploaded by the PD's operator or head from the PD's page."""

    list_display = ["__str__", "pd", "tahun", "halaman", "diunggah", "oleh"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
