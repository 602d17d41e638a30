from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "sakip.domain.reporting"
    label = "reporting"
    verbose_name = "Dokumen dan laporan"
