//! The what-if handle on the trade-off curve: where it is drawn for a split,
//! and the whole percent a pointer position or a slider key picks.

use super::labels::box_left;
use super::scale::{LinearScale, finite_or};
use super::tradeoff::TradeoffDrawing;

/// Where the handle's parts are drawn for one split. The handle is moved to
/// `x` as a whole; the grip's left edge is relative to that.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HandlePlace {
    /// X of the handle in viewBox units; the handle's parts are drawn relative to it.
    pub x: f64,
    /// The grip's left edge relative to `x`: the grip stays inside the
    /// drawing when the handle is at either end.
    pub grip_left: f64,
    /// The dots on the two lines (the axis when the amount is not available).
    pub this_period_y: f64,
    /// Y of the dot on the next-period line.
    pub next_period_y: f64,
}

/// The handle at `split` (0..1) with the plan it gives this period and next.
pub fn place_handle(drawing: &TradeoffDrawing, split: f64, this_period: Option<f64>, next_period: Option<f64>) -> HandlePlace {
    let (plot, grip) = (drawing.plot, drawing.grip_width);
    let x = drawing.x.map(finite_or(split, 0.0).clamp(0.0, 1.0) * 100.0);
    let on_line = |value: Option<f64>| value.map_or(plot.bottom(), |v| drawing.y.map(v));
    HandlePlace {
        x,
        grip_left: box_left(x, grip, plot.left - grip / 2.0, plot.right() + grip / 2.0) - x,
        this_period_y: on_line(this_period),
        next_period_y: on_line(next_period),
    }
}

/// The whole percent under a pointer at `client_x`, for a drawing
/// `view_width` units wide shown `shown_width` pixels wide from `shown_left`,
/// whose x scale maps percents (0..100) to viewBox units.
pub fn percent_at_pointer(client_x: f64, shown_left: f64, shown_width: f64, view_width: f64, x_scale: &LinearScale) -> u32 {
    if !shown_width.is_finite() || shown_width <= 0.0 {
        return 0;
    }
    let view_x = (client_x - shown_left) / shown_width * view_width;
    finite_or(x_scale.invert(view_x), 0.0).round().clamp(0.0, 100.0) as u32
}

/// The whole percent a slider key moves `current` to (ARIA slider keys:
/// arrows ±1, Page Up/Down ±10, Home 0, End 100). `None` for other keys.
pub fn percent_after_key(key: &str, current: u32) -> Option<u32> {
    let current = current.min(100);
    let next = match key {
        "ArrowLeft" | "ArrowDown" => current.saturating_sub(1),
        "ArrowRight" | "ArrowUp" => current + 1,
        "PageDown" => current.saturating_sub(10),
        "PageUp" => current + 10,
        "Home" => 0,
        "End" => 100,
        _ => return None,
    };
    Some(next.min(100))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_layout::amounts::whole_percent;
    use crate::chart_layout::tradeoff::draw_tradeoff;
    use crate::i18n::Lang;
    use crate::model::plan::CurvePoint;

    fn drawing(width: f64) -> TradeoffDrawing {
        let points: Vec<CurvePoint> = (0..=100)
            .map(|i| {
                let split = f64::from(i) / 100.0;
                CurvePoint { split, this_period: 5e6 + 4e6 * split.min(0.6), next_period: 8e6 * (1.0 - split) }
            })
            .collect();
        draw_tradeoff(&points, width, 9e6, (0.42, 1.0), "kr".into(), Lang::Nb)
    }

    #[test]
    fn pointer_and_keys_give_whole_percents() {
        let x = LinearScale::new((0.0, 100.0), (40.0, 640.0));
        // Drawn 600 units wide, shown 300 px wide from 100 px: x = 250 px is view x 300.
        assert_eq!(percent_at_pointer(250.0, 100.0, 300.0, 600.0, &x), 43);
        assert_eq!(percent_at_pointer(0.0, 100.0, 300.0, 600.0, &x), 0);
        assert_eq!(percent_at_pointer(9_999.0, 100.0, 300.0, 600.0, &x), 100);
        assert_eq!(percent_at_pointer(250.0, 100.0, 0.0, 600.0, &x), 0);
        assert_eq!(percent_after_key("ArrowRight", 8), Some(9));
        assert_eq!(percent_after_key("ArrowDown", 0), Some(0));
        assert_eq!(percent_after_key("PageUp", 95), Some(100));
        assert_eq!(percent_after_key("PageDown", 8), Some(0));
        assert_eq!(percent_after_key("Home", 40), Some(0));
        assert_eq!(percent_after_key("End", 40), Some(100));
        assert_eq!(percent_after_key("Enter", 40), None);
        assert_eq!(whole_percent(0.084), 8);
        assert_eq!(whole_percent(f64::NAN), 0);
    }

    #[test]
    fn the_handle_maps_back_to_its_split() {
        for width in [280.0, 513.0, 760.0] {
            let d = drawing(width);
            // Shown at the drawing's own size and at a third of it, 37 px from the page's left edge.
            for shown_width in [d.width, d.width / 3.0] {
                for whole in 0..=100u32 {
                    let place = place_handle(&d, f64::from(whole) / 100.0, Some(1.0), None);
                    let client_x = 37.0 + place.x / d.width * shown_width;
                    assert_eq!(percent_at_pointer(client_x, 37.0, shown_width, d.width, &d.x), whole, "{whole} % at {width}");
                }
            }
        }
    }

    #[test]
    fn the_grip_stays_inside_the_drawing() {
        let d = drawing(280.0);
        for split in [0.0, 0.003, 0.5, 0.999, 1.0] {
            let place = place_handle(&d, split, None, None);
            let grip_left = place.x + place.grip_left;
            assert!(grip_left >= d.plot.left - d.grip_width / 2.0 - 1e-9, "{split}");
            assert!(grip_left + d.grip_width <= d.plot.right() + d.grip_width / 2.0 + 1e-9, "{split}");
            assert!(grip_left >= 0.0, "{split}");
        }
        let middle = place_handle(&d, 0.5, None, None);
        assert!((middle.grip_left + d.grip_width / 2.0).abs() < 1e-9, "centred under the handle");
    }

    #[test]
    fn the_dots_sit_on_the_lines_or_the_axis() {
        let d = drawing(640.0);
        let place = place_handle(&d, 0.42, Some(7e6), Some(2e6));
        assert_eq!(place.this_period_y, d.y.map(7e6));
        assert!(place.this_period_y < place.next_period_y, "more money is higher up");
        let unavailable = place_handle(&d, 0.42, None, None);
        assert_eq!(unavailable.this_period_y, d.plot.bottom());
        let broken = place_handle(&d, f64::NAN, Some(f64::INFINITY), Some(f64::NAN));
        assert!([broken.x, broken.grip_left, broken.this_period_y, broken.next_period_y].iter().all(|v| v.is_finite()));
        assert_eq!(broken.x, d.plot.left);
    }
}
