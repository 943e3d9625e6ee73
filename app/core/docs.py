"""Swagger UI (/docs) and ReDoc (/redoc) served with their assets from the application, so the
docs work on a machine without internet. FastAPI's own pages load them from a CDN; the JS/CSS
here come from the fastapi-offline package (its `static/` folder: Swagger UI and ReDoc dist
builds). The app must be created with `docs_url=None, redoc_url=None`."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
STATIC_URL = "/static/docs"
ASSETS_PACKAGE = ("fastapi_offline", "static")
# Everything from this origin: ReDoc's sidebar footer always renders a Redocly logo from
# cdn.redoc.ly, and this is the only way to keep it from leaving the machine (the image then
# fails and ReDoc hides it). Inline script/style: FastAPI's page and both UIs need them; the
# blob: worker is ReDoc's search.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'self'"
)


def install_docs(app: FastAPI) -> None:
    assert app.openapi_url, "the docs need the OpenAPI document"
    assert app.docs_url is None and app.redoc_url is None, "create the app with docs_url=None, redoc_url=None"
    openapi_url = app.openapi_url
    oauth2_redirect_url = app.swagger_ui_oauth2_redirect_url or f"{DOCS_URL}/oauth2-redirect"
    # Swagger UI's online validator badge would call validator.swagger.io.
    swagger_ui_parameters = {"validatorUrl": None, **(app.swagger_ui_parameters or {})}

    app.mount(STATIC_URL, StaticFiles(packages=[ASSETS_PACKAGE]), name="docs-static")

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        return _local_only(get_swagger_ui_html(
            openapi_url=root + openapi_url,
            title=f"{app.title} - Swagger UI",
            swagger_js_url=f"{root}{STATIC_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{STATIC_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{STATIC_URL}/favicon.png",
            oauth2_redirect_url=root + oauth2_redirect_url,
            init_oauth=app.swagger_ui_init_oauth,
            swagger_ui_parameters=swagger_ui_parameters,
        ))

    @app.get(oauth2_redirect_url, include_in_schema=False)
    async def swagger_ui_oauth2_redirect() -> HTMLResponse:
        return _local_only(get_swagger_ui_oauth2_redirect_html())

    @app.get(REDOC_URL, include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "").rstrip("/")
        return _local_only(get_redoc_html(
            openapi_url=root + openapi_url,
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{STATIC_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{STATIC_URL}/favicon.png",
            with_google_fonts=False,
        ))


def _local_only(response: HTMLResponse) -> HTMLResponse:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response
