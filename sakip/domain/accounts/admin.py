from django.contrib import admin

from sakip.domain.accounts.models import Akses


@admin.register(Akses)
class AksesAdmin(admin.ModelAdmin):
    list_display = ["user", "peran", "pemda", "pd", "kelurahan"]
    list_filter = ["peran", "pemda"]
    autocomplete_fields = ["user"]
