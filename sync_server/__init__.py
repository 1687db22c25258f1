"""WardBook provincial sync server (DESIGN §4–5): FastAPI + SQLModel in the shape of the
full-stack FastAPI template. Imports only `desktop_app.core.sync.protocol` and
`desktop_app.core.domain` of the desktop package (checked by an import-linter contract)."""
