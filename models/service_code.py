"""The codes an insurer knows each kind of session by, for superbills."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, text_enum
from models.enums import Modality


class ServiceCode(Base):
    """The code an insurer knows a kind of session by (CPT-style), and where it takes place.

    Only superbills print them, so a practice that makes none never sets them.
    """

    __tablename__ = "service_code"
    __audited__ = True

    modality: Mapped[Modality] = mapped_column(text_enum(Modality), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), default="")
    # Place of service as the insurer's form has it ("11" an office, "10" telehealth at home).
    place: Mapped[str] = mapped_column(String(4), default="")
