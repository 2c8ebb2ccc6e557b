-- Every prize recorded, with its award year and the type of its institution (NULL where no source
-- names the institution). The views read it as `filtered_prizes`: cut to the year range and to
-- the filters of the dimensions the view is filtered by. `awards`: the prizes the row stands for,
-- 1 unless `prize_counts` says more (an uploaded history's rows are grouped; the award's are not),
-- so the views count prizes with `sum(awards)`.
SELECT w.*, e.year, i.type, coalesce(c.awards, 1) AS awards
FROM winners AS w
JOIN editions AS e ON e.edition = w.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
LEFT JOIN prize_counts AS c ON c.award_id = w.award_id
