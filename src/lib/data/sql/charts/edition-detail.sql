-- One edition's facts and its winners: one row per prize (edition facts repeated), or a single
-- row with empty winner columns when no prize of the edition is recorded. `awards`: the prizes the
-- row stands for (1 but in an uploaded history, whose rows are grouped: `prize_counts`).
-- `category_notes` lists the notes of the edition's categories (where withheld prizes are stated).
-- $edition NULL selects the latest edition. Source addresses are lists of URLs.
-- Conflicts come one statement per list item (table `conflicts`, in order): the field each is
-- about and its text in English (the original), French and Arabic. The lists are NULL when the
-- row has no translated statements (an added edition): the interface then shows `*_conflicts`.
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
),
notes AS (
    SELECT table_name, row_id,
           list(field ORDER BY position) AS fields,
           list(note_en ORDER BY position) AS en,
           list(note_fr ORDER BY position) AS fr,
           list(note_ar ORDER BY position) AS ar
    FROM conflicts
    GROUP BY table_name, row_id
)
SELECT c.edition,
       c.year,
       c.ceremony_date::VARCHAR AS ceremony_date,
       c.city,
       c.venue,
       c.prize_name_as_reported AS prize_name,
       c.organizer,
       c.candidates,
       c.administrations,
       c.prizes AS prizes_stated,
       c.coverage,
       c.conflicts AS edition_conflicts,
       en.fields AS edition_conflict_fields,
       en.en AS edition_conflicts_en,
       en.fr AS edition_conflicts_fr,
       en.ar AS edition_conflicts_ar,
       c.coverage_note,
       (SELECT list(k.category_id || ': ' || k.notes ORDER BY k.category_id)
        FROM categories AS k WHERE k.edition = c.edition AND k.notes IS NOT NULL) AS category_notes,
       es.urls AS edition_sources,
       w.award_id,
       CASE WHEN w.award_id IS NOT NULL THEN coalesce(pc.awards, 1) END AS awards,
       w.category_id AS category,
       w.prize_level AS level,
       w.service,
       w.institution_id,
       coalesce(i.name_fr, w.institution_as_reported) AS institution_fr,
       i.name_ar AS institution_ar,
       i.name_en AS institution_en,
       i.type,
       w.conflicts AS winner_conflicts,
       wn.fields AS winner_conflict_fields,
       wn.en AS winner_conflicts_en,
       wn.fr AS winner_conflicts_fr,
       wn.ar AS winner_conflicts_ar,
       ws.urls AS winner_sources
FROM chosen AS c
LEFT JOIN winners AS w ON w.edition = c.edition
LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
LEFT JOIN prize_counts AS pc ON pc.award_id = w.award_id
LEFT JOIN source_urls AS es ON es.key = 'e' || c.edition
LEFT JOIN source_urls AS ws ON ws.key = 'w' || w.award_id
LEFT JOIN notes AS en ON en.table_name = 'editions' AND en.row_id = c.edition AND c.conflicts IS NOT NULL
LEFT JOIN notes AS wn ON wn.table_name = 'winners' AND wn.row_id = w.award_id AND w.conflicts IS NOT NULL
ORDER BY w.award_id NULLS FIRST
