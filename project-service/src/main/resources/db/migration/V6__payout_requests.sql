-- Payout requests (Mittelabrufe): drawn money must be spent within the rule set's payout window.
create table payout_request (
    id              uuid primary key,
    application_id  uuid           not null references application (id),
    amount          numeric(14, 2) not null,
    received_on     date           not null,
    recorded_at     timestamptz    not null,
    recorded_by     varchar(100)   not null
);
create index payout_request_application on payout_request (application_id);
