-- Row counts of the built-in tables and the years the editions cover (datasets page).
SELECT
	(SELECT count(*)::INTEGER FROM editions) AS editions,
	(SELECT count(*)::INTEGER FROM winners) AS winners,
	(SELECT count(*)::INTEGER FROM categories) AS categories,
	(SELECT count(*)::INTEGER FROM institutions) AS institutions,
	(SELECT count(*)::INTEGER FROM sources) AS sources,
	(SELECT count(*)::INTEGER FROM conflicts) AS conflicts,
	(SELECT min(year)::INTEGER FROM editions) AS first_year,
	(SELECT max(year)::INTEGER FROM editions) AS last_year
