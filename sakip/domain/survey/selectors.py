"""Scoped reads of the survey set-up."""

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.survey.models import PeriodeSurvei, UnitLayanan


def periode_list(scope: Scope, pd: PerangkatDaerah) -> list[PeriodeSurvei]:
    return list(PeriodeSurvei.objects.within(scope).filter(pd=pd).order_by("-mulai"))


def unit_list(scope: Scope, pd: PerangkatDaerah) -> list[UnitLayanan]:
    return list(UnitLayanan.objects.within(scope).filter(pd=pd).order_by("urutan"))
