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
        // Articles, prepositions and the Russian year mark.
        "ce" | "cette" | "este" | "esta" | "diesen" | "diesem" => "this",
        "le" | "la" | "el" | "de" | "du" | "del" | "am" | "den" | "der" | "im" | "en" | "в" | "во" | "г" | "года"
        | "год" => "",
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

/// The length and English words of a Chinese date or weekday at the start of `chars`.
pub fn chinese_at(chars: &[char]) -> Option<(usize, String)> {
    weekday_at(chars).or_else(|| ymd_at(chars))
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

/// "2025年5月30日", "5月30日", "2025年5月", "5月30号": digits each followed by its mark.
fn ymd_at(chars: &[char]) -> Option<(usize, String)> {
    let mut i = 0;
    let mut part = |mark: &[char]| -> Option<u32> {
        let digits: String = chars[i..].iter().take_while(|c| c.is_ascii_digit()).collect();
        let after = chars.get(i + digits.len())?;
        if digits.is_empty() || !mark.contains(after) {
            return None;
        }
        i += digits.len() + 1;
        digits.parse().ok()
    };
    let year = part(&['年']);
    let month = part(&['月'])?;
    let day = part(&['日', '号']);
    let len = i;
    let month = super::vocab::month_name(month)?;
    let words = match (day, year) {
        (Some(d), Some(y)) => format!("{d} {month} {y}"),
        (Some(d), None) => format!("{d} {month}"),
        (None, Some(y)) => format!("{month} {y}"),
        (None, None) => month.to_string(),
    };
    Some((len, words))
}
