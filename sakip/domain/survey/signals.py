"""The survey's reactions to other apps: clear the public survey's cached units and periods whenever one of
them changes, and set up the SKM of a new PD (and of a kelurahan added to it) the moment it is created —
never on the first view of a page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sakip.domain.organisation.signals import kelurahan_dibuat, pd_dibuat
from sakip.domain.survey import services
from sakip.domain.survey.models import PeriodeSurvei, UnitLayanan
from sakip.domain.survey.selectors import lupakan_cache


@receiver([post_save, post_delete], sender=UnitLayanan)
@receiver([post_save, post_delete], sender=PeriodeSurvei)
def lupakan(sender, **kwargs) -> None:
    lupakan_cache()


@receiver(pd_dibuat)
def pd_baru(sender, pd, **kwargs) -> None:
    services.siapkan_skm(pd)


@receiver(kelurahan_dibuat)
def kelurahan_baru(sender, kelurahan, **kwargs) -> None:
    services.siapkan_unit_kelurahan(kelurahan)
