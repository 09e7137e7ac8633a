//! The picture's size and margins, which the SVG, its axes and its legend lay out in.

/// The picture's size; the page scales it to fit.
pub(crate) const WIDTH: f64 = 640.0;
pub(crate) const HEIGHT: f64 = 400.0;
/// Space between the picture's edge and anything drawn.
pub(crate) const EDGE: f64 = 16.0;
