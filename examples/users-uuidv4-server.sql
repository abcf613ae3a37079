-- The users table with a uuid key the server makes: gen_random_uuid(), version 4, random.
-- ./run-bench.sh sustain --table-ddl examples/users-uuidv4-server.sql --indexes pk+2
-- The suite sends every column but id, as it would leave an identity column to the server.
-- examples/users-uuidv7-server.sql is the same with PostgreSQL 18's time-ordered uuidv7().
CREATE TABLE users_uuidv4_server (
    id         uuid             PRIMARY KEY DEFAULT gen_random_uuid(),
    email      text             NOT NULL,
    created_at timestamptz      NOT NULL,
    name       text,
    score      double precision
);
