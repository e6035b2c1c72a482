-- One conflict per unordered pair, whatever its kind: a pair whose kind changes (REDUNDANT →
-- COMPETING when both apply to one call) is re-labelled in place instead of resolved and raised anew.
-- Pairs that already hold rows of several kinds keep the newest under the pair key; the older ones
-- keep their history under a retired key.
update conflict c
set pair_key = c.pair_key || '~' || c.kind
where exists (select 1
              from conflict n
              where n.pair_key = c.pair_key
                and n.id <> c.id
                and (n.updated_at, n.id) > (c.updated_at, c.id));
alter table conflict drop constraint if exists conflict_kind_pair_key_key;
alter table conflict add constraint conflict_pair_key_key unique (pair_key);

-- Since when the detector no longer finds a live pair after an edit; resolved only if it stays gone.
alter table conflict add column vanished_at timestamptz;
create index conflict_vanished on conflict (vanished_at) where vanished_at is not null;

-- Coordinators' decisions on conflicts as labelled pairs (GET /api/conflicts/labels): both projects
-- as they were at the moment of the decision, in the format of the engine's pairs.jsonl.
create table conflict_label (
    id          uuid primary key,
    conflict_id uuid         not null,
    decision    varchar(20)  not null,
    expected    varchar(20)  not null,
    reason      text,
    decided_by  varchar(200) not null,
    decided_at  timestamptz  not null,
    project_a   jsonb        not null,
    project_b   jsonb        not null
);
create index conflict_label_decided on conflict_label (decided_at, id);
create index conflict_label_conflict on conflict_label (conflict_id);
