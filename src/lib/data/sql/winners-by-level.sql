-- Prizes recorded per edition and prize level (for stacked bars).
-- Filtered by award-year range, category and institution type (the level filter is this chart's own axis).
SELECT e.edition,
       e.year,
       w.prize_level AS level,
       count(*)::INTEGER AS prizes
FROM winners AS w
JOIN editions AS e ON e.edition = w.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
WHERE e.year BETWEEN $from AND $to
  AND ($category = '' OR w.category_id = $category)
  AND ($type = '' OR i.type = $type)
GROUP BY e.edition, e.year, w.prize_level
ORDER BY e.year, w.prize_level
