"""The API's ``Router``: django-ninja's, with each response model built once per process instead of once per status
code of each endpoint (issue 21).

ninja wraps every response type of an operation in a model of its own (``NinjaResponseSchema``, one field
``response``), one per status code: the ~23 endpoints with their error answers (``GALAT``: 401, 403, 404, 422,
429, and 409, 413 for a write) made ~150 pydantic models, ~15 of them distinct, ~30 ms of the start-up of every
process that loads the API (``sakip check``, a worker's first API request; ``bench/mulai.py``). The wrapper of one
type is the same model whatever the code or the endpoint, so it is built once and shared: the answers, their
validation and the OpenAPI description are unchanged (``api/tests/test_router.py`` compares them).
"""

from __future__ import annotations

import re
from typing import Any

from ninja import Router as NinjaRouter
from ninja.operation import Operation, PathView
from ninja.signature import is_async
from ninja.streaming import _StreamAlias

_JAWABAN: dict[Any, Any] = {}  # response type → ninja's response model of it


class _Operasi(Operation):
    def _create_response_model(self, response_param: Any) -> Any:
        try:
            model = _JAWABAN.get(response_param)
        except TypeError:  # an unhashable type: ninja's own model, not shared
            return super()._create_response_model(response_param)
        if model is None:
            model = _JAWABAN[response_param] = super()._create_response_model(response_param)
        return model


class _Jalur(PathView):
    """ninja's ``PathView`` whose synchronous operations are :class:`_Operasi` (what ``PathView.add_operation``
    does, with that class; an asynchronous or streaming one goes to ninja's own)."""

    def add_operation(self, path: str, methods: list[str], view_func: Any, **kwargs: Any) -> Operation:
        if is_async(view_func) or isinstance(kwargs.get("response"), _StreamAlias):
            return super().add_operation(path, methods, view_func, **kwargs)
        if kwargs.get("url_name"):
            self.url_name = kwargs["url_name"]
        operation = _Operasi(path, methods, view_func, **kwargs)
        self.operations.append(operation)
        view_func._ninja_operation = operation
        return operation


class Router(NinjaRouter):
    def add_api_operation(self, path: str, methods: list[str], view_func: Any, **kwargs: Any) -> None:
        # the key ninja files the path under (its own rewrite of {uuid:…}), given a _Jalur before ninja looks it up
        kunci = re.sub(r"\{uuid:(\w+)\}", r"{uuidstr:\1}", path, flags=re.IGNORECASE)
        self.path_operations.setdefault(kunci, _Jalur())
        super().add_api_operation(path, methods, view_func, **kwargs)
