-- One edition (the chosen one, else the latest): its facts on every row, one row per prize
-- (a single row with NULL prize columns when none is recorded), sources as "id|url|outlet;…".
WITH chosen AS (
    SELECT CASE WHEN $edition = 0 THEN (SELECT max(edition) FROM editions) ELSE $edition END AS edition
),
cited AS (
    SELECT string_agg(s.source_id || '|' || s.url || '|' || s.outlet, ';' ORDER BY s.source_id) AS sources, x.key
    FROM (
        SELECT 'edition' AS key, unnest(string_split(source_ids, ';')) AS source_id
        FROM editions WHERE edition = (SELECT edition FROM chosen)
    ) AS x
    JOIN sources AS s ON s.source_id = x.source_id
    GROUP BY x.key
)
SELECT e.edition, e.year, e.ceremony_date, e.city, e.venue, e.organizer, e.candidates,
       e.administrations, e.prizes AS prizes_stated, e.coverage, e.coverage_note, e.conflicts,
       (SELECT sources FROM cited) AS edition_sources,
       w.award_id, w.category_id, w.category_as_reported, w.prize_level, w.prize_as_reported,
       w.service, w.institution_id, w.institution_as_reported, w.conflicts AS award_conflicts,
       i.name_fr AS institution_fr, i.name_ar AS institution_ar, i.name_en AS institution_en,
       i.type AS institution_type, w.source_ids AS award_sources
FROM editions AS e
LEFT JOIN winners AS w ON w.edition = e.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
WHERE e.edition = (SELECT edition FROM chosen)
ORDER BY w.award_id
