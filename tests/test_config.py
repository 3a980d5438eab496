from __future__ import annotations

import pytest
from pydantic import ValidationError

from api.config import Environment, Settings

STRONG = {
    "jwt_secret": "j" * 48,
    "api_key_pepper": "p" * 48,
    "encryption_keys": "prod1:cHJvZHVjdGlvbi1rZXktMzItYnl0ZXMtbG9uZyEhISE=",
}


def test_production_refuses_default_secrets() -> None:
    with pytest.raises(ValidationError) as error:
        Settings(env=Environment.production)
    message = str(error.value)
    for name in ("GENBA_JWT_SECRET", "GENBA_API_KEY_PEPPER", "GENBA_ENCRYPTION_KEYS"):
        assert name in message


@pytest.mark.parametrize("default", sorted(STRONG))
def test_production_refuses_each_default_on_its_own(default: str) -> None:
    overrides = {key: value for key, value in STRONG.items() if key != default}
    with pytest.raises(ValidationError):
        Settings(env=Environment.production, **overrides)  # type: ignore[arg-type]


def test_production_starts_with_real_secrets() -> None:
    settings = Settings(env=Environment.production, **STRONG)  # type: ignore[arg-type]
    assert settings.env is Environment.production


def test_development_allows_defaults() -> None:
    assert Settings(env=Environment.development).env is Environment.development


def test_environment_variables_with_prefix_and_plain_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://u:p@db:5432/x")
    monkeypatch.setenv("GENBA_REDIS_URL", "redis://cache:6379/2")
    monkeypatch.setenv("GENBA_ACCESS_TOKEN_MINUTES", "15")
    settings = Settings()
    assert settings.database_url == "postgresql+asyncpg://u:p@db:5432/x"
    assert settings.redis_url == "redis://cache:6379/2"
    assert settings.access_token_minutes == 15
    assert settings.alembic_database_url == settings.database_url
