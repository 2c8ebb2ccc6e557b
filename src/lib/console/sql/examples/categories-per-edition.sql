-- Number of award categories per edition
SELECT e.edition, e.year, count(c.category_id) AS categories
FROM editions e
LEFT JOIN categories c USING (edition)
GROUP BY ALL
ORDER BY e.edition;
