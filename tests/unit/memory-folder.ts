import type { OpfsFolder } from '$lib/data/browser-storage';

/**
 * An in-memory stand-in for an OPFS folder: text or binary files by name. Each call yields to the
 * event loop first, as the real folder's promises do, so two unlocked writers would interleave here too.
 */
export function memoryFolder(): OpfsFolder & { files: Map<string, string | Blob> } {
	const files = new Map<string, string | Blob>();
	const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
	const found = (name: string) => {
		const data = files.get(name);
		if (data === undefined) throw new DOMException(`${name} not found`, 'NotFoundError');
		return data;
	};
	return {
		files,
		async names() {
			await tick();
			return [...files.keys()];
		},
		async read(name) {
			await tick();
			const data = found(name);
			return typeof data === 'string' ? data : data.text();
		},
		async file(name) {
			await tick();
			return new File([found(name)], name);
		},
		async write(name, data) {
			await tick();
			files.set(name, data);
		},
		async remove(name) {
			await tick();
			files.delete(name);
		}
	};
}
