-- Institutions ranked by prizes recorded, with the award years they won in (for a dot strip).
-- `years` lists the award years, ascending; `editions_won` the matching edition numbers in the same
-- order (edition order is year order). Prizes with no named institution are left out.
-- Every row also carries the strip's time axis, the same for all: `award_years` (every award year in
-- the range, with or without an edition), `no_edition_years` and `unreported_years` (an edition whose
-- record is missing: no dot there means "not reported", not "did not win").
WITH axis AS (
    SELECT list(y.year ORDER BY y.year) AS award_years,
           coalesce(list(y.year ORDER BY y.year) FILTER (WHERE e.edition IS NULL), []) AS no_edition_years,
           coalesce(list(y.year ORDER BY y.year) FILTER (WHERE e.coverage = 'missing'), []) AS unreported_years
    FROM filtered_years AS y
    LEFT JOIN editions AS e ON e.year = y.year
)
SELECT i.institution_id,
       i.name_fr,
       i.name_ar,
       i.name_en,
       i.short_name,
       i.type,
       sum(p.awards)::INTEGER AS prizes,
       count(DISTINCT p.edition)::INTEGER AS editions,
       list(DISTINCT p.year ORDER BY p.year) AS years,
       list(DISTINCT p.edition ORDER BY p.edition) AS editions_won,
       any_value(axis.award_years) AS award_years,
       any_value(axis.no_edition_years) AS no_edition_years,
       any_value(axis.unreported_years) AS unreported_years
FROM filtered_prizes AS p
JOIN institutions AS i ON i.institution_id = p.institution_id
CROSS JOIN axis
GROUP BY i.institution_id, i.name_fr, i.name_ar, i.name_en, i.short_name, i.type
ORDER BY prizes DESC, editions DESC, i.short_name
