"""Fixtures of the API tests: a token of a demo account (optionally limited to a PD and rights) and a client that
sends it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client


@pytest.fixture
def token(db) -> Callable[..., str]:
    """``token("operator-wonoasih")`` → the secret of a new token of that demo account (made as the system);
    ``pd="wonoasih", hak=["lihat"]`` limit it."""
    from django.contrib.auth.models import User

    from sakip.composite.api.services import buat_token
    from sakip.core.scoping import Scope
    from sakip.domain.organisation.models import PerangkatDaerah

    def buat(username: str, *, pd: str | None = None, hak: tuple[str, ...] | list[str] = (), nama: str = "uji") -> str:
        return buat_token(Scope.system(), user=User.objects.get(username=username), nama=nama,
                          pd=PerangkatDaerah.objects.get(slug=pd) if pd else None, hak=hak).rahasia

    return buat


@pytest.fixture
def api() -> Callable[..., object]:
    """``api(url, rahasia, **headers)`` → the response of a GET with ``Authorization: Bearer <rahasia>``."""
    client = Client()

    def get(url: str, rahasia: str | None = None, **headers: str):
        if rahasia is not None:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {rahasia}"
        return client.get(url, **headers)

    return get
