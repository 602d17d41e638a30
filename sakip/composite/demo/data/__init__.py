"""The demo data, transcribed from the seed documents in ``/work/shared/seeds/``.

One module per pemda or perangkat daerah; each lists its "Seed notes": every place where a seed
disagrees with itself and the choice made. The structures are plain Python (dicts, lists,
tuples, strings as the seed writes them); :mod:`sakip.composite.demo.services` turns them into rows.

Conventions shared by the modules:

* Targets and kondisi awal are strings exactly as the seed writes them (``"85,91%"``,
  ``"B (63,00)"``); the loader parses them with :func:`sakip.rumus.angka.parse_nilai`.
* An indicator is a dict with ``key`` (unique within its PD), ``nama`` and optionally
  ``kinerja_utama``, ``definisi``, ``formula``, ``pembilang``, ``penyebut``, ``satuan``,
  ``sumber_data``, ``is_iku``, ``kondisi_awal``, ``target`` ({tahun: teks}) and ``pj``
  (a list of ``("jabatan", key)`` or ``("unit", key)``).
* Fields a seed is silent about are simply absent (left blank).
"""

from sakip.composite.demo.data import akun, dibangkitkan, probolinggo, purworejo, sumberjambe, wilayah, wonoasih

PEMDA = wilayah.PEMDA
RPJMD = [probolinggo.RPJMD]
JABATAN_PEMDA = probolinggo.JABATAN_PEMDA
# Kanigaran's programs and the three further kecamatan are generated (see dibangkitkan's docstring).
PERANGKAT_DAERAH = [wonoasih.PD, dibangkitkan.kanigaran_dengan_program(), *dibangkitkan.PD_BARU, purworejo.PD,
                    sumberjambe.PD]
AKUN = akun.AKUN

# The demo counts as loaded when this perangkat daerah exists.
PENANDA_PD = "wonoasih"
