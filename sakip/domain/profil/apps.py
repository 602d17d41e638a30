from django.apps import AppConfig


class ProfilConfig(AppConfig):
    name = "sakip.domain.profil"
    label = "profil"
    verbose_name = "Profil perangkat daerah"
