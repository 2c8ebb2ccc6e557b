-- Prizes per edition by institution type
SELECT w.edition, e.year, coalesce(i.type, 'not reported') AS institution_type, count(*) AS prizes
FROM winners w
JOIN editions e USING (edition)
LEFT JOIN institutions i USING (institution_id)
GROUP BY ALL
ORDER BY w.edition, prizes DESC;
