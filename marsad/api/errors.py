"""The API's one error shape, ``{"error": {"code", "message", "hint"}}``, and the handlers that produce it.

Every error the HTTP layer returns (404, 405, 401, 422, 500) goes through ``error_response``, so clients
parse one body whatever went wrong; codes are stable (E7xx) and the hint says how to fix the request.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.store.errors import StoreError

# code -> (HTTP status, hint)
CATALOGUE: dict[str, tuple[int, str]] = {
    "E701": (404, "Check the id or the path; GET /api/docs lists the routes."),
    "E702": (422, "Fix the parameter; GET /api/docs lists every parameter and its allowed values."),
    "E703": (405, "The API is read-only: use GET (or HEAD)."),
    "E704": (
        401,
        "Send the header 'Authorization: Bearer <token>' with the token given to `marsad serve --token`; "
        "in the dashboard, open the URL with ?token=<token> once.",
    ),
    "E705": (500, "Serve on 127.0.0.1, or give a token with --token (or MARSAD_TOKEN) to listen on {host}."),
    "E706": (500, "Check the database path or URL; build the demo database with `make demo`."),
    "E707": (500, "The database answered with an error; check that it is a Marsad database and not busy."),
    "E799": (500, "This is a bug: report it with the server log (it has the traceback)."),
}


class ErrorDetail(BaseModel):
    code: str
    message: str
    hint: str


class ErrorBody(BaseModel):
    """The body of every error response (documented in the OpenAPI schema)."""

    error: ErrorDetail


class ApiError(Exception):
    """An error with a stable E7xx code, an HTTP status and a hint saying how to fix it."""

    def __init__(self, code: str, message: str, **hint_details: Any) -> None:
        status, hint = CATALOGUE[code]
        self.code = code
        self.status = status
        self.message = message
        self.hint = hint.format(**hint_details)
        super().__init__(f"{code}: {message} ({self.hint})")


def error_body(code: str, message: str, hint: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "hint": hint if hint is not None else CATALOGUE[code][1]}}


def error_response(code: str, message: str, hint: str | None = None, status: int | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, hint), status_code=status or CATALOGUE[code][0])


# Documented on every API route, so the OpenAPI page shows the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": HTTPStatus(status).phrase} for status in (401, 404, 405, 422, 500)
}

_STATUS_CODES = {404: "E701", 405: "E703", 401: "E704"}


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.code, exc.message, exc.hint, exc.status)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "E799" if exc.status_code >= 500 else "E702")
    if exc.status_code == 404:
        message = f"Nothing at {request.url.path}" if exc.detail == "Not Found" else str(exc.detail)
    elif exc.status_code == 405:
        message = f"Method {request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    return error_response(code, message, status=exc.status_code)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    # ("query", "limit") -> "limit"; the first item only says where the value came from.
    parts = [str(p) for p in loc[1:]] if len(loc) > 1 else [str(p) for p in loc]
    return ".".join(parts)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(f"{_location(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors())
    return error_response("E702", f"Invalid parameter(s): {problems}")


async def _store_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StoreError)
    return error_response("E707", str(exc), exc.hint)


async def _internal_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response("E799", f"Internal error: {type(exc).__name__}")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error FastAPI or Starlette can raise into the one error shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(Exception, _internal_error)
