-- The time step of the last two-factor code accepted per account, so a code works once.
alter table account add column totp_last_step bigint;
