-- Candidates and prizes per edition (empty = not reported)
SELECT edition, year, candidates, administrations, prizes
FROM editions
ORDER BY edition;
