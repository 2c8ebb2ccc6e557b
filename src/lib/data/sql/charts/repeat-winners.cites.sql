-- The prizes of the institutions the strip shows: those with prizes in two or more editions.
SELECT source_ids
FROM filtered_prizes
WHERE institution_id IN (
    SELECT institution_id
    FROM filtered_prizes
    WHERE institution_id IS NOT NULL
    GROUP BY institution_id
    HAVING count(DISTINCT edition) >= 2
)
