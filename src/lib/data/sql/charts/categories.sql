-- Editions × canonical categories: one row per category an edition used (from `categories`) or
-- awarded a prize in (from `winners`), with the names as reported and the prizes recorded.
-- `prizes` counts the prizes matching the view's filters (0 = the category existed but no
-- matching prize is recorded). Every award year keeps a column (one time axis across the
-- dashboard): a year with no category recorded has one row with `category` NULL and `prizes` NULL
-- (no edition: `edition` NULL; an edition whose record has no category: "not reported").
WITH cells AS (
    SELECT edition, year, category_id FROM filtered_categories
    UNION
    SELECT w.edition, e.year, w.category_id
    FROM winners AS w
    JOIN filtered_editions AS e ON e.edition = w.edition
),
matching AS (
    SELECT edition, category_id, sum(awards)::INTEGER AS prizes
    FROM filtered_prizes
    GROUP BY edition, category_id
),
reported AS (
    SELECT edition, category_id, string_agg(DISTINCT category_as_reported, ' / ' ORDER BY category_as_reported) AS names
    FROM winners
    WHERE category_as_reported IS NOT NULL
    GROUP BY edition, category_id
)
SELECT c.edition,
       c.year,
       c.category_id AS category,
       coalesce(k.name_fr, r.names) AS name_as_reported,
       coalesce(m.prizes, 0)::INTEGER AS prizes
FROM cells AS c
LEFT JOIN categories AS k ON k.edition = c.edition AND k.category_id = c.category_id
LEFT JOIN reported AS r ON r.edition = c.edition AND r.category_id = c.category_id
LEFT JOIN matching AS m ON m.edition = c.edition AND m.category_id = c.category_id
UNION ALL
SELECT e.edition, y.year, NULL, NULL, NULL
FROM filtered_years AS y
LEFT JOIN filtered_editions AS e ON e.year = y.year
WHERE y.year NOT IN (SELECT year FROM cells)
ORDER BY year, category
