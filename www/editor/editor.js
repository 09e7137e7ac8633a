// The code editor: CodeMirror 6 set up for beginners, exposed to the Rust app as
// `window.c4hEditor`. esbuild bundles this file into www/generated/editor.js (see
// www/build.mjs); the Rust side binds to it in crates/web/src/editor.rs.
import { EditorState, Prec, StateEffect, StateField, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView, Decoration, keymap, lineNumbers, highlightActiveLine,
  highlightActiveLineGutter, drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import {
  indentOnInput, bracketMatching, syntaxHighlighting, HighlightStyle, indentUnit,
} from "@codemirror/language";
import { defaultKeymap, history, historyKeymap, indentWithTab, indentMore } from "@codemirror/commands";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { tags } from "@lezer/highlight";
import { rhai } from "./rhai-language.js";
import { whichLine, straightenQuotes, tabMovesOnUntilEditing, noteField, aidsTheme, useWords } from "./aids.js";

// Colours from the NHS.UK palette where one fits; each has at least 4.5:1 contrast on white.
const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: "#7c2855", fontWeight: "bold" },
  { tag: [tags.string], color: "#00703c" },
  { tag: [tags.number, tags.atom], color: "#005eb8" },
  { tag: tags.comment, color: "#4c6272", fontStyle: "italic" },
  { tag: tags.function(tags.variableName), color: "#330072" },
  { tag: tags.standard(tags.variableName), color: "#005eb8", fontWeight: "bold" },
  { tag: [tags.operator, tags.punctuation, tags.bracket], color: "#212b32" },
]);

const theme = EditorView.theme({
  "&": { fontSize: "1rem", border: "2px solid #4c6272", backgroundColor: "#ffffff" },
  "&.cm-focused": { outline: "4px solid #ffeb3b", boxShadow: "inset 0 0 0 2px #212b32" },
  ".cm-content": { fontFamily: "ui-monospace, Menlo, Consolas, 'Courier New', monospace", minHeight: "18rem" },
  ".cm-scroller": { lineHeight: "1.6" },
  ".cm-gutters": { backgroundColor: "#f0f4f5", color: "#4c6272", borderRight: "1px solid #d8dde0" },
  ".cm-activeLine": { backgroundColor: "#f0f4f5" },
  ".cm-activeLineGutter": { backgroundColor: "#d8dde0", color: "#212b32" },
  ".cm-c4h-errorLine": { backgroundColor: "#fbe4e4" },
  ".cm-c4h-stepLine": { backgroundColor: "#fff3b0", boxShadow: "inset 6px 0 0 #212b32" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "#ffeb3b", outline: "1px solid #212b32" },
  ...aidsTheme,
});

// Whole-line marking for the lines that have an error, so the line stands out even before
// the learner hovers the underlined part.
const setErrorLines = StateEffect.define();
const errorLines = StateField.define({
  create: () => Decoration.none,
  update(lines, transaction) {
    lines = lines.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setErrorLines)) lines = effect.value;
    }
    return lines;
  },
  provide: (field) => EditorView.decorations.from(field),
});
const errorLine = Decoration.line({ class: "cm-c4h-errorLine" });

// "Watch it run": the line of the step being watched, marked with a bar at its left (a
// shape, not only a colour). Any edit ends watching, and with it the mark.
const setStepLine = StateEffect.define();
const stepLine = StateField.define({
  create: () => Decoration.none,
  update(lines, transaction) {
    if (transaction.docChanged) lines = Decoration.none;
    for (const effect of transaction.effects) {
      if (effect.is(setStepLine)) lines = effect.value;
    }
    return lines;
  },
  provide: (field) => EditorView.decorations.from(field),
});
const stepMark = Decoration.line({ class: "cm-c4h-stepLine", attributes: { "data-c4h-step": "" } });

/** Turns the sandbox's diagnostics (line and column from 1) into CodeMirror ranges. */
function toRanges(doc, diagnostics) {
  return diagnostics
    .filter((d) => d.line != null)
    .map((d) => {
      const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
      const column = Math.max((d.column ?? 1) - 1, 0);
      const from = Math.min(line.from + column, line.to);
      const rest = doc.sliceString(from, line.to);
      const word = /^[A-Za-z0-9_]+/.exec(rest);
      let to = from + (word ? word[0].length : Math.min(1, rest.length));
      // A mark needs something to cover: at the end of a line, cover the whole line.
      const start = from === to ? line.from : from;
      if (from === to) to = line.to;
      return { line, from: start, to, message: d.message, parts: d.parts ?? [] };
    });
}

/** A message with its code shown as code: `parts` are [isCode, text] pairs. */
function renderParts(parts, message) {
  const span = document.createElement("span");
  if (parts.length === 0) span.textContent = message;
  for (const [isCode, text] of parts) {
    const node = document.createElement(isCode ? "code" : "span");
    node.textContent = text;
    if (isCode) node.className = "c4h-code-inline";
    span.append(node);
  }
  return span;
}

// `cursor` is [anchor, head] from the early text area the editor takes over, and `focus`
// whether it had the focus (so a learner typing there carries on here). `words` are the
// editor's words in the learner's language, from the page (crates/web/src/editor.rs:
// `label`, `changed`, `whichLine(line, lines, column)`, CodeMirror's `phrases`); without
// them the editor speaks English.
function create(parent, text, onChange, onRun, readOnly = false, cursor = null, focus = false, words = {}) {
  useWords(words);
  const length = text.length;
  const selection = cursor
    ? { anchor: Math.min(cursor[0], length), head: Math.min(cursor[1], length) }
    : undefined;
  // Room kept below the cursor when scrolling it into view: the key bar docked above a phone's
  // keyboard covers the bottom of the screen (reserveBottom).
  let bottom = 0;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      selection,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        lintGutter(),
        errorLines,
        stepLine,
        rhai,
        indentUnit.of("    "),
        syntaxHighlighting(highlightStyle),
        EditorView.lineWrapping,
        theme,
        // An embedded read-only playground: the code can be read, selected and run.
        EditorState.readOnly.of(readOnly),
        EditorState.phrases.of(words?.phrases ?? {}),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's tab-focus mode),
        // so keyboard users are never trapped; reached with Tab, Tab moves on until the
        // learner starts editing. Alt+L says the line (before CodeMirror's "select line").
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run: () => { onRun(); return true; } },
          { key: "Alt-l", run: whichLine },
        ])),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        tabMovesOnUntilEditing,
        straightenQuotes,
        noteField,
        EditorView.scrollMargins.of(() => ({ bottom })),
        EditorView.contentAttributes.of({
          "aria-label": words?.label ?? "Code editor",
          // Code is read as English (its keywords are), on a Welsh page too.
          lang: "en",
          "aria-describedby": "editor-help",
          spellcheck: "false",
          autocapitalize: "off",
          autocorrect: "off",
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
          // The key bar offers names that fit what is before the cursor.
          if (update.docChanged || update.selectionSet) {
            update.view.dom.dispatchEvent(new Event("c4h-cursor", { bubbles: true }));
          }
        }),
      ],
    }),
  });

  if (focus) view.focus();
  return {
    getText: () => view.state.doc.toString(),
    setText(newText) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: newText } });
    },
    focus: () => view.focus(),
    /** Puts the cursor at `line` and `column` (from 1), in view, with the focus ("Go to line 3"). */
    goTo(line, column) {
      const doc = view.state.doc;
      const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const pos = Math.min(at.from + Math.max(column - 1, 0), at.to);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
      view.focus();
    },
    /** The key bar: types `text` at the cursor (in place of the `back` characters before it)
     * and `close` after the cursor, so a pair's cursor lands between. A closing bracket or
     * quote that is already next (from a pair) is stepped over rather than doubled. */
    insert(text, close = "", back = 0) {
      const { from, to } = view.state.selection.main;
      if (!back && from === to && ")]}\"`".includes(text) && view.state.sliceDoc(from, from + 1) === text) {
        view.dispatch({ selection: { anchor: from + 1 }, scrollIntoView: true });
        return;
      }
      view.dispatch({
        changes: { from: from - back, to, insert: text + close },
        selection: { anchor: from - back + text.length },
        scrollIntoView: true,
        userEvent: "input.type",
      });
    },
    /** The text before the cursor (for the key bar's names). */
    before: () => view.state.sliceDoc(0, view.state.selection.main.head),
    whichLine: () => whichLine(view),
    indent: () => indentMore(view),
    /** Keeps `pixels` free below the cursor (the docked key bar), and brings it into view. */
    reserveBottom(pixels) {
      bottom = pixels;
      view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head) });
    },
    /** Marks `line` (from 1) as the step being watched and brings it into view without
     * taking the focus; 0 clears the mark. */
    showStep(line) {
      const doc = view.state.doc;
      if (line < 1 || line > doc.lines) {
        view.dispatch({ effects: setStepLine.of(Decoration.none) });
        return;
      }
      const at = doc.line(line);
      view.dispatch({
        effects: [
          setStepLine.of(Decoration.set([stepMark.range(at.from)])),
          EditorView.scrollIntoView(at.from, { y: "nearest" }),
        ],
      });
    },
    /** Shows diagnostics (a JSON array of {line, column, message, parts}, where parts are
     * [isCode, text] pairs of the message); [] clears them. */
    showDiagnostics(json) {
      const ranges = toRanges(view.state.doc, JSON.parse(json));
      const builder = new RangeSetBuilder();
      const seen = new Set();
      for (const range of [...ranges].sort((a, b) => a.line.from - b.line.from)) {
        if (seen.has(range.line.from)) continue;
        seen.add(range.line.from);
        builder.add(range.line.from, range.line.from, errorLine);
      }
      const lint = setDiagnostics(view.state, ranges.map(({ from, to, message, parts }) =>
        ({ from, to, message, severity: "error", renderMessage: () => renderParts(parts, message) })));
      view.dispatch({ effects: [].concat(lint.effects ?? [], setErrorLines.of(builder.finish())) });
    },
  };
}

// The editor arrives after the app may have started (the page loads it without waiting,
// so a learner can type in the plain text area first): the app waits for this event.
window.c4hEditor = { create };
window.dispatchEvent(new Event("c4h:editor-ready"));
