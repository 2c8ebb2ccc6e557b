-- Editions × canonical categories: one row per category an edition used (from `categories`) or
-- awarded a prize in (from `winners`), with the names as reported and the prizes recorded.
-- `prizes` counts the prizes matching the institution-type and prize-level filters (0 = the
-- category existed but no matching prize is recorded).
WITH cells AS (
    SELECT edition, category_id FROM categories
    UNION
    SELECT edition, category_id FROM winners
),
matching AS (
    SELECT w.edition, w.category_id, count(*)::INTEGER AS prizes
    FROM winners AS w
    LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
    WHERE ($type = '' OR i.type = $type)
      AND ($level = '' OR w.prize_level = $level)
    GROUP BY w.edition, w.category_id
),
reported AS (
    SELECT edition, category_id, string_agg(DISTINCT category_as_reported, ' / ' ORDER BY category_as_reported) AS names
    FROM winners
    WHERE category_as_reported IS NOT NULL
    GROUP BY edition, category_id
)
SELECT e.edition,
       e.year,
       c.category_id AS category,
       coalesce(k.name_fr, r.names) AS name_as_reported,
       coalesce(m.prizes, 0)::INTEGER AS prizes
FROM cells AS c
JOIN editions AS e ON e.edition = c.edition
LEFT JOIN categories AS k ON k.edition = c.edition AND k.category_id = c.category_id
LEFT JOIN reported AS r ON r.edition = c.edition AND r.category_id = c.category_id
LEFT JOIN matching AS m ON m.edition = c.edition AND m.category_id = c.category_id
WHERE e.year BETWEEN $from AND $to
ORDER BY e.year, c.category_id
