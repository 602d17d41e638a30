from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "sakip.composite.demo"
    label = "demo"
    verbose_name = "Data demo"
