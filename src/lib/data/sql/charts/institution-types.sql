-- Prizes recorded per edition and type of winning institution (for stacked bars).
-- A prize whose institution no source names has type NULL ("not reported"), never dropped.
-- Every award year keeps a row (one time axis across the dashboard): a year with no recorded
-- prize has one row with type NULL and `prizes` NULL where its edition records no prize at all
-- or there is no edition (`edition` NULL), 0 where the filters leave none of its prizes.
WITH counted AS (
    SELECT edition,
           year,
           type,
           sum(awards)::INTEGER AS prizes
    FROM filtered_prizes
    GROUP BY edition, year, type
)
SELECT edition, year, type, prizes
FROM counted
UNION ALL
SELECT e.edition,
       y.year,
       NULL AS type,
       CASE WHEN EXISTS (SELECT 1 FROM winners AS w WHERE w.edition = e.edition) THEN 0 END::INTEGER AS prizes
FROM filtered_years AS y
LEFT JOIN filtered_editions AS e ON e.year = y.year
WHERE y.year NOT IN (SELECT year FROM counted)
ORDER BY year, type NULLS LAST
