from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "sakip.demo"
    label = "demo"
    verbose_name = "Data demo"
