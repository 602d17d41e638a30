"""The four pemda of the demo: Provinsi Jawa Timur and the kota/kabupaten of the seeds.

Seed notes:

* No seed names the capital of Provinsi Jawa Timur; its ``ibukota`` is left blank.
* ``ibukota`` of the kota/kabupaten is the place the documents are signed in: "Probolinggo"
  (seed 002), "Pasuruan" (seed 003); "Jember" is the capital of Kabupaten Jember (seed 004 has no
  place/date line; decision of the lead).
"""

from typing import NotRequired, TypedDict


class PemdaSpec(TypedDict):
    slug: str
    nama: str
    jenis: str  # a Pemda.Jenis value
    provinsi: NotRequired[str]  # the provinsi's slug
    ibukota: NotRequired[str]


PEMDA: list[PemdaSpec] = [
    {"slug": "jawa-timur", "nama": "Provinsi Jawa Timur", "jenis": "provinsi"},
    {"slug": "kota-probolinggo", "nama": "Kota Probolinggo", "jenis": "kota", "provinsi": "jawa-timur",
     "ibukota": "Probolinggo"},
    {"slug": "kota-pasuruan", "nama": "Kota Pasuruan", "jenis": "kota", "provinsi": "jawa-timur",
     "ibukota": "Pasuruan"},
    {"slug": "kabupaten-jember", "nama": "Kabupaten Jember", "jenis": "kabupaten", "provinsi": "jawa-timur",
     "ibukota": "Jember"},
]
