-- Institutions ranked by prizes recorded, with the award years they won in (for a dot strip).
-- `years` lists the award years, ascending; `editions_won` the matching edition numbers in the same
-- order (edition order is year order). Prizes with no named institution are left out.
SELECT i.institution_id,
       i.name_fr,
       i.name_ar,
       i.name_en,
       i.short_name,
       i.type,
       count(*)::INTEGER AS prizes,
       count(DISTINCT p.edition)::INTEGER AS editions,
       list(DISTINCT p.year ORDER BY p.year) AS years,
       list(DISTINCT p.edition ORDER BY p.edition) AS editions_won
FROM filtered_prizes AS p
JOIN institutions AS i ON i.institution_id = p.institution_id
GROUP BY ALL
ORDER BY prizes DESC, editions DESC, i.short_name
