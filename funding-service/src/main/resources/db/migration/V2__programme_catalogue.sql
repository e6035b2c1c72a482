-- Programme catalogue: the full programme, its rule set and calls, German full-text search,
-- field-level change history and bulk import jobs (issue 3).

alter table programme
    add column short_description    varchar(4000),
    add column funding_level        varchar(20),
    add column funding_areas        text[]        not null default '{}',
    add column funding_type         varchar(20)   not null default 'GRANT',
    add column applicant_types      text[]        not null default '{}',
    add column eligible_regions     text[]        not null default '{}',
    add column funding_rate_percent numeric(5, 2),
    add column min_grant            numeric(15, 2),
    add column max_grant            numeric(15, 2),
    add column total_budget         numeric(15, 2),
    add column url                  varchar(500),
    -- Rule set and calls belong to the programme aggregate and travel with it in every event.
    add column rule_set             jsonb         not null default '{}',
    add column calls                jsonb         not null default '[]',
    -- Every stage deadline of every call, derived from calls by a trigger, for the deadline filter.
    add column stage_deadlines      timestamptz[] not null default '{}',
    add column search_vector        tsvector generated always as (
        setweight(to_tsvector('german', coalesce(title, '')), 'A')
        || setweight(to_tsvector('german', coalesce(short_description, '')), 'B')
        || setweight(to_tsvector('german', coalesce(funding_body, '')), 'C')) stored;

create index programme_search on programme using gin (search_vector);
create index programme_funding_areas on programme using gin (funding_areas);
create index programme_applicant_types on programme using gin (applicant_types);
create index programme_status on programme (status);
create index programme_title on programme (title);

create function programme_stage_deadlines() returns trigger language plpgsql as $$
begin
    new.stage_deadlines := array(
        select (stage ->> 'deadline')::timestamptz
        from jsonb_array_elements(new.calls) call, jsonb_array_elements(call -> 'stages') stage
        where stage ->> 'deadline' is not null
        order by 1);
    return new;
end $$;

create trigger programme_stage_deadlines
    before insert or update of calls on programme
    for each row execute function programme_stage_deadlines();

-- Field-level change history: who changed which field when, from what to what.
create sequence programme_change_seq increment by 50;
create table programme_change (
    id            bigint       primary key,
    programme_id  uuid         not null,
    version       bigint       not null,
    field         varchar(200) not null,
    old_value     text,
    new_value     text,
    changed_at    timestamptz  not null,
    changed_by    varchar(100) not null
);
create index programme_change_by_programme on programme_change (programme_id, changed_at desc, id);

-- Bulk import jobs with their progress and the reason for every rejected row.
create table import_job (
    id            uuid primary key,
    format        varchar(10)  not null,
    state         varchar(20)  not null,
    total         int          not null,
    processed     int          not null default 0,
    created       int          not null default 0,
    updated       int          not null default 0,
    unchanged     int          not null default 0,
    rejected      int          not null default 0,
    rejections    jsonb        not null default '[]',
    requested_at  timestamptz  not null,
    requested_by  varchar(100) not null,
    finished_at   timestamptz
);
