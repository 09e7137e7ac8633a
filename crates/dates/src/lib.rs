//! c4h-dates: calendar dates and times as plain day and minute counts.
//!
//! The synthetic data set (c4h-healthdata), the charts' date axes (c4h-charts) and the
//! scripts' date helpers (c4h-sandbox) all use these, so they live in a crate of their own
//! that depends on nothing. It knows nothing of patients, charts or Rhai.
//!
//! Our own small module instead of a date library: the product needs only civil dates in
//! one time zone (UTC), and the worker's download size matters. Days are counted from
//! 1970-01-01 with Howard Hinnant's `days_from_civil` algorithm, which is exact for the
//! proleptic Gregorian calendar.

use std::fmt;

/// A calendar date, as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

/// A moment to the minute, in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    pub date: Date,
    /// Minutes after midnight, 0..1440.
    pub minute: u16,
}

impl Date {
    /// The date for a year, month (1–12) and day (1–31), or None if there is no such day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let month_index = (month + 9) % 12; // March is 0
        let day_of_year = (153 * month_index + 2) / 5 + day - 1;
        let day_of_era =
            year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year as i32;
        Some(Date(era * 146_097 + day_of_era - 719_468))
    }

    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    pub fn days(self) -> i32 {
        self.0
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        } as u32;
        let year = year_of_era + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn add_days(self, days: i32) -> Date {
        Date(self.0 + days)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.0 - self.0
    }

    /// Age in whole years on `on`, for someone born on `self` (0 before their first birthday).
    pub fn age_on(self, on: Date) -> i32 {
        let (born_year, born_month, born_day) = self.ymd();
        let (year, month, day) = on.ymd();
        let had_birthday = (month, day) >= (born_month, born_day);
        year - born_year - i32::from(!had_birthday)
    }

    /// The same day `years` later (28 February for 29 February in a non-leap year).
    pub fn add_years(self, years: i32) -> Date {
        let (year, month, day) = self.ymd();
        let year = year + years;
        Date::from_ymd(year, month, day.min(days_in_month(year, month))).unwrap_or(self)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Date::from_ymd(number(0..4)? as i32, number(5..7)?, number(8..10)?)
    }

    pub fn at(self, hour: u16, minute: u16) -> DateTime {
        DateTime {
            date: self,
            minute: (hour * 60 + minute).min(1439),
        }
    }
}

impl DateTime {
    /// Adds minutes, carrying into following days.
    pub fn add_minutes(self, minutes: u32) -> DateTime {
        let total = u32::from(self.minute) + minutes;
        DateTime {
            date: self.date.add_days((total / 1440) as i32),
            minute: (total % 1440) as u16,
        }
    }

    /// `HH:MM`.
    pub fn time_text(self) -> String {
        format!("{:02}:{:02}", self.minute / 60, self.minute % 60)
    }

    /// FHIR's dateTime with seconds and the UTC offset: `2024-05-01T14:30:00+00:00`.
    pub fn to_fhir(self) -> String {
        format!("{}T{}:00+00:00", self.date, self.time_text())
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(formatter, "{year:04}-{month:02}-{day:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_since_1970() {
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::from_ymd(2000, 3, 1).unwrap().days(), 11_017);
        assert_eq!(Date::from_ymd(2025, 3, 31).unwrap().days(), 20_178);
        assert_eq!(Date::from_ymd(1900, 1, 1).unwrap().days(), -25_567);
    }

    #[test]
    fn round_trips_every_day_of_two_centuries() {
        let start = Date::from_ymd(1900, 1, 1).unwrap().days();
        for days in start..start + 200 * 366 {
            let date = Date::from_days(days);
            let (year, month, day) = date.ymd();
            assert_eq!(Date::from_ymd(year, month, day), Some(date));
            assert_eq!(Date::parse(&date.to_string()), Some(date));
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Date::from_ymd(2023, 2, 29), None);
        assert!(Date::from_ymd(2024, 2, 29).is_some());
        for text in [
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-01-01x",
            "2024/01/01",
            "+024-01-01",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn ages_count_whole_years() {
        let born = Date::parse("1980-06-15").unwrap();
        assert_eq!(born.age_on(Date::parse("2025-06-14").unwrap()), 44);
        assert_eq!(born.age_on(Date::parse("2025-06-15").unwrap()), 45);
        let leap = Date::parse("2000-02-29").unwrap();
        assert_eq!(leap.add_years(1).to_string(), "2001-02-28");
    }

    #[test]
    fn times_carry_into_the_next_day() {
        let late = Date::parse("2024-12-31").unwrap().at(23, 50);
        assert_eq!(late.add_minutes(20).to_fhir(), "2025-01-01T00:10:00+00:00");
    }
}
