//! How Russian reports a statement: the verbs in their past and present forms (заявил,
//! заявила, заявили, сказал, сообщил, подчеркнул, отметил, предупредил, призвал, осудил,
//! обвинил, пригрозил …) with the act each suggests and the gender a past form tells; "по
//! словам X", "по мнению X" and "как заявил X" with the speaker after the cue, and "…, — заявил
//! X", "Об этом заявила X" where the speaker follows the verb; "по её словам" and "говорится в
//! заявлении" for one who spoke before; the words that mark a target (против, в адрес, в
//! отношении), roles (представитель, пресс-секретарь) and the words that sharpen a neutral verb
//! (ответные меры threaten, вмешательство accuses). Ukrainian verbs that share these forms
//! (заявила) are read too.

use crate::analysis::words::{Word, words};
use crate::model::ActorId;

use super::script::{Cue, Gender, Grammar, Pronoun, Span};
use super::verbs::Act;

pub struct Russian;

/// Reporting verbs: the masculine past form (feminine, neuter and plural add а, о, и) or a
/// present form, with the act each suggests.
const VERBS: &[(&str, Act)] = &[
    ("заявил", Act::Comment),
    ("заявляет", Act::Comment),
    ("заявляют", Act::Comment),
    ("сказал", Act::Comment),
    ("сообщил", Act::Comment),
    ("сообщает", Act::Comment),
    ("сообщают", Act::Comment),
    ("подчеркнул", Act::Comment),
    ("подчеркивает", Act::Comment),
    ("подчёркивает", Act::Comment),
    ("отметил", Act::Comment),
    ("отмечает", Act::Comment),
    ("добавил", Act::Comment),
    ("указал", Act::Comment),
    ("пояснил", Act::Comment),
    ("рассказал", Act::Comment),
    ("объявил", Act::Comment),
    ("утверждает", Act::Comment),
    ("утверждал", Act::Comment),
    ("считает", Act::Comment),
    ("считают", Act::Comment),
    ("прокомментировал", Act::Comment),
    ("назвал", Act::Comment),
    ("выразил", Act::Comment),
    ("ответил", Act::Comment),
    ("напомнил", Act::Comment),
    ("уточнил", Act::Comment),
    ("признал", Act::Comment),
    ("констатировал", Act::Comment),
    ("заверил", Act::Promise),
    ("пообещал", Act::Promise),
    ("обещает", Act::Promise),
    ("предупредил", Act::Threaten),
    ("предупреждает", Act::Threaten),
    ("пригрозил", Act::Threaten),
    ("угрожает", Act::Threaten),
    ("призвал", Act::Demand),
    ("призывает", Act::Demand),
    ("потребовал", Act::Demand),
    ("требует", Act::Demand),
    ("осудил", Act::Accuse),
    ("осуждает", Act::Accuse),
    ("обвинил", Act::Accuse),
    ("обвиняет", Act::Accuse),
    ("раскритиковал", Act::Accuse),
    ("критикует", Act::Accuse),
    ("отверг", Act::Reject),
    ("отвергает", Act::Reject),
    ("опроверг", Act::Reject),
];

/// First-person forms after "мы" ("мы призываем", "ответим").
const FIRST_PERSON: &[(&str, Act)] = &[
    ("заявляем", Act::Comment),
    ("призываем", Act::Demand),
    ("требуем", Act::Demand),
    ("осуждаем", Act::Accuse),
    ("отвергаем", Act::Reject),
    ("предупреждаем", Act::Threaten),
    ("ответим", Act::Threaten),
];

/// The act of a reporting verb `word` (lower case) and the gender its past form tells.
fn verb(word: &str) -> Option<(Act, Option<Gender>)> {
    VERBS.iter().find_map(|&(form, act)| {
        let rest = word.strip_prefix(form)?;
        let past = form.ends_with('л') || form.ends_with('г');
        let gender = match rest {
            "" if past => Some(Gender::Male),
            "а" | "ла" if past => Some(Gender::Female),
            "" | "и" | "о" | "ли" | "ло" => None,
            _ => return None,
        };
        // "отверг" takes "ла"; "заявил" takes "а": a form is one or the other.
        let fits = match rest {
            "ла" | "ли" | "ло" => form.ends_with('г'),
            "а" | "и" | "о" => form.ends_with('л'),
            _ => true,
        };
        fits.then_some((act, gender))
    })
}

/// Roles that stand for a person ("представитель МИД", "пресс-секретарь"), as stems.
const ROLES: &[&str] = &[
    "представител",
    "пресс-секретар",
    "министр",
    "глав",
    "дипломат",
    "посол",
    "посл",
    "спикер",
    "советник",
    "замглав",
    "заместител",
];

/// Words between two names that end the subject ("МИД России с США": с).
const PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "с",
    "со",
    "на",
    "к",
    "о",
    "об",
    "против",
    "для",
    "от",
    "из",
    "за",
    "по",
    "у",
    "при",
    "перед",
    "после",
];

/// Stems that sharpen a neutral verb, the stronger readings first.
const CUES: &[(&str, Act)] = &[
    ("применение силы", Act::ThreatenForce),
    ("военный ответ", Act::ThreatenForce),
    ("ответн", Act::Threaten),
    ("отпор", Act::Threaten),
    ("ответ на санкции", Act::Threaten),
    ("ответ будет", Act::Threaten),
    ("неотвратим", Act::Threaten),
    ("взаимност", Act::Threaten),
    ("зеркальн", Act::Threaten),
    ("контрмер", Act::Threaten),
    ("расплачиваться", Act::Threaten),
    ("заплатить", Act::Threaten),
    ("последстви", Act::Threaten),
    ("без ответа", Act::Threaten),
    ("в долгу не", Act::Threaten),
    ("призыва", Act::Demand),
    ("призвал", Act::Demand),
    ("требу", Act::Demand),
    ("прекратить", Act::Demand),
    ("не намерен", Act::Reject),
    ("не готов", Act::Reject),
    ("отверг", Act::Reject),
    ("безосновательн", Act::Reject),
    ("неприемлем", Act::Reject),
    ("вмешательств", Act::Accuse),
    ("наруш", Act::Accuse),
    ("выпад", Act::Accuse),
    ("незаконн", Act::Accuse),
    ("нелегитимн", Act::Accuse),
    ("недружественн", Act::Accuse),
    ("враждебн", Act::Accuse),
    ("агрессивн", Act::Accuse),
    ("провокац", Act::Accuse),
    ("лицемер", Act::Accuse),
    ("безответственн", Act::Accuse),
    ("абсурд", Act::Accuse),
    ("русофоб", Act::Accuse),
    ("гегемон", Act::Accuse),
    ("шантаж", Act::Accuse),
    ("давлени", Act::Accuse),
    ("переговор", Act::Consult),
    ("телефонн", Act::Consult),
    ("консультац", Act::Consult),
    ("договорились", Act::Agree),
    ("приветству", Act::Praise),
];

/// Verbs that put a measure in place, and the measures, as stems.
const IMPOSING: &[&str] = &["ввест", "ввод", "введ", "ввел", "ввёл", "налож", "наклад", "расшир"];
const MEASURES: &[(&str, Act)] =
    &[("санкци", Act::Sanction), ("пошлин", Act::Sanction), ("эмбарго", Act::Sanction), ("ограничени", Act::Restrict)];

/// Whether `stem` starts a word of `lower`.
fn has_stem(lower: &str, stem: &str) -> bool {
    lower.match_indices(stem).any(|(at, _)| !lower[..at].chars().next_back().is_some_and(char::is_alphabetic))
}

struct Words {
    ws: Vec<Word>,
    lower: Vec<String>,
}

impl Words {
    fn of(s: &Span<'_>, from: usize, to: usize) -> Self {
        let ws = words(s.chars, from, to);
        let lower = ws.iter().map(|w| w.lower(s.chars)).collect();
        Self { ws, lower }
    }
}

impl Grammar for Russian {
    fn cues(&self, s: &Span<'_>) -> Vec<Cue> {
        let w = Words::of(s, s.start, s.end);
        let mut out = Vec::new();
        for i in 0..w.ws.len() {
            let (start, end) = (w.ws[i].start, w.ws[i].end);
            if !s.outside(start) || s.in_mention(start) {
                continue;
            }
            let next = w.lower.get(i + 1).map(String::as_str);
            let after = w.lower.get(i + 2).map(String::as_str);
            let says = |x: Option<&str>| matches!(x, Some("словам" | "мнению" | "данным"));
            let pronoun = |x: Option<&str>| match x {
                Some("его") => Some(Pronoun::He),
                Some("ее" | "её") => Some(Pronoun::She),
                Some("их") => Some(Pronoun::It),
                _ => None,
            };
            if w.lower[i] == "по" && says(next) {
                out.push(Cue { speaker_after: true, ..Cue::new(start, w.ws[i + 1].end, Act::Comment) });
            } else if w.lower[i] == "по" && says(after) && pronoun(next).is_some() {
                out.push(Cue { pronoun: pronoun(next), ..Cue::new(start, w.ws[i + 2].end, Act::Comment) });
            } else if w.lower[i] == "говорится" {
                // "говорится в заявлении": the statement of the last one who spoke.
                out.push(Cue { pronoun: Some(Pronoun::Last), ..Cue::new(start, end, Act::Comment) });
            } else if let Some((act, gender)) = verb(&w.lower[i]) {
                let speaker_after = i > 0 && w.lower[i - 1] == "как";
                out.push(Cue { speaker_after, gender, ..Cue::new(start, end, act) });
            }
        }
        out
    }

    fn first_person_cue(&self, s: &Span<'_>) -> Option<Cue> {
        let w = Words::of(s, s.start, s.end);
        let we = w.lower.iter().position(|x| x == "мы")?;
        (we + 1..(we + 4).min(w.ws.len())).find_map(|i| {
            let act = FIRST_PERSON.iter().find(|(f, _)| *f == w.lower[i]).map(|&(_, a)| a)?;
            Some(Cue::new(w.ws[i].start, w.ws[i].end, act))
        })
    }

    fn inverts(&self) -> bool {
        true
    }

    fn pronoun(&self, s: &Span<'_>, from: usize, to: usize) -> Option<Pronoun> {
        Words::of(s, from, to).lower.iter().find_map(|w| match w.as_str() {
            "он" => Some(Pronoun::He),
            "она" => Some(Pronoun::She),
            "они" => Some(Pronoun::It),
            "мы" => Some(Pronoun::Last),
            _ => None,
        })
    }

    fn role(&self, s: &Span<'_>, from: usize, to: usize) -> Option<&'static str> {
        Words::of(s, from, to).lower.iter().rev().find_map(|w| ROLES.iter().find(|r| w.starts_with(*r)).copied())
    }

    /// Capitalised words next to the verb that are no actor ("Дипломат Владимир Чижов
    /// утверждает", "заявил представитель МИД Александр Лукашевич").
    fn unknown_name(&self, s: &Span<'_>, from: usize, to: usize, before: bool) -> Option<String> {
        let w = Words::of(s, from, to);
        let name_word = |i: usize| {
            let word = &w.ws[i];
            let text = word.text(s.chars);
            word.is_capitalised(s.chars)
                && text.chars().any(char::is_lowercase)
                && !s.in_mention(word.start)
                && self.pronoun(s, word.start, word.end).is_none()
                && self.role(s, word.start, word.end).is_none()
        };
        let mut run: Vec<usize> = Vec::new();
        let order: Vec<usize> = if before { (0..w.ws.len()).rev().collect() } else { (0..w.ws.len()).collect() };
        for i in order {
            if name_word(i) {
                run.push(i);
            } else if !run.is_empty() || before {
                break;
            }
        }
        // After the verb, the name ends the clause ("…, — заявил X").
        if !before && run.last().is_some_and(|&i| i + 1 != w.ws.len()) {
            return None;
        }
        run.sort_unstable();
        let (first, last) = (*run.first()?, *run.last()?);
        // A sentence's first word is capitalised whatever it is: alone it is no name.
        if run.len() == 1 && w.ws[first].start == s.start {
            return None;
        }
        (run.len() <= 3).then(|| s.text(w.ws[first].start, w.ws[last].end))
    }

    fn separates(&self, s: &Span<'_>, from: usize, to: usize) -> bool {
        Words::of(s, from, to).lower.iter().any(|w| PREPOSITIONS.contains(&w.as_str()))
    }

    fn marks_target(&self, s: &Span<'_>, at: usize) -> bool {
        let w = Words::of(s, s.start, at);
        let last = w.lower.last().map(String::as_str);
        let gap_is_space = w.ws.last().is_some_and(|x| s.chars[x.end..at].iter().all(|c| c.is_whitespace()));
        gap_is_space && matches!(last, Some("против" | "адрес" | "отношении" | "к"))
    }

    fn refers_back(&self, lower: &str) -> bool {
        lower.contains("об этом")
    }

    fn sharpen(&self, lower: &str) -> Option<Act> {
        CUES.iter().find(|(stem, _)| has_stem(lower, stem)).map(|&(_, a)| a)
    }

    /// An imposing verb with a measure among the five words after it ("ввести против России
    /// новые санкции"), imposed by the first actor of its clause, or by the speaker when the
    /// clause names none before the verb ("объявил, что собирается ввести").
    fn measure(&self, s: &Span<'_>) -> Option<(Act, Option<ActorId>)> {
        let w = Words::of(s, s.start, s.end);
        let imposing = |i: &usize| IMPOSING.iter().any(|v| w.lower[*i].starts_with(v));
        let (at, act) = (0..w.ws.len()).filter(imposing).find_map(|i| {
            let measure = |x: &String| MEASURES.iter().find(|(m, _)| x.starts_with(m)).map(|&(_, act)| act);
            w.lower.iter().skip(i + 1).take(5).find_map(measure).map(|act| (w.ws[i].start, act))
        })?;
        let clause = s.clause_start(at);
        Some((act, s.mentions.iter().find(|m| m.start >= clause && m.end <= at).map(|m| m.actor)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_forms_tell_the_speakers_gender_and_present_forms_do_not() {
        assert_eq!(verb("заявила"), Some((Act::Comment, Some(Gender::Female))));
        assert_eq!(verb("пригрозил"), Some((Act::Threaten, Some(Gender::Male))));
        assert_eq!(verb("отвергла"), Some((Act::Reject, Some(Gender::Female))));
        assert_eq!(verb("заявили"), Some((Act::Comment, None)));
        assert_eq!(verb("призывает"), Some((Act::Demand, None)));
        assert_eq!(verb("заявление"), None);
        assert_eq!(verb("сказала"), Some((Act::Comment, Some(Gender::Female))));
    }

    #[test]
    fn stems_sharpen_only_at_the_start_of_a_word() {
        assert_eq!(Russian.sharpen("москва готовит ответные меры"), Some(Act::Threaten));
        assert_eq!(Russian.sharpen("это вмешательство во внутренние дела"), Some(Act::Accuse));
        assert_eq!(Russian.sharpen("он заявил о встрече"), None);
    }
}
