-- Facet counts of catalogue searches (issue 3): every facet value a programme has is one bit of
-- facet_bits, so a search counts all facet values over its matches with cheap integer tests instead
-- of searching arrays once per value.

-- The bit of one facet value. Positions are fixed: a new vocabulary value is appended to the list
-- by a new migration (at most 64), and an unknown value fails loudly rather than count as zero.
create function programme_facet_bit(facet text, value text) returns bigint
    language plpgsql immutable strict as $$
declare
    position int := array_position(array[
        'fundingArea:CLIMATE_PROTECTION', 'fundingArea:CLIMATE_ADAPTATION', 'fundingArea:ENERGY',
        'fundingArea:MOBILITY', 'fundingArea:DIGITALISATION', 'fundingArea:EDUCATION',
        'fundingArea:CHILDCARE_YOUTH', 'fundingArea:SOCIAL_AFFAIRS', 'fundingArea:HEALTH_CARE',
        'fundingArea:CULTURE', 'fundingArea:SPORT', 'fundingArea:TOURISM',
        'fundingArea:URBAN_DEVELOPMENT', 'fundingArea:RURAL_DEVELOPMENT', 'fundingArea:HOUSING',
        'fundingArea:ECONOMY', 'fundingArea:INNOVATION_RESEARCH', 'fundingArea:LABOUR_SKILLS',
        'fundingArea:ENVIRONMENT_NATURE', 'fundingArea:WATER', 'fundingArea:CIVIL_PROTECTION',
        'fundingArea:STRUCTURAL_CHANGE', 'applicantType:MUNICIPALITY', 'applicantType:COUNTY',
        'applicantType:COMPANY', 'applicantType:ASSOCIATION', 'applicantType:RESEARCH',
        'applicantType:OTHER', 'fundingLevel:EU', 'fundingLevel:FEDERAL',
        'fundingLevel:STATE', 'fundingLevel:REGIONAL', 'fundingLevel:FOUNDATION',
        'fundingType:GRANT', 'fundingType:LOAN', 'fundingType:GUARANTEE',
        'fundingType:OTHER', 'status:DRAFT', 'status:OPEN',
        'status:CLOSED', 'status:SUSPENDED'
    ], facet || ':' || value);
begin
    if position is null then
        raise exception 'no facet bit for %:% (append it to programme_facet_bit)', facet, value;
    end if;
    return 1::bigint << (position - 1);
end $$;

create function programme_facet_bits(
    funding_areas text[], applicant_types text[], funding_level text, funding_type text,
    status text) returns bigint
    language sql immutable as $$
    select coalesce(bit_or(programme_facet_bit(facet, value)), 0)
    from (select 'fundingArea', unnest(funding_areas)
          union all select 'applicantType', unnest(applicant_types)
          union all select 'fundingLevel', funding_level
          union all select 'fundingType', funding_type
          union all select 'status', status) facets(facet, value)
    where value is not null
$$;

alter table programme add column facet_bits bigint not null generated always as (
    programme_facet_bits(funding_areas, applicant_types, funding_level, funding_type, status)) stored;
