-- Full-text search on PostgreSQL (PostgreSqlSiteSearch): each searchable row keeps its
-- document as a stored tsvector, in its language's text search configuration, the title
-- weighted above the rest, over the folded text (lower case, no accents) the application
-- writes. Matching and ranking read the stored vector, through a GIN index.

-- The text search configuration of a language of the site.
create function search_configuration(language varchar) returns regconfig
    language sql immutable parallel safe
    return case language when 'fr' then 'french'::regconfig when 'nl' then 'dutch'::regconfig
                         else 'english'::regconfig end;

-- A row's document: its title (the first line of the folded text) above the rest.
create function search_document(language varchar, folded varchar) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector(search_configuration(language), split_part(folded, chr(10), 1)), 'A')
        || to_tsvector(search_configuration(language), substr(folded, strpos(folded, chr(10)) + 1));

alter table news_post add column search_vector tsvector
    generated always as (search_document(language, search_folded)) stored;
alter table page add column search_vector tsvector
    generated always as (search_document(language, search_folded)) stored;
alter table episode add column search_vector tsvector
    generated always as (search_document(language, search_folded)) stored;

create index news_post_search_ix on news_post using gin (search_vector);
create index page_search_ix on page using gin (search_vector);
create index episode_search_ix on episode using gin (search_vector);

-- The searchable content of V9, with the stored vector (same rows, one column more).
create or replace view searchable_content as
select 'NEWS' as kind, n.id, n.language, n.title, n.slug, cast(null as varchar(200)) as series_slug,
       n.published_at, n.published_at as visible_from, n.search_text, n.search_folded, n.search_vector
  from news_post n
 where n.status = 'PUBLISHED'
union all
select 'PAGE', p.id, p.language, p.title, p.slug, cast(null as varchar(200)),
       p.published_at, p.published_at, p.search_text, p.search_folded, p.search_vector
  from page p
 where p.status = 'PUBLISHED'
union all
select 'EPISODE', e.id, e.language, e.title, e.slug, s.slug,
       e.published_at, greatest(e.published_at, s.published_at), e.search_text, e.search_folded, e.search_vector
  from episode e
  join podcast_series s on s.id = e.series_id
 where e.status = 'PUBLISHED' and s.status = 'PUBLISHED';
