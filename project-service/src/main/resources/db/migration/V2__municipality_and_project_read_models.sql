-- Local read model of municipality-service's municipalities, fed by municipality.municipality.v1.
create table municipality_view (
    ags          varchar(8)   primary key,
    version      bigint       not null,
    name         varchar(200) not null,
    county_ags   varchar(8),
    kind         varchar(40),
    payload      jsonb        not null,
    applied_at   timestamptz  not null
);

-- Local read model of municipal projects, fed by municipality.project.v1.
create table project_view (
    id                    uuid primary key,
    version               bigint        not null,
    ags                   varchar(8)    not null,
    title                 varchar(300)  not null,
    category              varchar(40),
    status                varchar(30),
    planned_start         date,
    planned_end           date,
    estimated_total_cost  numeric(14, 2),
    payload               jsonb         not null,
    applied_at            timestamptz   not null
);
-- Scouting match looks up open projects by category, never scanning all projects.
create index project_view_category_status on project_view (category, status);
create index project_view_ags on project_view (ags);

alter table programme_view add column deleted boolean not null default false;
