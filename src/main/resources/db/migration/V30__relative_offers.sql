-- Issue 24, offers to relatives and heirs: the indirect victims' heads and PAMI, an offer per claimant, and one
-- current acceptance per claimant (the direct victim's and each relative's settlements never collide).

-- FO, PRP, FDP (patrimonial), PAC, PAF, PEX, PAI (personal) for the relatives; PAMI, the deceased's own head, claimed by
-- the heirs.
alter table offer_head drop constraint ck_offer_head_code;
alter table offer_head add constraint ck_offer_head_code check (head_code in ('DSA', 'FD', 'PGPA', 'DSF', 'FLA', 'FVA',
    'ATP', 'PGPF', 'IP', 'PSU', 'DFT', 'SE', 'PET', 'DFP', 'PA', 'PEP', 'PS', 'PE', 'PPE', 'PEV',
    'FO', 'PRP', 'FDP', 'PAC', 'PAF', 'PEX', 'PAI', 'PAMI'));
alter table offer_head drop constraint ck_offer_head_personal;
alter table offer_head add constraint ck_offer_head_personal check (payer_claims = 0 or personal_benefit_proof = true
    or head_code in ('DSA', 'FD', 'PGPA', 'DSF', 'FLA', 'FVA', 'ATP', 'PGPF', 'IP', 'PSU', 'FO', 'PRP', 'FDP'));

-- The claimant the offer is made to; null: the direct victim (as before).
alter table offer add column claimant_id bigint references claimant (id);
create index ix_offer_claimant on offer (claimant_id);

-- 0 for the direct victim, else the claimant's id (a non-null value, so that the unique constraint compares it).
alter table settlement add column claimant_no bigint not null default 0;
alter table settlement drop constraint uk_settlement_current;
alter table settlement add constraint uk_settlement_current unique (claim_reference, cycle_no, claimant_no, current_marker);
