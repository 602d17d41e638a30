from django.apps import AppConfig


class SurveyConfig(AppConfig):
    name = "sakip.survey"
    label = "survey"
    verbose_name = "Survei Kepuasan Masyarakat"
