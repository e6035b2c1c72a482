-- Settlement of granted applications: expenses, approved budget lines, proof-of-use submissions,
-- the expenses a payout request is for, and the last known state of each compliance check.

create table expense (
    id                      uuid primary key,
    application_id          uuid           not null references application (id),
    invoice_date            date           not null,
    amount                  numeric(14, 2) not null,
    cost_category           varchar(40)    not null,
    description             varchar(300)   not null,
    paid_on                 date,
    procurement_reference   varchar(200),
    contract_date           date,
    budget_line             varchar(40),
    recorded_at             timestamptz    not null,
    recorded_by             varchar(100)   not null
);
create index expense_application on expense (application_id, paid_on);

-- Einzelansätze of the financing plan as approved in the grant notice.
create table budget_line (
    id               uuid primary key,
    application_id   uuid           not null references application (id),
    code             varchar(40)    not null,
    label            varchar(200)   not null,
    approved_amount  numeric(14, 2) not null,
    unique (application_id, code)
);

create table payout_expense (
    payout_id   uuid not null references payout_request (id),
    expense_id  uuid not null references expense (id),
    primary key (payout_id, expense_id)
);
create index payout_expense_expense on payout_expense (expense_id);

-- Interim proofs (one per budget year) and the final proof of use (budget_year null).
create table proof_of_use_submission (
    id              uuid primary key,
    application_id  uuid         not null references application (id),
    kind            varchar(20)  not null,
    budget_year     int,
    submitted_on    date         not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null
);
create unique index proof_of_use_submission_once
    on proof_of_use_submission (application_id, kind, coalesce(budget_year, 0));

-- Last evaluated status per application and check: an alert goes out once per change into
-- WARNING or VIOLATION; the row is locked while compared, so replicas cannot both raise.
create table compliance_state (
    application_id  uuid        not null references application (id),
    code            varchar(40) not null,
    status          varchar(20) not null,
    changes         int         not null,
    updated_at      timestamptz not null,
    primary key (application_id, code)
);

update alert set type = 'COMPLIANCE_WARNING' where type = 'COMPLIANCE';
