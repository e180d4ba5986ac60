use super::*;

#[test]
fn a_second_handle_is_refused_and_the_lock_follows_a_replace() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.ron");
    let lock = Lock::acquire(&session).unwrap();
    lock.replace(b"one").unwrap();
    assert!(held_elsewhere(&session));
    let err = Lock::acquire(&session).unwrap_err();
    assert!(matches!(
        err,
        Error::ReadOnly {
            why: ReadOnly::Held,
            ..
        }
    ));
    let claim = claim(&session).unwrap();
    assert_eq!(claim.text, "one");
    assert!(matches!(claim.access, Access::Read(ReadOnly::Held)));
    assert_eq!(lock.read_text().unwrap(), "one");
    drop(lock);
    assert!(!held_elsewhere(&session));
    assert!(Lock::acquire(&session).is_ok());
}

#[cfg(unix)]
#[test]
fn asking_about_a_fifo_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("rör");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    assert!(!held_elsewhere(&fifo));
}
