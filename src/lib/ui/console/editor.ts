/**
 * The console's CodeMirror 6 editor, imported dynamically by the console page only, so the
 * dashboard never downloads it. No eval anywhere; styles go through style-src 'unsafe-inline'.
 */
import {
	autocompletion,
	closeBrackets,
	closeBracketsKeymap,
	closeCompletion,
	completionKeymap
} from '@codemirror/autocomplete';
import {
	defaultKeymap,
	history,
	historyKeymap,
	indentWithTab,
	simplifySelection
} from '@codemirror/commands';
import {
	bracketMatching,
	defaultHighlightStyle,
	HighlightStyle,
	syntaxHighlighting
} from '@codemirror/language';
import { PostgreSQL, sql, SQLDialect } from '@codemirror/lang-sql';
import {
	Compartment,
	EditorSelection,
	EditorState,
	Prec,
	StateEffect,
	StateField,
	type Extension
} from '@codemirror/state';
import {
	Decoration,
	drawSelection,
	EditorView,
	highlightActiveLine,
	keymap,
	lineNumbers,
	placeholder
} from '@codemirror/view';
import type { SchemaTable } from '$lib/console/statements';

/**
 * CodeMirror's default colours, with the three that fail WCAG AA contrast (4.5:1) on the
 * active-line background (#ecf7fd) made darker: escapes/special strings (#e40, 3.5:1), invalid
 * tokens (#f00, 3.7:1) and type names such as INTEGER (#085, 4.1:1). Every colour now has at least
 * 6:1 there.
 */
const DARKER: Record<string, string> = { '#e40': '#a63000', '#f00': '#b00020', '#085': '#006b44' };
const highlightStyle = HighlightStyle.define(
	defaultHighlightStyle.specs.map((spec) =>
		typeof spec.color === 'string' && DARKER[spec.color] ? { ...spec, color: DARKER[spec.color] } : spec
	)
);

/** DuckDB on top of PostgreSQL's dialect: its extra keywords and types highlight as such. */
const DuckDB = SQLDialect.define({
	...PostgreSQL.spec,
	keywords: `${PostgreSQL.spec.keywords ?? ''} qualify pivot unpivot summarize describe exclude replace columns struct map list union_by_name asof positional anti semi macro sample using`,
	types: `${PostgreSQL.spec.types ?? ''} hugeint uhugeint ubigint uinteger usmallint utinyint tinyint struct map union list varchar blob timestamptz`
});

const setError = StateEffect.define<{ from: number; to: number } | null>();
const errorMark = Decoration.mark({ class: 'cm-sql-error', attributes: { 'data-error': 'true' } });
const errorField = StateField.define({
	create: () => Decoration.none,
	update(marks, tr) {
		let next = tr.docChanged ? Decoration.none : marks.map(tr.changes);
		for (const effect of tr.effects)
			if (effect.is(setError))
				next = effect.value
					? Decoration.set([errorMark.range(effect.value.from, effect.value.to)])
					: Decoration.none;
		return next;
	},
	provide: (field) => EditorView.decorations.from(field)
});

function languageFor(schema: SchemaTable[]): Extension {
	return sql({
		dialect: DuckDB,
		upperCaseKeywords: true,
		// Table names are the user's: without a prototype, `constructor` or `__proto__` is one more
		// table, never an inherited member.
		schema: Object.assign(
			Object.create(null),
			Object.fromEntries(
				schema.map((table) => [
					table.name,
					table.columns.map((column) => ({ label: column.name, type: 'property', detail: column.type }))
				])
			)
		)
	});
}

export interface ConsoleEditor {
	view: EditorView;
	text(): string;
	/** The selected text when there is a selection, else the whole text, with its start offset. */
	runnable(): { text: string; offset: number };
	setText(text: string): void;
	insert(text: string): void;
	setSchema(schema: SchemaTable[]): void;
	/** Marks the range an error points at (null clears it) and puts the cursor there. */
	markError(range: { from: number; to: number } | null): void;
	destroy(): void;
}

/** Closes a completion, simplifies the selection, and lets the next Tab (within 2 s) move focus on. */
function leaveWithNextTab(view: EditorView): boolean {
	closeCompletion(view);
	simplifySelection(view);
	view.setTabFocusMode(2000);
	return true;
}

export function createEditor(options: {
	parent: HTMLElement;
	doc: string;
	label: string;
	placeholderText: string;
	schema: SchemaTable[];
	dir: 'ltr' | 'rtl';
	onRun: () => void;
	onChange: () => void;
}): ConsoleEditor {
	const language = new Compartment();
	const view = new EditorView({
		parent: options.parent,
		state: EditorState.create({
			doc: options.doc,
			extensions: [
				// Escape always arms "the next Tab leaves the editor" (the way out the hint gives), also
				// when it closes a completion: CodeMirror arms it only when no binding used the key, and
				// the completion's own Escape binding has the highest precedence (hence this one first).
				Prec.highest(keymap.of([{ key: 'Escape', run: leaveWithNextTab }])),
				lineNumbers(),
				history(),
				drawSelection(),
				highlightActiveLine(),
				bracketMatching(),
				closeBrackets(),
				autocompletion(),
				syntaxHighlighting(highlightStyle, { fallback: true }),
				// Long lines wrap: the editor never scrolls sideways (a scroll region keyboard users cannot reach).
				EditorView.lineWrapping,
				placeholder(options.placeholderText),
				language.of(languageFor(options.schema)),
				errorField,
				keymap.of([
					{ key: 'Mod-Enter', preventDefault: true, run: () => (options.onRun(), true) },
					...closeBracketsKeymap,
					...defaultKeymap,
					...historyKeymap,
					...completionKeymap,
					indentWithTab
				]),
				EditorView.contentAttributes.of({
					'aria-label': options.label,
					dir: 'ltr',
					'data-testid': 'sql-editor'
				}),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onChange();
				})
			]
		})
	});
	return {
		view,
		text: () => view.state.doc.toString(),
		runnable() {
			const range = view.state.selection.main;
			if (range.empty) return { text: view.state.doc.toString(), offset: 0 };
			return { text: view.state.sliceDoc(range.from, range.to), offset: range.from };
		},
		setText(text) {
			view.dispatch({
				changes: { from: 0, to: view.state.doc.length, insert: text },
				effects: setError.of(null)
			});
		},
		insert(text) {
			const range = view.state.selection.main;
			view.dispatch({
				changes: { from: range.from, to: range.to, insert: text },
				selection: EditorSelection.cursor(range.from + text.length)
			});
			view.focus();
		},
		setSchema(schema) {
			view.dispatch({ effects: language.reconfigure(languageFor(schema)) });
		},
		markError(range) {
			if (range === null) {
				// Nothing marked, nothing to do: a Run must not pay for an editor update it does not need.
				if (view.state.field(errorField).size > 0) view.dispatch({ effects: setError.of(null) });
				return;
			}
			const length = view.state.doc.length;
			const from = Math.max(0, Math.min(range.from, length));
			const to = Math.max(from, Math.min(range.to, length));
			view.dispatch({
				effects: [setError.of(from < to ? { from, to } : null), EditorView.scrollIntoView(from)],
				selection: EditorSelection.cursor(from)
			});
		},
		destroy: () => view.destroy()
	};
}
