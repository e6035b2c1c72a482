-- Every alert (deadline, match, budget, conflict, compliance) in one model; published on
-- project.alert.v1. The dedup key makes raising the same alert twice harmless.
create table alert (
    id              uuid primary key,
    type            varchar(40)  not null,
    severity        varchar(20)  not null,
    municipalities  jsonb        not null,
    county          boolean      not null,
    subjects        jsonb        not null,
    message         text         not null,
    dedup_key       varchar(300) not null unique,
    created_at      timestamptz  not null,
    resolved_at     timestamptz,
    resolved_by     varchar(100)
);
create index alert_created on alert (created_at desc, id);
create index alert_municipalities on alert using gin (municipalities jsonb_path_ops);
create index alert_subjects on alert using gin (subjects jsonb_path_ops);

-- Deadlines derived per application from the call stage and the rule set.
create table deadline (
    id              uuid primary key,
    application_id  uuid         not null references application (id),
    ags             varchar(8)   not null,
    programme_id    uuid         not null,
    kind            varchar(30)  not null,
    -- Stable per application, e.g. PROOF_OF_USE or INTERIM_PROOF:2027: recomputation updates in place.
    source_key      varchar(100) not null,
    title           varchar(400) not null,
    due_date        date         not null,
    status          varchar(20)  not null,
    derived_from    text         not null,
    updated_at      timestamptz  not null,
    unique (application_id, source_key)
);
create index deadline_due on deadline (status, due_date);
create index deadline_ags on deadline (ags, due_date);

-- One row per reminder sent: inserted in the same transaction as its alert, the primary key makes
-- every (deadline, offset) fire exactly once, across runs, restarts and replicas.
create table deadline_reminder (
    deadline_id  uuid        not null references deadline (id),
    reminder     varchar(20) not null,
    alert_id     uuid        not null,
    sent_at      timestamptz not null,
    primary key (deadline_id, reminder)
);
