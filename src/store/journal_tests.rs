use super::*;

fn cast(voter: u32) -> Change {
    Change::Cast {
        challenge: "ojämlikhet".into(),
        statement: "ojämlikhet-1".into(),
        voter,
        answer: crate::model::session::Answer::Value(3),
        round: 1,
    }
}

fn line(change: &Change) -> String {
    let record = ron::to_string(change).unwrap();
    format!("{record}\t{}\n", checksum(record.as_bytes()))
}

fn header_line() -> String {
    Base {
        fingerprint: "ab".repeat(32),
        generation: 7,
        open: None,
    }
    .header()
}

#[test]
fn a_journal_cut_at_any_byte_reads_its_whole_records_and_nothing_else() {
    let records = [line(&cast(1)), line(&cast(2)), line(&cast(3))];
    let text = format!("{}{}", header_line(), records.concat());
    let bytes = text.as_bytes();
    for cut in 0..=bytes.len() {
        let read = parse(&bytes[..cut]).unwrap_or_else(|e| panic!("cut at {cut}: {e:?}"));
        let mut whole = header_line().len();
        let mut expected = 0;
        for r in &records {
            whole += r.len();
            if whole <= cut {
                expected += 1;
            }
        }
        assert_eq!(read.changes.len(), expected, "cut at {cut}");
        assert_eq!(read.continues.is_some(), cut >= header_line().len());
    }
}

#[test]
fn a_record_glued_behind_a_torn_one_is_recovered_and_damage_is_named() {
    let torn = &line(&cast(1))[..20];
    let text = format!(
        "{}{torn}{}{}",
        header_line(),
        line(&cast(2)),
        line(&cast(3))
    );
    let read = parse(text.as_bytes()).unwrap();
    let voters: Vec<_> = read
        .changes
        .iter()
        .map(|(n, c)| match c {
            Change::Cast { voter, .. } => (*n, *voter),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(voters, [(2, 2), (3, 3)]);
    // A record whose checksum does not match is damage, not a crash.
    let damaged = line(&cast(4)).replace("Value(3)", "Value(5)");
    let text = format!("{}{damaged}{}", header_line(), line(&cast(2)));
    assert_eq!(parse(text.as_bytes()).unwrap_err().0, 2);
}

#[test]
fn format_one_is_still_read_and_its_glued_records_recovered() {
    let one = |c: &Change| format!("{}\n", ron::to_string(c).unwrap());
    let text = format!(
        "{MAGIC} 1 {}\n{}{}{}",
        "cd".repeat(32),
        one(&cast(1)),
        &one(&cast(2))[..11],
        one(&cast(3))
    );
    let read = parse(text.as_bytes()).unwrap();
    assert_eq!(read.continues, Some(Continues::Unnumbered("cd".repeat(32))));
    assert_eq!(read.changes.len(), 2);
}
