-- The contract (Auftrag) an invoice belongs to: direct-award limits apply to a contract's net value,
-- not to each invoice (issue 13). Null: the invoice is its own contract, as before.
alter table expense add column contract_reference varchar(100);
create index expense_contract on expense (application_id, contract_reference);
