"""The API v1 (``/api/v1/…``, URL namespace ``api``) and the screens of API tokens (namespace ``token_api``): an
account's own tokens (``akun/token-api/``) and, for the admin pemda, those of its pemda's accounts (under the settings
prefix ``pengaturan/``).

The API's own patterns live in :mod:`sakip.composite.api.urls_v1`, imported on the first resolve of an address
under ``/api/v1/`` or the first ``reverse("api:…")`` (:class:`ResolverMalas`), so neither loading the URLconf nor a
screen's page builds a django-ninja router (``tests/test_mulai_ringan.py``). ``sakip check`` still builds them:
Django's URL checks walk every pattern. A new area of the API still adds its router in ``api.py`` only."""

from typing import Any

from django.urls import URLResolver, include, path
from django.urls.resolvers import RoutePattern

from sakip.composite.api import views


class ResolverMalas(URLResolver):
    """A namespaced resolver whose urlconf, a dotted path, is imported when it is first needed.

    Django's ``URLResolver`` already imports a string urlconf on first use (``include`` imports at once), but a
    parent's ``_populate`` (any ``reverse``) populates every resolver below it; a namespaced one is only listed there
    by its pattern and namespace, so its own lookups can wait for its own first reverse or resolve. (The one
    difference: a parent populated before the load lists none of the API's view paths in ``_callback_strs``, read
    only by ``django.contrib.admindocs``, which sakip does not install.)"""

    def _populate(self) -> None:
        if "url_patterns" in self.__dict__:  # loaded: populate as Django does; before, the parent needs nothing
            super()._populate()

    def _muat(self) -> None:
        self.url_patterns  # noqa: B018 (the cached property imports the urlconf)

    @property
    def reverse_dict(self) -> Any:
        self._muat()
        return super().reverse_dict

    @property
    def namespace_dict(self) -> Any:
        self._muat()
        return super().namespace_dict

    @property
    def app_dict(self) -> Any:
        self._muat()
        return super().app_dict

    def _is_callback(self, name: str) -> bool:
        self._muat()
        return super()._is_callback(name)


token_urls = [
    path("akun/token-api/", views.token_saya, name="token_saya"),
    path("akun/token-api/<int:pk>/cabut/", views.cabut, name="cabut"),
    path("pengaturan/pemda/<slug:pemda>/token-api/", views.token_pemda, name="token_pemda"),
]

urlpatterns = [
    # What path("api/v1/", api.urls) builds (app "ninja", namespace "api"), with the patterns imported on first use.
    ResolverMalas(RoutePattern("api/v1/", is_endpoint=False), "sakip.composite.api.urls_v1", app_name="ninja",
                namespace="api"),
    path("", include((token_urls, "token_api"))),
]
