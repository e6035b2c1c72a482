-- The version of the German normaliser (conflict-engine GermanTerms.version()) the stored terms of
-- project_view were computed with; project-service recomputes all terms on start when it differs.
create table conflict_terms_version (
    id      integer primary key check (id = 1),
    version varchar(64) not null
);
