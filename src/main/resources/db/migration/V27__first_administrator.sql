-- The operator names each insurer's first administrator in the insurer list: that invitation has no inviting account.
alter table insurer_invitation alter column invited_by drop not null;
