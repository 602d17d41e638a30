from django.apps import AppConfig


class ProfilConfig(AppConfig):
    name = "sakip.profil"
    label = "profil"
    verbose_name = "Profil perangkat daerah"
