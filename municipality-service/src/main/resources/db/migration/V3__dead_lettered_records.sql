-- Records sent to the dead-letter topic, by their position in the source topic (platform
-- DeadLetterMemory): reading the topic again skips them instead of dead-lettering them twice.
create table dead_lettered_record (
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text,
    reason          text        not null,
    recorded_at     timestamptz not null,
    primary key (topic, kafka_partition, kafka_offset)
);

-- Every record an administrator replayed from a dead-letter topic into its consumer (platform
-- DeadLetterReplay), with the outcome.
create table dead_letter_replay_audit (
    id              bigint generated always as identity primary key,
    dead_letter_topic text      not null,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text,
    outcome         varchar(20) not null,
    reason          text,
    actor           varchar(200) not null,
    acted_at        timestamptz not null
);
