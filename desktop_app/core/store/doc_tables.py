"""Tables of the paperwork (issue 18): the commune's own document templates and every document
generated from the register. Local to this laptop (not synced); the bytes live inside the
encrypted database, so they are encrypted with it. Migration 0005_documents."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

__all__ = ["DocumentTemplate", "GeneratedDocument"]


class DocumentTemplate(SQLModel, table=True):
    """A form a chief imported (a .docx with placeholders) and its metadata."""

    __tablename__ = "document_template"
    __table_args__ = (UniqueConstraint("key", "version", name="uq_document_template_key_version"),)
    id: str = Field(primary_key=True, max_length=36)
    key: str = Field(index=True, max_length=80)
    title: str = Field(max_length=300)
    category: str = Field(max_length=32)
    basis: str = Field(default="", max_length=300)
    version: int = 1
    valid_from: dt.date
    valid_to: Optional[dt.date] = None
    symbol: str = Field(default="CAX", max_length=20)
    needs: str = Field(default="", max_length=60)  # comma-separated: case, session, tip
    sha256: str = Field(max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    added_by: str = Field(default="", max_length=64)
    added_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))


class GeneratedDocument(SQLModel, table=True):
    """One document filled from the register, kept in the person's file with the template's
    version. `number` is unique per unit and year: `seq` counts per (unit, year, device)."""

    __tablename__ = "generated_document"
    __table_args__ = (
        UniqueConstraint("unit_code", "year", "device_code", "seq", name="uq_generated_document_number"),
    )
    id: str = Field(primary_key=True, max_length=36)
    unit_code: str = Field(max_length=16)
    year: int
    device_code: str = Field(max_length=16)
    seq: int
    number: str = Field(max_length=60)
    template_key: str = Field(max_length=80)
    template_version: int
    template_sha256: str = Field(max_length=64)
    title: str = Field(max_length=300)
    person_id: Optional[str] = Field(default=None, index=True, max_length=36)
    case_id: Optional[str] = Field(default=None, max_length=36)
    session_id: Optional[str] = Field(default=None, max_length=36)
    tip_id: Optional[str] = Field(default=None, max_length=36)
    doc_date: dt.date
    created_by: str = Field(default="", max_length=64)
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    size: int = 0
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
