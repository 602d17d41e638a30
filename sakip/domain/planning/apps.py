from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "sakip.domain.planning"
    label = "planning"
    verbose_name = "Perencanaan"
