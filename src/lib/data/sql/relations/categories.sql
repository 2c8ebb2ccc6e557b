-- Every category an edition used, with the edition's award year.
SELECT k.*, e.year
FROM categories AS k
JOIN editions AS e ON e.edition = k.edition
