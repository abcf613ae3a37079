-- The users table with a uuid key the server makes: PostgreSQL 18's uuidv7(), time-ordered.
-- ./run-bench.sh sustain --table-ddl examples/users-uuidv7-server.sql --indexes pk+2
-- The suite sends every column but id, as it would leave an identity column to the server.
-- examples/users-uuidv4-server.sql is the same with gen_random_uuid(), for PostgreSQL 13 and later.
CREATE TABLE users_uuidv7_server (
    id         uuid             PRIMARY KEY DEFAULT uuidv7(),
    email      text             NOT NULL,
    created_at timestamptz      NOT NULL,
    name       text,
    score      double precision
);
