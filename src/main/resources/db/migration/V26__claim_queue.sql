-- The agents' queue, ordered and paged in SQL: each submitted claim's stage and next tracked deadline, worked out by
-- the legal clock (which needs the offer, examination and aggravation facts of other modules) whenever one of those
-- facts changes, and again each day (a deadline's standing can move with the date). The queue reads this table with
-- the claim; nothing else does.
create table claim_queue (
    claim_id     bigint      not null primary key references claim (id) on delete cascade,
    -- QUESTIONNAIRE, EXAMINATION, OFFER, PAYMENT or SETTLED
    stage        varchar(16) not null,
    -- the earliest tracked deadline not yet met (a DeadlineCode), null when none
    next_code    varchar(40),
    next_due     date,
    -- the Paris date the row was worked out on: rows of an earlier day are worked out again before the queue is read
    computed_on  date        not null
);
create index ix_claim_queue_due on claim_queue (next_due);
