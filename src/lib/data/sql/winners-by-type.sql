-- Prizes recorded per edition and type of winning institution (for stacked bars).
-- A prize whose institution no source names has type NULL ("not reported"), never dropped.
-- Filtered by award-year range, category and prize level (the type filter is this chart's own axis).
SELECT e.edition,
       e.year,
       i.type,
       count(*)::INTEGER AS prizes
FROM winners AS w
JOIN editions AS e ON e.edition = w.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
WHERE e.year BETWEEN $from AND $to
  AND ($category = '' OR w.category_id = $category)
  AND ($level = '' OR w.prize_level = $level)
GROUP BY e.edition, e.year, i.type
ORDER BY e.year, i.type NULLS LAST
