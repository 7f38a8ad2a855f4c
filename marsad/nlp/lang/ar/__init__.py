"""Arabic language pack."""
