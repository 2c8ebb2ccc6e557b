-- Participation per award year, from the first to the last edition (or the filtered range).
-- Years with no edition keep a row (edition NULL) so the chart shows the gap.
-- Prizes: the number a source states for the edition, else the prizes recorded in `winners`.
-- Counts are NULL, not 0, where the edition's record is missing. `conflicts`: what sources
-- disagree on for that edition ('; '-separated statements), NULL when they agree;
-- `conflicts_fr`, `conflicts_ar`: the same statements translated (table `conflicts`), NULL when the
-- edition has none or was added without translations (the interface then shows the original).
-- `sources`: how many source documents the edition's record cites (the tooltip says it beside the value).
WITH awards AS (
    SELECT edition,
           sum(awards)::INTEGER AS prizes,
           count(DISTINCT institution_id)::INTEGER AS winning_institutions
    FROM filtered_prizes
    GROUP BY edition
),
translated AS (
    SELECT row_id AS edition,
           string_agg(note_fr, '; ' ORDER BY position) AS conflicts_fr,
           string_agg(note_ar, '; ' ORDER BY position) AS conflicts_ar
    FROM conflicts
    WHERE table_name = 'editions'
    GROUP BY row_id
)
SELECT y.year,
       e.edition,
       e.coverage,
       e.candidates,
       e.administrations,
       CASE WHEN e.edition IS NULL OR e.coverage = 'missing' THEN NULL ELSE coalesce(e.prizes, a.prizes, 0) END AS prizes,
       CASE WHEN e.edition IS NULL OR e.coverage = 'missing' THEN NULL ELSE coalesce(a.winning_institutions, 0) END
           AS winning_institutions,
       e.conflicts,
       CASE WHEN e.conflicts IS NOT NULL THEN t.conflicts_fr END AS conflicts_fr,
       CASE WHEN e.conflicts IS NOT NULL THEN t.conflicts_ar END AS conflicts_ar,
       len(string_split(e.source_ids, ';'))::INTEGER AS sources
FROM filtered_years AS y
LEFT JOIN editions AS e ON e.year = y.year
LEFT JOIN awards AS a ON a.edition = e.edition
LEFT JOIN translated AS t ON t.edition = e.edition
ORDER BY y.year
