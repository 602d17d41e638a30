from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "sakip.organisation"
    label = "organisation"
    verbose_name = "Organisasi"
