-- The back-office sessions, kept by Spring Session JDBC in the tables and columns it
-- reads, so that every instance knows every session and a restart signs nobody out.
-- Times are milliseconds since the epoch, as Spring Session writes them.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- The account signed in, or what else a session is looked up by (see KeptForms).
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_id_uk on spring_session (session_id);
create index spring_session_expiry_ix on spring_session (expiry_time);
create index spring_session_principal_ix on spring_session (principal_name);

-- Each attribute of a session, serialised by Java.
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
