"""The URL patterns of the API v1 (django-ninja's, namespace ``api``), imported when ``/api/v1/`` is first resolved
or reversed, not when the URLconf is loaded (:mod:`sakip.composite.api.urls`).

Importing :mod:`sakip.composite.api.api` builds every router's operations: ~80 pydantic models (parameters, the
schemas, and one response model per response type, shared by the status codes and endpoints that answer it:
:mod:`sakip.composite.api.router`), ~50–90 ms of a process's start-up (``bench/mulai.py``). A web worker pays it
with its first API request or its first ``reverse("api:…")``, never for the screens.
"""

from sakip.composite.api.api import api

urlpatterns, app_name, _namespace = api.urls  # ninja's patterns, "ninja", "api"
