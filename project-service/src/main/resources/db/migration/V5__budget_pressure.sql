-- Whether a call's budget is currently oversubscribed by the county's applications, and how often
-- it crossed the line: an alert goes out once per crossing.
create table call_budget_state (
    call_id         uuid primary key,
    oversubscribed  boolean     not null,
    crossings       int         not null,
    updated_at      timestamptz not null
);
