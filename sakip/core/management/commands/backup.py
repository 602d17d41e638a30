"""``sakip backup [--out FILE]``: a consistent copy of the database and uploaded files."""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sakip.core.cadangan import buat_cadangan


class Command(BaseCommand):
    help = "Buat cadangan basis data dan berkas unggahan (satu .tar.gz)."

    def add_arguments(self, parser):
        parser.add_argument("--out", help="berkas tujuan (bawaan: var/cadangan/sakip-TANGGAL.tar.gz)")

    def handle(self, *args, out=None, **options):
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        tujuan = Path(out) if out else Path(settings.VAR_DIR) / "cadangan" / f"sakip-{stamp}.tar.gz"
        try:
            manifest = buat_cadangan(tujuan)
        except OSError as exc:  # the destination cannot be written (folder, permission, disk full)
            raise CommandError(f"Cadangan tidak dapat ditulis ke {tujuan}: {exc.strerror or exc}.") from exc
        self.stdout.write(f"Cadangan ditulis ke {tujuan}: {sum(manifest['baris'].values())} baris, "
                          f"{manifest['berkas']} berkas.")
