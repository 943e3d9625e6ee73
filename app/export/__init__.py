"""The whole dataset out of the database and back in: `bilateral export` and `bilateral import`.

entities.py says what each exported row holds; stream.py reads them in batches; formats.py
writes NDJSON or CSV; dump.py writes one file per entity; copy.py copies tables between
databases; snapshot.py writes a standalone SQLite file; load.py reads one into a database."""
