-- Spring Modulith's event publication registry (JDBC, schema version 2 of spring-modulith-events-jdbc): an event with
-- a listener that runs after the commit (@ApplicationModuleListener) is written here in the transaction that publishes
-- it, and removed once its listener has run (completion mode "delete"); a row left behind is a listener that failed or
-- never ran, handed again at the next start (docs/architecture/events.md). Same columns as the library's own
-- schema-h2.sql and schema-postgresql.sql, in types both databases accept; the events are small records, far below the
-- 4000 characters of serialized_event.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(4000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp with time zone
);
-- A publication is found again by its listener and event (completion, resubmission).
create index ix_event_publication_listener_event on event_publication (listener_id, serialized_event);
create index ix_event_publication_completion on event_publication (completion_date);
