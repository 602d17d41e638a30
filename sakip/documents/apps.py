from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class DocumentsConfig(AppConfig):
    name = "sakip.documents"
    label = "documents"
    verbose_name = "Dokumen"

    def ready(self) -> None:
        # Each app declares its document kinds and importers in its ``dokumen`` / ``impor`` module.
        autodiscover_modules("dokumen", "impor")
