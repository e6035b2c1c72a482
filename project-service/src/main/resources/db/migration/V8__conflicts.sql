-- Conflict detection (DESIGN §5.4). The normalised terms of each project (computed by the
-- service's German normaliser, the same code the scorer uses) are stored with the read model so
-- candidates are found through GIN indexes, nearby ones through the position index: never a scan.
alter table project_view
    add column lat              double precision,
    add column lon              double precision,
    add column title_terms      text[] not null default '{}',
    add column terms            text[] not null default '{}',
    -- key terms: the terms minus generic ones (Sanierung, Neubau…); what candidates are found by
    add column title_key_terms  text[] not null default '{}',
    add column key_terms        text[] not null default '{}';
-- Partial: finished projects conflict with nothing, so a long history does not slow the search.
create index project_view_key_terms on project_view using gin (key_terms)
    where status is null or status not in ('COMPLETED', 'WITHDRAWN');
create index project_view_title_key_terms on project_view using gin (title_key_terms)
    where status is null or status not in ('COMPLETED', 'WITHDRAWN');
create index project_view_position on project_view (lat, lon)
    where status is null or status not in ('COMPLETED', 'WITHDRAWN');

-- One conflict per kind and unordered pair of projects (or of applications of one project):
-- re-detection updates it in place, so re-delivered events cannot duplicate it.
create table conflict (
    id            uuid primary key,
    version       bigint           not null,
    kind          varchar(20)      not null,
    pair_key      varchar(200)     not null,
    status        varchar(20)      not null,
    score         double precision not null,
    explanation   jsonb            not null,
    side_a        jsonb            not null,
    side_b        jsonb            not null,
    ags_a         varchar(8)       not null,
    ags_b         varchar(8)       not null,
    project_a     uuid             not null,
    project_b     uuid             not null,
    programme_a   uuid,
    programme_b   uuid,
    resolution    varchar(30),
    history       jsonb            not null,
    -- Hash of both sides' material fields: a dismissed conflict comes back only when it changes.
    fingerprint   varchar(64)      not null,
    detected_at   timestamptz      not null,
    updated_at    timestamptz      not null,
    unique (kind, pair_key)
);
create index conflict_ags_a on conflict (ags_a);
create index conflict_ags_b on conflict (ags_b);
create index conflict_project_a on conflict (project_a);
create index conflict_project_b on conflict (project_b);
create index conflict_programme_a on conflict (programme_a);
create index conflict_programme_b on conflict (programme_b);
create index conflict_listing on conflict (detected_at desc, score desc, id);
