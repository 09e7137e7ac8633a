//! Which function a place in the script is inside, and whether a name is made outside every
//! function: a Rhai function cannot see the script's variables, a surprise to anyone who
//! knows Python or JavaScript ("There is no variable called `limit`" when `limit` is right
//! there at the top).

use crate::source::{Piece, PieceKind, pieces};

/// A function's body: its name, and where its braces open and close (line, column).
struct Body {
    name: String,
    open: (usize, usize),
    close: (usize, usize),
}

fn bodies(pieces: &[Piece]) -> Vec<Body> {
    let mut found = Vec::new();
    // Functions whose body has opened and not yet closed: (name, depth, where it opened).
    let mut open: Vec<(String, usize, (usize, usize))> = Vec::new();
    let mut waiting: Option<String> = None;
    let mut depth = 0;
    for (index, piece) in pieces.iter().enumerate() {
        match (piece.kind, piece.text.as_str()) {
            (PieceKind::Word, "fn") => {
                waiting = pieces
                    .get(index + 1)
                    .filter(|next| next.kind == PieceKind::Word)
                    .map(|next| next.text.clone());
            }
            (PieceKind::Symbol, "{") => {
                depth += 1;
                if let Some(name) = waiting.take() {
                    open.push((name, depth, (piece.line, piece.column)));
                }
            }
            (PieceKind::Symbol, "}") => {
                if open.last().is_some_and(|(_, at, _)| *at == depth) {
                    let (name, _, opened) = open.pop().unwrap_or_default();
                    found.push(Body {
                        name,
                        open: opened,
                        close: (piece.line, piece.column),
                    });
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    // A body left open (a missing `}`) runs to the end.
    for (name, _, opened) in open {
        found.push(Body {
            name,
            open: opened,
            close: (usize::MAX, usize::MAX),
        });
    }
    found
}

/// The function whose body holds `place` (line, column), if any.
fn function_at(bodies: &[Body], place: (usize, usize)) -> Option<&Body> {
    bodies
        .iter()
        .filter(|body| body.open < place && place < body.close)
        .min_by_key(|body| body.close)
}

/// If `name` is used at `place` inside a function but made with `let` or `const` outside
/// every function, the function's name.
pub fn outside_variable(code: &str, name: &str, place: (usize, usize)) -> Option<String> {
    let pieces = pieces(code);
    let bodies = bodies(&pieces);
    let function = function_at(&bodies, place)?;
    let made_outside = pieces.windows(2).any(|pair| {
        pair[0].kind == PieceKind::Word
            && matches!(pair[0].text.as_str(), "let" | "const")
            && pair[1].text == name
            && function_at(&bodies, (pair[1].line, pair[1].column)).is_none()
    });
    made_outside.then(|| function.name.clone())
}

/// The first line on which `name` is made with `let` or `const`, if it is.
pub fn made_on_line(code: &str, name: &str) -> Option<usize> {
    pieces(code).windows(2).find_map(|pair| {
        (pair[0].kind == PieceKind::Word
            && matches!(pair[0].text.as_str(), "let" | "const")
            && pair[1].text == name)
            .then_some(pair[1].line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_variable_used_in_a_function_is_found() {
        let code =
            "let limit = 140;\nfn high(bp) {\n    if bp > 1 { bp > limit } else { false }\n}";
        assert_eq!(
            outside_variable(code, "limit", (3, 24)),
            Some("high".into())
        );
        // Used outside the function: not this mistake.
        assert_eq!(outside_variable(code, "limit", (1, 5)), None);
        // Made inside a function only: not this mistake either.
        let inside = "fn a() { let n = 1; }\nfn b() { n }";
        assert_eq!(outside_variable(inside, "n", (2, 10)), None);
    }
}
