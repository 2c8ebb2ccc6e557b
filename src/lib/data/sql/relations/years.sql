-- Every award year from the first edition to the last, with or without an edition.
SELECT range::INTEGER AS year
FROM range((SELECT min(year) FROM editions), (SELECT max(year) FROM editions) + 1)
