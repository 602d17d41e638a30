"""PostgreSQL: the public answer's counted INSERT as a PL/pgSQL function (issue 17, bench/skm.py).

``survey.services.kirim`` stores an answer only while its address has fewer than the limit's answers in the last
ten minutes, in the address's turn (an advisory lock). Sent as two statements in one message, PostgreSQL parsed
and planned both on every answer: 0,21 ms of the server's CPU against 0,10–0,12 ms for a bare INSERT of the same
row. In a function the plans are prepared once per connection: 0,12 ms. A function is VOLATILE, so under READ
COMMITTED its INSERT takes a new snapshot after the lock is granted and counts every row of the lock's previous
holders, as the two statements did.

Its parameters are the lock's key, the columns of ``survey_respons`` as this migration's model has them, then the
address to count, the time since when and the limit; ``survey.services`` calls it with the parameters named (a
historical model's columns come in the order of the migrations that added them). A migration that adds or removes a
column of ``Respons`` creates the function again (call :func:`buat` with its own ``apps``);
``survey/tests/test_batas_alamat.py`` checks that the function's parameters are the model's columns. SQLite has no
functions and needs none: its one statement already holds the write lock (``sakip.core.batas.bergiliran``).
"""

from django.db import migrations

NAMA = "survey_respons_sisip"


def kolom(apps) -> list[tuple[str, str]]:
    """Each column and the type of its parameter: wide enough that a literal of the client's binding (an integer,
    a text) matches without a cast; the INSERT narrows it to the column's own type (smallint, varchar(n))."""
    Respons = apps.get_model("survey", "Respons")
    out = []
    for f in Respons._meta.concrete_fields:
        if f.primary_key or f.generated:
            continue
        jenis = f.get_internal_type()
        if f.is_relation or "Integer" in jenis:
            out.append((f.column, "bigint"))
        elif jenis in ("CharField", "TextField"):
            out.append((f.column, "text"))
        elif jenis == "DateTimeField":
            out.append((f.column, "timestamptz"))
        else:
            raise ValueError(f"Respons.{f.name}: no parameter type for {jenis}")
    return out


def buat(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    tabel = apps.get_model("survey", "Respons")._meta.db_table
    kolom_jenis = kolom(apps)
    cols = [c for c, _ in kolom_jenis]
    q = schema_editor.quote_name
    param = ", ".join(f"p_{c} {jenis}" for c, jenis in kolom_jenis)
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {NAMA}", None)
    schema_editor.execute(f"""
CREATE FUNCTION {NAMA}(p_kunci bigint, {param}, p_alamat text, p_sejak timestamptz, p_batas integer)
RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE baru bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(p_kunci);
  INSERT INTO {q(tabel)} ({", ".join(q(c) for c in cols)})
    SELECT {", ".join(f"p_{c}" for c in cols)}
    WHERE (SELECT COUNT(*) FROM {q(tabel)} WHERE "alamat_hash" = p_alamat AND "dibuat" >= p_sejak) < p_batas
    RETURNING "id" INTO baru;
  RETURN baru;
END $$""", None)


def hapus(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {NAMA}", None)


class Migration(migrations.Migration):
    dependencies = [("survey", "0005_dokumentasi_skm")]
    operations = [migrations.RunPython(buat, hapus, elidable=False)]
