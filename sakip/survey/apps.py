from django.apps import AppConfig


class SurveyConfig(AppConfig):
    name = "sakip.survey"
    label = "survey"
    verbose_name = "Survei Kepuasan Masyarakat"

    def ready(self) -> None:
        from sakip.survey import signals  # noqa: F401  (connects the cache invalidation)
