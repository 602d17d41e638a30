"""Signals of the organisation app, for higher apps that set up what a new unit of the pemda needs.

Both are sent by :mod:`sakip.domain.organisation.services` inside the transaction that creates the row, so
what a receiver sets up (the SKM of a new PD) is saved with the row or not at all.
"""

from __future__ import annotations

from django.dispatch import Signal

pd_dibuat = Signal()  # sender=PerangkatDaerah, pd=the new PerangkatDaerah
kelurahan_dibuat = Signal()  # sender=Kelurahan, kelurahan=the new Kelurahan
