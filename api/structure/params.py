"""The path parameters shared by the structure endpoints."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import Path

SiteID = Annotated[UUID, Path(description="Site id.")]
