-- How many distinct source documents the data rests on (for every chart's source line).
SELECT count(DISTINCT source_id)::INTEGER AS sources FROM sources
