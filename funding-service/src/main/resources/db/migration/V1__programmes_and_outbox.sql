-- Programmes (Förderprogramme): the catalogue scouts maintain.
create table programme (
    id                  uuid primary key,
    external_reference  varchar(100) unique,
    title               varchar(300) not null,
    funding_body        varchar(200) not null,
    status              varchar(20)  not null,
    version             bigint       not null,
    created_at          timestamptz  not null,
    created_by          varchar(100) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(100) not null
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
