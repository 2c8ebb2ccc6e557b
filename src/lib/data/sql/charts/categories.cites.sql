SELECT source_ids FROM filtered_categories
UNION ALL
SELECT source_ids FROM filtered_prizes
