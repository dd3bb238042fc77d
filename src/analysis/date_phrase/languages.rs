//! Dates in the languages the actors speak, turned into the English words the resolver reads:
//! French, German, Spanish and Russian month and weekday names and the small words around them
//! ("le 30 mai 2025", "30. Mai 2025", "30 de mayo de 2025", "30 мая 2025 г., в пятницу"), and
//! Chinese dates and weekdays written with 年/月/日 and 星期/周 ("2025年5月30日", "周五").

/// The English word for a foreign date word; `Some("")` for a word that only joins others
/// ("de", "le", "г"), `None` for a word that is not a foreign date word.
pub fn english(word: &str) -> Option<&'static str> {
    let w = word;
    Some(match w {
        // Months: French, German, Spanish, Russian (nominative and genitive).
        "janvier" | "januar" | "jänner" | "enero" | "январь" | "января" => "january",
        "février" | "fevrier" | "februar" | "febrero" | "февраль" | "февраля" => "february",
        "mars" | "märz" | "maerz" | "marzo" | "март" | "марта" => "march",
        "avril" | "abril" | "апрель" | "апреля" => "april",
        "mai" | "mayo" | "май" | "мая" => "may",
        "juin" | "juni" | "junio" | "июнь" | "июня" => "june",
        "juillet" | "juli" | "julio" | "июль" | "июля" => "july",
        "août" | "aout" | "agosto" | "август" | "августа" => "august",
        "septembre" | "septiembre" | "setiembre" | "сентябрь" | "сентября" => "september",
        "octobre" | "oktober" | "octubre" | "октябрь" | "октября" => "october",
        "novembre" | "noviembre" | "ноябрь" | "ноября" => "november",
        "décembre" | "decembre" | "dezember" | "diciembre" | "декабрь" | "декабря" => "december",
        // Weekdays, with the Russian accusative of "в пятницу".
        "lundi" | "montag" | "lunes" | "понедельник" => "monday",
        "mardi" | "dienstag" | "martes" | "вторник" => "tuesday",
        "mercredi" | "mittwoch" | "miércoles" | "miercoles" | "среда" | "среду" => "wednesday",
        "jeudi" | "donnerstag" | "jueves" | "четверг" => "thursday",
        "vendredi" | "freitag" | "viernes" | "пятница" | "пятницу" => "friday",
        "samedi" | "samstag" | "sonnabend" | "sábado" | "sabado" | "суббота" | "субботу" => "saturday",
        "dimanche" | "sonntag" | "domingo" | "воскресенье" => "sunday",
        // Relative words.
        "hier" | "gestern" | "ayer" | "вчера" => "yesterday",
        "aujourd'hui" | "heute" | "hoy" | "сегодня" => "today",
        "dernier" | "dernière" | "derniere" | "letzten" | "letzte" | "vergangenen" | "pasado" | "pasada"
        | "прошлый" | "прошлую" | "прошлой" | "прошлом" => "last",
        "prochain" | "prochaine" | "nächsten" | "nächste" | "próximo" | "proximo" | "próxima" | "следующий"
        | "следующую" => "next",
        // "du 14 au 15 juillet", "del 14 al 15 de julio", "vom 14. bis 15. Juli", "с 14 по 15 июля".
        "au" | "al" | "bis" | "по" => "to",
        // Articles, prepositions and the Russian year mark.
        "ce" | "cette" | "este" | "esta" | "diesen" | "diesem" => "this",
        "le" | "la" | "les" | "el" | "de" | "du" | "del" | "am" | "vom" | "den" | "der" | "im" | "en" | "в" | "во"
        | "с" | "г" | "года" | "год" => "",
        _ => return None,
    })
}

const CHINESE_WEEKDAYS: [(char, &str); 8] = [
    ('一', "monday"),
    ('二', "tuesday"),
    ('三', "wednesday"),
    ('四', "thursday"),
    ('五', "friday"),
    ('六', "saturday"),
    ('日', "sunday"),
    ('天', "sunday"),
];

/// Chinese date forms rewritten as English words, the rest left as it was: "2025年5月30日" ->
/// "30 may 2025", "星期五" and "周五" -> "friday", "上周五" -> "last friday".
pub fn chinese(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((len, words)) = chinese_at(&chars[i..]) {
            out.push(' ');
            out.push_str(&words);
            out.push(' ');
            i += len;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The length and English words of a Chinese date, range of dates or weekday at the start of
/// `chars`: "4月29日至5月1日" -> "29 april to 1 may", "27日至28日" -> "day 27 to day 28".
pub fn chinese_at(chars: &[char]) -> Option<(usize, String)> {
    if let Some(found) = weekday_at(chars) {
        return Some(found);
    }
    let (len, left) = ymd_at(chars)?;
    let joined = chars.get(len).is_some_and(|c| matches!(c, '至' | '到' | '-' | '–' | '—' | '~' | '～'));
    let right = joined.then(|| ymd_at(&chars[len + 1..])).flatten();
    let words = |d: &Ymd, bare_day: &str| match (d.year, d.month, d.day) {
        (Some(y), Some(m), Some(d)) => format!("{d} {m} {y}"),
        (None, Some(m), Some(d)) => format!("{d} {m}"),
        (Some(y), Some(m), None) => format!("{m} {y}"),
        (None, Some(m), None) => m.to_string(),
        (_, None, Some(d)) => format!("{bare_day}{d}"),
        (_, None, None) => String::new(),
    };
    match right {
        // "2月24日至29日": the right side takes the left's month.
        Some((more, r)) => {
            let bare = if left.month.is_some() { "" } else { "day " };
            Some((len + 1 + more, format!("{} to {}", words(&left, "day "), words(&r, bare))))
        }
        None => Some((len, words(&left, "day "))),
    }
}

fn weekday_at(chars: &[char]) -> Option<(usize, String)> {
    let (lead, mut i) = match chars.first() {
        Some('上') => ("last ", 1),
        Some('下') => ("next ", 1),
        Some('本') | Some('这') => ("", 1),
        _ => ("", 0),
    };
    let prefix: String = chars.get(i..)?.iter().take(2).collect();
    i += if prefix == "星期" || prefix == "礼拜" {
        2
    } else if chars.get(i) == Some(&'周') {
        1
    } else {
        return None;
    };
    let day = CHINESE_WEEKDAYS.iter().find(|(c, _)| chars.get(i) == Some(c))?.1;
    Some((i + 1, format!("{lead}{day}")))
}

/// A Chinese, Japanese or Korean date's parts, each written as digits and its mark.
struct Ymd {
    year: Option<u32>,
    month: Option<&'static str>,
    day: Option<u32>,
}

/// "2025年5月30日", "5月30日", "2025年5月", "5月30号", "26日", "2017년 1월 13일": digits each
/// followed by its mark (Korean ones by a space too), at least a month or a day.
fn ymd_at(chars: &[char]) -> Option<(usize, Ymd)> {
    let mut i = 0;
    let mut part = |mark: &[char]| -> Option<u32> {
        // Full-width digits ("１月１３日") are digits too.
        let digits: String = chars[i..]
            .iter()
            .map_while(|c| c.to_digit(10).or_else(|| wide_digit(*c)))
            .map(|d| char::from_digit(d, 10).unwrap_or('0'))
            .collect();
        // Factiva's Chinese interface writes "2018 年 10 月 7 日".
        let gap = usize::from(chars.get(i + digits.len()) == Some(&' '));
        let after = chars.get(i + digits.len() + gap)?;
        if digits.is_empty() || digits.len() > 4 || !mark.contains(after) {
            return None;
        }
        i += digits.len() + gap + 1;
        // Korean puts a space between the parts: "2017년 1월 13일".
        if chars.get(i) == Some(&' ')
            && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit() || wide_digit(*c).is_some())
        {
            i += 1;
        }
        digits.parse().ok()
    };
    let year = part(&['年', '년']);
    let month = part(&['月', '월']);
    let day = part(&['日', '号', '號', '일']);
    let month = match month {
        Some(m) => Some(super::vocab::month_name(m)?),
        None => None,
    };
    if month.is_none() && (day.is_none() || year.is_some()) {
        return None;
    }
    // A space taken after the last part belongs to the text.
    let len = if chars.get(i.wrapping_sub(1)) == Some(&' ') { i - 1 } else { i };
    Some((len, Ymd { year, month, day }))
}

/// The value of a full-width digit.
fn wide_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}
