from django.apps import AppConfig


class AgreementConfig(AppConfig):
    name = "sakip.agreement"
    label = "agreement"
    verbose_name = "Perjanjian Kinerja"
