"""``sakip token --user NAME [--nama LABEL] [--pd SLUG] [--hak lihat,isi] [--sumber NAMA]``: make an API token for
an account and print it once (the system's scope, as the admin's screen would). ``--pd`` and ``--hak`` limit a service account's
token to one PD and a subset of the account's rights; ``--sumber`` binds it to an external source (it posts values
only for the indicators of that source). Only the token's hash is stored."""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404

from sakip.composite.api import services
from sakip.core.scoping import Scope
from sakip.domain.organisation.selectors import get_pd
from sakip.rumus.angka import kutip


class Command(BaseCommand):
    help = "Buat token API untuk satu akun dan cetak tokennya sekali (hanya sidiknya yang disimpan)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, help="nama pengguna akun pemilik token")
        parser.add_argument("--nama", default="Token baris perintah", help="nama token, misalnya nama aplikasinya")
        parser.add_argument("--pd", help="batasi token pada satu perangkat daerah (slug), untuk akun layanan")
        parser.add_argument("--hak", default="", help="batasi token pada hak ini, dipisah koma (misalnya lihat,isi)")
        parser.add_argument("--sumber", default="", help="token aplikasi sumber eksternal ini (misalnya EPDESKEL)")

    def handle(self, *args: Any, user: str, nama: str, pd: str | None, hak: str, sumber: str = "",
               **options: Any) -> None:
        scope = Scope.system()
        akun = get_user_model().objects.filter(username=user).first()
        if akun is None:
            raise CommandError(f"Akun {kutip(user)} tidak ditemukan.")
        try:
            baru = services.buat_token(scope, user=akun, nama=nama, pd=get_pd(scope, pd) if pd else None,
                                       hak=hak.split(","), sumber=sumber)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        except (PermissionDenied, Http404) as exc:  # Ditolak, TidakDitemukan
            raise CommandError(str(exc)) from exc
        self.stderr.write(f"Token “{baru.token.nama}” untuk {akun.username} dibuat. Token ini ditampilkan sekali "
                          "ini saja; simpan sekarang:")
        self.stdout.write(baru.rahasia)
