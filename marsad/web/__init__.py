"""The dashboard: static HTML, CSS and ES modules served by the API app (no build step for our own code).

Third-party libraries (ECharts, the world map shapes, Swagger UI) are installed from the npm registry by
``scripts/build_web_assets.sh`` (``make web``) into ``static/vendor/``, which is not committed.
"""

from __future__ import annotations

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
INDEX_PAGE = WEB_DIR / "pages" / "index.html"
API_DOCS_PAGE = WEB_DIR / "pages" / "api-docs.html"

# What scripts/build_web_assets.sh puts in static/vendor/ and the pages load.
VENDOR_FILES = ("echarts.esm.min.js", "world.geo.json", "swagger-ui-bundle.js", "swagger-ui.css")
BUILD_COMMAND = "make web"


def missing_vendor_files() -> list[str]:
    """Vendor files the pages need that are not built yet (run ``make web``)."""
    return [name for name in VENDOR_FILES if not (VENDOR_DIR / name).is_file()]
