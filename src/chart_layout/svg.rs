//! Numbers as SVG attribute text: coordinates, paths, the viewBox and the
//! moves of markers. Nothing written here is ever NaN or infinite.

use super::scale::finite_or;

/// A number as SVG attribute text: one decimal at most, `0` for NaN/∞.
pub fn svg_number(value: f64) -> String {
    let value = finite_or(value, 0.0);
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    if text == "-0" { "0".to_string() } else { text.to_string() }
}

/// SVG path text through `points` ("M x y L x y …"). A non-finite point
/// breaks the line rather than reaching the DOM.
pub fn line_path(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut path = String::new();
    let mut pen_down = false;
    for (x, y) in points {
        if !x.is_finite() || !y.is_finite() {
            pen_down = false;
            continue;
        }
        path.push(if pen_down { 'L' } else { 'M' });
        path.push_str(&svg_number(x));
        path.push(' ');
        path.push_str(&svg_number(y));
        pen_down = true;
    }
    path
}

/// The `viewBox` of a drawing `width × height`.
pub fn view_box(width: f64, height: f64) -> String {
    format!("0 0 {} {}", svg_number(width), svg_number(height))
}

/// A CSS transform that moves a marker drawn at x = 0 to `x`.
pub fn translate_x(x: f64) -> String {
    format!("translateX({}px)", svg_number(x))
}

/// The points of an SVG path made by [`line_path`], for checks.
#[cfg(test)]
pub fn path_points(path: &str) -> Vec<(f64, f64)> {
    path.split(['M', 'L'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (x, y) = part.split_once(' ').expect("x and y");
            (x.parse().expect("x"), y.parse().expect("y"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_skip_non_finite_points() {
        assert_eq!(line_path([(0.0, 1.0), (2.26, 3.0)]), "M0 1L2.3 3");
        assert_eq!(line_path([(0.0, 1.0), (f64::NAN, 3.0), (4.0, 5.0)]), "M0 1M4 5");
        assert_eq!(line_path(std::iter::empty()), "");
        assert_eq!(svg_number(f64::INFINITY), "0");
        assert_eq!(svg_number(-0.01), "0");
    }

    #[test]
    fn view_box_and_moves_are_plain_numbers() {
        assert_eq!(view_box(640.0, 396.8), "0 0 640 396.8");
        assert_eq!(view_box(f64::NAN, 300.0), "0 0 0 300");
        assert_eq!(translate_x(12.34), "translateX(12.3px)");
        assert_eq!(translate_x(f64::NEG_INFINITY), "translateX(0px)");
        assert_eq!(path_points("M0 1L2.3 3"), [(0.0, 1.0), (2.3, 3.0)]);
    }
}
