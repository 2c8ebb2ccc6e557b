-- Prizes per edition and type of the winning institution, under the filters (all but type).
-- Every edition keeps a row: key NULL when no prize matched, prizes NULL when its record is missing.
WITH matched AS (
    SELECT w.edition, coalesce(i.type, 'unknown') AS key, count(*)::INTEGER AS prizes
    FROM winners AS w
    LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
    WHERE ($category = '' OR w.category_id = $category)
      AND ($level = '' OR w.prize_level = $level)
    GROUP BY ALL
)
SELECT e.edition, e.year, e.coverage, m.key,
       CASE WHEN e.coverage = 'missing' THEN NULL ELSE coalesce(m.prizes, 0) END AS prizes
FROM editions AS e
LEFT JOIN matched AS m ON m.edition = e.edition
WHERE e.year BETWEEN $from AND $to
ORDER BY e.year, m.key
