'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { history, defaultKeymap, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascriptLanguage } from '@codemirror/lang-javascript';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/** Colours from the book's light/dark variables (code-cell.css defines the --cc-* ones). */
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword], color: 'var(--cc-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--cc-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--cc-number)' },
  { tag: [t.lineComment, t.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: 'var(--cc-function)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--code-bg)', fontSize: '0.9rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: 'var(--bg-soft)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--border)', color: 'var(--text)' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'var(--cc-selection) !important' },
});

/** The first line the parser could not read (for a SyntaxError, which carries no line), or null. */
export function firstErrorLine(code: string): number | null {
  let at: number | null = null;
  javascriptLanguage.parser.parse(code).iterate({
    enter: (node) => {
      if (at !== null) return false;
      if (node.type.isError) at = node.from;
    },
  });
  return at === null ? null : code.slice(0, at).split('\n').length;
}

/**
 * CodeMirror 6 with line numbers, undo, bracket matching and JavaScript highlighting. Tab indents;
 * Esc then Tab (or Shift-Tab) leaves the editor, as CodeMirror's accessibility notes describe.
 * Ctrl/⌘-Enter runs. Changes that would pass `max` characters are refused (`onCap`).
 */
export function Editor({
  value,
  onChange,
  onRun,
  onCap,
  max,
  viewRef,
  label,
}: {
  value: string;
  onChange: (code: string) => void;
  onRun: () => void;
  onCap: () => void;
  max: number;
  viewRef: RefObject<EditorView | null>;
  label: string;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const latest = useRef({ onChange, onRun, onCap });
  useEffect(() => {
    latest.current = { onChange, onRun, onCap };
  });

  useEffect(() => {
    const view = new EditorView({
      parent: parent.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          // The language alone (parser, highlighting, indentation), without javascript()'s completions: a smaller chunk.
          javascriptLanguage,
          // Long lines wrap: the editor never scrolls sideways on a phone, and it grows with the code.
          EditorView.lineWrapping,
          syntaxHighlighting(highlight),
          keymap.of([{ key: 'Mod-Enter', run: () => (latest.current.onRun(), true) }, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorState.transactionFilter.of((tr) => (tr.docChanged && tr.newDoc.length > max ? (latest.current.onCap(), []) : tr)),
          EditorView.updateListener.of((u) => u.docChanged && latest.current.onChange(u.state.doc.toString())),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          theme,
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // 重置, or any change of the value from outside: replace the text (undo can bring the edit back).
  useEffect(() => {
    const view = viewRef.current;
    if (view && view.state.doc.toString() !== value) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
  }, [value, viewRef]);

  return <div ref={parent} className="cc-editor" />;
}
