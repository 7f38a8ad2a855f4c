"""Evaluation: score the system's document records against gold annotations (``marsad eval``)."""

from marsad.evaluate.io import load_gold, load_predictions
from marsad.evaluate.report import EvalReport, format_plain, render_report
from marsad.evaluate.scoring import evaluate

__all__ = ["EvalReport", "evaluate", "format_plain", "load_gold", "load_predictions", "render_report"]
