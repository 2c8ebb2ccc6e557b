-- Prizes the record says were withheld, per edition and category. README rule 5: a withheld prize
-- has no row in `winners`; the category's `notes` say so. Only notes that state it are read
-- ("withheld", "not awarded", "declined to award", "abstained"); "Only the … prize awarded" is not,
-- as it does not say that a second prize existed. Nothing here is typed by hand.
-- `prizes`: 2 when the note says "both prizes", else 1. `prize_level`: the level the note names,
-- else NULL (not stated). `type` is NULL: a withheld prize has no institution, so an
-- institution-type filter leaves none.
SELECT k.edition,
       e.year,
       k.category_id,
       CASE
           WHEN regexp_matches(lower(k.notes), 'encouragement prize (was )?(not awarded|withheld)') THEN 'encouragement'
           WHEN regexp_matches(lower(k.notes), 'excellence prize (was )?(not awarded|withheld)') THEN 'excellence'
           WHEN regexp_matches(lower(k.notes), 'jury prize (was )?(not awarded|withheld)') THEN 'special-jury'
       END AS prize_level,
       NULL::VARCHAR AS type,
       (CASE WHEN regexp_matches(lower(k.notes), 'both prizes') THEN 2 ELSE 1 END)::INTEGER AS prizes,
       k.notes,
       k.source_ids
FROM categories AS k
JOIN editions AS e ON e.edition = k.edition
WHERE regexp_matches(lower(k.notes), 'withheld|not awarded|declined to award|abstained')
