//! Excel date serials as ISO 8601 text.
//!
//! A serial counts days, with the time of day as the fraction. In the 1900
//! date system day 1 is 1900-01-01 and day 60 is 1900-02-29, a day that never
//! was (kept from Lotus 1-2-3), so from day 61 on the count is one ahead of
//! the calendar. In the 1904 system (old Mac workbooks) day 0 is 1904-01-01.

use super::styles::DateKind;

/// Day 0 of each system, as days before 1970-01-01 (the 1900 one for
/// serials after the phantom leap day).
const EPOCH_1900: i64 = -25_569; // 1899-12-30
const EPOCH_1904: i64 = -24_107; // 1904-01-01
const SECONDS_PER_DAY: i64 = 86_400;

/// The serial as "YYYY-MM-DD", with "THH:MM:SS" when the format shows a time
/// and the time is not midnight; a time-only format below one day gives just
/// "HH:MM:SS" (so does a time on the 1900 system's day 0). `None` where Excel
/// shows no date either (negative, past year 9999, the 1900 system's day 0
/// without a time), so the caller shows the number.
pub(crate) fn format_serial(serial: f64, kind: DateKind, date1904: bool) -> Option<String> {
    // Also rejects NaN; the bound keeps the seconds well inside i64.
    if !(0.0..3_000_000.0).contains(&serial) {
        return None;
    }
    // Excel keeps milliseconds but shows whole seconds, rounded.
    let seconds = (serial * SECONDS_PER_DAY as f64).round() as i64;
    let (days, time) = (seconds / SECONDS_PER_DAY, seconds % SECONDS_PER_DAY);
    let clock = || {
        let mut text = String::with_capacity(8);
        push_fields(&mut text, &[time / 3600, time / 60 % 60, time % 60], ':');
        text
    };
    if kind == DateKind::Time && days == 0 {
        return Some(clock());
    }
    let (year, month, day) = if date1904 {
        civil(EPOCH_1904 + days)
    } else {
        match days {
            // "1900-01-00" is no date; a time on it reads as just the time.
            0 => return (kind != DateKind::Date && time != 0).then(clock),
            1..=59 => civil(EPOCH_1900 + days + 1),
            60 => (1900, 2, 29),
            _ => civil(EPOCH_1900 + days),
        }
    };
    if year > 9999 {
        return None;
    }
    let mut text = String::with_capacity(19);
    push_fields(&mut text, &[year / 100], '-');
    push_fields(&mut text, &[year % 100, i64::from(month), i64::from(day)], '-');
    if kind != DateKind::Date && time != 0 {
        text.push('T');
        text.push_str(&clock());
    }
    Some(text)
}

/// Appends two-digit fields (each 0–99) joined by `separator`; cheaper than
/// `format!`, and a sheet can hold dates by the ten thousand.
fn push_fields(text: &mut String, fields: &[i64], separator: char) {
    for (i, &field) in fields.iter().enumerate() {
        if i > 0 {
            text.push(separator);
        }
        text.push(char::from(b'0' + (field / 10) as u8));
        text.push(char::from(b'0' + (field % 10) as u8));
    }
}

/// The proleptic Gregorian date of a day counted from 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateKind::*;

    fn d1900(serial: f64, kind: DateKind) -> Option<String> {
        format_serial(serial, kind, false)
    }

    #[test]
    fn the_1900_system_and_its_leap_year_bug() {
        assert_eq!(d1900(1.0, Date).as_deref(), Some("1900-01-01"));
        assert_eq!(d1900(59.0, Date).as_deref(), Some("1900-02-28"));
        assert_eq!(d1900(60.0, Date).as_deref(), Some("1900-02-29"));
        assert_eq!(d1900(61.0, Date).as_deref(), Some("1900-03-01"));
        assert_eq!(d1900(25_569.0, Date).as_deref(), Some("1970-01-01"));
        assert_eq!(d1900(45_292.0, Date).as_deref(), Some("2024-01-01"));
        assert_eq!(d1900(45_351.0, Date).as_deref(), Some("2024-02-29"));
        assert_eq!(d1900(2_958_465.0, Date).as_deref(), Some("9999-12-31"));
        assert_eq!(d1900(2_958_466.0, Date), None);
        assert_eq!(d1900(0.0, Date), None);
        assert_eq!(d1900(-1.0, Date), None);
        assert_eq!(d1900(f64::NAN, Date), None);
    }

    #[test]
    fn the_1904_system() {
        assert_eq!(format_serial(0.0, Date, true).as_deref(), Some("1904-01-01"));
        assert_eq!(format_serial(43_830.0, Date, true).as_deref(), Some("2024-01-01"));
    }

    #[test]
    fn times() {
        assert_eq!(d1900(45_292.5, DateTime).as_deref(), Some("2024-01-01T12:00:00"));
        assert_eq!(d1900(45_292.0, DateTime).as_deref(), Some("2024-01-01"));
        assert_eq!(d1900(45_292.5, Date).as_deref(), Some("2024-01-01"));
        // 23:59:59.6 rounds to the next midnight.
        assert_eq!(d1900(45_292.0 + 86_399.6 / 86_400.0, DateTime).as_deref(), Some("2024-01-02"));
        assert_eq!(d1900(0.75, Time).as_deref(), Some("18:00:00"));
        assert_eq!(d1900(1.0 / 86_400.0, Time).as_deref(), Some("00:00:01"));
        assert_eq!(d1900(45_292.25, Time).as_deref(), Some("2024-01-01T06:00:00"));
        assert_eq!(d1900(0.75, DateTime).as_deref(), Some("18:00:00"));
        assert_eq!(d1900(0.75, Date), None);
    }
}
