-- One institution with its parent body and every prize it won (one row per prize, institution
-- columns repeated; a single row with empty prize columns for a parent that won nothing itself).
-- Also lists the bodies attached to it (`children`, their ids, with their names in `children_fr`,
-- `children_ar`, `children_en`, in the same order). `sources`: the prize's source URLs, with the
-- outlet that published each in `source_outlets` (same order).
WITH inst AS (
    SELECT * FROM institutions WHERE institution_id = $id
),
prize_sources AS (
    SELECT w.award_id, list(s.url ORDER BY s.url) AS urls, list(s.outlet ORDER BY s.url) AS outlets
    FROM winners AS w, unnest(string_split(w.source_ids, ';')) AS t(source_id)
    JOIN sources AS s ON s.source_id = t.source_id
    WHERE w.institution_id = $id
    GROUP BY w.award_id
)
SELECT i.institution_id,
       i.name_fr,
       i.name_ar,
       i.name_en,
       i.short_name,
       i.type,
       i.city,
       i.notes,
       i.parent_id,
       p.name_fr AS parent_fr,
       p.name_ar AS parent_ar,
       p.name_en AS parent_en,
       (SELECT list(institution_id ORDER BY institution_id) FROM institutions WHERE parent_id = $id)
           AS children,
       (SELECT list(name_fr ORDER BY institution_id) FROM institutions WHERE parent_id = $id) AS children_fr,
       (SELECT list(name_ar ORDER BY institution_id) FROM institutions WHERE parent_id = $id) AS children_ar,
       (SELECT list(name_en ORDER BY institution_id) FROM institutions WHERE parent_id = $id) AS children_en,
       w.award_id,
       e.edition,
       e.year,
       w.category_id AS category,
       w.prize_level AS level,
       w.service,
       w.institution_as_reported,
       ps.urls AS sources,
       ps.outlets AS source_outlets
FROM inst AS i
LEFT JOIN institutions AS p ON p.institution_id = i.parent_id
LEFT JOIN winners AS w ON w.institution_id = i.institution_id
LEFT JOIN editions AS e ON e.edition = w.edition
LEFT JOIN prize_sources AS ps ON ps.award_id = w.award_id
ORDER BY e.year NULLS FIRST, w.award_id
