from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "sakip.composite.dashboard"
    label = "dashboard"
    verbose_name = "Dasbor"
