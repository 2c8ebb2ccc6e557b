-- The SQL console's lockdown, run once its tables are loaded (one statement per line).
-- No extension may be installed or loaded behind the user's back, no file or URL may be read or
-- written, and the configuration is frozen so no later statement can undo any of it.
SET autoinstall_known_extensions = false;
SET autoload_known_extensions = false;
SET enable_external_access = false;
-- A runaway query fails fast with DuckDB's "Out of Memory" instead of taking the tab's memory.
SET memory_limit = '1GB';
SET lock_configuration = true;
