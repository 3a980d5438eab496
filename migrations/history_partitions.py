"""Monthly partitions of the history tables (ADR 0025), as SQL functions the migrations define.

The functions run as their owner (SECURITY DEFINER), so the worker, connected as the app role
that may not alter tables, can still add next month's partitions; the app role may run them and
nothing else of the DDL. A month's partition is made empty, filled with any rows of that month
the DEFAULT partition caught meanwhile, then attached: attaching takes a lighter lock on the
parent than CREATE … PARTITION OF, and the default partition never holds a month that has one.
Each partition gets row-level security of its own, so a detached month stays as closed as the
table it left (rows reached through the parent answer to the parent's policy)."""

from __future__ import annotations

from alembic import op

from migrations.tenancy import disable_tenant_rls

_BOUNDS = """
CREATE OR REPLACE FUNCTION history_month_bound(parent text, month date) RETURNS text
LANGUAGE sql IMMUTABLE
AS $$
    SELECT CASE parent
        WHEN 'work_days' THEN month::text
        -- An event's month is Japan's, as its work day is.
        WHEN 'attendance_events' THEN to_char(month::timestamp, 'YYYY-MM-DD') || ' 00:00:00+09'
    END
$$
"""

_ADD = """
CREATE OR REPLACE FUNCTION history_partition_add(parent text, month date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    first date := date_trunc('month', month)::date;
    part text := parent || '_p' || to_char(first, 'YYYYMM');
    key text;
    low text;
    high text;
BEGIN
    key := CASE parent WHEN 'work_days' THEN 'work_date'
                       WHEN 'attendance_events' THEN 'occurred_at' END;
    IF key IS NULL THEN
        RAISE EXCEPTION 'not a history table: %', parent;
    END IF;
    -- A month made before (or detached and kept under its name) is left as it is.
    IF to_regclass(part) IS NOT NULL THEN
        RETURN false;
    END IF;
    low := history_month_bound(parent, first);
    high := history_month_bound(parent, (first + interval '1 month')::date);
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   part, parent);
    -- The owner moves every tenant's rows: the policy may not hide them from it meanwhile.
    EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', parent || '_default');
    EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %L AND %I < %L RETURNING *) '
                   'INSERT INTO %I SELECT * FROM moved',
                   parent || '_default', key, low, key, high, part);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', parent || '_default');
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                   parent, part, low, high);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', part);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', part);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_current_tenant()) '
                   'WITH CHECK (tenant_id = app_current_tenant())', part);
    RETURN true;
END
$$
"""

_DETACH = """
CREATE OR REPLACE FUNCTION history_partition_detach(parent text, month date) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    part text := parent || '_p' || to_char(date_trunc('month', month), 'YYYYMM');
BEGIN
    IF parent NOT IN ('work_days', 'attendance_events') THEN
        RAISE EXCEPTION 'not a history table: %', parent;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_inherits
                   WHERE inhparent = parent::regclass AND inhrelid = to_regclass(part)) THEN
        RETURN NULL;
    END IF;
    -- Detached, not dropped: the month stays a table of its own, rows and indexes kept.
    EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', parent, part);
    RETURN part;
END
$$
"""

FUNCTIONS = ("history_partition_add(text, date)", "history_partition_detach(text, date)")


def create_functions(app_role: str) -> None:
    for statement in (_BOUNDS, _ADD, _DETACH):
        op.execute(statement)
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(
            f"""
            DO $$
            BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{app_role}')
                   AND '{app_role}' <> current_user THEN
                    EXECUTE 'GRANT EXECUTE ON FUNCTION {function} TO {app_role}';
                END IF;
            END $$
            """
        )


def drop_functions() -> None:
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.execute("DROP FUNCTION IF EXISTS history_month_bound(text, date)")


def set_aside(table: str, aside: str) -> None:
    """Rename a table out of the way and drop its indexes and keys, whose names the table taking
    its place reuses (nothing references the history tables by foreign key)."""
    op.execute(f"ALTER TABLE {table} RENAME TO {aside}")
    disable_tenant_rls(aside)
    op.execute(
        f"""
        DO $$
        DECLARE item record;
        BEGIN
            FOR item IN SELECT conname FROM pg_constraint
                        WHERE conrelid = '{aside}'::regclass AND contype IN ('p', 'u') LOOP
                EXECUTE format('ALTER TABLE {aside} DROP CONSTRAINT %I', item.conname);
            END LOOP;
            FOR item IN SELECT indexrelid::regclass::text AS name FROM pg_index
                        WHERE indrelid = '{aside}'::regclass LOOP
                EXECUTE format('DROP INDEX %s', item.name);
            END LOOP;
        END $$
        """
    )


def is_partition(name: str | None) -> bool:
    """A month or DEFAULT partition of a history table: made by the functions above, not by the
    models, so autogenerate leaves them out."""
    return name is not None and any(
        name.startswith(f"{parent}_")
        and (name[len(parent) + 1 :] == "default" or _is_month(name[len(parent) + 1 :]))
        for parent in ("work_days", "attendance_events")
    )


def _is_month(suffix: str) -> bool:
    return len(suffix) == 7 and suffix[0] == "p" and suffix[1:].isdigit()


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's filter: the models describe the partitioned tables, not their partitions."""
    return not (type_ == "table" and is_partition(name))
