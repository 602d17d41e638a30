from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "sakip.core"
    label = "core"
    verbose_name = "Inti"

    def ready(self) -> None:
        from django.db.models.signals import pre_save

        from sakip.core.teks import bersihkan_model

        pre_save.connect(bersihkan_model, dispatch_uid="sakip-bersihkan-teks")  # every model, every door
