-- Every prize recorded, with its award year and the type of its institution (NULL where no source
-- names the institution). The views read it as `filtered_prizes`: cut to the year range and to
-- the filters of the dimensions the view is filtered by.
SELECT w.*, e.year, i.type
FROM winners AS w
JOIN editions AS e ON e.edition = w.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
