"""Every setting of the service, read from GENBA_* environment variables (or `.env`)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_JWT_SECRET = "dev-only-jwt-secret-do-not-use-in-production"
DEV_API_KEY_PEPPER = "dev-only-api-key-pepper-do-not-use-in-production"
# base64 of 32 bytes; a development key only, rejected in production.
DEV_ENCRYPTION_KEY = "ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM="


class Environment(StrEnum):
    development = "development"
    testing = "testing"
    production = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GENBA_", env_file=".env", extra="ignore", case_sensitive=False
    )

    env: Environment = Environment.development
    log_level: str = "INFO"
    log_json: bool = True
    # The built SPA (`npm run build` in frontend/); served at / when the folder exists.
    spa_dir: str = str(Path(__file__).resolve().parent.parent / "frontend" / "dist")

    database_url: str = Field(
        default="postgresql+asyncpg://genba_app:genba_app@127.0.0.1:54390/genba",
        validation_alias=AliasChoices("GENBA_DATABASE_URL", "DATABASE_URL"),
    )
    migration_database_url: str | None = None
    db_app_role: str = "genba_app"
    db_pool_size: int = 10
    db_max_overflow: int = 10
    db_statement_timeout_ms: int = 30_000

    redis_url: str = Field(
        default="redis://127.0.0.1:63790/0",
        validation_alias=AliasChoices("GENBA_REDIS_URL", "REDIS_URL"),
    )

    jwt_secret: SecretStr = SecretStr(DEV_JWT_SECRET)
    jwt_issuer: str = "genba"
    access_token_minutes: int = 8 * 60
    api_key_pepper: SecretStr = SecretStr(DEV_API_KEY_PEPPER)
    # "key-id:base64key,key-id:base64key"; the first key encrypts, all of them decrypt.
    encryption_keys: SecretStr = SecretStr(f"dev1:{DEV_ENCRYPTION_KEY}")

    # 本人確認番号: 4 digits on CCUS cards as far as public material shows; kept configurable.
    verification_number_min_digits: int = 4
    verification_number_max_digits: int = 8
    # Attendance: a terminal clock may run a little fast; events further ahead are refused.
    attendance_future_tolerance_seconds: int = 300
    # Older events are refused: CCUS takes work history for a limited time after the day.
    attendance_max_age_days: int = 365
    # History partitions (ADR 0025): months of work days and events made ahead of time, and
    # the age past which a month is detached (kept as a table of its own; never dropped). No
    # retention by default: CCUS history is a person's career.
    history_months_ahead: int = Field(default=3, ge=1, le=24)
    history_retention_months: int | None = Field(default=None, ge=14)
    # CCUS: where it is (the sandbox when developing) and how hard to try.
    ccus_base_url: str = "http://127.0.0.1:8391"
    ccus_token: SecretStr = SecretStr("sandbox-token")
    ccus_timeout_seconds: float = 10.0
    ccus_max_attempts: int = 4
    ccus_backoff_base_seconds: float = 0.5
    ccus_backoff_max_seconds: float = 20.0
    # A longer Retry-After (a maintenance window) is not waited out in the call: the outbox
    # row is rescheduled for then instead.
    ccus_retry_after_max_seconds: float = 30.0
    ccus_breaker_threshold: int = 5
    ccus_breaker_cooldown_seconds: float = 30.0
    # When changes go to CCUS: `next_day` at ccus_send_hour (Asia/Tokyo), or `immediate`
    # (demos, tests). Maintenance weekdays (0 = Monday; default Thursday) and one-off dates hold
    # everything back until ccus_resume_hour on the following day (Friday 23:00 by default).
    ccus_send_policy: Literal["next_day", "immediate"] = "next_day"
    ccus_send_hour: int = Field(default=2, ge=0, le=23)
    # 施工体制 (and site-worker) differences go the same day, this many minutes after the change
    # (the seed sends them the day they are made); work days keep the policy above.
    ccus_structure_delay_minutes: int = Field(default=5, ge=0, le=720)
    ccus_maintenance_weekdays: list[int] = Field(default_factory=lambda: [3])
    ccus_maintenance_dates: list[date] = Field(default_factory=list)
    ccus_resume_hour: int = Field(default=23, ge=0, le=23)
    ccus_batch_size: int = Field(default=500, ge=1, le=1000)
    # A row claimed for sending by a worker that then died goes back to the queue after this.
    ccus_sending_stale_seconds: int = 300
    # Excel/CSV imports: 10 MB holds well over the largest registries we know of.
    import_max_bytes: int = 10 * 1024 * 1024
    import_max_rows: int = 50_000
    # Checked in the zip before a workbook's rows are read: the template has 33 columns, and
    # a full 50,000-row sheet of workers unpacks to about 50 MB.
    import_max_columns: int = 64
    import_max_unpacked_bytes: int = 128 * 1024 * 1024
    # A running import whose worker went silent this long is picked up again by the sweep.
    import_stale_after_seconds: int = 600

    # Request bodies, refused with 413 while being read (before authentication or parsing):
    # JSON requests, a terminal's batch of up to 500 events, and a multipart upload (the file
    # plus room for the form around it).
    request_max_bytes: int = 256 * 1024
    terminal_request_max_bytes: int = 2 * 1024 * 1024
    upload_overhead_bytes: int = 64 * 1024

    # Failed logins per window: for one email from one address (blocks that pair), for one
    # email from anywhere (blocks it except from addresses it logged in from within
    # login_known_address_days), and from one address (its failures answer 429, but a correct
    # password still logs in). See api/auth/login_throttle.py.
    login_max_failures: int = 5
    login_failure_window_seconds: int = 15 * 60
    login_max_failures_per_account: int = 50
    login_max_failures_per_ip: int = 50
    login_known_address_days: int = 30
    # Proxies whose X-Forwarded-For names the client: comma-separated addresses or networks
    # (e.g. "10.0.0.0/8,192.168.1.10"). None by default: the peer's address is the client's.
    trusted_proxies: str = ""
    # GET /metrics needs `Authorization: Bearer <token>` when set; when unset it is open in
    # development and testing and answers 404 in production.
    metrics_token: SecretStr | None = None

    # Partner webhooks: plain http to localhost only where this is on (development, tests);
    # a delivery is retried for webhook_retry_hours, then its endpoint is disabled.
    webhook_allow_local_http: bool = False
    webhook_timeout_seconds: float = 10.0
    webhook_retry_hours: float = 72.0
    webhook_backoff_base_seconds: float = 30.0
    webhook_backoff_max_seconds: float = 3600.0
    # A delivery being sent is leased this long: a worker killed mid-call leaves it due again.
    webhook_lease_seconds: float = 120.0

    demo_admin_password: SecretStr = SecretStr("genba-demo-2026")

    # The operator API (/api/v1/operator): the SHA-256 (hex) of the key sent as
    # `X-Operator-Key`. Unset, the operator API answers 404. Make a key with
    # `python -m api.tenants operator-key`.
    operator_key_sha256: str | None = None

    # Email (invitations, password reset, email change) over SMTP. `make run` points these at
    # its own mail catcher; production sets its relay.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8325
    smtp_starttls: bool = False
    smtp_tls: bool = False
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = 10.0
    mail_from: str = "genba <no-reply@genba.localhost>"
    # Where the links in emails point: the SPA's origin.
    public_url: str = "http://127.0.0.1:8390"
    invitation_hours: int = Field(default=72, ge=1, le=720)
    password_reset_minutes: int = Field(default=30, ge=5, le=240)
    email_change_hours: int = Field(default=24, ge=1, le=168)
    # The mail outbox: a mail the SMTP server did not take is tried again on the one backoff,
    # until its link expires or mail_retry_hours pass (then お知らせ shows the failure).
    mail_retry_hours: float = Field(default=24.0, gt=0, le=168)
    mail_backoff_base_seconds: float = 30.0
    # Sent and given-up mails (bodies already erased) are deleted after this many days: longer
    # than any invitation link lives (invitation_hours ≤ 720) and お知らせ shows failures (7).
    mail_keep_days: int = Field(default=35, ge=31, le=3650)
    mail_backoff_max_seconds: float = 1800.0
    # A mail being sent is leased this long: a worker killed mid-send leaves it due again.
    mail_lease_seconds: float = 120.0
    # Password reset requests per rolling hour window: beyond the first limit for one address
    # the answer stays the same but no mail goes (nothing tells whether it exists); beyond the
    # second from one client the answer is 429 with Retry-After. Invitation resends per
    # invited user likewise answer 429. See api/accounts/throttle.py.
    password_reset_max_per_address: int = Field(default=3, ge=1)
    password_reset_max_per_client: int = Field(default=20, ge=1)
    invitation_resend_max: int = Field(default=5, ge=1)
    account_mail_window_seconds: int = Field(default=3600, ge=60)

    @property
    def upload_request_max_bytes(self) -> int:
        return self.import_max_bytes + self.upload_overhead_bytes

    @property
    def alembic_database_url(self) -> str:
        return self.migration_database_url or self.database_url

    @model_validator(mode="after")
    def _refuse_default_secrets_in_production(self) -> Settings:
        if self.env is not Environment.production:
            return self
        defaults = {
            "GENBA_JWT_SECRET": self.jwt_secret.get_secret_value() == DEV_JWT_SECRET,
            "GENBA_API_KEY_PEPPER": self.api_key_pepper.get_secret_value() == DEV_API_KEY_PEPPER,
            "GENBA_ENCRYPTION_KEYS": DEV_ENCRYPTION_KEY in self.encryption_keys.get_secret_value(),
        }
        unsafe = [name for name, is_default in defaults.items() if is_default]
        if unsafe:
            raise ValueError(f"production refuses the development defaults of: {', '.join(unsafe)}")
        if len(self.jwt_secret.get_secret_value()) < 32:
            raise ValueError("GENBA_JWT_SECRET must be at least 32 characters in production")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
