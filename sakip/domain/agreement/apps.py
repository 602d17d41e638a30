from django.apps import AppConfig


class AgreementConfig(AppConfig):
    name = "sakip.domain.agreement"
    label = "agreement"
    verbose_name = "Perjanjian Kinerja"
