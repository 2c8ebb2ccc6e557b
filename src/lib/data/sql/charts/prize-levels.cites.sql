SELECT source_ids FROM filtered_prizes
UNION ALL
SELECT source_ids FROM filtered_withheld
