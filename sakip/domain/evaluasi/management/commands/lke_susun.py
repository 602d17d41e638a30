"""``sakip lke_susun --pemda SLUG --year YYYY [--dari 88/2021|YYYY] [--skala 88/2021|Y/T|A-E]
[--jadwal TAHAP MULAI SELESAI ...]``: the screens "Susun LKE" and "Jadwal" as a command (the system's scope):
create the pemda's LKE of a year from 88/2021 or a copy of another year, put every criterion on one scale, set
the windows of the stages; all in one transaction. Prints what the worksheet holds."""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.http import Http404

from sakip.core.scoping import Scope
from sakip.domain.evaluasi import services, susun
from sakip.domain.evaluasi.models import JADWAL_TAHAP, Lke
from sakip.domain.organisation.selectors import get_pemda
from sakip.rumus import lke as rumus


class Command(BaseCommand):
    help = ("Buat LKE pemda untuk satu tahun dari LKE PermenPANRB 88/2021 atau salinan tahun lain (--dari), dan/atau "
            "ubah skala jawaban seluruh kriterianya (--skala).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pemda", required=True, help="slug pemda, misalnya kota-probolinggo")
        parser.add_argument("--year", required=True, type=int, help="tahun LKE")
        parser.add_argument("--dari", help="sumber LKE baru: 88/2021 atau tahun yang sudah memiliki LKE")
        parser.add_argument("--skala", choices=list(rumus.SKALA), help="skala jawaban seluruh kriteria")
        parser.add_argument("--jadwal", nargs=3, action="append", metavar=("TAHAP", "MULAI", "SELESAI"),
                            help=f"jadwal satu tahap ({', '.join(JADWAL_TAHAP)}), tanggal tttt-bb-hh atau - "
                                 f"(tidak dibatasi); dapat diulang")

    def handle(self, *args: Any, pemda: str, year: int, dari: str | None, skala: str | None,
               jadwal: list[list[str]] | None, **options: Any) -> None:
        if dari is None and skala is None and not jadwal:
            raise CommandError("Sebutkan --dari, --skala, --jadwal, atau gabungannya.")
        tanggal = _jadwal(jadwal or [])
        scope = Scope.system()
        try:
            with transaction.atomic():
                obj = get_pemda(scope, pemda)
                lke = susun.buat_lke(scope, pemda=obj, tahun=year, sumber=dari) if dari is not None else \
                    Lke.objects.filter(pemda=obj, tahun=year).first()
                if lke is None:
                    raise CommandError(f"{obj.nama} belum memiliki LKE tahun {year}; buat dengan --dari.")
                if skala is not None:
                    lke = susun.ubah_skala_lke(scope, lke, skala)
                if tanggal:
                    lke = services.atur_jadwal(scope, lke=lke, tanggal=tanggal)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        except (PermissionDenied, Http404) as exc:  # Ditolak, TidakDitemukan
            raise CommandError(str(exc)) from exc
        s = susun.susunan(scope, obj, year)
        jumlah_sub = sum(len(k.sub_komponen.all()) for k in s.komponen)
        self.stdout.write(f"LKE tahun {year} {obj.nama}: {len(s.komponen)} komponen, {jumlah_sub} sub-komponen, "
                          f"{s.jumlah_kriteria} kriteria; skala {rumus.NAMA_SKALA[lke.skala]}.")


def _jadwal(isian: list[list[str]]) -> dict[str, datetime.date | None]:
    """``[[tahap, mulai, selesai], ...]`` → the window fields of ``Lke``; a message naming the bad value."""
    tanggal: dict[str, datetime.date | None] = {}
    for tahap, *ujung in isian:
        if tahap not in JADWAL_TAHAP:
            raise CommandError(f"--jadwal: tahap “{tahap[:20]}” tidak dikenal; pilih {', '.join(JADWAL_TAHAP)}.")
        for nama, teks in zip(("mulai", "selesai"), ujung, strict=True):
            try:
                tanggal[f"{tahap}_{nama}"] = None if teks == "-" else datetime.date.fromisoformat(teks)
            except ValueError:
                raise CommandError(f"--jadwal {tahap}: “{teks[:20]}” bukan tanggal (tttt-bb-hh) atau -.") from None
    return tanggal
