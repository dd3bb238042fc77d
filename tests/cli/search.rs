//! `faultline search` on the sample project: the concordance it prints, its filters, and a
//! bad regular expression as a clear error with a non-zero exit.

use crate::support::{SAMPLE, faultline};

#[test]
fn prints_a_concordance_grouped_by_article() {
    let (ok, out, err) = faultline(&["search", SAMPLE, "rare earth"]);
    assert!(ok, "{err}");
    assert!(out.contains("US-China Trade Tensions Escalate: Truce Crumbles Over Rare Earths (5)\n"), "{out}");
    assert!(out.contains("rare earth export licenses (9)\n"), "{out}");
    assert!(
        out.contains("    1328  over the deliberately slow pace of [rare earth] material exports from China. Rare\n"),
        "{out}"
    );
    assert!(out.ends_with("14 hits in 2 articles\n"), "{out}");
}

#[test]
fn filters_and_case() {
    let (ok, out, err) = faultline(&["search", SAMPLE, "rare earth", "--case-sensitive", "--article", "trump hints"]);
    assert!(ok, "{err}");
    assert!(out.ends_with("6 hits in 1 article\n"), "{out}");
    let (ok, out, _) = faultline(&["search", SAMPLE, "rare earth", "--tag", "export controls"]);
    assert!(ok);
    assert!(out.ends_with("3 hits in 2 articles\n"), "{out}");
    let (ok, out, _) =
        faultline(&["search", SAMPLE, "rare earth", "--actor", "Greer", "--event-type", "Accuse / criticise"]);
    assert!(ok);
    assert!(out.contains("    1687  "), "{out}");
    assert!(out.ends_with("2 hits in 1 article\n"), "{out}");
    let (ok, out, _) = faultline(&["search", SAMPLE, "rare earth", "--limit", "2"]);
    assert!(ok);
    assert!(out.ends_with("first 2 of 14 hits in 2 articles\n"), "{out}");
}

#[test]
fn bad_input_is_a_clear_error() {
    let (ok, _, err) = faultline(&["search", SAMPLE, "(rare", "--regex"]);
    assert!(!ok);
    assert!(err.contains("not a valid regular expression"), "{err}");
    let (ok, _, err) = faultline(&["search", SAMPLE, "rare", "--tag", "nonsense"]);
    assert!(!ok);
    assert!(err.contains("no tag named “nonsense”"), "{err}");
    let (ok, _, err) = faultline(&["search", SAMPLE, "rare", "--article", "a"]);
    assert!(!ok);
    assert!(err.contains("give more of one"), "{err}");
}
