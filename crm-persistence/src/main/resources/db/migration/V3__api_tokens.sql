-- The admin API's bearer tokens, by the hex SHA-256 of the token (never the token itself).
CREATE TABLE api_tokens (
    token_hash  CHAR(64)     PRIMARY KEY,
    user_address VARCHAR(320) NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_tokens_by_user ON api_tokens (user_address);
