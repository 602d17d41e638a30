from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "sakip.composite.portal"
    label = "portal"
    verbose_name = "Portal publik"
