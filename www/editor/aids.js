// Help for learners typing on a phone, with a screen reader or with the keyboard alone
// (issue 17): notes that say what the editor did, phone keyboards' curly quotes and dashes
// corrected in code, "which line am I on?", and Tab that moves on past an editor reached
// with Tab. Bundled into the editor's script with editor.js, so every byte here is on the
// first visit: keep it small.
import { StateEffect, StateField } from "@codemirror/state";
import { EditorView, showTooltip } from "@codemirror/view";

// ---- The words, in the learner's language ----------------------------------------------

// From the page (editor.js's `create`): `changed` (by straight character) and
// `whichLine(line, lines, column)`; English below until then, or without them.
let words = {};

/** Takes the page's words for the notes below. */
export function useWords(given) {
  words = given ?? {};
}

// ---- Notes: said once to screen readers and shown beside the cursor -------------------

const setNote = StateEffect.define();
// The note on screen, until the learner edits or moves the cursor.
const noteField = StateField.define({
  create: () => null,
  update(note, transaction) {
    for (const effect of transaction.effects) if (effect.is(setNote)) return effect.value;
    return transaction.docChanged || transaction.selection ? null : note;
  },
  provide: (field) => showTooltip.from(field),
});

/** Effects that tell the learner `text`: through CodeMirror's one polite live region (which
 * says a repeated note again) and in a small note above `pos`, for those who see it. */
function noteEffects(text, pos) {
  const create = () => {
    const dom = document.createElement("div");
    dom.className = "cm-c4h-note";
    dom.textContent = text;
    return { dom };
  };
  return [EditorView.announce.of(text), setNote.of({ pos, above: true, create })];
}

/** Says where the cursor is: "Line 3 of 10, column 5" (Alt+L and the key bar's "Which line?").
 * CodeMirror does not say line numbers, and screen readers cannot see the gutter. */
export function whichLine(view) {
  const { doc, selection } = view.state;
  const head = selection.main.head;
  const line = doc.lineAt(head);
  const column = head - line.from + 1;
  const text = words.whichLine?.(line.number, doc.lines, column)
    ?? `Line ${line.number} of ${doc.lines}, column ${column}`;
  view.dispatch({ effects: noteEffects(text, head) });
  return true;
}

// ---- Curly quotes and dashes from phone keyboards ------------------------------------

const STRAIGHT = { "“": "\"", "”": "\"", "‘": "'", "’": "'", "–": "-", "—": "-", "−": "-" };
const CHANGED = {
  "\"": "Changed a curly quote to a straight quote \"",
  "'": "Changed a curly quote to a straight quote '",
  "-": "Changed a dash to a minus sign -",
};

/** What is open at the end of `text`: [kind, where it starts], kind being "//", "/*", a
 * quote (", ' or `) or "{" (code in braces or in `${}`); [] in plain code. A small reading of
 * Rhai's strings and comments (crates/web/src/keys/names.rs reads them the same way). */
function openAt(text) {
  const open = [];
  for (const match of text.matchAll(/\/\/|\/\*|\*\/|\\.|\$\{|[`"'{}\n]/g)) {
    const token = match[0];
    const top = open.at(-1)?.[0];
    if (top === "//") {
      if (token === "\n") open.pop();
    } else if (top === "/*") {
      if (token === "*/") open.pop();
      else if (token === "/*") open.push([token]);
    } else if (top === "\"" || top === "'") {
      if (token === top || token === "\n") open.pop();
    } else if (top === "`") {
      if (token === "`") open.pop();
      else if (token === "${") open.push(["{"]);
    } else if (token === "}") open.pop();
    else if (token === "${") open.push(["{"]);
    else if (!token.startsWith("\\") && token !== "*/" && token !== "\n") open.push([token, match.index]);
  }
  return open.at(-1) ?? [];
}

/** Whether `typed`, a curly quote or a dash typed after `before`, should be what code needs.
 * In code, yes. In a comment or a back-tick string, no: that is text, where a learner may want
 * it. In a "..." or '...' string, only a closing curly quote that no opening curly quote in
 * the string matches: the end of a string begun with a corrected quote, as in “Sam”. */
function wantsStraight(before, typed) {
  const [open, start] = openAt(before);
  if (!open || open === "{") return true;
  if (open === "\"") return typed === "”" && !before.slice(start).includes("“");
  if (open === "'") return typed === "’" && !before.slice(start).includes("‘");
  return false;
}

/** Corrects curly quotes and dashes as they are typed (not when pasted: the sandbox explains
 * those), and says what changed, so nothing changes silently. */
export const straightenQuotes = EditorView.inputHandler.of((view, from, to, text) => {
  // Changing text mid-composition would upset an input method.
  if (view.composing || !/[“”‘’–—−]/.test(text)) return false;
  const before = view.state.sliceDoc(0, from);
  let out = "";
  const said = new Set();
  for (const typed of text) {
    const straight = STRAIGHT[typed];
    if (straight && wantsStraight(before + out, typed)) {
      out += straight;
      said.add(words.changed?.[straight] ?? CHANGED[straight]);
    } else {
      out += typed;
    }
  }
  if (said.size === 0) return false;
  const end = from + out.length;
  view.dispatch({
    changes: { from, to, insert: out },
    selection: { anchor: end },
    scrollIntoView: true,
    userEvent: "input.type",
    effects: noteEffects([...said].join(". "), end),
  });
  return true;
});

// ---- Tab past the editor ---------------------------------------------------------------

// Whether the focus last moved by the Tab key (rather than a pointer or another key).
let tabbing = false;
addEventListener("keydown", (event) => { tabbing = event.key === "Tab"; }, true);
addEventListener("pointerdown", () => { tabbing = false; }, true);

/** Reached with Tab (or Shift+Tab), the editor lets Tab move on until the learner presses any
 * other key: CodeMirror's tab-focus mode, until a key that is not Tab, Escape or a modifier.
 * So tabbing down the page never lands in an editor that keeps Tab for indenting. */
export const tabMovesOnUntilEditing = EditorView.domEventHandlers({
  focus(event, view) {
    if (tabbing) view.setTabFocusMode(1e9);
  },
});

export const aidsTheme = {
  ".cm-tooltip.cm-c4h-note": {
    padding: "2px 8px",
    border: "none",
    backgroundColor: "#212b32",
    color: "#ffffff",
    fontFamily: "inherit",
  },
};

export { noteField };
