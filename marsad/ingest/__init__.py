"""Ingest: turn paths (files, folders, ``-`` for stdin) into RawRecords, or Failures for bad input."""

from marsad.ingest.files import count_inputs, iter_records, list_inputs

__all__ = ["count_inputs", "iter_records", "list_inputs"]
