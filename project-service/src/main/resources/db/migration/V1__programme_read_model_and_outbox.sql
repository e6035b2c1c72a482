-- Local read model of funding-service's programmes, fed by funding.programme.v1.
create table programme_view (
    id                  uuid primary key,
    version             bigint       not null,
    external_reference  varchar(100),
    title               varchar(300) not null,
    funding_body        varchar(200),
    status              varchar(20),
    changed_at          timestamptz,
    -- The full event, so fields this service does not map yet are not lost on the way.
    payload             jsonb        not null,
    applied_at          timestamptz  not null
);

-- CloudEvents ids already applied, per consumer: makes re-delivery harmless.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(100) not null,
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
