-- Who wrote a news post: contributors may edit their own drafts only.
alter table news_post add column author_id bigint;
alter table news_post add constraint news_post_author_fk foreign key (author_id) references account (id);
create index news_post_author_ix on news_post (author_id);
