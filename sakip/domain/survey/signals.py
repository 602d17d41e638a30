"""Clear the public survey's cached units and periods whenever one of them changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sakip.domain.survey.models import PeriodeSurvei, UnitLayanan
from sakip.domain.survey.selectors import lupakan_cache


@receiver([post_save, post_delete], sender=UnitLayanan)
@receiver([post_save, post_delete], sender=PeriodeSurvei)
def lupakan(sender, **kwargs) -> None:
    lupakan_cache()
