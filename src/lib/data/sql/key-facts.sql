-- The numbers of the dashboard's "Key facts" paragraph, in one row.
-- Shares are of the prizes whose institution is named; the latest participation figures are those
-- of the last edition that reports candidates.
WITH named AS (
    SELECT i.type
    FROM winners AS w
    JOIN institutions AS i ON i.institution_id = w.institution_id
),
latest AS (
    SELECT year, candidates, administrations
    FROM editions
    WHERE candidates IS NOT NULL
    ORDER BY year DESC
    LIMIT 1
)
SELECT (SELECT count(*) FROM editions)::INTEGER AS editions,
       (SELECT min(year) FROM editions) AS first_year,
       (SELECT max(year) FROM editions) AS last_year,
       (SELECT count(*) FROM winners)::INTEGER AS prizes,
       (SELECT count(DISTINCT institution_id) FROM winners)::INTEGER AS institutions,
       (SELECT year FROM latest) AS candidates_year,
       (SELECT candidates FROM latest) AS candidates,
       (SELECT administrations FROM latest) AS administrations,
       (SELECT avg(CASE WHEN type = 'ministry' THEN 1 ELSE 0 END) FROM named)::DOUBLE AS share_ministry,
       (SELECT avg(CASE WHEN type = 'public-establishment' THEN 1 ELSE 0 END) FROM named)::DOUBLE AS share_establishment,
       (SELECT avg(CASE WHEN type = 'territorial-collectivity' THEN 1 ELSE 0 END) FROM named)::DOUBLE AS share_territorial
