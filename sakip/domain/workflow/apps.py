from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "sakip.domain.workflow"
    label = "workflow"
    verbose_name = "Alur persetujuan dan jadwal"
