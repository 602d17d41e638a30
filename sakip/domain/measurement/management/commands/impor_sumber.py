"""``sakip impor_sumber --pd SLUG --sumber NAMA FILE.csv``: the values of an external source from a CSV file (for an
office without a connection to the API), received as the API receives them: each waits for the PD's operator on the
quarter's kiriman page. Columns ``kode,tahun,triwulan,nilai[,keterangan]``, ``;`` or ``,`` separated, values as the
grid reads them; all or nothing, every bad row named with its row and column (exit status 1)."""

from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from sakip.core.scoping import Scope
from sakip.domain.measurement.forms_eksternal import baca_csv
from sakip.domain.measurement.services_eksternal import medan_csv, terima_kiriman
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.angka import kutip


class Command(BaseCommand):
    help = "Impor nilai indikator dari berkas CSV aplikasi sumber eksternal; nilai menunggu konfirmasi operator."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--pd", required=True, help="slug perangkat daerah")
        parser.add_argument("--sumber", required=True, help="nama aplikasi sumber, misalnya EPDESKEL")
        parser.add_argument("berkas", help="berkas CSV: kode,tahun,triwulan,nilai[,keterangan]")

    def handle(self, *args: Any, pd: str, sumber: str, berkas: str, **options: Any) -> None:
        scope = Scope.system()
        path = Path(berkas)
        if not path.is_file():
            raise CommandError(f"Berkas {kutip(berkas)} tidak ditemukan.")
        try:
            unit = get_pd(scope, pd)
            rows = terima_kiriman(scope, pd=unit, sumber=sumber, isian=baca_csv(path.read_bytes()),
                                  dikirim_oleh=f"berkas CSV {path.name[:80]} oleh perintah", kunci_pengirim="csv",
                                  medan=medan_csv)
        except ValidationError as exc:
            pesan = [f"{k}: {m}" for k, ms in exc.message_dict.items() for m in ms] if hasattr(exc, "error_dict") \
                else exc.messages
            raise CommandError("Tidak ada yang disimpan.\n" + "\n".join(pesan)) from exc
        except (PermissionDenied, Http404) as exc:  # Ditolak, TidakDitemukan
            raise CommandError(str(exc)) from exc
        tw = sorted({(r.tahun, r.triwulan) for r in rows})
        self.stdout.write(f"{len(rows)} nilai dari {rows[0].sumber} untuk {unit.nama} diterima dan menunggu konfirmasi "
                          f"operator ({', '.join(f'{t} TW {q}' for t, q in tw)}).")
