from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sakip.composite.api"
    label = "api"
    verbose_name = "API v1"
