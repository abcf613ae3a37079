-- The users table with a uuid key, for the key orders uuidv4 and uuidv7:
-- ./run-bench.sh sustain --table-ddl examples/users-uuid.sql --key-order uuidv4,uuidv7 --indexes pk+2
-- --indexes pk+2 indexes email and created_at, the first two short non-key columns, as on users.
-- The suite fills a user's text columns with phrases of words, not addresses: the email index
-- holds values of about an address's length in random order, as users' does, with more repeats.
CREATE TABLE users_uuid (
    id         uuid             PRIMARY KEY,
    email      text             NOT NULL,
    created_at timestamptz      NOT NULL,
    name       text,
    score      double precision
);
