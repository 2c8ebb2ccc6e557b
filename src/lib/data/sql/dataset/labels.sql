-- The values of an uploaded history's dimensions with the ids the charts filter by, in rank order
-- (most prizes first). `other` gathers the values past each dimension's limit: `members` says how many.
SELECT dimension,
       id,
       CASE WHEN id = 'other' THEN NULL ELSE any_value(value) END AS label,
       min(rank)::INTEGER AS rank,
       count(*)::INTEGER AS members
FROM labels
GROUP BY dimension, id
ORDER BY dimension, rank
