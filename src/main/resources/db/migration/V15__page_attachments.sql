-- Documents attached to pages (the statutes to the page about the association), as to news
-- posts: each a file of the library, with the title the page shows for it, in order.
create table page_attachment (
    page_id   bigint       not null,
    position  integer      not null,
    media_id  bigint       not null,
    title     varchar(300) not null,
    constraint page_attachment_pk primary key (page_id, position),
    constraint page_attachment_page_fk foreign key (page_id) references page (id) on delete cascade,
    constraint page_attachment_media_fk foreign key (media_id) references media_file (id)
);

create index page_attachment_media_ix on page_attachment (media_id);

-- A document's title is as long as the form lets it be, for posts too (it was shorter).
alter table news_attachment alter column title set data type varchar(300);
