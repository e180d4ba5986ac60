use super::same_statements;

#[test]
fn a_minor_version_keeps_the_statements_and_a_major_one_does_not() {
    assert!(same_statements("1.1", "1.0"));
    assert!(same_statements("1.0", "1.1"));
    assert!(same_statements("2", "2"));
    assert!(!same_statements("1.0", "0.9"));
    assert!(!same_statements("2.0", "1.3"));
    assert!(!same_statements("", ".1"));
}
