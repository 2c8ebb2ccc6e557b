/** The current time as an ISO timestamp (when a dataset was kept, when a query ran). */
export function isoNow(): string {
	return new Date().toISOString();
}
