from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sakip.composite.api"
    label = "api"
    verbose_name = "API v1"

    def ready(self) -> None:
        from simple_history.signals import pre_create_historical_record

        from sakip.composite.api.riwayat import catat_token

        pre_create_historical_record.connect(catat_token, dispatch_uid="api-token-riwayat")
