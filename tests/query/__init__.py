"""Tests for marsad.query."""
