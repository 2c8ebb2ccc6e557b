-- Prizes per edition and prize level (for stacked bars): the prizes recorded at each level
-- (`withheld` false, `category` NULL), then the prizes the record says were withheld in each
-- category (`withheld` true; `level` NULL where the record does not name it), last in their year.
-- Every award year keeps a row (one time axis across the dashboard): a year with neither has one
-- row with level and category NULL and `prizes` NULL where its edition records no prize at all or
-- there is no edition (`edition` NULL), 0 where the filters leave none of its prizes.
WITH counted AS (
    SELECT edition, year, prize_level AS level, NULL::VARCHAR AS category,
           sum(awards)::INTEGER AS prizes, false AS withheld
    FROM filtered_prizes
    GROUP BY edition, year, prize_level
    UNION ALL
    SELECT edition, year, prize_level, category_id, prizes, true
    FROM filtered_withheld
)
SELECT edition, year, level, category, prizes, withheld
FROM (
    SELECT * FROM counted
    UNION ALL
    SELECT e.edition,
           y.year,
           NULL,
           NULL,
           CASE WHEN EXISTS (SELECT 1 FROM winners AS w WHERE w.edition = e.edition) THEN 0 END::INTEGER,
           false
    FROM filtered_years AS y
    LEFT JOIN filtered_editions AS e ON e.year = y.year
    WHERE y.year NOT IN (SELECT year FROM counted)
)
ORDER BY year, withheld, category NULLS FIRST, level
