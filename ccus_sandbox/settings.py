from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


class Faults(BaseSettings):
    """What can go wrong, on purpose. Changeable at run time through PUT /admin/faults."""

    model_config = SettingsConfigDict(env_prefix="CCUS_SANDBOX_FAULT_")

    latency_ms: int = Field(default=0, ge=0, le=60_000)
    error_rate: float = Field(
        default=0.0, ge=0, le=1, description="Share of requests answered 500."
    )
    timeout_rate: float = Field(default=0.0, ge=0, le=1, description="Share that hang, then fail.")
    timeout_seconds: float = Field(default=30.0, ge=0, le=600)
    throttle_rate: float = Field(default=0.0, ge=0, le=1, description="Share answered 429.")
    applied_then_timeout_rate: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="Share of writes applied, then answered only after timeout_seconds.",
    )
    applied_then_reset_rate: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="Share of writes applied, then the connection closed without an answer.",
    )
    retry_after_seconds: int = Field(default=2, ge=0, le=3600)
    maintenance: bool = Field(
        default=False, description="Answer everything as in a maintenance window."
    )
    maintenance_weekdays: list[int] = Field(
        default_factory=list, description="0 = Monday … 6 = Sunday, in Asia/Tokyo; empty: never."
    )


class SandboxSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CCUS_SANDBOX_")

    tokens: list[str] = Field(default_factory=lambda: ["sandbox-token"])
    admin_token: str = "sandbox-admin"
    result_delay_seconds: float = Field(
        default=1.0, ge=0, description="Until a submission's results are ready."
    )
    seed_file: Path = PACKAGE_DIR / "data" / "seed.json"
    catalogue_file: Path = PROJECT_DIR / "data" / "ccus" / "error_catalogue.csv"
    random_seed: int | None = None
