-- A placeholder so the migration machinery has something to apply; the schema proper starts at V1.
-- Not (key, value): both are keywords in H2 2.x, even in PostgreSQL mode.
CREATE TABLE schema_info (
    name    VARCHAR(64)  PRIMARY KEY,
    content VARCHAR(256) NOT NULL
);
