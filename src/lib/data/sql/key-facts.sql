-- The numbers of the "key facts" paragraph, all from the tables (nothing typed by hand).
WITH shares AS (
    SELECT count(*) FILTER (WHERE i.type = 'ministry')::INTEGER AS ministry,
           count(*) FILTER (WHERE i.type = 'public-establishment')::INTEGER AS establishment,
           count(*) FILTER (WHERE i.type = 'territorial-collectivity')::INTEGER AS collectivity,
           count(*)::INTEGER AS prizes
    FROM winners AS w
    LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
),
latest_candidates AS (
    SELECT year, candidates, administrations FROM editions
    WHERE candidates IS NOT NULL ORDER BY year DESC LIMIT 1
)
SELECT (SELECT count(*)::INTEGER FROM editions) AS editions,
       (SELECT min(year) FROM editions) AS first_year,
       (SELECT max(year) FROM editions) AS last_year,
       (SELECT count(*)::INTEGER FROM editions WHERE coverage = 'missing') AS missing_editions,
       lc.year AS candidates_year, lc.candidates, lc.administrations,
       s.prizes, s.ministry, s.establishment, s.collectivity,
       (SELECT count(DISTINCT institution_id)::INTEGER FROM winners) AS institutions
FROM shares AS s
LEFT JOIN latest_candidates AS lc ON true
