"""The one scoping mechanism: every tenant table carries its pemda and declares how it is scoped."""

import pytest
from django.apps import apps

from sakip.core.models import TenantModel
from sakip.core.scoping import CHANGE, Scope

TENANT_MODELS = [m for m in apps.get_models() if issubclass(m, TenantModel)]


def test_there_are_tenant_models():
    assert len(TENANT_MODELS) >= 15


@pytest.mark.parametrize("model", TENANT_MODELS, ids=lambda m: m.__name__)
def test_every_tenant_table_carries_its_pemda_and_its_declared_pd(model):
    field_names = {f.name for f in model._meta.get_fields()}
    assert "pemda" in field_names
    if model.scope_pd_field not in (None, "id"):
        assert model.scope_pd_field in field_names


def test_anonymous_sees_nothing_and_changes_nothing():
    scope = Scope.nothing()
    from sakip.domain.planning.models import Indikator

    assert scope.q(Indikator) is None
    assert scope.q(Indikator, CHANGE) is None


def test_read_only_scope_cannot_change():
    from sakip.domain.planning.models import Indikator

    scope = Scope(pemda_id=1, writes=False)
    assert scope.q(Indikator) is not None
    assert scope.q(Indikator, CHANGE) is None


def test_pd_scope_may_read_pemda_wide_rows_but_not_change_them():
    from sakip.domain.organisation.models import Jabatan, Pejabat

    scope = Scope(pemda_id=1, pd_id=5, writes=True)
    assert "pd__isnull" in str(scope.q(Jabatan))
    assert "pd__isnull" not in str(scope.q(Jabatan, CHANGE))
    assert scope.q(Pejabat, CHANGE) is None
