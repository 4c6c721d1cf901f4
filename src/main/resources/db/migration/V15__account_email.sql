-- Where an account's notices are mailed; optional, since mail is optional. The service checks
-- the format first with a message people can read; the constraint keeps other writers honest.
ALTER TABLE account ADD COLUMN email text
    CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
