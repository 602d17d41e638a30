"""The URL patterns of the API v1 (django-ninja's, namespace ``api``), imported when ``/api/v1/`` is first resolved
or reversed, not when the URLconf is loaded (:mod:`sakip.composite.api.urls`).

Importing :mod:`sakip.composite.api.api` builds every router's operations: ~190 pydantic models (parameters, and
one response model per status code of each endpoint), ~130 ms of a process's start-up (``bench/mulai.py``). A web
worker pays it with its first API request or its first ``reverse("api:…")``, never for the screens.
"""

from sakip.composite.api.api import api

urlpatterns, app_name, _namespace = api.urls  # ninja's patterns, "ninja", "api"
