/**
 * Runs `task` once the next frame is painted (a task after the next animation frame), so work the
 * reader does not see yet (writing the history) never holds back the frame that shows a result.
 * A hidden tab paints no frames: a timer runs it anyway. Without frames (unit tests), a later task.
 */
export function afterPaint(task: () => void, latest = 200): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		task();
	};
	const timer = setTimeout(once, latest);
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
}
