-- Editions on which sources disagree (`editions.conflicts`, one statement per conflict, '; '-separated),
-- so a chart can flag those editions where it shows them.
SELECT edition, year, conflicts
FROM editions
WHERE conflicts IS NOT NULL
  AND year BETWEEN $from AND $to
ORDER BY year
