/**
 * Exact numbers from the engine. A JS number holds integers exactly only within ±2^53 and about 15–17
 * significant digits: BIGINT and UBIGINT beyond that, HUGEINT/UHUGEINT and wide DECIMAL would be
 * rounded silently by `Number()`. Here their exact digits are read from the Arrow value and its type,
 * in one place; the console keeps them as `ExactNumber`, the dashboard rows as a string.
 */

/** A number a JS number cannot hold exactly: its digits as DuckDB writes them, and its column type. */
export class ExactNumber {
	constructor(
		/** Decimal digits, `-` first when negative, `.` before the scale's digits (`-12.30`). */
		readonly digits: string,
		readonly type: string
	) {}
	/** Shown, written to CSV and compared as its digits. */
	toString(): string {
		return this.digits;
	}
	/** JSON exports write it as a string of its digits: a JSON reader's doubles would round a number. */
	toJSON(): string {
		return this.digits;
	}
}

/** What the DuckDB-to-Arrow export names a UHUGEINT column (an opaque 16-byte binary). */
export const UHUGEINT_TYPE = 'Uint128';

/**
 * A column's type name: Arrow's (`Int64`, `Decimal[38e+2]`), except UHUGEINT, which DuckDB exports
 * as `FixedSizeBinary[16]` tagged in the field's metadata; named `Uint128` so it reads as a number.
 */
export function columnTypeName(field: { type: unknown; metadata?: Map<string, string> }): string {
	const extension = field.metadata?.get('ARROW:extension:metadata');
	if (extension?.includes('"uhugeint"')) return UHUGEINT_TYPE;
	return String(field.type);
}

/** The scale of a decimal type name (`Decimal[38e+2]` → 2), or null for another type. */
export function decimalScale(typeName: string): number | null {
	const match = /^Decimal\[\d+e([+-]?\d+)\]/.exec(typeName);
	return match ? Number(match[1]) : null;
}

/** A two's-complement little-endian integer from 32-bit words (Arrow's Decimal128 value). */
export function wordsToBigInt(words: ArrayLike<number>): bigint {
	let value = 0n;
	for (let i = words.length - 1; i >= 0; i--) value = (value << 32n) | BigInt(words[i] >>> 0);
	const bits = BigInt(words.length * 32);
	return words.length > 0 && words[words.length - 1] >>> 31 === 1 ? value - (1n << bits) : value;
}

/** An unsigned little-endian integer from bytes (DuckDB's UHUGEINT). */
export function bytesToBigInt(bytes: ArrayLike<number>): bigint {
	let value = 0n;
	for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]);
	return value;
}

/** The decimal text of an unscaled integer and its scale: (-1230n, 2) → `-12.30`. */
export function decimalText(unscaled: bigint, scale: number): string {
	if (scale <= 0) return (unscaled * 10n ** BigInt(-scale)).toString();
	const negative = unscaled < 0n;
	const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
	const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
	return negative ? `-${text}` : text;
}

/**
 * The exact decimal text of an integer or decimal value of the engine, or null when the value is
 * not one (text, dates, doubles, lists: they convert as before).
 */
export function numericText(value: unknown, typeName: string): string | null {
	if (typeof value === 'bigint' && /^(Int|Uint)/.test(typeName)) return value.toString();
	const scale = decimalScale(typeName);
	if (scale !== null && value instanceof Uint32Array) return decimalText(wordsToBigInt(value), scale);
	if (typeName === UHUGEINT_TYPE && value instanceof Uint8Array) return bytesToBigInt(value).toString();
	return null;
}

/** `12.30` → `12.3`, `-0.00` → `0`: the text a JS number of the same value prints, when it has one. */
function canonical(text: string): string {
	const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
	return trimmed === '-0' ? '0' : trimmed;
}

/**
 * The JS number of an exact decimal text when it is that value exactly (an integer within ±2^53, a
 * decimal whose shortest double prints the same digits), else null.
 */
export function exactDouble(text: string): number | null {
	const number = Number(text);
	if (!text.includes('.')) return Number.isSafeInteger(number) ? number : null;
	// Exponent notation (below 1e-6, from 1e21) never equals the plain digits: kept exact.
	return Number.isFinite(number) && String(number) === canonical(text) ? number : null;
}
