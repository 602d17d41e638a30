"""Benchmark of the quarterly measurement (issue 3): prints its figures, asserts nothing.

    .venv/bin/python bench/pengukuran.py [--ringkas]

On a throwaway SQLite database with the demo data: server time to build the pengukuran JSON of
Wonoasih 2024 TW IV and its query count; then the same after multiplying the rows (extra sub
kegiatan with indicators and budget lines) to show the query count does not grow; then the time to
import a full quarter from the .xlsx template (every realisation and spending cell filled) and to
save one grid row; then the grid's hot path as the browser calls it — the POST that saves one cell
and answers with its row and the quarter's total — beside building the whole quarter, which is what
that request used to do twice.

Beside the structure, its floor (issue 21): ONE hand-written SQL query (:data:`LANTAI_SQL`, SQLite) returning
the rows the structure carries, in its order, fetched into Python tuples — every program, kegiatan, sub kegiatan
and lokasi row with its indicator (name, unit, rules), the target of the year, the four quarters' realisations
(value and text), the pagu in force at the quarter (the latest budget ≤ the quarter; the sub kegiatan's own line,
else the sum of its lokasi lines), its source and the spending s.d. the quarter, kegiatan and program figures
summed in SQL; each IKU row with its sasaran, Renstra target, the target of the PK in force at the quarter's end
and its version, realisations and annual value; the spending reported without budget lines; the rencana aksi's
target of each quarter for every indicator and the anggaran kas s.d. the quarter of every sub kegiatan, kegiatan and
program (issue 19). (The structure holds
no evidence counts: the completeness panel counts the evidence with its own query.) What the query leaves to
Python is what sakip computes from those rows: capaian, categories, aggregation by the indicator's rules. Both are
timed alternately in one process (medians; wall and CPU time of the process, the figure to read when other work
shares the machine) and their ratio printed. ``--ringkas``: only that comparison, for Wonoasih 2024 TW IV, as one
``NAMA<TAB>sakip<TAB>lantai<TAB>rasio`` line (CPU medians) for ``bench/tabel21.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")

import django  # noqa: E402

django.setup()

from _ukur import timed  # noqa: E402  (bench/ is the script's directory)
from django.core.management import call_command  # noqa: E402

LANTAI_SQL = """
WITH
prog AS (SELECT p.id, p.urutan, n.kode, n.nama FROM planning_program p
         JOIN planning_nomenklatur n ON n.id = p.nomenklatur_id WHERE p.pd_id = %(pd)s AND p.tahun = %(tahun)s),
keg AS (SELECT k.id, k.program_id, k.urutan, n.kode, n.nama FROM planning_kegiatan k
        JOIN planning_nomenklatur n ON n.id = k.nomenklatur_id WHERE k.program_id IN (SELECT id FROM prog)),
sub AS (SELECT s.id, s.kegiatan_id, s.urutan, n.kode, n.nama FROM planning_subkegiatan s
        JOIN planning_nomenklatur n ON n.id = s.nomenklatur_id WHERE s.kegiatan_id IN (SELECT id FROM keg)),
lok AS (SELECT l.id, l.sub_kegiatan_id, l.urutan, COALESCE(kl.nama, %(pd_nama)s) AS nama FROM planning_lokasi l
        LEFT JOIN organisation_kelurahan kl ON kl.id = l.kelurahan_id WHERE l.sub_kegiatan_id IN (SELECT id FROM sub)),
pagu AS (SELECT sub_kegiatan_id AS sid, lokasi_id, sumber, nilai,
                DENSE_RANK() OVER (PARTITION BY sub_kegiatan_id ORDER BY berlaku_mulai DESC, sumber DESC) AS baru
         FROM measurement_pagu WHERE pd_id = %(pd)s AND berlaku_mulai <= %(tw)s AND sub_kegiatan_id IN (SELECT id FROM sub)),
belanja AS (SELECT sub_kegiatan_id AS sid, lokasi_id, nilai FROM measurement_realisasianggaran
            WHERE pd_id = %(pd)s AND triwulan = %(tw)s AND sub_kegiatan_id IN (SELECT id FROM sub)),
pagu_baru AS (SELECT sid, MAX(sumber) AS sumber,
                     COALESCE(SUM(CASE WHEN lokasi_id IS NULL THEN nilai END), SUM(nilai)) AS pagu,
                     SUM(lokasi_id IS NULL) AS sendiri
              FROM pagu WHERE baru = 1 GROUP BY sid),
belanja_sub AS (SELECT sid, COALESCE(SUM(CASE WHEN lokasi_id IS NULL THEN nilai END), SUM(nilai)) AS belanja
                FROM belanja GROUP BY sid),
kas AS (SELECT sub_kegiatan_id AS sid, SUM(nilai) AS kas FROM measurement_anggarankas
        WHERE pd_id = %(pd)s AND triwulan <= %(tw)s AND sub_kegiatan_id IN (SELECT id FROM sub) GROUP BY sub_kegiatan_id),
ang_sub AS (SELECT s.id AS sid, s.kegiatan_id, pb.sumber, pb.pagu, COALESCE(pb.sendiri, 0) AS sendiri, bs.belanja,
                   ks.kas
            FROM sub s LEFT JOIN pagu_baru pb ON pb.sid = s.id LEFT JOIN belanja_sub bs ON bs.sid = s.id
            LEFT JOIN kas ks ON ks.sid = s.id),
ang_keg AS (SELECT kegiatan_id, MAX(sumber) AS sumber, SUM(pagu) AS pagu, SUM(belanja) AS belanja, SUM(kas) AS kas
            FROM ang_sub GROUP BY kegiatan_id),
ang_prog AS (SELECT k.program_id, MAX(a.sumber) AS sumber, SUM(a.pagu) AS pagu, SUM(a.belanja) AS belanja,
                    SUM(a.kas) AS kas
             FROM ang_keg a JOIN keg k ON k.id = a.kegiatan_id GROUP BY k.program_id),
renaksi AS (SELECT indikator_id, MAX(CASE WHEN triwulan = 1 THEN nilai END) AS a1,
                   MAX(CASE WHEN triwulan = 2 THEN nilai END) AS a2, MAX(CASE WHEN triwulan = 3 THEN nilai END) AS a3,
                   MAX(CASE WHEN triwulan = 4 THEN nilai END) AS a4
            FROM measurement_rencanaaksi WHERE pd_id = %(pd)s AND tahun = %(tahun)s GROUP BY indikator_id),
ind AS (SELECT i.id, i.program_id, i.kegiatan_id, i.sub_kegiatan_id, i.sasaran_id, i.urutan, i.nama, i.satuan,
               i.akumulasi, i.cara_isi, i.polaritas, i.frekuensi, i.rumus_negatif, i.peran,
               t.nilai AS t_nilai, t.nilai_atas AS t_atas, t.teks AS t_teks,
               MAX(CASE WHEN r.triwulan = 1 THEN r.nilai END) AS r1, MAX(CASE WHEN r.triwulan = 1 THEN r.teks END) AS x1,
               MAX(CASE WHEN r.triwulan = 2 THEN r.nilai END) AS r2, MAX(CASE WHEN r.triwulan = 2 THEN r.teks END) AS x2,
               MAX(CASE WHEN r.triwulan = 3 THEN r.nilai END) AS r3, MAX(CASE WHEN r.triwulan = 3 THEN r.teks END) AS x3,
               MAX(CASE WHEN r.triwulan = 4 THEN r.nilai END) AS r4, MAX(CASE WHEN r.triwulan = 4 THEN r.teks END) AS x4,
               MAX(ra.a1) AS a1, MAX(ra.a2) AS a2, MAX(ra.a3) AS a3, MAX(ra.a4) AS a4
        FROM planning_indikator i
        LEFT JOIN planning_target t ON t.indikator_id = i.id AND t.tahun = %(tahun)s
        LEFT JOIN measurement_realisasi r ON r.indikator_id = i.id AND r.tahun = %(tahun)s
        LEFT JOIN renaksi ra ON ra.indikator_id = i.id
        WHERE i.pd_id = %(pd)s AND (i.program_id IN (SELECT id FROM prog) OR i.kegiatan_id IN (SELECT id FROM keg)
              OR i.sub_kegiatan_id IN (SELECT id FROM sub)
              OR i.sasaran_id IN (SELECT sa.id FROM planning_sasaran sa JOIN planning_tujuan tj ON tj.id = sa.tujuan_id
                                  JOIN planning_renstra rs ON rs.id = tj.renstra_id
                                  WHERE rs.pd_id = %(pd)s AND rs.tahun_mulai <= %(tahun)s AND rs.tahun_selesai >= %(tahun)s))
        GROUP BY i.id),
pk AS (SELECT id, nomor FROM agreement_perjanjiankinerja WHERE pd_id = %(pd)s AND tahun = %(tahun)s
       ORDER BY tanggal > %(akhir)s, CASE WHEN tanggal <= %(akhir)s THEN tanggal END DESC,
                CASE WHEN tanggal <= %(akhir)s THEN nomor END DESC, tanggal, nomor LIMIT 1),
pohon AS (
    SELECT p.urutan AS u1, p.kode AS k1, -1 AS u2, '' AS k2, -1 AS u3, '' AS k3, 0 AS jenis, 0 AS u4, 0 AS lok_id,
           'program' AS level, p.kode, p.nama, '' AS lokasi, NULL AS sub_id, a.sumber, a.pagu, a.belanja, p.id AS pemilik,
           a.kas
    FROM prog p LEFT JOIN ang_prog a ON a.program_id = p.id
    UNION ALL
    SELECT p.urutan, p.kode, k.urutan, k.kode, -1, '', 0, 0, 0, 'kegiatan', k.kode, k.nama, '', NULL, a.sumber, a.pagu,
           a.belanja, k.id, a.kas
    FROM keg k JOIN prog p ON p.id = k.program_id LEFT JOIN ang_keg a ON a.kegiatan_id = k.id
    UNION ALL
    SELECT p.urutan, p.kode, k.urutan, k.kode, s.urutan, s.kode, 0, 0, 0, 'sub_kegiatan', s.kode, s.nama, '', s.id,
           a.sumber, a.pagu, a.belanja, s.id, a.kas
    FROM sub s JOIN keg k ON k.id = s.kegiatan_id JOIN prog p ON p.id = k.program_id JOIN ang_sub a ON a.sid = s.id
    UNION ALL
    SELECT p.urutan, p.kode, k.urutan, k.kode, s.urutan, s.kode, 1, l.urutan, l.id, 'lokasi', s.kode, s.nama, l.nama,
           s.id, a.sumber, pg.nilai, b.nilai, NULL, NULL
    FROM lok l JOIN sub s ON s.id = l.sub_kegiatan_id JOIN keg k ON k.id = s.kegiatan_id JOIN prog p ON p.id = k.program_id
    JOIN ang_sub a ON a.sid = s.id AND a.sendiri = 0
    JOIN pagu pg ON pg.sid = s.id AND pg.lokasi_id = l.id AND pg.baru = 1
    LEFT JOIN belanja b ON b.sid = s.id AND b.lokasi_id = l.id
)
SELECT 0 AS bagian, t.u1, t.k1, t.u2, t.k2, t.u3, t.k3, t.jenis, t.u4, t.lok_id, i.urutan AS u5, i.id AS ind_id,
       t.level, t.kode, t.nama, t.lokasi, t.sub_id, i.nama, i.satuan, i.akumulasi, i.cara_isi, i.polaritas,
       i.frekuensi, i.rumus_negatif, i.peran, i.t_nilai, i.t_atas, i.t_teks, NULL, NULL, NULL, NULL,
       i.r1, i.x1, i.r2, i.x2, i.r3, i.x3, i.r4, i.x4, NULL, NULL, NULL, t.sumber, t.pagu, t.belanja,
       i.a1, i.a2, i.a3, i.a4, t.kas
FROM pohon t LEFT JOIN ind i ON t.level != 'lokasi' AND CASE t.level WHEN 'program' THEN i.program_id
                                 WHEN 'kegiatan' THEN i.kegiatan_id ELSE i.sub_kegiatan_id END = t.pemilik
UNION ALL
SELECT 1, tj.urutan, '', sa.urutan, '', 0, '', 0, 0, 0, i.urutan, i.id, 'iku', '', sa.nama, '', NULL, i.nama, i.satuan,
       i.akumulasi, i.cara_isi, i.polaritas, i.frekuensi, i.rumus_negatif, i.peran, i.t_nilai, i.t_atas, i.t_teks,
       (SELECT nomor FROM pk), tp.nilai, tp.nilai_atas, tp.teks, i.r1, i.x1, i.r2, i.x2, i.r3, i.x3, i.r4, i.x4,
       rt.nilai, rt.teks, rt.sumber, NULL, NULL, NULL, i.a1, i.a2, i.a3, i.a4, NULL
FROM ind i JOIN planning_sasaran sa ON sa.id = i.sasaran_id JOIN planning_tujuan tj ON tj.id = sa.tujuan_id
LEFT JOIN agreement_targetpk tp ON tp.indikator_id = i.id AND tp.perjanjian_id = (SELECT id FROM pk)
LEFT JOIN measurement_realisasitahunan rt ON rt.indikator_id = i.id AND rt.tahun = %(tahun)s
UNION ALL
SELECT 2, 0, '', 0, '', 0, '', 0, 0, 0, 0, NULL, 'tanpa_rincian', '', keterangan, '', NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, NULL, nilai, NULL, NULL, NULL, NULL, NULL
FROM measurement_belanjatanparincian WHERE pd_id = %(pd)s AND tahun = %(tahun)s AND triwulan = %(tw)s
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
"""

# The same floor from the PD's slug, as ``build_pengukuran`` starts (the one above is handed the PD's id and name):
# the PD and its pemda looked up in the same statement, their names and the pemda's rules returned as one more row.
_KOLOM = 51  # the columns of every SELECT of the UNION above
_BARIS_UNIT = ("UNION ALL\nSELECT 3, 0, '', 0, '', 0, '', 0, 0, 0, 0, NULL, 'unit', skala_kategori, nama, pemda, NULL, "
               "rumus_negatif" + ", NULL" * (_KOLOM - 18) + "\nFROM unit\n")
LANTAI_SLUG_SQL = (
    "WITH\nunit AS (SELECT pd.id, pd.nama, pm.nama AS pemda, pm.skala_kategori, pm.rumus_negatif\n"
    "        FROM organisation_perangkatdaerah pd JOIN organisation_pemda pm ON pm.id = pd.pemda_id "
    "WHERE pd.slug = %(slug)s),"
    + LANTAI_SQL.split("WITH", 1)[1].replace("%(pd)s", "(SELECT id FROM unit)")
    .replace("%(pd_nama)s", "(SELECT nama FROM unit)").replace("ORDER BY 1, 2, 3,", _BARIS_UNIT + "ORDER BY 1, 2, 3,"))


def lantai(pd, tahun: int, triwulan: int) -> list[tuple]:
    """The floor: :data:`LANTAI_SQL` for one PD-quarter, fetched into tuples."""
    from django.db import connection

    from sakip.domain.measurement.dokumen import akhir_triwulan

    with connection.cursor() as cursor:
        cursor.execute(LANTAI_SQL, {"pd": pd.pk, "pd_nama": pd.nama, "tahun": tahun, "tw": triwulan,
                                    "akhir": akhir_triwulan(tahun, triwulan)})
        return cursor.fetchall()


def lantai_slug(slug: str, tahun: int, triwulan: int) -> list[tuple]:
    """The floor from the slug: :data:`LANTAI_SLUG_SQL`, fetched into tuples."""
    from django.db import connection

    from sakip.domain.measurement.dokumen import akhir_triwulan

    with connection.cursor() as cursor:
        cursor.execute(LANTAI_SLUG_SQL, {"slug": slug, "tahun": tahun, "tw": triwulan,
                                         "akhir": akhir_triwulan(tahun, triwulan)})
        return cursor.fetchall()


def banding(label: str, pd, repeat: int = 41, ringkas: bool = False) -> None:
    """The structure (as JSON, as ``sakip pengukuran`` gives it) beside its floor, and beside sakip's own SQL
    statements replayed raw (what the database costs of sakip's reads, without the ORM), run alternately."""
    import statistics

    from django.db import connection

    from sakip.core.scoping import Scope
    from sakip.domain.measurement.dokumen import build_pengukuran

    def sakip() -> None:
        build_pengukuran(Scope.system(), pd.slug, 2024, 4).as_json()

    statements: list[tuple[str, object]] = []

    def catat(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(catat):
        p, rows = build_pengukuran(Scope.system(), pd.slug, 2024, 4), lantai(pd, 2024, 4)
    statements.pop()  # the floor's
    rows_slug = lantai_slug(pd.slug, 2024, 4)
    assert rows_slug[:-1] == rows and rows_slug[-1][12] == "unit", "the two floors return the same rows"

    def mentah() -> None:
        for sql, params in statements:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                cursor.fetchall()

    times: dict[str, tuple[list[float], list[float]]] = {"sakip": ([], []), "floor": ([], []), "raw": ([], []),
                                                         "floor from the slug": ([], [])}
    for _ in range(repeat):
        for name, fn in (("sakip", sakip), ("floor", lambda: lantai(pd, 2024, 4)), ("raw", mentah),
                         ("floor from the slug", lambda: lantai_slug(pd.slug, 2024, 4))):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            times[name][0].append((time.perf_counter() - start) * 1000)
            times[name][1].append((time.process_time() - start_cpu) * 1000)
    (s_wall, s_cpu), (f_wall, f_cpu), (r_wall, r_cpu), (g_wall, g_cpu) = (
        (statistics.median(w), statistics.median(c)) for w, c in times.values())
    if ringkas:
        print(f"{label} ({len(p.baris)} rows, {len(statements)} queries; CPU), floor from the slug\t{s_cpu:.2f} ms\t"
              f"{g_cpu:.2f} ms\t{s_cpu / g_cpu:.2f}")
        print(f"  the same, floor handed the PD's id and name\t{s_cpu:.2f} ms\t{f_cpu:.2f} ms\t{s_cpu / f_cpu:.2f}")
        return
    print(f"{label}: {len(p.baris)} rows + {len(p.iku)} IKU rows, {s_wall:.1f} ms median (CPU {s_cpu:.1f} ms), "
          f"{len(statements)} queries")
    print(f"  floor, one SQL query ({sum(r[0] == 0 for r in rows)} + {sum(r[0] == 1 for r in rows)} rows): "
          f"{f_wall:.2f} ms (CPU {f_cpu:.2f} ms); sakip / floor {s_wall / f_wall:.1f}× (CPU {s_cpu / f_cpu:.1f}×)")
    print(f"  the same floor from the PD's slug, as build_pengukuran starts (the PD and pemda looked up in the "
          f"statement): {g_wall:.2f} ms (CPU {g_cpu:.2f} ms); sakip / floor {s_wall / g_wall:.1f}× "
          f"(CPU {s_cpu / g_cpu:.1f}×)")
    print(f"  sakip's {len(statements)} SQL statements replayed raw: {r_wall:.2f} ms (CPU {r_cpu:.2f} ms); the rest of "
          f"sakip's time is Python: building and compiling the querysets, converting rows, the rules")


def grow(pd, copies: int) -> int:
    """Add ``copies`` more sub kegiatan (with indicator, target, pagu, realisation, spending) per kegiatan."""
    from decimal import Decimal

    from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran
    from sakip.domain.planning.models import Indikator, Kegiatan, Nomenklatur, SubKegiatan, Target

    added = 0
    for kegiatan in Kegiatan.objects.filter(pd=pd, program__tahun=2024):
        used = set(SubKegiatan.objects.filter(kegiatan=kegiatan).values_list("nomenklatur_id", flat=True))
        free = Nomenklatur.objects.filter(induk=kegiatan.nomenklatur).exclude(pk__in=used)[:copies]
        for n in free:
            sub = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=n, urutan=99)
            ind = Indikator.objects.create(sub_kegiatan=sub, nama=f"Indikator {n.kode}", satuan="Dokumen")
            Target.objects.create(indikator=ind, tahun=2024, nilai=Decimal(12))
            Pagu.objects.create(sub_kegiatan=sub, nilai=Decimal(1_000_000))
            for tw in (1, 2, 3, 4):
                Realisasi.objects.create(indikator=ind, tahun=2024, triwulan=tw, nilai=Decimal(3 * tw))
                RealisasiAnggaran.objects.create(sub_kegiatan=sub, triwulan=tw, nilai=Decimal(200_000 * tw))
            added += 1
    return added


def simpan_sel(pd, label: str) -> None:
    """The POST of one grid cell (htmx) as the operator, for an indicator cell and a spending cell."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from sakip.core.scoping import Scope
    from sakip.domain.measurement.dokumen import build_pengukuran

    client = Client()
    client.force_login(get_user_model().objects.get(username="operator-wonoasih"))
    p = build_pengukuran(Scope.system(), pd.slug, 2024, 4)
    url = reverse("measurement:simpan_baris", args=[pd.slug, 2024, 4])
    ind = next(b for b in p.baris if b.level == "sub_kegiatan" and b.indikator_id)
    line = next(b for b in p.baris if b.anggaran_diisi_di_sini and b.lokasi_id is None)
    posts = {
        "indicator cell": {"kunci": ind.kunci, "indikator": ind.indikator_id, "realisasi": "7"},
        "spending cell": {"kunci": line.kunci, "sub_kegiatan": line.sub_kegiatan_id, "realisasi_anggaran": "1.000"},
    }
    whole, whole_q = timed(lambda: build_pengukuran(Scope.system(), pd.slug, 2024, 4))
    print(f"{label}: whole quarter structure {whole:.1f} ms, {whole_q} queries ({len(p.baris)} rows; the old hot path "
          f"built it twice per saved cell)")
    for name, data in posts.items():
        def post(data=data) -> None:
            response = client.post(url, data, HTTP_HX_REQUEST="true")
            assert response.status_code == 200, response.status_code

        ms, queries = timed(post, repeat=9)
        print(f"  save one {name} (POST, row + total back): {ms:.1f} ms median, {queries} queries")


def main() -> None:
    from sakip.core.scoping import Scope
    from sakip.domain.measurement.cetak import pengukuran_xlsx
    from sakip.domain.measurement.dokumen import build_pengukuran
    from sakip.domain.measurement.impor import impor_pengukuran
    from sakip.domain.organisation.models import PerangkatDaerah

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0, stdout=open(os.devnull, "w"))
    from sakip.domain.workflow.models import Pengajuan

    Pengajuan.objects.filter(pd__slug="wonoasih").update(status="draft")  # the demo approved (locked) TW I–III
    scope = Scope.system()
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    if "--ringkas" in sys.argv:
        banding("quarterly structure, Wonoasih 2024 TW IV", pd, ringkas=True)
        return
    simpan_sel(pd, "grid hot path, Wonoasih 2024 TW IV as in the demo")
    banding("pengukuran JSON wonoasih 2024 TW IV", pd)
    added = grow(pd, 3)
    banding(f"  with {added} more sub kegiatan", pd)
    simpan_sel(pd, f"grid hot path with {added} more sub kegiatan")

    template = pengukuran_xlsx(build_pengukuran(scope, "wonoasih", 2024, 4))
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(template))
    ws = wb.worksheets[0]
    filled = 0
    for row in range(5, ws.max_row + 1):
        key = ws.cell(row, 1).value or ""
        for part in str(key).split("|"):
            if part.startswith("I:"):
                col = 5 if not ws.cell(row, 6).value else 11
                current = ws.cell(row, col).value
                ws.cell(row, col).value = (current or 0) + 1
                filled += 1
    buffer = io.BytesIO()
    wb.save(buffer)
    filled_file = buffer.getvalue()

    def run_import() -> None:
        hasil = impor_pengukuran(scope, slug="wonoasih", tahun=2024, triwulan=4, isi=filled_file, simpan=False)
        assert hasil.ok, hasil.kesalahan[:3]

    ms, queries = timed(run_import, repeat=3)
    print(f"import check of a full quarter ({filled} realisation cells): {ms:.0f} ms median, {queries} queries")
    start = time.perf_counter()
    hasil = impor_pengukuran(scope, slug="wonoasih", tahun=2024, triwulan=4, isi=filled_file, simpan=True)
    print(f"import check + save of {len(hasil.perubahan)} changes: {(time.perf_counter() - start) * 1000:.0f} ms")

    from sakip.domain.measurement.services import IsianRealisasi, simpan_baris
    from sakip.domain.planning.models import Indikator

    rows = [b for b in build_pengukuran(scope, "wonoasih", 2024, 3).baris if b.indikator_id]
    indikator = Indikator.objects.in_bulk([b.indikator_id for b in rows])
    start = time.perf_counter()
    for b in rows:
        value = b.realisasi.teks if b.realisasi.nilai is not None else "1"
        simpan_baris(scope, tahun=2024, triwulan=3, realisasi=IsianRealisasi(indikator[b.indikator_id], value))
    total = (time.perf_counter() - start) * 1000
    print(f"grid entry of a full quarter, row by row ({len(rows)} rows): {total:.0f} ms in all, "
          f"{total / len(rows):.1f} ms per row")


if __name__ == "__main__":
    main()
