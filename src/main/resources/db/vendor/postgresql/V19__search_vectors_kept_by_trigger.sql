-- The search vectors of V9_2 were generated columns, which PostgreSQL computes again on
-- every update of a row, whatever the update changed: publishing a post, linking it to its
-- translation or moving a page ran the text search parser over the whole text again (some
-- 10 ms for a long post). A trigger keeps them now, and computes a row's vector only when
-- the row is new or its folded text or its language changed. Same vectors, same index.

create function keep_search_vector() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.search_folded is distinct from old.search_folded
            or new.language is distinct from old.language then
        new.search_vector := search_document(new.language, new.search_folded);
    end if;
    return new;
end
$$;

alter table news_post alter column search_vector drop expression;
alter table page alter column search_vector drop expression;
alter table episode alter column search_vector drop expression;

create trigger news_post_search_vector before insert or update on news_post
    for each row execute function keep_search_vector();
create trigger page_search_vector before insert or update on page
    for each row execute function keep_search_vector();
create trigger episode_search_vector before insert or update on episode
    for each row execute function keep_search_vector();
