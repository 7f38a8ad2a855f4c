"""Tests for marsad.store."""
