from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "sakip.portal"
    label = "portal"
    verbose_name = "Portal publik"
