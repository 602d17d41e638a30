"""The workflow is moved from the screens; the admin shows it read-only (steps are the audit)."""

from django.contrib import admin

from sakip.domain.workflow import models


@admin.register(models.Pengajuan, models.LangkahAlur)
class BacaSajaAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(models.BatasWaktu)
