-- Per award year of an uploaded dataset, read through `staging_mapped`: the view that the user's
-- column mapping builds over their table (mapped columns renamed to roles, typed with TRY_CAST).
-- Every year from the first to the last keeps a row, so a year absent from the file shows as a gap.
-- prizes: rows naming a winner, a prize level or a category (NULL when the file maps none of them).
-- candidates: the count the file reports for the year, repeated on each of its rows (max keeps it
-- once); NULL = not reported, never 0.
WITH years AS (
    SELECT range::INTEGER AS year
    FROM range((SELECT min(year) FROM staging_mapped), (SELECT max(year) FROM staging_mapped) + 1)
),
per_year AS (
    SELECT year,
           count(coalesce(winner, level, category))::INTEGER AS prizes,
           max(candidates)::INTEGER AS candidates,
           count(DISTINCT winner)::INTEGER AS winners,
           count(*)::INTEGER AS row_count
    FROM staging_mapped
    WHERE year IS NOT NULL
    GROUP BY year
)
SELECT y.year,
       p.row_count AS row_count,
       CASE WHEN p.prizes > 0 THEN p.prizes END AS prizes,
       p.candidates,
       CASE WHEN p.winners > 0 THEN p.winners END AS winners
FROM years AS y
LEFT JOIN per_year AS p ON p.year = y.year
ORDER BY y.year
