-- What a reviewer said when sending a draft back to its author, and who said it; kept until
-- the author submits it again.
alter table news_post add column review_note varchar(2000);
alter table news_post add column review_note_by varchar(100);
alter table episode add column review_note varchar(2000);
alter table episode add column review_note_by varchar(100);
alter table page add column review_note varchar(2000);
alter table page add column review_note_by varchar(100);
alter table podcast_series add column review_note varchar(2000);
alter table podcast_series add column review_note_by varchar(100);
