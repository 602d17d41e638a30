from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "sakip.domain.organisation"
    label = "organisation"
    verbose_name = "Organisasi"
