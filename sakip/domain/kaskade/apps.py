from django.apps import AppConfig


class KaskadeConfig(AppConfig):
    name = "sakip.domain.kaskade"
    label = "kaskade"
    verbose_name = "Kaskade kinerja"
