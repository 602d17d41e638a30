"""The ``sakip`` console script: Django's manage command for this project."""

import gc
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")
    from django.core.management import execute_from_command_line

    if sys.argv[1:2] != ["runserver"]:  # runserver loads the apps under its autoreloader, which outlives their errors
        _setup_beku()
    execute_from_command_line(sys.argv)


def _setup_beku() -> None:
    """``django.setup()`` with the cycle collector paused, then its objects frozen (issue 21, ``bench/mulai.py``).

    What the setup loads (every app's modules, models and registries, ~90.000 objects) lives as long as the
    command, so the collector has nothing to find in it: paused while it loads, and frozen after (``gc.freeze``:
    left out of every later pass), the collector's full passes during the rest of the start-up (the URLconf and
    the API's routers for ``check``) traverse only what came after. Settings that do not load are left to
    Django's own report below, as before."""
    import django
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 (loads the settings)
    except Exception:  # noqa: BLE001 (reported by execute_from_command_line, as without this function)
        return
    gc.disable()
    try:
        django.setup()
    finally:
        gc.freeze()
        gc.enable()


if __name__ == "__main__":
    main()
