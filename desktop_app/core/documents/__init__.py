"""The paperwork (issue 18): official documents filled from the register, from DOCX templates
with docxtpl (Jinja) placeholders bound to one data model (`model.DocumentData`).

    from desktop_app.core.documents.service import Documents
    docs = Documents.of(ws)

See docs/architecture.md ("documents/") and docs/user-guide.md ("Văn bản mẫu").
"""
