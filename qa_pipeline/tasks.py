"""The Celery app under its deployed name: `celery -A qa_pipeline.tasks worker`.

The app and its tasks live in `qa_pipeline.audit.celery_app`; this module
keeps command lines written for the earlier layout working.
"""

from qa_pipeline.audit.celery_app import app

__all__ = ["app"]
