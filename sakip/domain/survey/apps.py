from django.apps import AppConfig


class SurveyConfig(AppConfig):
    name = "sakip.domain.survey"
    label = "survey"
    verbose_name = "Survei Kepuasan Masyarakat"

    def ready(self) -> None:
        from sakip.domain.survey import signals  # noqa: F401  (connects the cache invalidation)
