"""A per-process memo of a few values for a few seconds: what the busiest public page reads on every request.

Django's local-memory cache pickles every value it stores and unpickles it on every read: for the public
questionnaire's unit and open period that cost ~70 µs of an answer's ~0,5 ms (bench/skm.py). An ``Ingatan``
keeps the objects themselves, so what it returns is shared by the requests of one process and must be treated
as read-only. ``lupakan`` empties every memo of the process (after a change to what they hold); other
processes follow when their entries expire.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Any, ClassVar, Generic, TypeVar

T = TypeVar("T")


class Ingatan(Generic[T]):
    semua: ClassVar[list[Ingatan[Any]]] = []
    BATAS = 1000  # entries; past it the expired ones are dropped (then all, if none had expired)

    def __init__(self, detik: float) -> None:
        self.detik = detik
        self._isi: dict[Hashable, tuple[float, T]] = {}
        Ingatan.semua.append(self)

    def ambil(self, kunci: Hashable, buat: Callable[[], T]) -> T:
        """The value remembered for ``kunci``, or ``buat()`` remembered for the next ``detik`` seconds."""
        sekarang = time.monotonic()
        ada = self._isi.get(kunci)
        if ada is not None and ada[0] > sekarang:
            return ada[1]
        nilai = buat()
        if len(self._isi) >= self.BATAS:
            self._isi = {k: v for k, v in self._isi.items() if v[0] > sekarang}
            if len(self._isi) >= self.BATAS:
                self._isi.clear()
        self._isi[kunci] = (sekarang + self.detik, nilai)
        return nilai

    @classmethod
    def lupakan(cls) -> None:
        for ingatan in cls.semua:
            ingatan._isi.clear()
