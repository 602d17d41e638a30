from django.apps import AppConfig


class EvaluasiConfig(AppConfig):
    name = "sakip.domain.evaluasi"
    label = "evaluasi"
    verbose_name = "Evaluasi AKIP"
