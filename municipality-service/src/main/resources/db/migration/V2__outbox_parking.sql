-- A row the broker refuses for good is parked after some attempts, so it no longer blocks the rows
-- behind it; an administrator retries or drops it, and every such decision is recorded.
alter table outbox_event
    add column parked_at  timestamptz,
    add column last_error varchar(2000);
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;

create table outbox_audit (
    id            bigint generated always as identity primary key,
    event_seq     bigint        not null,
    event_id      uuid          not null,
    topic         varchar(200)  not null,
    aggregate_id  varchar(100)  not null,
    action        varchar(20)   not null,
    actor         varchar(200)  not null,
    acted_at      timestamptz   not null,
    last_error    varchar(2000),
    -- A dropped event's body stays here, so dropping loses nothing for good.
    payload       jsonb         not null
);
