"""Storage: SQLAlchemy models, engine/session set-up, migrations and queries.

SQLite under the data directory by default; PostgreSQL by `QA_DATABASE_URL`.
The schema is owned by the Alembic migrations in `migrations/`.
"""
