"""French language pack."""
