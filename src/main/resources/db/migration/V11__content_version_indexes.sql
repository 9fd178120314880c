-- The content version (ContentVersion) counts and dates every row of the tables public
-- pages show; with these indexes it reads them without touching the rows' text.
create index news_post_version_ix on news_post (updated_at, published_at, version);
create index page_version_ix on page (updated_at, published_at, version);
create index podcast_series_version_ix on podcast_series (updated_at, published_at, version);
create index episode_version_ix on episode (updated_at, published_at, version);
