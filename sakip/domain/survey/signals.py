"""Clear the public survey's cached units and periods whenever one of them changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sakip.domain.survey.models import PeriodeSurvei, UnitLayanan


@receiver([post_save, post_delete], sender=UnitLayanan)
@receiver([post_save, post_delete], sender=PeriodeSurvei)
def lupakan(sender, **kwargs) -> None:
    from sakip.domain.survey.services import lupakan_cache

    lupakan_cache()
