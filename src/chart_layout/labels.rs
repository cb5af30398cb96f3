//! Where text labels go: their rough size, wrapping, keeping them inside the
//! drawing, apart from each other and off the lines.

use super::scale::{Rect, finite_or};

/// Font size of axis and value labels, in viewBox units.
pub const LABEL_FONT: f64 = 12.0;

/// How a text label sits against its x position (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text begins at x.
    Start,
    /// The text is centred on x.
    Middle,
    /// The text ends at x.
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }

    /// The left edge of a label `width` wide anchored at `x`.
    pub fn left_of(self, x: f64, width: f64) -> f64 {
        match self {
            Anchor::Start => x,
            Anchor::Middle => x - width / 2.0,
            Anchor::End => x - width,
        }
    }
}

/// Rough width of `text` at `font_size` (system sans-serif, tabular digits):
/// enough to keep labels apart and inside the drawing.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.58
}

/// `text` broken at spaces into lines no wider than `max_width` at
/// `font_size` (a single word longer than that gets a line of its own).
pub fn wrap_words(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), font_size) <= max_width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The box a one-line label of `width` takes with its baseline at `baseline`,
/// starting at `left` (font of [`LABEL_FONT`]).
pub fn label_box(left: f64, baseline: f64, width: f64) -> Rect {
    Rect { left, top: baseline - LABEL_FONT, width, height: LABEL_FONT + 3.0 }
}

/// The box of a label `width` wide placed at `(x, baseline, anchor)`.
pub fn anchored_box((x, baseline, anchor): (f64, f64, Anchor), width: f64) -> Rect {
    label_box(anchor.left_of(x, width), baseline, width)
}

/// The bounding box of each segment of a polyline through `points`: a cheap,
/// slightly generous stand-in for the line when keeping labels off it.
pub fn segment_boxes(points: &[(f64, f64)]) -> Vec<Rect> {
    points
        .windows(2)
        .map(|pair| {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            Rect {
                left: finite_or(x0.min(x1), 0.0) - 1.0,
                top: finite_or(y0.min(y1), 0.0) - 1.0,
                width: finite_or((x1 - x0).abs(), 0.0) + 2.0,
                height: finite_or((y1 - y0).abs(), 0.0) + 2.0,
            }
        })
        .collect()
}

/// The index of the first of `candidates` that overlaps none of `obstacles`;
/// the first candidate when every one is blocked.
pub fn first_clear(candidates: &[Rect], obstacles: &[Rect]) -> usize {
    candidates.iter().position(|c| !obstacles.iter().any(|o| c.overlaps(o))).unwrap_or(0)
}

/// A label `width` wide beside a vertical line at `x`: to its right when it
/// fits before `right`, else to its left. Returns the text x and anchor.
pub fn label_beside(x: f64, width: f64, left: f64, right: f64, gap: f64) -> (f64, Anchor) {
    let x = finite_or(x, left);
    if x + gap + width <= right || x - gap - width < left { (x + gap, Anchor::Start) } else { (x - gap, Anchor::End) }
}

/// A label `width` wide centred on `x`, moved just enough to stay within
/// `left..=right`. Returns the centre x (use [`Anchor::Middle`]).
pub fn label_centred(x: f64, width: f64, left: f64, right: f64) -> f64 {
    let x = finite_or(x, left);
    let half = width / 2.0;
    if right - left <= width {
        return (left + right) / 2.0;
    }
    x.clamp(left + half, right - half)
}

/// The left edge of a box `width` wide centred on `x` but kept inside `left..=right`.
pub fn box_left(x: f64, width: f64, left: f64, right: f64) -> f64 {
    label_centred(x, width, left, right) - width / 2.0
}

/// Moves one-dimensional label positions apart so that neighbours are at
/// least `gap` apart, keeping their order and, where there is room, staying
/// within `low..=high`. Returns the positions in the input order.
pub fn spread_labels(positions: &[f64], gap: f64, low: f64, high: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_by(|&a, &b| finite_or(positions[a], low).total_cmp(&finite_or(positions[b], low)));
    let mut placed: Vec<f64> = order.iter().map(|&i| finite_or(positions[i], low).clamp(low, high.max(low))).collect();
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    if let Some(last) = placed.last_mut() {
        *last = last.min(high);
    }
    for i in (0..placed.len().saturating_sub(1)).rev() {
        placed[i] = placed[i].min(placed[i + 1] - gap);
    }
    if let Some(first) = placed.first_mut() {
        *first = first.max(low);
    }
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    let mut result = vec![low; positions.len()];
    for (slot, &i) in order.iter().enumerate() {
        result[i] = placed[slot];
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_finite(values: &[f64]) -> bool {
        values.iter().all(|v| v.is_finite())
    }

    #[test]
    fn labels_are_spread_apart_in_order() {
        let spread = spread_labels(&[100.0, 104.0, 50.0], 14.0, 0.0, 200.0);
        assert_eq!(spread[2], 50.0);
        assert!(spread[1] - spread[0] >= 14.0 - 1e-9);
        let squeezed = spread_labels(&[195.0, 198.0], 14.0, 0.0, 200.0);
        assert!(squeezed[1] <= 200.0 && squeezed[1] - squeezed[0] >= 14.0 - 1e-9);
        assert!(all_finite(&spread_labels(&[f64::NAN, 3.0], 10.0, 0.0, 5.0)));
    }

    #[test]
    fn words_wrap_to_width() {
        assert_eq!(wrap_words("Denne perioden", 200.0, 12.0), ["Denne perioden"]);
        assert_eq!(wrap_words("Denne perioden", 60.0, 12.0), ["Denne", "perioden"]);
        assert_eq!(wrap_words("Carried into next period", 100.0, 12.0), ["Carried into", "next period"]);
        assert!(wrap_words("", 50.0, 12.0).is_empty());
    }

    #[test]
    fn labels_stay_inside() {
        assert_eq!(label_beside(100.0, 50.0, 0.0, 400.0, 4.0), (104.0, Anchor::Start));
        assert_eq!(label_beside(380.0, 50.0, 0.0, 400.0, 4.0), (376.0, Anchor::End));
        assert_eq!(label_centred(5.0, 40.0, 0.0, 400.0), 20.0);
        assert_eq!(box_left(398.0, 40.0, 0.0, 400.0), 360.0);
    }

    #[test]
    fn first_clear_avoids_obstacles() {
        let taken = [label_box(0.0, 20.0, 50.0)];
        let candidates = [label_box(10.0, 22.0, 40.0), label_box(100.0, 22.0, 40.0)];
        assert_eq!(first_clear(&candidates, &taken), 1);
        assert_eq!(first_clear(&candidates[..1], &taken), 0);
        assert_eq!(first_clear(&candidates, &[]), 0);
        let line = segment_boxes(&[(0.0, 0.0), (10.0, 20.0), (20.0, 20.0)]);
        assert_eq!(line.len(), 2);
        assert!(line[0].overlaps(&label_box(4.0, 12.0, 2.0)));
        assert!(!line[1].overlaps(&label_box(12.0, 12.0, 5.0)));
    }

    #[test]
    fn anchors_place_the_box() {
        assert_eq!(anchored_box((100.0, 50.0, Anchor::Start), 40.0).left, 100.0);
        assert_eq!(anchored_box((100.0, 50.0, Anchor::Middle), 40.0).left, 80.0);
        assert_eq!(anchored_box((100.0, 50.0, Anchor::End), 40.0).right(), 100.0);
        assert_eq!(anchored_box((0.0, 50.0, Anchor::Start), 10.0).bottom(), 53.0);
    }
}
