"""The server half of ``static/sakip/sibuk.js``: a download asked for with ``?unduh_token=T`` is answered with the
cookie ``sakip_unduh=T``, so the page that asked can say when the file (an LKjIP takes seconds) is done."""

from __future__ import annotations

import re

TOKEN = re.compile(r"^[0-9]{1,40}$")


class TandaUnduhan:
    """Middleware: marks a finished attachment with the token its link carried (digits only, short-lived)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        token = request.GET.get("unduh_token", "")
        if token and TOKEN.match(token) and "attachment" in response.get("Content-Disposition", ""):
            response.set_cookie("sakip_unduh", token, max_age=120, samesite="Lax", secure=request.is_secure())
        return response
