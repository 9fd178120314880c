-- Keys every instance of the site must share, drawn by whichever instance needs one first
-- (SharedSecrets). Never exported: a site restored elsewhere draws its own.
create table shared_secret (
    name       varchar(100) primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);
