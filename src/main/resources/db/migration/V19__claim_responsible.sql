-- Who answers for the accident (issue 18 item 6): an insurer (the default), or the guarantee fund's cases of
-- C. assur. R421-12 when the person responsible is unknown or not insured. It decides which periods the legal clock
-- runs (the fund's 3-year / 1-year request and 5-year agreement or action instead of the insurer's 8-month offer).
alter table claim add column responsible varchar(12) default 'INSURED' not null;
alter table claim add constraint ck_claim_responsible check (responsible in ('INSURED', 'UNKNOWN', 'UNINSURED'));
