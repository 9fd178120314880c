-- The WordPress imports started from the back-office, kept in the database so that
-- whichever instance an admin's requests reach shows the dry run, starts the import and
-- follows it. The files sent wait in the media storage (under transient/) until the
-- import has run. The reports are JSON.
create table wordpress_import_job (
    id          uuid          primary key,
    state       varchar(20)   not null,
    options     text          not null,
    plan        text          not null,
    report      text,
    failure     varchar(2000),
    done        integer       not null,
    total       integer       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

create index wordpress_import_job_created_ix on wordpress_import_job (created_at);
