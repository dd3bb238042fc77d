//! Counted nouns in an analyst's words: "1 event", "2 events", never "1 events".

/// `n` and the noun in the number it takes.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_singular_and_every_other_count_the_plural() {
        assert_eq!(count(1, "event", "events"), "1 event");
        assert_eq!(count(0, "event", "events"), "0 events");
        assert_eq!(count(2, "party", "parties"), "2 parties");
    }
}
