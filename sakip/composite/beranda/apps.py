from django.apps import AppConfig


class BerandaConfig(AppConfig):
    name = "sakip.composite.beranda"
    label = "beranda"
    verbose_name = "Beranda"
