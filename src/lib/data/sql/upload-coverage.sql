-- The years an uploaded dataset covers, through `staging_mapped` (the view of the user's mapping).
SELECT min(year)::INTEGER AS first_year,
       max(year)::INTEGER AS last_year,
       count(DISTINCT year)::INTEGER AS years
FROM staging_mapped
