-- The day the grant's purpose was fulfilled (Erfüllung des Zuwendungszwecks); the proof of use is due
-- a number of months after it at the latest (issue 13). Null until the municipality records it.
alter table application add column purpose_fulfilled_on date;
