-- Prizes recorded per edition and type of winning institution (for stacked bars).
-- A prize whose institution no source names has type NULL ("not reported"), never dropped.
SELECT edition,
       year,
       type,
       count(*)::INTEGER AS prizes
FROM filtered_prizes
GROUP BY edition, year, type
ORDER BY year, type NULLS LAST
