//! What a file's closed deals say about the team: the sales already won
//! this period, and the win rate, average won deal and sales cycle of the
//! last twelve months, to set beside the assumptions in use.

use super::rows::ClosedDeal;
use crate::model::date::Date;

/// Fewest closed deals (won and lost, last twelve months) the team's own
/// figures are offered from.
pub const MIN_CLOSED: usize = 10;
/// The history window: closed within this many days up to today.
pub const WINDOW_DAYS: i64 = 365;

/// A count and a sum.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    /// How many were counted.
    pub count: usize,
    /// Their values added up.
    pub sum: f64,
}

/// A figure from the history, with how many deals it rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// The figure itself (a share, an amount or days, by which figure it is).
    pub value: f64,
    /// How many closed deals it rests on.
    pub from: usize,
}

/// The team's history as the file tells it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct History {
    /// Won deals with a close date in the period.
    pub won_in_period: Tally,
    /// The first day of the window; it ends today.
    pub window_start: Date,
    /// Won and lost deals closed in the window.
    pub won: usize,
    /// Lost deals closed in the window.
    pub lost: usize,
    /// Closed deals without a readable close date: outside every figure.
    pub undated: usize,
    /// Won ÷ (won + lost), offered only from [`MIN_CLOSED`] closed deals.
    pub win_rate: Option<Figure>,
    /// Mean value of the won deals (those with a value).
    pub avg_deal_size: Option<Figure>,
    /// Median days from created to won (deals with both dates).
    pub cycle_days: Option<Figure>,
}

impl History {
    /// Whether there are enough closed deals to offer the team's figures.
    pub fn enough(&self) -> bool {
        self.won + self.lost >= MIN_CLOSED
    }

    /// Whether the file has any closed deal at all.
    pub fn any(&self) -> bool {
        self.won + self.lost + self.undated > 0 || self.won_in_period.count > 0
    }
}

/// Sums up the closed deals for a period (`start..=end`) as of `today`.
pub fn summarize<'a>(closed: impl IntoIterator<Item = &'a ClosedDeal>, start: Date, end: Date, today: Date) -> History {
    let window_start = today.add_days(-(WINDOW_DAYS - 1));
    let mut won_in_period = Tally::default();
    let (mut won, mut lost, mut undated) = (0, 0, 0);
    let mut won_values: Vec<f64> = Vec::new();
    let mut cycles: Vec<i64> = Vec::new();
    for deal in closed {
        let Some(closed_on) = deal.close_date else {
            undated += 1;
            continue;
        };
        if deal.won && closed_on >= start && closed_on <= end {
            won_in_period.count += 1;
            won_in_period.sum += deal.value.unwrap_or(0.0);
        }
        if closed_on < window_start || closed_on > today {
            continue;
        }
        if deal.won {
            won += 1;
            won_values.extend(deal.value);
            if let Some(created) = deal.created.filter(|c| *c <= closed_on) {
                cycles.push(created.days_until(closed_on));
            }
        } else {
            lost += 1;
        }
    }
    let enough = won + lost >= MIN_CLOSED;
    let win_rate = enough.then(|| Figure { value: won as f64 / (won + lost) as f64, from: won + lost });
    let avg_deal_size = (enough && !won_values.is_empty())
        .then(|| Figure { value: won_values.iter().sum::<f64>() / won_values.len() as f64, from: won_values.len() });
    let cycle_days = (enough && !cycles.is_empty()).then(|| Figure { value: median(&mut cycles), from: cycles.len() });
    History { won_in_period, window_start, won, lost, undated, win_rate, avg_deal_size, cycle_days }
}

/// The median of whole days (the mean of the middle two for an even count).
fn median(values: &mut [i64]) -> f64 {
    values.sort_unstable();
    let n = values.len();
    if n % 2 == 1 { values[n / 2] as f64 } else { (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn closed(won: bool, value: f64, close: &str, created: Option<&str>) -> ClosedDeal {
        ClosedDeal { won, value: Some(value), close_date: Some(d(close)), created: created.map(d) }
    }

    #[test]
    fn twelve_months_of_history_give_the_teams_figures() {
        let mut deals = vec![
            closed(true, 100.0, "2026-11-15", Some("2026-09-16")),
            closed(true, 300.0, "2026-10-01", Some("2026-08-02")),
            closed(true, 200.0, "2026-03-01", Some("2026-01-30")),
            closed(true, 999.0, "2025-11-01", Some("2025-06-01")),
            ClosedDeal { won: false, value: None, close_date: None, created: None },
        ];
        for i in 0..9 {
            deals.push(closed(false, 50.0, &format!("2026-0{}-10", i + 1), None));
        }
        let h = summarize(&deals, d("2026-10-01"), d("2026-12-31"), d("2026-12-07"));
        assert_eq!(h.won_in_period, Tally { count: 2, sum: 400.0 });
        assert_eq!((h.won, h.lost, h.undated), (3, 9, 1));
        assert!(h.enough());
        assert_eq!(h.win_rate, Some(Figure { value: 0.25, from: 12 }));
        assert_eq!(h.avg_deal_size, Some(Figure { value: 200.0, from: 3 }));
        assert_eq!(h.cycle_days, Some(Figure { value: 60.0, from: 3 }));
        assert_eq!(h.window_start, d("2025-12-08"));
    }

    #[test]
    fn too_little_history_offers_nothing_but_the_period() {
        let deals = vec![closed(true, 100.0, "2026-11-15", None), closed(false, 100.0, "2026-11-16", None)];
        let h = summarize(&deals, d("2026-10-01"), d("2026-12-31"), d("2026-12-07"));
        assert!(!h.enough());
        assert_eq!((h.win_rate, h.avg_deal_size, h.cycle_days), (None, None, None));
        assert_eq!(h.won_in_period.count, 1);
    }
}
