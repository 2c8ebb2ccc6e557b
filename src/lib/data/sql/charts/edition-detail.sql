-- One edition's facts and its winners: one row per prize (edition facts repeated), or a single
-- row with empty winner columns when no prize of the edition is recorded.
-- `category_notes` lists the notes of the edition's categories (where withheld prizes are stated).
-- $edition NULL selects the latest edition. Source addresses are lists of URLs.
WITH chosen AS (
    SELECT *
    FROM editions
    WHERE edition = coalesce($edition, (SELECT max(edition) FROM editions))
),
source_urls AS (
    SELECT t.key, list(s.url ORDER BY s.url) AS urls
    FROM (
        SELECT 'e' || edition AS key, unnest(string_split(source_ids, ';')) AS source_id FROM chosen
        UNION ALL
        SELECT 'w' || award_id, unnest(string_split(source_ids, ';')) FROM winners
        WHERE edition IN (SELECT edition FROM chosen)
    ) AS t
    JOIN sources AS s ON s.source_id = t.source_id
    GROUP BY t.key
)
SELECT c.edition,
       c.year,
       c.ceremony_date::VARCHAR AS ceremony_date,
       c.city,
       c.organizer,
       c.candidates,
       c.administrations,
       c.prizes AS prizes_stated,
       c.coverage,
       c.conflicts AS edition_conflicts,
       c.coverage_note,
       (SELECT list(k.category_id || ': ' || k.notes ORDER BY k.category_id)
        FROM categories AS k WHERE k.edition = c.edition AND k.notes IS NOT NULL) AS category_notes,
       es.urls AS edition_sources,
       w.award_id,
       w.category_id AS category,
       w.prize_level AS level,
       w.service,
       w.institution_id,
       coalesce(i.name_fr, w.institution_as_reported) AS institution_fr,
       i.name_ar AS institution_ar,
       i.name_en AS institution_en,
       i.type,
       w.conflicts AS winner_conflicts,
       ws.urls AS winner_sources
FROM chosen AS c
LEFT JOIN winners AS w ON w.edition = c.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
LEFT JOIN source_urls AS es ON es.key = 'e' || c.edition
LEFT JOIN source_urls AS ws ON ws.key = 'w' || w.award_id
ORDER BY w.award_id NULLS FIRST
