-- The text the site search looks through, kept by the application on every save: the plain
-- text (for snippets) and the title and text folded to lower case without accents (for
-- matching). V9_1 fills them for what exists; indexes are per database (db/vendor).
alter table news_post add column search_text varchar not null default '';
alter table news_post add column search_folded varchar not null default '';
alter table page add column search_text varchar not null default '';
alter table page add column search_folded varchar not null default '';
alter table episode add column search_text varchar not null default '';
alter table episode add column search_folded varchar not null default '';
alter table podcast_series add column search_text varchar not null default '';
alter table podcast_series add column search_folded varchar not null default '';

-- Everything the search may show: published posts, pages and episodes (of a published
-- series). Whether its time has come (visible_from) is the query's to say.
create view searchable_content as
select 'NEWS' as kind, n.id, n.language, n.title, n.slug, cast(null as varchar(200)) as series_slug,
       n.published_at, n.published_at as visible_from, n.search_text, n.search_folded
  from news_post n
 where n.status = 'PUBLISHED'
union all
select 'PAGE', p.id, p.language, p.title, p.slug, cast(null as varchar(200)),
       p.published_at, p.published_at, p.search_text, p.search_folded
  from page p
 where p.status = 'PUBLISHED'
union all
select 'EPISODE', e.id, e.language, e.title, e.slug, s.slug,
       e.published_at, greatest(e.published_at, s.published_at), e.search_text, e.search_folded
  from episode e
  join podcast_series s on s.id = e.series_id
 where e.status = 'PUBLISHED' and s.status = 'PUBLISHED';
