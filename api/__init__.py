"""The HTTP API (FastAPI, `/v1`) and, later, the review pages. See `api.main.create_app`."""
