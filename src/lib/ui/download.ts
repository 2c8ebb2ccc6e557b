/** Saves a blob under a file name through a temporary link: every download of the site goes here. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the URL by now; free it a little later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
