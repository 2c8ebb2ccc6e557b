/*! Imtiaz Observatory embed host script: resizes <iframe> embeds of this site to their content.
 * No dependencies. Mirrors src/lib/embed/message.ts (readHeightMessage); tests/unit/embed-host.test.ts
 * checks both against the same cases. */
(function () {
	'use strict';
	var KEY = 'imtiaz-embed-height';
	var MIN = 50;
	var MAX = 5000;
	var ID = /^[a-z][a-z0-9-]{0,63}$/;
	var script = document.currentScript;
	var site;
	try {
		site = new URL(script && script.src ? script.src : '', location.href).origin;
	} catch {
		return;
	}
	function plain(v) {
		return typeof v === 'object' && v !== null && !Array.isArray(v);
	}
	function frameFor(source, chart) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (f.contentWindow === source) return f;
		}
		for (var j = 0; j < frames.length; j++) {
			var g = frames[j];
			if (g.getAttribute('data-imtiaz-chart') === chart) return g;
		}
		return null;
	}
	window.addEventListener('message', function (event) {
		if (event.origin !== site || !plain(event.data)) return;
		var keys = Object.keys(event.data);
		if (keys.length !== 1 || keys[0] !== KEY) return;
		var body = event.data[KEY];
		if (!plain(body)) return;
		Object.keys(body).forEach(function (chart) {
			var h = body[chart];
			if (!ID.test(chart) || typeof h !== 'number' || !isFinite(h) || h < MIN || h > MAX) return;
			var frame = frameFor(event.source, chart);
			if (frame) frame.style.height = Math.ceil(h) + 'px';
		});
	});
})();
