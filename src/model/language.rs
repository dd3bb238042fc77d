//! The language of an alias: as a file or the analyst tags it (`王毅@zh`, a language tag such as
//! `zh`, `ru`, `pt-BR`), or guessed from its script where only one language is written in it.
//! Scripts shared by many languages (Han: Chinese and Japanese; Cyrillic; Arabic; Latin;
//! Devanagari) give no guess: a wrong tag would be worse than none.

use unicode_script::{Script, UnicodeScript};

mod codes;

/// Scripts written for one language only (as far as news names go).
const ONE_LANGUAGE: [(Script, &str); 18] = [
    (Script::Hangul, "ko"),
    (Script::Thai, "th"),
    (Script::Greek, "el"),
    (Script::Hebrew, "he"),
    (Script::Georgian, "ka"),
    (Script::Armenian, "hy"),
    (Script::Lao, "lo"),
    (Script::Khmer, "km"),
    (Script::Myanmar, "my"),
    (Script::Sinhala, "si"),
    (Script::Tibetan, "bo"),
    (Script::Tamil, "ta"),
    (Script::Telugu, "te"),
    (Script::Kannada, "kn"),
    (Script::Malayalam, "ml"),
    (Script::Gujarati, "gu"),
    (Script::Gurmukhi, "pa"),
    (Script::Oriya, "or"),
];

/// The language an alias's script gives, if only one language writes it: Hangul is Korean (Han
/// beside it too: 大韓民國 in a Korean name), kana is Japanese (with Han: 外務省 has none, so
/// Han alone stays unknown), Thai, Greek, Hebrew, Georgian, Armenian... Latin letters beside
/// them (an acronym, "KBS 한국방송") do not change the answer; two such scripts give none.
pub fn guess(alias: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    let mut han = false;
    for c in alias.chars().filter(|c| c.is_alphabetic()) {
        let language = match c.script() {
            Script::Latin | Script::Common | Script::Inherited => continue,
            Script::Han => {
                han = true;
                continue;
            }
            Script::Hiragana | Script::Katakana => "ja",
            script => ONE_LANGUAGE.iter().find(|(s, _)| *s == script)?.1,
        };
        if found.is_some_and(|f| f != language) {
            return None;
        }
        found = Some(language);
    }
    // Han goes with Korean or Japanese; with a one-language script of elsewhere it is a mix.
    match found {
        Some(l) if han && !matches!(l, "ko" | "ja") => None,
        found => found,
    }
}

/// An alias with a language tag after its last `@` ("王毅@zh"), split into the alias and the
/// tag; an alias without one is whole. A tag is an ISO 639 code written in lower case, so
/// "Info@UN", "Mail@EU", "@USTR" and "a@b.org" are names, not tagged names. A name that would
/// read as tagged ("Mail@eu" meaning no language) is written with a closing `@` ("Mail@eu@"),
/// which [`written`] adds and this takes off.
pub fn split_tag(alias: &str) -> (&str, Option<String>) {
    let bare = alias.trim_end_matches('@');
    if bare.len() < alias.len() {
        // "Mail@eu@" is the name "Mail@eu", and "Mail@eu@@" the name "Mail@eu@"; "Foo@" is itself.
        return match tagged(bare) {
            Some(_) => (&alias[..alias.len() - 1], None),
            None => (alias, None),
        };
    }
    match tagged(alias) {
        Some((name, tag)) => (name, Some(tag)),
        None => (alias, None),
    }
}

/// `alias` as [`split_tag`] reads it back: with its tag, else escaped where it would read as
/// tagged. Export and the Actors pane write aliases this way, so reading them back is exact.
pub fn written(alias: &str, tag: Option<&str>) -> String {
    match tag {
        Some(tag) => format!("{alias}@{tag}"),
        None if split_tag(alias) != (alias, None) => format!("{alias}@"),
        None => alias.to_owned(),
    }
}

/// The name and tag of an alias ending in a tag written in lower case after its last `@`.
fn tagged(alias: &str) -> Option<(&str, String)> {
    let (name, tag) = alias.rsplit_once('@')?;
    let lower = tag.trim().split(['-', '_']).next().is_some_and(|p| p.chars().all(|c| c.is_ascii_lowercase()));
    if name.trim().is_empty() || !lower {
        return None;
    }
    Some((name.trim_end(), parse(tag).ok()??))
}

/// Whether `code` (in lower case) is an ISO 639-1 or ISO 639-2 language code.
fn is_language_code(code: &str) -> bool {
    let table = match code.len() {
        2 => codes::TWO_LETTER,
        3 => codes::THREE_LETTER,
        _ => return false,
    };
    table.as_bytes().chunks_exact(code.len()).any(|c| c == code.as_bytes())
}

/// Reads a language tag as typed ("ZH" -> "zh", "pt-br" -> "pt-BR"): an ISO 639 code of two or
/// three letters, then optional subtags of letters and digits; empty text is no language.
pub fn parse(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let mut parts = text.split(['-', '_']);
    let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
    let subtags: Vec<&str> = parts.collect();
    let primary_ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let subtags_ok = subtags.iter().all(|s| (2..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    if !primary_ok || !subtags_ok {
        return Err(format!(
            "“{text}” is not a language tag: use the two or three letters of the language, such as zh, ru or ar \
             (pt-BR for a country's variety)"
        ));
    }
    if !is_language_code(&primary) {
        return Err(format!(
            "“{primary}” is no ISO 639 language code: use one such as zh, ru or ar (a variety goes after it: \
             zh-yue, pt-BR)"
        ));
    }
    let mut tag = primary;
    for s in subtags {
        tag.push('-');
        // A two-letter region in capitals, a four-letter script with one (BCP 47's casing).
        match s.len() {
            2 => tag.push_str(&s.to_ascii_uppercase()),
            4 => tag.extend(
                s.chars()
                    .enumerate()
                    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }),
            ),
            _ => tag.push_str(&s.to_ascii_lowercase()),
        }
    }
    Ok(Some(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_only_one_language_writes_gives_that_language() {
        assert_eq!(guess("문재인"), Some("ko"));
        assert_eq!(guess("KBS 한국방송"), Some("ko"), "an acronym beside it changes nothing");
        assert_eq!(guess("大韓民國 국회"), Some("ko"));
        assert_eq!(guess("外務省のスポークスマン"), Some("ja"));
        assert_eq!(guess("カタカナ"), Some("ja"));
        assert_eq!(guess("กระทรวงการต่างประเทศ"), Some("th"));
        assert_eq!(guess("Κυριάκος Μητσοτάκης"), Some("el"));
        assert_eq!(guess("בנימין נתניהו"), Some("he"));
        assert_eq!(guess("საქართველო"), Some("ka"));
        assert_eq!(guess("Հայաստան"), Some("hy"));
    }

    #[test]
    fn scripts_many_languages_share_give_no_language() {
        for alias in ["外交部", "Лавров", "وزارة الخارجية", "Greer", "नरेंद्र मोदी", "USTR 2025"]
        {
            assert_eq!(guess(alias), None, "{alias}");
        }
        assert_eq!(guess("한국 Ελλάδα"), None, "two one-language scripts are a mix");
    }

    #[test]
    fn a_tag_after_the_last_at_sign_is_split_off_and_anything_else_stays_whole() {
        assert_eq!(split_tag("王毅@zh"), ("王毅", Some("zh".to_owned())));
        assert_eq!(split_tag("Ван И @ru"), ("Ван И", Some("ru".to_owned())));
        assert_eq!(split_tag("Lula@pt-br"), ("Lula", Some("pt-BR".to_owned())));
        assert_eq!(split_tag("Mao@chi"), ("Mao", Some("chi".to_owned())), "ISO 639-2 has three letters");
        for whole in ["@USTR", "press@state.gov", "Greer", "Foo@", "a@b@"] {
            assert_eq!(split_tag(whole), (whole, None));
        }
    }

    #[test]
    fn an_at_sign_before_capitals_or_a_code_that_is_no_language_stays_part_of_the_name() {
        for name in ["Info@UN", "Mail@EU", "Ван И @RU", "Info@un", "Desk@xx", "Embassy@usa", "Press@gov", "Team@org"]
        {
            assert_eq!(split_tag(name), (name, None), "{name}");
        }
    }

    #[test]
    fn every_alias_written_for_export_reads_back_as_itself() {
        let aliases = ["Mail@eu", "Mail@eu@", "Mail@eu@@", "Info@UN", "Foo@", "王毅", "Lula@pt-br", "@zh", "a@zh@ru"];
        for alias in aliases {
            for tag in [None, Some("zh"), Some("pt-BR")] {
                let written = written(alias, tag);
                assert_eq!(split_tag(&written), (alias, tag.map(str::to_owned)), "{alias} {tag:?} as {written}");
            }
        }
        assert_eq!(written("Mail@eu", None), "Mail@eu@", "a name that would read as tagged is closed with @");
        assert_eq!(written("Info@UN", None), "Info@UN", "one that would not is left as it is");
    }

    #[test]
    fn a_language_tag_is_read_in_its_usual_case_and_anything_else_refused_with_an_example() {
        assert_eq!(parse(" ZH ").unwrap().as_deref(), Some("zh"));
        assert_eq!(parse("zh_hant_tw").unwrap().as_deref(), Some("zh-Hant-TW"));
        assert_eq!(parse("").unwrap(), None);
        for bad in ["chinese", "z", "中文", "zh-", "r1", "xx", "un-GB"] {
            assert!(parse(bad).unwrap_err().contains("such as zh"), "{bad}");
        }
        assert!(parse("xq").unwrap_err().contains("“xq” is no ISO 639 language code"));
        assert_eq!(parse("ZHO").unwrap().as_deref(), Some("zho"));
        assert_eq!(parse("zh-yue").unwrap().as_deref(), Some("zh-yue"));
    }
}
