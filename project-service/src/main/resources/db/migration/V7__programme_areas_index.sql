-- A new or changed project is matched against the open programmes of its category: index-backed.
create index programme_view_funding_areas
    on programme_view using gin ((payload -> 'fundingAreas') jsonb_path_ops)
    where deleted = false;
