-- Rows of an uploaded dataset per award year and one mapped role ($by: 'type', 'category' or
-- 'level'), read through `staging_mapped` (the view of the user's column mapping). The role is
-- picked by a bound parameter, never by text put into the statement. A row whose value is empty
-- keeps group NULL ("not reported"); it is never dropped.
SELECT year,
       CASE $by WHEN 'category' THEN category WHEN 'level' THEN level ELSE type END AS "group",
       count(*)::INTEGER AS prizes
FROM staging_mapped
WHERE year IS NOT NULL
GROUP BY ALL
ORDER BY year, "group" NULLS LAST
