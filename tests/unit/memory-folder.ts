import type { OpfsFolder } from '$lib/data/browser-storage';

/**
 * An in-memory stand-in for an OPFS folder: text files by name. Each call yields to the event loop
 * first, as the real folder's promises do, so two unlocked writers would interleave here too.
 */
export function memoryFolder(): OpfsFolder & { files: Map<string, string> } {
	const files = new Map<string, string>();
	const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
	return {
		files,
		async names() {
			await tick();
			return [...files.keys()];
		},
		async read(name) {
			await tick();
			const text = files.get(name);
			if (text === undefined) throw new DOMException(`${name} not found`, 'NotFoundError');
			return text;
		},
		async write(name, text) {
			await tick();
			files.set(name, text);
		},
		async remove(name) {
			await tick();
			files.delete(name);
		}
	};
}
