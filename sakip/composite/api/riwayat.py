"""A change made through the API is audited like a screen write — simple-history records the token's account as
the user (``request.user``, set by :mod:`sakip.composite.api.auth`) and the address — and names the token in the
historical row's ``history_change_reason`` (``API · token “e-Kinerja” (AbCd1234…)``), so the activity log and an
indicator's history tell a program's change from a person's; SKM answers add the channel they were collected
through (``· kanal kios``). Connected in ``ApiConfig.ready``."""

from __future__ import annotations

from typing import Any

from simple_history.models import HistoricalRecords

PANJANG_ALASAN = 100  # simple-history's history_change_reason column


def alasan_token(token: Any, kanal: str = "") -> str:
    """The change reason of a write made with ``token`` (and the channel the data came through, for SKM answers)."""
    awal = "API · token “"
    akhir = f"” ({token.prefix}…)" + (f" · kanal {kanal}" if kanal else "")
    nama = token.nama[:PANJANG_ALASAN - len(awal) - len(akhir)]
    return f"{awal}{nama}{akhir}"


def catat_token(sender: Any, history_instance: Any, **kwargs: Any) -> None:
    """``pre_create_historical_record``: name the request's API token, unless the record has its own reason (the
    stored state before a first change, ``core.riwayat.KEADAAN_AWAL``)."""
    request = getattr(HistoricalRecords.context, "request", None)
    token = getattr(request, "token_api", None)
    if token is not None and not history_instance.history_change_reason:
        history_instance.history_change_reason = alasan_token(token, getattr(request, "kanal_api", ""))
