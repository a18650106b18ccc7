"""HTTP API: the FastAPI app factory, health and metrics (the API issue extends it)."""
