-- Prizes per edition and prize level (for stacked bars): the prizes recorded at each level
-- (`withheld` false, `category` NULL), then the prizes the record says were withheld in each
-- category (`withheld` true; `level` NULL where the record does not name it), last in their year.
SELECT edition, year, level, category, prizes, withheld
FROM (
    SELECT edition, year, prize_level AS level, NULL::VARCHAR AS category,
           count(*)::INTEGER AS prizes, false AS withheld
    FROM filtered_prizes
    GROUP BY edition, year, prize_level
    UNION ALL
    SELECT edition, year, prize_level, category_id, prizes, true
    FROM filtered_withheld
)
ORDER BY year, withheld, category NULLS FIRST, level
