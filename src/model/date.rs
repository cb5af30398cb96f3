//! Calendar dates without a time zone: the model only needs day arithmetic
//! and weekdays, so a proleptic Gregorian day count is enough.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date, stored as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

/// Day of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// Day 1 of the ISO week; a working day.
    Monday,
    /// Day 2; a working day.
    Tuesday,
    /// Day 3; a working day.
    Wednesday,
    /// Day 4; a working day (1970-01-01 was one).
    Thursday,
    /// Day 5, the last working day of the week.
    Friday,
    /// Day 6; weekend, not a working day.
    Saturday,
    /// Day 7; weekend, not a working day.
    Sunday,
}

impl Weekday {
    /// Whether selling hours count on this day: Monday to Friday (holidays are not known).
    pub fn is_working_day(self) -> bool {
        !matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

impl Date {
    /// A valid date from year, month (1..=12) and day, or `None`.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = i64::from(year) - i64::from(month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date { days: era * 146_097 + doe - 719_468 })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, zero-padded month and day).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = digits(0..4)?;
        let month = digits(5..7)?;
        let day = digits(8..10)?;
        Date::from_ymd(year as i32, month, day)
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        Date { days }
    }

    /// Year, month and day of this date.
    pub fn ymd(self) -> (i32, u32, u32) {
        // Howard Hinnant's civil_from_days.
        let z = self.days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (year, month, day)
    }

    /// The day of the week this date falls on.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.days + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days - self.days
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date { days: self.days + days }
    }

    /// Monday–Friday days in the inclusive range `[self, end]` (0 when empty).
    pub fn working_days_through(self, end: Date) -> i64 {
        if end < self {
            return 0;
        }
        let total = self.days_until(end) + 1;
        let full_weeks = total / 7;
        let mut count = full_weeks * 5;
        let mut day = self.add_days(full_weeks * 7);
        while day <= end {
            if day.weekday().is_working_day() {
                count += 1;
            }
            day = day.add_days(1);
        }
        count
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom("expected a date YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::parse("2026-11-27").unwrap();
        assert_eq!(d.to_string(), "2026-11-27");
        assert_eq!(d.weekday(), Weekday::Friday);
        assert_eq!(Date::parse("1970-01-01").unwrap().weekday(), Weekday::Thursday);
        assert_eq!(Date::parse("2000-02-29").unwrap().ymd(), (2000, 2, 29));
        assert!(Date::parse("2100-02-29").is_none());
        assert!(Date::parse("2026-13-01").is_none());
        assert!(Date::parse("2026-1-01").is_none());
        assert!(Date::parse("+026-01-01").is_none());
    }

    #[test]
    fn counts_working_days() {
        let fri = Date::parse("2026-11-27").unwrap();
        let end = Date::parse("2026-12-31").unwrap();
        assert_eq!(fri.working_days_through(end), 25);
        assert_eq!(fri.days_until(end) + 1, 35);
        let sat = Date::parse("2026-11-28").unwrap();
        assert_eq!(sat.working_days_through(sat), 0);
        assert_eq!(end.working_days_through(fri), 0);
    }
}
