from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "sakip.composite.audit"
    label = "audit"
    verbose_name = "Jejak audit"
