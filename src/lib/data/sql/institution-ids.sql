-- Every institution id, for prerendering one page per institution.
SELECT institution_id FROM institutions ORDER BY institution_id
