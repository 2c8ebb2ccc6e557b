/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in print.
 * Used in a fixed order so a series keeps its colour across charts.
 */
export const palette = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442',
	'#000000'
];
