-- Images are stored in several widths besides the full one (variant_widths lists them,
-- as "480,960"), and the library shows who uploaded each file.
alter table media_file add column variant_widths varchar(100) not null default '';
alter table media_file add column uploaded_by varchar(254);

create index media_file_created_ix on media_file (created_at desc, id desc);

-- A contributor's draft submitted for an editor's review, and when.
alter table news_post add column submitted_at timestamp with time zone;
alter table episode add column submitted_at timestamp with time zone;
alter table page add column submitted_at timestamp with time zone;
alter table podcast_series add column submitted_at timestamp with time zone;

-- Every kind of content knows who wrote it, as news posts already did.
alter table page add column author_id bigint;
alter table podcast_series add column author_id bigint;
alter table episode add column author_id bigint;
