from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "sakip.dashboard"
    label = "dashboard"
    verbose_name = "Dasbor"
