-- Every edition (its award year is a column of its own).
SELECT * FROM editions
