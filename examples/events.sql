-- An application events table: a uuid key, a jsonb payload of a few hundred bytes, a timestamp.
-- ./run-bench.sh --table-ddl examples/events.sql
-- The jsonb column makes text COPY parse JSON on the server; binary COPY sends it the same way
-- (jsonb's binary form is its text), so the two COPY formats come closer than on numeric tables.
CREATE TABLE events (
    event_id    uuid        PRIMARY KEY,
    tenant_id   integer     NOT NULL,
    kind        varchar(32) NOT NULL,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    payload     jsonb       NOT NULL,
    source_ip   text
);
