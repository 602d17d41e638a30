"""The errors the domain raises for the user, in Indonesian, and how the web answers them.

Services, selectors and builders raise these instead of HTTP errors; they carry a message for the user:

- :class:`TidakDitemukan`: the row or document does not exist or lies outside the actor's scope (404:
  never a hint that it exists). Commands print the message on one line.
- :class:`BelumSiap` (a :class:`TidakDitemukan`): a year, quarter or document not set up yet; the web shows
  what is missing and the actions that set it up (200), so no link of sakip leads to a dead end.
- :class:`Ditolak`: the actor's role or the state of the data does not allow the action (403).
- ``django.core.exceptions.ValidationError``: input that breaks a rule, naming the field; forms show it,
  and one that reaches the web unhandled answers 400 with its messages (:class:`GalatMasukan`).

Both subclass Django's own (``Http404``, ``PermissionDenied``), so Django's handlers render the Indonesian
error pages (``templates/404.html``, ``403.html``) with the message.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse


def pesan_galat(request, exc: ValidationError) -> None:
    """Each message of ``exc`` for the next page (a view that goes back to its page after a refused post)."""
    for m in exc.messages:
        messages.error(request, m)


class TidakDitemukan(Http404):
    """Not found, or not the actor's to see; ``str()`` is the message for the user."""


@dataclass(frozen=True)
class Langkah:
    """An action that sets up what is missing: a label, the URL (name and arguments, plus a query string) and
    the right the user needs to take it."""

    label: str
    url_name: str
    args: tuple = ()
    query: str = ""
    hak: str = ""

    def url(self) -> str | None:
        try:
            return reverse(self.url_name, args=self.args) + (f"?{self.query}" if self.query else "")
        except NoReverseMatch:
            return None


class BelumSiap(TidakDitemukan):
    """A year, quarter or document that is not set up yet: never a dead end. The web answers with what is
    missing and the actions that set it up (for the users who may take them); commands print the message."""

    def __init__(self, pesan: str, langkah: list[Langkah] | tuple[Langkah, ...] = ()) -> None:
        super().__init__(pesan)
        self.langkah = tuple(langkah)


class Ditolak(PermissionDenied):
    """Not allowed to the actor's role, or not in the data's state; ``str()`` is the message for the user."""


class GalatMasukan:
    """Middleware: a ``ValidationError`` no view handled answers 400 with its messages instead of 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, BelumSiap):
            hak: frozenset[str] = getattr(getattr(request, "scope", None), "hak", frozenset())
            langkah = [(a.label, url) for a in exception.langkah if (not a.hak or a.hak in hak) and (url := a.url())]
            return render(request, "belum_siap.html", {"pesan": str(exception), "langkah": langkah,
                                                       "kembali": request.headers.get("Referer", "")})
        if isinstance(exception, ValidationError):
            return render(request, "400.html", {"pesan": exception.messages}, status=400)
        return None
