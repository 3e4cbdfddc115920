-- Facts of the claim the legal clock needs (issue 18, item 4): the day the insurer received the victim's request for
-- compensation (C. assur. L211-9 al. 1) with whether liability is contested and the damage fully quantified, a
-- third-party payer living overseas or abroad (R211-35 al. 2), the death of the victim (R211-30), and an expert
-- appointed by the summary-proceedings judge at the insurer's request (R211-34).
alter table claim add column compensation_requested_on date;
alter table claim add column liability_contested boolean not null default false;
alter table claim add column damage_fully_quantified boolean not null default false;
alter table claim add column payer_abroad boolean not null default false;
alter table claim add column victim_died_on date;
alter table claim add column court_expert_on_insurer_request boolean not null default false;

-- Who fills in the declaration is asked first (issue 20, item 9); false for claims begun before the question existed.
alter table claim add column declarant_asked boolean not null default false;
update claim set declarant_asked = true where status = 'SUBMITTED';

-- A curator assists an adult under curatelle (C. civ. 467): a capacity of its own, without the L211-15 authorisation.
alter table claim drop constraint ck_claim_representative_role;
alter table claim add constraint ck_claim_representative_role
    check (representative_role is null or representative_role in ('PARENT', 'TUTOR', 'CURATOR', 'OTHER'));

-- The questionnaire counts as received by the insurer on the day the victim sent it (R211-31, R211-33), not on the
-- day it was saved here. Claims answered before this change keep their former date (the portal then counted the save
-- as the sending); the victim can correct it on the questionnaire page.
alter table injury_questionnaire add column sent_on date;
update injury_questionnaire set sent_on = answered_on;
