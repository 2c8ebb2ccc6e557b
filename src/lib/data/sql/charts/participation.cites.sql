SELECT source_ids FROM filtered_editions
UNION ALL
SELECT source_ids FROM filtered_prizes
