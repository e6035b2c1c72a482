-- Municipalities (Kommunen) and the county itself: the tenants, seeded from reference data.
create table municipality (
    ags               varchar(8)   primary key,
    name              varchar(200) not null,
    kind              varchar(20)  not null,
    county_ags        varchar(8),
    population        integer,
    area_km2          numeric(10, 2),
    postcode          varchar(10),
    lat               double precision not null,
    lon               double precision not null,
    neighbours_given  boolean      not null default false,
    contact_name      varchar(200),
    contact_email     varchar(200),
    contact_phone     varchar(50),
    version           bigint       not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null
);

create table municipality_neighbour (
    ags            varchar(8) not null references municipality (ags) on delete cascade,
    neighbour_ags  varchar(8) not null,
    primary key (ags, neighbour_ags)
);

-- Projects: a municipality's planned measures, before and while they apply for funding.
create table project (
    id                    uuid primary key,
    ags                   varchar(8)    not null references municipality (ags),
    title                 varchar(300)  not null,
    description           varchar(5000),
    category              varchar(40)   not null,
    lat                   double precision not null,
    lon                   double precision not null,
    planned_start         date,
    planned_end           date,
    estimated_total_cost  numeric(15, 2),
    stars                 smallint      not null,
    status                varchar(30)   not null,
    -- Lower-cased, umlaut-folded title and description: text search independent of the server's locale.
    search_text           text          not null,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null
);
create index project_by_municipality on project (ags, status);
create index project_by_category on project (category);

create table project_cost_item (
    project_id     uuid          not null references project (id) on delete cascade,
    position       integer       not null,
    label          varchar(200)  not null,
    amount         numeric(15, 2) not null,
    cost_category  varchar(40)   not null,
    primary key (project_id, position)
);

create table project_partner (
    project_id  uuid       not null references project (id) on delete cascade,
    ags         varchar(8) not null,
    primary key (project_id, ags)
);
create index project_partner_by_municipality on project_partner (ags);

-- Audit trail of every project change: who, when, which field, old and new value.
create table project_change (
    id          bigint generated always as identity primary key,
    project_id  uuid          not null references project (id) on delete cascade,
    version     bigint        not null,
    changed_at  timestamptz   not null,
    changed_by  varchar(100)  not null,
    field       varchar(60)   not null,
    old_value   text,
    new_value   text
);
create index project_change_by_project on project_change (project_id, id);

-- Inbox: the alerts and advice addressed to a municipality (or the county), from project.alert.v1.
create table inbox_item (
    id                uuid primary key,
    ags               varchar(8)    not null,
    alert_id          varchar(100)  not null,
    type              varchar(60)   not null,
    severity          varchar(20)   not null,
    message           varchar(4000) not null,
    dedup_key         varchar(300)  not null,
    alert_created_at  timestamptz,
    received_at       timestamptz   not null,
    read_at           timestamptz,
    read_by           varchar(100),
    acknowledged_at   timestamptz,
    acknowledged_by   varchar(100),
    version           bigint        not null,
    unique (ags, dedup_key)
);
create index inbox_item_by_municipality on inbox_item (ags, received_at desc);

create table inbox_item_subject (
    item_id   uuid          not null references inbox_item (id) on delete cascade,
    position  integer       not null,
    kind      varchar(60)   not null,
    ref_id    varchar(100)  not null,
    title     varchar(300),
    primary key (item_id, position)
);

-- Events this service's consumers have applied (de-duplication by CloudEvents id).
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(200) not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);

-- Transactional outbox: events stored with the change that caused them, relayed to Kafka afterwards.
create table outbox_event (
    seq           bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(100) not null,
    type          varchar(200) not null,
    payload       jsonb        not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz,
    attempts      int          not null default 0
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;
