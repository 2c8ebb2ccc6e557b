SELECT source_ids FROM editions
WHERE edition = coalesce($edition, (SELECT max(edition) FROM editions))
UNION ALL
SELECT source_ids FROM winners
WHERE edition = coalesce($edition, (SELECT max(edition) FROM editions))
