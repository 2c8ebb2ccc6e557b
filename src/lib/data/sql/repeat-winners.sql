-- Institutions that won in two editions or more, ranked by prizes, with their award years
-- ("2014:1;2016:2") for the dot strip. All filters apply.
WITH won AS (
    SELECT w.institution_id, e.year, count(*)::INTEGER AS prizes
    FROM winners AS w
    JOIN editions AS e ON e.edition = w.edition
    JOIN institutions AS i ON i.institution_id = w.institution_id
    WHERE e.year BETWEEN $from AND $to
      AND ($category = '' OR w.category_id = $category)
      AND ($type = '' OR i.type = $type)
      AND ($level = '' OR w.prize_level = $level)
    GROUP BY ALL
)
SELECT i.institution_id, i.name_fr, i.name_ar, i.name_en, i.short_name, i.type,
       sum(won.prizes)::INTEGER AS prizes,
       count(*)::INTEGER AS editions,
       string_agg(won.year || ':' || won.prizes, ';' ORDER BY won.year) AS awards
FROM won
JOIN institutions AS i ON i.institution_id = won.institution_id
GROUP BY ALL
HAVING count(*) >= 2
ORDER BY prizes DESC, editions DESC, i.short_name
