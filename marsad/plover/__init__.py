"""PLOVER 2.0 reference data: the CAMEO root, code, Goldstein value and quad class of a PLOVER event.

``cameo_for("ASSAULT", "aerial")`` → ``CameoInfo(root="19", code="195", goldstein=-10.0, quad_class=...)``;
``cameo_code("190")`` looks one CAMEO code up. See docs/plover-cameo.md.
"""

from __future__ import annotations

from marsad.plover.cameo import PLOVER_TYPES, CameoCode, CameoInfo, cameo_code, cameo_for, plover_modes

__all__ = ["PLOVER_TYPES", "CameoCode", "CameoInfo", "cameo_code", "cameo_for", "plover_modes"]
