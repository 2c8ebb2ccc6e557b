-- Institutions ranked by prizes recorded, with the award years they won in (for a dot strip).
-- `years` lists the award years, ';'-separated and ascending ("2005;2015;2018"); `edition_list`
-- the matching edition numbers in the same order (edition order is year order).
-- Prizes with no named institution are left out. Filtered by year range, category, type and level.
SELECT i.institution_id,
       i.name_fr,
       i.name_ar,
       i.name_en,
       i.short_name,
       i.type,
       count(*)::INTEGER AS prizes,
       count(DISTINCT e.edition)::INTEGER AS editions,
       string_agg(DISTINCT e.year::VARCHAR, ';' ORDER BY e.year::VARCHAR) AS years,
       string_agg(DISTINCT e.edition::VARCHAR, ';' ORDER BY e.edition::VARCHAR) AS edition_list
FROM winners AS w
JOIN editions AS e ON e.edition = w.edition
JOIN institutions AS i ON i.institution_id = w.institution_id
WHERE e.year BETWEEN $from AND $to
  AND ($category = '' OR w.category_id = $category)
  AND ($type = '' OR i.type = $type)
  AND ($level = '' OR w.prize_level = $level)
GROUP BY ALL
ORDER BY prizes DESC, editions DESC, i.short_name
