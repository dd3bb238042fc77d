//! Which of the lines above a Factiva item's length line is the headline, in exports that lost
//! the bold type telling it apart (the plain RTF layout): an optional section, the headline,
//! then the author and credit lines, written in any case ("ANIS SHAKIRAH MOHD MUSLIMIN", "VON
//! FRANZISKA FALK", "Federal Information & News Dispatch, Inc./Agence France-Presse").

/// Words that open a byline in the languages Factiva's sources write in, compared lowercased.
const BY: &[&str] = &["by", "von", "par", "por", "di", "door", "av", "af"];

/// Lowercase particles inside a person's name ("Walther von Diest", "Ahmed bin Salem").
const PARTICLES: &[&str] =
    &["von", "van", "der", "den", "de", "da", "di", "del", "du", "al", "bin", "ibn", "la", "le", "zu"];

/// The section, headline and byline among `head`, the lines between the previous item and the
/// length line. `credits` are names that mark a credit line when a line contains one: the
/// item's source ("Special to The New York Times") and the holder of its copyright.
///
/// The headline is the one Factiva numbered ("12) ..."). Else bylines are taken off the end
/// while a line that is no desk stands above them: the last line when it names people or opens
/// with "By", lines above it only when they open with "By" or name a credit (an author's name
/// looks like a short headline in capitals, "WAS KOMMT" above "ULRICH SCHÄFER"); the line above
/// them is the headline. With no byline, the headline is the longest line that is no desk.
pub(super) fn split<'a>(head: &[&'a str], credits: &[&str]) -> (String, &'a str, String) {
    let marked = |l: &str| opens_with_by(l) || credits.iter().any(|c| c.chars().count() >= 6 && l.contains(c));
    let mut end = head.len();
    while end > 1 && !is_desk(head[end - 2]) && (marked(head[end - 1]) || end == head.len() && is_names(head[end - 1]))
    {
        end -= 1;
    }
    let longest_of = |keep: &dyn Fn(&str) -> bool| {
        (0..head.len()).filter(|&i| keep(head[i])).max_by_key(|&i| head[i].chars().count())
    };
    let chosen = head
        .iter()
        .position(|l| unnumbered(l) != *l)
        .or((end < head.len()).then(|| end - 1))
        .or_else(|| longest_of(&|l| !marked(l) && !is_desk(l)))
        .or_else(|| longest_of(&|l| !marked(l)));
    match chosen {
        Some(t) => (head[..t].join("; "), unnumbered(head[t]), head[t + 1..].join("; ")),
        None => (String::new(), "", head.join("; ")),
    }
}

/// A headline without the number Factiva gives it in an export: "1) Zu Fuß nach Kopenhagen".
pub(super) fn unnumbered(line: &str) -> &str {
    let number = line.find(") ").filter(|&at| at > 0 && at <= 4 && line[..at].chars().all(|c| c.is_ascii_digit()));
    number.map_or(line, |at| &line[at + 2..])
}

/// The words a copyright line opens with.
const COPYRIGHT_MARKS: [&str; 4] = ["(c)", "©", "copyright", "copr."];

/// Whether a line is a copyright notice ("(c) 2017 Reuters Limited", "… All rights reserved").
pub(super) fn is_copyright(line: &str) -> bool {
    let lower = line.to_lowercase();
    COPYRIGHT_MARKS.iter().any(|m| lower.starts_with(m)) || lower.contains("all rights reserved")
}

/// Who holds the copyright a copyright line names: "Copyright (c) 2018 Federal Information &
/// News Dispatch, Inc. All rights reserved" → "Federal Information & News Dispatch".
pub(super) fn copyright_holder(line: &str) -> &str {
    let skip = |w: &str| COPYRIGHT_MARKS.contains(&w.to_lowercase().as_str()) || !w.chars().any(char::is_alphabetic);
    let start =
        line.split_whitespace().find(|w| !skip(w)).map_or(line.len(), |w| w.as_ptr() as usize - line.as_ptr() as usize);
    let rest = &line[start..];
    rest[..rest.find([',', '.']).unwrap_or(rest.len())].trim()
}

/// "By Matt Zapotosky", "VON FRANZISKA FALK(Texte und Screenshots)", "Par Jean Dupont".
fn opens_with_by(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    BY.contains(&first.as_str()) && words.next().is_some()
}

/// People's names, one or several ("Jacob M. Schlesinger / Vivian Salama", "Dr. Walther von
/// Diest, Seevetal Dr. Gisela Forster, Berg"), in capitals or not: parts of one to five words
/// starting with a capital (or name particles), at least half of the parts two words or more.
fn is_names(line: &str) -> bool {
    let joined = line.replace(" and ", ";").replace(" und ", ";");
    let parts: Vec<Vec<&str>> = joined
        .split([';', '/', ',', '&'])
        .map(|p| p.split_whitespace().collect::<Vec<_>>())
        .filter(|p| !p.is_empty())
        .collect();
    let word = |w: &str| {
        PARTICLES.contains(&w)
            || w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    let name = |p: &Vec<&str>| (1..=5).contains(&p.len()) && p.iter().all(|w| word(w));
    !parts.is_empty() && parts.iter().all(name) && parts.iter().filter(|p| p.len() >= 2).count() * 2 >= parts.len()
}

/// A newspaper section with its page: "Foreign Desk; 1", "Book Review Desk; 7".
fn is_desk(line: &str) -> bool {
    line.rsplit_once("; ")
        .is_some_and(|(_, page)| !page.is_empty() && page.chars().all(|c| c.is_ascii_alphanumeric()) && page.len() <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_of(head: &[&str], credits: &[&str]) -> String {
        split(head, credits).1.to_owned()
    }

    #[test]
    fn an_author_written_in_capitals_under_the_headline_is_the_byline() {
        let head = ["Fab 50 2018", "Pressing for Success", "ANIS SHAKIRAH MOHD MUSLIMIN"];
        assert_eq!(
            split(&head, &[]),
            ("Fab 50 2018".to_owned(), "Pressing for Success", "ANIS SHAKIRAH MOHD MUSLIMIN".to_owned())
        );
        assert_eq!(title_of(&["CULTURE", "Pompei", "EMANUELE COEN"], &[]), "Pompei");
        // A short headline in capitals looks like a name too: only the last line is taken for one.
        assert_eq!(title_of(&["Wirtschaft", "WAS KOMMT", "ULRICH SCHÄFER"], &[]), "WAS KOMMT");
        assert_eq!(
            title_of(&["Extra", "Politiker auf Instagram", "VON FRANZISKA FALK(Texte)"], &[]),
            "Politiker auf Instagram"
        );
    }

    #[test]
    fn several_authors_and_readers_letters_are_bylines() {
        assert_eq!(
            title_of(&["CN-World", "特朗普宣佈對華加征新關稅", "Jacob M. Schlesinger / Vivian Salama"], &[]),
            "特朗普宣佈對華加征新關稅"
        );
        let letters = "Dr. Walther von Diest, Seevetal Dr. Gisela Forster, Berg Ursula Straka, Oettingen";
        assert_eq!(
            title_of(&["Forum & Leserbriefe", "JAMAIKA-AUS; Berliner Gemengelage", letters], &[]),
            "JAMAIKA-AUS; Berliner Gemengelage"
        );
    }

    #[test]
    fn a_line_naming_the_copyright_holder_or_the_source_is_a_credit() {
        let holder =
            copyright_holder("Copyright (c) 2018 Federal Information & News Dispatch, Inc. All rights reserved");
        assert_eq!(holder, "Federal Information & News Dispatch");
        let head =
            ["The Washington Daybook - Futures", "Federal Information & News Dispatch, Inc./Agence France-Presse"];
        assert_eq!(title_of(&head, &[holder]), "The Washington Daybook - Futures");
        let nyt =
            ["Foreign Desk; 1", "SERBS' FORCES HAVE RAPED 20,000", "By ALAN RIDING", "Special to The New York Times"];
        assert_eq!(
            split(&nyt, &["The New York Times"]),
            (
                "Foreign Desk; 1".to_owned(),
                "SERBS' FORCES HAVE RAPED 20,000",
                "By ALAN RIDING; Special to The New York Times".to_owned()
            )
        );
    }

    #[test]
    fn a_headline_that_looks_like_a_name_under_a_desk_stays_the_headline() {
        assert_eq!(title_of(&["Editorial Desk; A", "Disarming Somalia, Sort Of"], &[]), "Disarming Somalia, Sort Of");
        assert_eq!(title_of(&["Financial Desk; 3", "Japan's Nuclear Project"], &[]), "Japan's Nuclear Project");
        assert_eq!(title_of(&["STORMY DANIELS", "Elizabeth Nolan Brown"], &[]), "STORMY DANIELS");
    }

    #[test]
    fn without_a_byline_the_longest_line_that_is_no_desk_is_the_headline() {
        assert_eq!(title_of(&["Magazin", "1) Zu Fuß", "Sarah Pepin"], &[]), "Zu Fuß");
        assert_eq!(title_of(&["Feature", "A much longer headline here"], &[]), "A much longer headline here");
        assert_eq!(split(&[], &[]), (String::new(), "", String::new()));
    }
}
