"""Storage: SQLAlchemy 2.0 typed mapping, engine and sessions, migrations, queries."""
