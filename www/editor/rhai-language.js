// A small Rhai language mode for CodeMirror 6: highlighting and brace-based auto-indent.
// Written as a StreamLanguage (a line-by-line tokenizer), which is all Rhai's simple
// C-like syntax needs; a full Lezer grammar would cost far more bytes for no visible gain.
import { StreamLanguage } from "@codemirror/language";

// Rhai's keywords come from the sandbox's list, so the highlighter and the "Did you
// mean?" hints agree (esbuild bundles the file as text: www/build.mjs).
import keywordList from "../../crates/sandbox/src/keywords.txt";

const KEYWORDS = new Set(
  keywordList.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")),
);
const ATOMS = new Set(["true", "false"]);
const BUILTINS = new Set([
  "print", "debug", "type_of", "is_def_var", "is_def_fn", "Fn", "call", "curry", "exit",
]);
const OPENING = "([{";
const CLOSING = ")]}";

/** Reads the body of a back-tick string until its end, or until `${` opens code. */
function templateBody(stream, state) {
  while (!stream.eol()) {
    if (stream.match("${")) {
      state.stack.push("interpolation");
      state.depth += 1;
      return "string";
    }
    const next = stream.next();
    if (next === "\\") {
      stream.next();
    } else if (next === "`") {
      state.stack.pop();
      return "string";
    }
  }
  return "string";
}

/** Reads a block comment, which Rhai lets nest. */
function blockComment(stream, state) {
  while (!stream.eol()) {
    if (stream.match("/*")) {
      state.commentDepth += 1;
    } else if (stream.match("*/")) {
      state.commentDepth -= 1;
      if (state.commentDepth === 0) return "comment";
    } else {
      stream.next();
    }
  }
  return "comment";
}

export const rhai = StreamLanguage.define({
  name: "rhai",

  startState() {
    // `stack` tracks back-tick strings and the code inside their `${ }`.
    return { stack: [], commentDepth: 0, depth: 0 };
  },

  copyState(state) {
    return { stack: state.stack.slice(), commentDepth: state.commentDepth, depth: state.depth };
  },

  token(stream, state) {
    if (state.commentDepth > 0) return blockComment(stream, state);
    const top = state.stack[state.stack.length - 1];
    if (top === "template") return templateBody(stream, state);
    if (stream.eatSpace()) return null;

    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match("/*")) {
      state.commentDepth = 1;
      return blockComment(stream, state);
    }
    if (stream.peek() === "`") {
      stream.next();
      state.stack.push("template");
      return templateBody(stream, state);
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^'(?:[^'\\]|\\.)*'?/)) return "string";
    if (stream.match(/^0x[0-9a-fA-F_]+|^0o[0-7_]+|^0b[01_]+/)) return "number";
    if (stream.match(/^\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/)) return "number";

    const ch = stream.peek();
    if (OPENING.includes(ch)) {
      stream.next();
      state.depth += 1;
      return "bracket";
    }
    if (CLOSING.includes(ch)) {
      stream.next();
      state.depth = Math.max(0, state.depth - 1);
      // The `}` that closes a `${ ... }` returns to the back-tick string around it.
      if (ch === "}" && top === "interpolation") {
        state.stack.pop();
        return "string";
      }
      return "bracket";
    }

    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/);
    if (word) {
      const text = word[0];
      if (KEYWORDS.has(text)) return "keyword";
      if (ATOMS.has(text)) return "atom";
      if (BUILTINS.has(text)) return "variableName.standard";
      // A name followed by `(` is a function call or definition.
      if (stream.match(/^\s*\(/, false)) return "variableName.function";
      return "variableName";
    }
    if (stream.match(/^[+\-*/%=!<>&|^?:.~#@]+/)) return "operator";
    if (stream.match(/^[;,]/)) return "punctuation";
    stream.next();
    return null;
  },

  indent(state, textAfter, context) {
    const closes = /^\s*[)\]}]/.test(textAfter) ? 1 : 0;
    return Math.max(0, state.depth - closes) * context.unit;
  },

  languageData: {
    commentTokens: { line: "//", block: { open: "/*", close: "*/" } },
    indentOnInput: /^\s*[)\]}]$/,
  },
});
