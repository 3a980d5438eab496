"""Row-level security for tenant-owned tables, used by migrations.

Policy: a row is visible and writable only when its tenant_id equals the transaction's
`app.tenant_id` (set with set_config(..., true) by the unit of work). With no tenant set the
function returns NULL, so nothing is visible and every write is refused: it fails closed.
"""

from __future__ import annotations

from alembic import op

CURRENT_TENANT_FUNCTION = """
CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$
"""


def enable_tenant_rls(table: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY tenant_isolation ON {table} "
        "USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant())"
    )


def disable_tenant_rls(table: str) -> None:
    op.execute(f"DROP POLICY IF EXISTS tenant_isolation ON {table}")
    op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")


def grant_app_role_defaults(app_role: str) -> None:
    """Tables created from here on are usable by the app role (which may not alter them)."""
    op.execute(
        f"""
        DO $$
        BEGIN
            IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{app_role}') AND '{app_role}' <> current_user THEN
                EXECUTE 'GRANT USAGE ON SCHEMA public TO {app_role}';
                EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public
                         GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app_role}';
                EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public
                         GRANT USAGE, SELECT ON SEQUENCES TO {app_role}';
            END IF;
        END $$
        """
    )


def revoke_app_role_defaults(app_role: str) -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{app_role}') AND '{app_role}' <> current_user THEN
                EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public
                         REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM {app_role}';
                EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public
                         REVOKE USAGE, SELECT ON SEQUENCES FROM {app_role}';
                EXECUTE 'REVOKE USAGE ON SCHEMA public FROM {app_role}';
            END IF;
        END $$
        """
    )


def revoke_from_app_role(app_role: str, privileges: str, table: str) -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{app_role}') AND '{app_role}' <> current_user THEN
                EXECUTE 'REVOKE {privileges} ON {table} FROM {app_role}';
            END IF;
        END $$
        """
    )
