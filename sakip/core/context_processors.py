"""Template context every page needs: the user's rights, to show only the links they may follow."""

from __future__ import annotations

import datetime

from sakip.core.scoping import Scope


def hak(request) -> dict:
    scope = getattr(request, "scope", None) or Scope.for_user(getattr(request, "user", None))
    return {"hak_pengguna": scope.hak, "tahun_ini": datetime.date.today().year}
