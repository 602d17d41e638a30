"""The demo accounts. Every one has the password ``sakip-demo`` (see :mod:`sakip.composite.demo.services`).

These are not in the seeds: they exist so each role can be tried. Names say what the account is,
they are not people.
"""

from typing import NotRequired, TypedDict


class Akun(TypedDict):
    username: str
    first_name: str
    last_name: str
    peran: str  # an Akses.Peran value
    superuser: NotRequired[bool]
    pemda: NotRequired[str]  # slugs of the pemda, the perangkat daerah; the kelurahan's name
    pd: NotRequired[str]
    kelurahan: NotRequired[str]


AKUN: list[Akun] = [
    {"username": "admin", "first_name": "Admin", "last_name": "Sistem", "peran": "admin", "superuser": True},
    {"username": "admin-probolinggo", "first_name": "Admin", "last_name": "Pemda Kota Probolinggo",
     "peran": "admin_pemda", "pemda": "kota-probolinggo"},
    {"username": "inspektorat-probolinggo", "first_name": "Evaluator", "last_name": "Inspektorat Kota Probolinggo",
     "peran": "evaluator", "pemda": "kota-probolinggo"},
    {"username": "operator-wonoasih", "first_name": "Operator", "last_name": "Kecamatan Wonoasih",
     "peran": "operator", "pd": "wonoasih"},
    {"username": "verifikator-wonoasih", "first_name": "Verifikator", "last_name": "Kecamatan Wonoasih",
     "peran": "verifikator", "pd": "wonoasih"},
    {"username": "camat-wonoasih", "first_name": "Camat", "last_name": "Wonoasih",
     "peran": "pimpinan", "pd": "wonoasih"},
    {"username": "operator-kanigaran", "first_name": "Operator", "last_name": "Kecamatan Kanigaran",
     "peran": "operator", "pd": "kanigaran"},
    {"username": "operator-purworejo", "first_name": "Operator", "last_name": "Kecamatan Purworejo",
     "peran": "operator", "pd": "purworejo"},
    {"username": "operator-sumberjambe", "first_name": "Operator", "last_name": "Kecamatan Sumberjambe",
     "peran": "operator", "pd": "sumberjambe"},
    {"username": "kelurahan-sumbertaman", "first_name": "Operator", "last_name": "Kelurahan Sumber Taman",
     "peran": "operator_kelurahan", "pd": "wonoasih", "kelurahan": "Sumber Taman"},
]
