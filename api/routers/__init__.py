"""One router per resource; `api.main` combines them."""
