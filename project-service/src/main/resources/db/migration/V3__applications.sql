-- Applications of municipal projects to programme call stages (Anträge) and their grant notices.
create table application (
    id                  uuid primary key,
    version             bigint         not null,
    project_id          uuid           not null,
    project_title       varchar(300)   not null,
    ags                 varchar(8)     not null,
    programme_id        uuid           not null,
    call_id             uuid           not null,
    stage_index         int            not null,
    requested_amount    numeric(14, 2) not null,
    eligible_cost       numeric(14, 2) not null,
    own_contribution    numeric(14, 2) not null,
    planned_start       date           not null,
    planned_end         date           not null,
    status              varchar(30)    not null,
    submitted_at        timestamptz,
    decided_at          timestamptz,
    grant_notice_date   date,
    approved_amount     numeric(14, 2),
    approval_start      date,
    approval_end        date,
    created_at          timestamptz    not null,
    created_by          varchar(100)   not null,
    updated_at          timestamptz    not null,
    updated_by          varchar(100)   not null
);
create index application_ags on application (ags, status);
create index application_programme on application (programme_id);
create index application_call on application (call_id, status);
create index application_project on application (project_id);
