//! SQLite and PostgreSQL stores (in progress).
