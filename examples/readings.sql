-- A time series of sensor readings with a two-column key: the narrow, numeric rows that COPY
-- BINARY is made for. ./run-bench.sh --table-ddl examples/readings.sql
CREATE TABLE readings (
    sensor_id   integer          NOT NULL,
    read_at     timestamp(3)     NOT NULL,
    temperature real             NOT NULL,
    humidity    real,
    voltage     double precision,
    ok          boolean          NOT NULL,
    PRIMARY KEY (sensor_id, read_at)
);
