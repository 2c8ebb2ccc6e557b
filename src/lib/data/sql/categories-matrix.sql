-- One cell per edition × canonical category that existed, with the prizes it awarded under the
-- filters. An edition whose categories are not reported keeps one row with category_id NULL.
-- The category filter is not applied: the matrix is where a category is chosen.
SELECT e.edition,
       e.year,
       e.coverage,
       c.category_id,
       c.name_fr,
       c.name_ar,
       c.name_en,
       CASE WHEN c.category_id IS NULL THEN NULL ELSE count(w.award_id)::INTEGER END AS prizes
FROM editions AS e
LEFT JOIN categories AS c ON c.edition = e.edition
LEFT JOIN winners AS w
       ON w.edition = c.edition
      AND w.category_id = c.category_id
      AND ($type = '' OR w.institution_id IN (SELECT institution_id FROM institutions WHERE type = $type))
      AND ($level = '' OR w.prize_level = $level)
WHERE e.year BETWEEN $from AND $to
GROUP BY e.edition, e.year, e.coverage, c.category_id, c.name_fr, c.name_ar, c.name_en
ORDER BY e.year, c.category_id
