-- A revision also keeps what an item has besides its text (cover, documents, subjects,
-- audio, place in the menu), one "name=value" line each, so that restoring it brings
-- them back too.
alter table revision add column details varchar not null default '';
