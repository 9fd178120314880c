-- Content can be moved to trash, and the public addresses of content removed for good are
-- remembered, so that they answer 410 Gone rather than 404 Not Found.
alter table page drop constraint page_status_ck;
alter table page add constraint page_status_ck check (status in ('DRAFT', 'PUBLISHED', 'TRASHED'));
alter table news_post drop constraint news_post_status_ck;
alter table news_post add constraint news_post_status_ck check (status in ('DRAFT', 'PUBLISHED', 'TRASHED'));
alter table podcast_series drop constraint podcast_series_status_ck;
alter table podcast_series add constraint podcast_series_status_ck
    check (status in ('DRAFT', 'PUBLISHED', 'TRASHED'));
alter table episode drop constraint episode_status_ck;
alter table episode add constraint episode_status_ck check (status in ('DRAFT', 'PUBLISHED', 'TRASHED'));

create table removed_path (
    path       varchar(500) primary key,
    removed_at timestamp with time zone not null
);
