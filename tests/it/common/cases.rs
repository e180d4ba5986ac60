//! The property tests' configuration, from the environment as proptest reads it
//! (`PROPTEST_CASES`, `PROPTEST_MAX_SHRINK_ITERS`, `PROPTEST_MAX_SHRINK_TIME`, …),
//! with each test's own quick defaults where a variable is unset: `cargo test`
//! stays short, and a long run is one variable away
//! (`PROPTEST_CASES=2000 cargo test --test it attack::`).

use proptest::test_runner::{Config, FileFailurePersistence};

/// Proptest's configuration with `cases` cases unless `PROPTEST_CASES` is set.
pub fn cases(cases: u32) -> Config {
    let mut config = beside_source(Config::default());
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

/// `config` with the failures it finds kept beside the test's own file, where
/// those found before are (`tests/it/attack.proptest-regressions` for
/// `tests/it/attack.rs`) and where they were when each file was a crate of its
/// own. proptest's default looks for them under `tests/proptest-regressions/`
/// instead, now that `tests/it` holds a `main.rs`, and would replay none of them.
/// `PROPTEST_DISABLE_FAILURE_PERSISTENCE` still turns it off.
pub fn beside_source(mut config: Config) -> Config {
    if config.failure_persistence.is_some() {
        config.failure_persistence = Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        )));
    }
    config
}

/// `config` with shrinking bounded to `iters` steps and `millis` of wall-clock
/// time unless `PROPTEST_MAX_SHRINK_ITERS` or `PROPTEST_MAX_SHRINK_TIME` says
/// otherwise: a failure is then reported with the smallest case found so far,
/// instead of after a shrink as long as proptest's unbounded default allows.
pub fn bounded_shrink(mut config: Config, iters: u32, millis: u32) -> Config {
    if std::env::var_os("PROPTEST_MAX_SHRINK_ITERS").is_none() {
        config.max_shrink_iters = iters;
    }
    if std::env::var_os("PROPTEST_MAX_SHRINK_TIME").is_none() {
        config.max_shrink_time = millis;
    }
    config
}

/// A test's own budget from the environment variable `var`, or `default` when
/// it is unset. A value that is not a number fails the test, naming the
/// variable, rather than quietly running the default.
pub fn budget(var: &str, default: u64) -> u64 {
    match std::env::var(var) {
        Err(std::env::VarError::NotPresent) => default,
        Ok(value) => value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{var}={value:?} is not a whole number")),
        Err(e) => panic!("{var}: {e}"),
    }
}
