-- Institutions awarded in more than one edition
SELECT i.name_fr AS institution, count(DISTINCT w.edition) AS editions, count(*) AS prizes,
       string_agg(DISTINCT w.edition::VARCHAR, ', ' ORDER BY w.edition::VARCHAR) AS which_editions
FROM winners w
JOIN institutions i USING (institution_id)
GROUP BY ALL
HAVING count(DISTINCT w.edition) > 1
ORDER BY editions DESC, prizes DESC, institution;
