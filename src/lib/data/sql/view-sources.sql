-- The source documents behind the rows each dashboard view shows under the current filters
-- (every row cites `source_ids`, README rule 4). Each view's rows are selected as its own query
-- selects them: a view ignores the filter on its own dimension. $view = '' returns every view.
WITH chosen AS (
    SELECT CASE WHEN $edition = 0 THEN (SELECT max(edition) FROM editions) ELSE $edition END AS edition
),
-- Materialized: read by seven branches below; computed once, the statement runs about twice as fast.
w AS MATERIALIZED (
    SELECT w.*, i.type
    FROM winners AS w
    JOIN editions AS e ON e.edition = w.edition
    LEFT JOIN institutions AS i ON i.institution_id = w.institution_id
    WHERE e.year BETWEEN $from AND $to
),
-- Repeat winners: institutions with prizes in two or more editions, as the view draws them.
repeaters AS (
    SELECT institution_id
    FROM w
    WHERE institution_id IS NOT NULL
      AND ($category = '' OR category_id = $category)
      AND ($type = '' OR type = $type)
      AND ($level = '' OR prize_level = $level)
    GROUP BY institution_id
    HAVING count(DISTINCT edition) >= 2
),
in_range AS MATERIALIZED (
    SELECT k.*
    FROM categories AS k
    JOIN editions AS e ON e.edition = k.edition
    WHERE e.year BETWEEN $from AND $to
),
cited AS (
    SELECT 'participation' AS view, source_ids FROM editions WHERE year BETWEEN $from AND $to
    UNION ALL
    SELECT 'participation', source_ids FROM w
    UNION ALL
    SELECT 'categories', source_ids FROM in_range
    UNION ALL
    SELECT 'categories', source_ids FROM w
    WHERE ($type = '' OR type = $type) AND ($level = '' OR prize_level = $level)
    UNION ALL
    SELECT 'institution-types', source_ids FROM w
    WHERE ($category = '' OR category_id = $category) AND ($level = '' OR prize_level = $level)
    UNION ALL
    SELECT 'prize-levels', source_ids FROM w
    WHERE ($category = '' OR category_id = $category) AND ($type = '' OR type = $type)
    UNION ALL
    -- The categories whose notes state a withheld prize (the same test as withheld-prizes.sql).
    SELECT 'prize-levels', source_ids FROM in_range
    WHERE regexp_matches(lower(notes), 'withheld|not awarded|declined to award|abstained')
      AND ($category = '' OR category_id = $category)
      AND $type = ''
    UNION ALL
    SELECT 'repeat-winners', source_ids FROM w
    WHERE institution_id IN (SELECT institution_id FROM repeaters)
      AND ($category = '' OR category_id = $category)
      AND ($type = '' OR type = $type)
      AND ($level = '' OR prize_level = $level)
    UNION ALL
    SELECT 'edition-detail', source_ids FROM editions WHERE edition = (SELECT edition FROM chosen)
    UNION ALL
    SELECT 'edition-detail', source_ids FROM winners WHERE edition = (SELECT edition FROM chosen)
),
ids AS (
    SELECT DISTINCT view, unnest(string_split(source_ids, ';')) AS source_id
    FROM cited
    WHERE $view = '' OR view = $view
)
SELECT ids.view, s.source_id, s.url, s.outlet, s.published
FROM ids
JOIN sources AS s ON s.source_id = ids.source_id
ORDER BY ids.view, s.published NULLS LAST, s.source_id
