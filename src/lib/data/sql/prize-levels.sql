-- Prizes per edition and prize level, under the filters (all but level).
-- Every edition keeps a row: key NULL when no prize matched, prizes NULL when its record is missing.
WITH matched AS (
    SELECT w.edition, w.prize_level AS key, count(*)::INTEGER AS prizes
    FROM winners AS w
    LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
    WHERE ($category = '' OR w.category_id = $category)
      AND ($type = '' OR i.type = $type)
    GROUP BY ALL
)
SELECT e.edition, e.year, e.coverage, m.key,
       CASE WHEN e.coverage = 'missing' THEN NULL ELSE coalesce(m.prizes, 0) END AS prizes
FROM editions AS e
LEFT JOIN matched AS m ON m.edition = e.edition
WHERE e.year BETWEEN $from AND $to
ORDER BY e.year, m.key
