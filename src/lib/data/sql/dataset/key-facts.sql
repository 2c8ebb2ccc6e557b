-- Key facts of an uploaded award history, read through its schema (first on the search path):
-- editions and their years, prizes, distinct named winners, and candidates where the file has them.
SELECT (SELECT count(*) FROM editions)::INTEGER AS editions,
       (SELECT min(year) FROM editions)::INTEGER AS first_year,
       (SELECT max(year) FROM editions)::INTEGER AS last_year,
       (SELECT coalesce(sum(awards), 0) FROM prize_counts)::INTEGER AS prizes,
       (SELECT count(DISTINCT institution_id) FROM winners)::INTEGER AS winners,
       (SELECT sum(candidates) FROM editions)::INTEGER AS candidates
