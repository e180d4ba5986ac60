//! Today's date and the local time zone, read from only what the zone needs.
//!
//! jiff's `TimeZone::system()` looks the zone's name up in its database of the
//! system's zones, and builds that database first by walking every folder under
//! `/usr/share/zoneinfo`: 7–10 % of klarhet's start (issue 26), for one date.
//! When `TZ` is not set, the local zone is the file `/etc/localtime` itself, as
//! the C library reads it; only what this does not read (a `TZ` naming a zone
//! or a rule, another system) is left to jiff's own lookup, which reads it right.

use jiff::tz::TimeZone;
use std::ffi::OsStr;
use std::path::Path;
use std::sync::OnceLock;

/// Where Unix keeps the local zone when `TZ` does not name one.
const LOCALTIME: &str = "/etc/localtime";

/// Today, in the local time zone.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now().to_zoned(zone()).date()
}

/// Now, in the local time zone: the times `klarhet room` and `klarhet follow`
/// print beside each line, in the zone the session's own times are in.
pub fn now() -> jiff::Zoned {
    jiff::Timestamp::now().to_zoned(zone())
}

/// The local time zone, found once per process.
pub fn zone() -> TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| {
        let read = |path: &Path| std::fs::read(path).ok();
        read_zone(std::env::var_os("TZ").as_deref(), &read).unwrap_or_else(TimeZone::system)
    })
    .clone()
}

/// The zone for the variable `TZ` (`tz`) with files read by `read`, where no
/// database of zones is needed to tell it; `None` leaves it to jiff.
fn read_zone(tz: Option<&OsStr>, read: &dyn Fn(&Path) -> Option<Vec<u8>>) -> Option<TimeZone> {
    if !cfg!(unix) {
        return None;
    }
    match tz {
        // As jiff and the C library read it: an empty `TZ` is UTC.
        Some(tz) if tz.is_empty() => Some(TimeZone::UTC),
        Some(_) => None,
        None => TimeZone::tzif("Local", &read(Path::new(LOCALTIME))?).ok(),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::path::PathBuf;

    /// Stockholm's rules from the system's zone files, as `/etc/localtime`
    /// holds them on a Swedish laptop.
    fn stockholm() -> Vec<u8> {
        std::fs::read("/usr/share/zoneinfo/Europe/Stockholm").expect("the system's zone files")
    }

    fn offset_at(zone: &TimeZone, utc: &str) -> i32 {
        let time: jiff::Timestamp = utc.parse().expect("a time");
        zone.to_offset(time).seconds()
    }

    #[test]
    fn without_tz_the_zone_is_etc_localtime_and_nothing_else_is_read() {
        let asked = RefCell::new(Vec::<PathBuf>::new());
        let read = |path: &Path| {
            asked.borrow_mut().push(path.to_owned());
            (path == Path::new(LOCALTIME)).then(stockholm)
        };
        let zone = read_zone(None, &read).expect("a zone from /etc/localtime");
        assert_eq!(asked.into_inner(), [PathBuf::from(LOCALTIME)]);
        assert_eq!(offset_at(&zone, "2026-01-15T12:00Z"), 3600);
        assert_eq!(offset_at(&zone, "2026-07-15T12:00Z"), 7200);
        // Just before midnight UTC it is already tomorrow in Stockholm.
        let late: jiff::Timestamp = "2026-12-06T23:30Z".parse().expect("a time");
        assert_eq!(late.to_zoned(zone).date(), jiff::civil::date(2026, 12, 7));
    }

    #[test]
    fn an_empty_tz_is_utc_and_a_named_one_is_left_to_jiff() {
        let nothing = |_: &Path| -> Option<Vec<u8>> { panic!("no file is read") };
        assert_eq!(
            read_zone(Some(OsStr::new("")), &nothing),
            Some(TimeZone::UTC)
        );
        assert_eq!(
            read_zone(Some(OsStr::new("Europe/Stockholm")), &nothing),
            None
        );
    }

    #[test]
    fn no_etc_localtime_is_left_to_jiff() {
        assert_eq!(read_zone(None, &|_: &Path| None), None);
        assert_eq!(
            read_zone(None, &|_: &Path| Some(b"not a zone".to_vec())),
            None
        );
    }

    #[test]
    fn today_is_the_date_jiff_gives_for_this_machine() {
        let jiffs = jiff::Zoned::now();
        let ours = jiff::Timestamp::now().to_zoned(zone());
        assert_eq!(ours.offset(), jiffs.offset());
        assert_eq!(today(), jiffs.date());
    }
}
