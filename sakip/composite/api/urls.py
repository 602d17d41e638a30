"""The API v1 (``/api/v1/…``, URL namespace ``api``) and the screens of API tokens (namespace ``token_api``): an
account's own tokens (``akun/token-api/``) and, for the admin pemda, those of its pemda's accounts (under the settings
prefix ``pengaturan/``)."""

from django.urls import include, path

from sakip.composite.api import views
from sakip.composite.api.api import api

token_urls = [
    path("akun/token-api/", views.token_saya, name="token_saya"),
    path("akun/token-api/<int:pk>/cabut/", views.cabut, name="cabut"),
    path("pengaturan/pemda/<slug:pemda>/token-api/", views.token_pemda, name="token_pemda"),
]

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include((token_urls, "token_api"))),
]
