from django.db import migrations


def load(apps, schema_editor):
    from sakip.domain.planning import nomenklatur

    nomenklatur.load(apps.get_model("planning", "Nomenklatur"))


class Migration(migrations.Migration):
    dependencies = [("planning", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
