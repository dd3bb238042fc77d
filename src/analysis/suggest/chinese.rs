//! How Chinese reports a statement: the verbs (表示, 说, 称, 指出, 强调, 宣布, 警告, 敦促, 谴责,
//! 批评, 反对, 回应, 答记者问 …) with the act each suggests, "据X报道/消息" with its speaker
//! after 据, the words that mark a target (对美方, 向美方, 针对), roles (发言人) and names after
//! them, pronouns, and the words that sharpen a neutral verb (反制 threatens, 坚决反对 rejects,
//! 干涉 accuses), and the labels of a press-conference transcript ("答:", "问:", "毛宁:").
//! Chinese is written without spaces, so everything here is found by characters; traditional
//! characters are read as their simplified forms.

use crate::model::ActorId;
use crate::model::fold::spaceless;

use super::script::{Cue, Grammar, Label, Pronoun, Span};
use super::verbs::Act;

pub struct Chinese;

/// Verbs that report a statement, with the act each suggests on its own; longer first where
/// one contains another (声称 before 称).
const VERBS: &[(&str, Act)] = &[
    ("表示", Act::Comment),
    ("指出", Act::Comment),
    ("强调", Act::Comment),
    ("宣布", Act::Comment),
    ("发布", Act::Comment),
    ("声称", Act::Comment),
    ("重申", Act::Comment),
    ("回应", Act::Comment),
    ("透露", Act::Comment),
    ("认为", Act::Comment),
    ("说", Act::Comment),
    ("称", Act::Comment),
    ("警告", Act::Threaten),
    ("威胁", Act::Threaten),
    ("敦促", Act::Demand),
    ("要求", Act::Demand),
    ("呼吁", Act::Appeal),
    ("谴责", Act::Accuse),
    ("批评", Act::Accuse),
    ("指责", Act::Accuse),
    ("抨击", Act::Accuse),
    ("抗议", Act::Accuse),
    ("反对", Act::Reject),
    ("拒绝", Act::Reject),
    ("否认", Act::Reject),
    ("驳斥", Act::Reject),
    ("赞赏", Act::Praise),
    ("欢迎", Act::Praise),
    ("同意", Act::Agree),
    ("承诺", Act::Promise),
];

/// Words a verb is part of without being one: 说法 (a view), 小说 (a novel), 据说 and 据称
/// (reportedly), 称为 (called), 发布会 (a press conference), 简称 (short for).
const NOT_VERBS: &[&str] = &["说法", "小说", "据说", "据称", "称为", "称号", "号称", "堪称", "简称", "发布会"];

/// Roles that stand before a name or for a person ("发言人汪文斌", "发言人说").
const ROLES: &[&str] = &[
    "发言人",
    "部长",
    "外长",
    "大使",
    "主席",
    "总统",
    "总理",
    "主任",
    "局长",
    "司长",
    "代表",
    "上将",
    "将军",
    "首相",
    "国务卿",
    "秘书长",
    "官员",
    "负责人",
];

/// Words between two names that end the subject ("外交部发言人就美方…": 就).
const PREPOSITIONS: &[char] = &['就', '对', '向', '在', '同', '与', '跟', '把', '被', '将', '和', '为'];

/// Words right before the actor acted upon ("对美方", "向美方提出严正交涉", "针对美国").
const TARGET_MARKERS: &[&str] = &["对", "向", "针对", "对于", "就"];

/// Words that sharpen a neutral verb, the stronger readings first.
const CUES: &[(&str, Act)] = &[
    ("武力", Act::ThreatenForce),
    ("动武", Act::ThreatenForce),
    ("反制", Act::Threaten),
    ("回击", Act::Threaten),
    ("奉陪到底", Act::Threaten),
    ("必要措施", Act::Threaten),
    ("坚决措施", Act::Threaten),
    ("有力措施", Act::Threaten),
    ("后果", Act::Threaten),
    ("代价", Act::Threaten),
    ("敦促", Act::Demand),
    ("要求", Act::Demand),
    ("停止", Act::Demand),
    ("纠正", Act::Demand),
    ("反对", Act::Reject),
    ("不接受", Act::Reject),
    ("不容", Act::Reject),
    ("拒绝", Act::Reject),
    ("驳斥", Act::Reject),
    ("谴责", Act::Accuse),
    ("指责", Act::Accuse),
    ("干涉", Act::Accuse),
    ("干预", Act::Accuse),
    ("霸凌", Act::Accuse),
    ("打压", Act::Accuse),
    ("滥用", Act::Accuse),
    ("抹黑", Act::Accuse),
    ("违反", Act::Accuse),
    ("挑衅", Act::Accuse),
    ("不满", Act::Accuse),
    ("交涉", Act::Accuse),
    ("抗议", Act::Accuse),
    ("会谈", Act::Consult),
    ("通话", Act::Consult),
    ("磋商", Act::Consult),
    ("会晤", Act::Consult),
    ("达成", Act::Agree),
    ("赞赏", Act::Praise),
    ("呼吁", Act::Appeal),
];

/// Words after an actor that make it the subject of a measure ("美国将", "中方对美方", "美方宣布").
const SUBJECT_MARKERS: &[char] = &['将', '对', '宣', '决', '已', '再', '正', '把'];

/// Measures that are sanctions or restrictions when the speaker's side imposes them.
const MEASURES: &[(&str, Act)] =
    &[("制裁", Act::Sanction), ("关税", Act::Sanction), ("出口管制", Act::Restrict), ("实体清单", Act::Restrict)];

/// The simplified form of a traditional character that the words above use, so that Hong Kong,
/// Taiwan and overseas copy ("發言人表示", "強調", "據…報導") is read as mainland copy is. Only
/// these words' characters: names are the analyst's aliases, matched as written.
pub fn simplified(c: char) -> char {
    match c {
        '說' => '说',
        '稱' => '称',
        '強' => '强',
        '調' => '调',
        '佈' => '布',
        '發' => '发',
        '聲' => '声',
        '應' => '应',
        '認' => '认',
        '為' => '为',
        '脅' => '胁',
        '籲' => '吁',
        '譴' => '谴',
        '責' => '责',
        '評' => '评',
        '擊' => '击',
        '議' => '议',
        '對' => '对',
        '絕' => '绝',
        '駁' => '驳',
        '讚' => '赞',
        '贊' => '赞',
        '歡' => '欢',
        '諾' => '诺',
        '問' => '问',
        '記' => '记',
        '長' => '长',
        '統' => '统',
        '總' => '总',
        '將' => '将',
        '軍' => '军',
        '國' => '国',
        '務' => '务',
        '書' => '书',
        '員' => '员',
        '負' => '负',
        '與' => '与',
        '針' => '针',
        '於' => '于',
        '據' => '据',
        '報' => '报',
        '導' => '导',
        '紹' => '绍',
        '實' => '实',
        '體' => '体',
        '單' => '单',
        '動' => '动',
        '後' => '后',
        '價' => '价',
        '糾' => '纠',
        '預' => '预',
        '壓' => '压',
        '濫' => '滥',
        '違' => '违',
        '釁' => '衅',
        '滿' => '满',
        '會' => '会',
        '談' => '谈',
        '話' => '话',
        '達' => '达',
        '們' => '们',
        '該' => '该',
        '機' => '机',
        '構' => '构',
        '關' => '关',
        '稅' => '税',
        '堅' => '坚',
        '決' => '决',
        '號' => '号',
        '簡' => '简',
        '審' => '审',
        '護' => '护',
        '權' => '权',
        '並' => '并',
        '這' => '这',
        '裡' => '里',
        '盡' => '尽',
        '視' => '视',
        '進' => '进',
        '處' => '处',
        '時' => '时',
        '華' => '华',
        c => c,
    }
}

impl Chinese {
    /// 据新华社报道, 据外交部网站消息: the source is between 据 and the noun.
    fn according_to(s: &Span<'_>) -> Option<Cue> {
        s.find("据", s.start, s.end).into_iter().filter(|&i| s.outside(i)).find_map(|i| {
            let to = (i + 16).min(s.end);
            ["报道", "报导", "消息", "介绍"]
                .iter()
                .find_map(|w| s.find(w, i + 1, to).first().copied())
                .map(|at| Cue { speaker_after: true, ..Cue::new(i, at + 2, Act::Comment) })
        })
    }
}

impl Grammar for Chinese {
    fn cues(&self, s: &Span<'_>) -> Vec<Cue> {
        let mut out: Vec<Cue> = Vec::new();
        // A spokesperson "answered reporters' questions": the whole sentence is their answer.
        if let Some(&at) = s.find("答记者问", s.start, s.end).iter().find(|&&i| s.outside(i)) {
            out.push(Cue::new(at, at + 4, Act::Comment));
        }
        let covered = |i: usize| {
            NOT_VERBS.iter().any(|w| {
                let n = w.chars().count();
                let from = i.saturating_sub(n - 1).max(s.start);
                s.find(w, from, (i + n).min(s.end)).iter().any(|&at| at <= i && i < at + n)
            })
        };
        let mut i = s.start;
        while i < s.end {
            let verb = VERBS.iter().find(|(w, _)| s.find(w, i, (i + w.chars().count()).min(s.end)).contains(&i));
            let Some(&(w, act)) = verb else {
                i += 1;
                continue;
            };
            let len = w.chars().count();
            // After 的 a verb is a noun ("的指责", "的要求").
            let noun = i > s.start && s.chars[i - 1] == '的';
            if s.outside(i) && !s.in_mention(i) && !noun && !covered(i) {
                out.push(Cue::new(i, i + len, act));
            }
            i += len;
        }
        // "据新华社报道，美国商务部宣布…": the one who announced speaks; the agency only when
        // no verb names anyone.
        out.extend(Self::according_to(s));
        out
    }

    fn first_person_cue(&self, s: &Span<'_>) -> Option<Cue> {
        ["我们", "我方"].iter().flat_map(|w| s.find(w, s.start, s.end)).find_map(|at| {
            let to = (at + 6).min(s.end);
            VERBS
                .iter()
                .find_map(|(w, act)| s.find(w, at + 2, to).first().map(|&i| Cue::new(i, i + w.chars().count(), *act)))
        })
    }

    fn inverts(&self) -> bool {
        false
    }

    fn pronoun(&self, s: &Span<'_>, from: usize, to: usize) -> Option<Pronoun> {
        let has = |w: &str| !s.find(w, from, to).is_empty();
        if has("她") {
            Some(Pronoun::She)
        } else if has("他们") || has("该部") || has("该机构") {
            Some(Pronoun::It)
        } else if has("他") {
            Some(Pronoun::He)
        } else if has("我们") || has("我方") {
            Some(Pronoun::Last)
        } else {
            None
        }
    }

    fn role(&self, s: &Span<'_>, from: usize, to: usize) -> Option<&'static str> {
        ROLES.iter().filter_map(|r| s.find(r, from, to).last().map(|&at| (at, *r))).max().map(|(_, r)| r)
    }

    /// The name after the last role before the cue ("发言人束珏婷", "发言人毛宁10日"), or a
    /// clause that is only a three-character name ("汪文斌说").
    fn unknown_name(&self, s: &Span<'_>, from: usize, to: usize, before: bool) -> Option<String> {
        if !before {
            return None;
        }
        let after_role =
            ROLES.iter().filter_map(|r| s.find(r, from, to).last().map(|&at| at + r.chars().count())).max();
        // A date between the name and the verb ("毛宁10日表示") is not part of the name.
        let mut end = to;
        if end > from && s.chars[end - 1] == '日' {
            end -= 1;
            while end > from && s.chars[end - 1].is_ascii_digit() {
                end -= 1;
            }
        }
        let start = after_role.unwrap_or(from);
        let len = end.saturating_sub(start);
        let fits = if after_role.is_some() { (2..=4).contains(&len) } else { len == 3 };
        let name_like = (start..end).all(|i| spaceless(s.chars[i]) && !s.in_mention(i));
        (fits && name_like).then(|| s.text(start, end))
    }

    fn separates(&self, s: &Span<'_>, from: usize, to: usize) -> bool {
        s.chars[from..to].iter().any(|&c| PREPOSITIONS.contains(&simplified(c)))
    }

    fn marks_target(&self, s: &Span<'_>, at: usize) -> bool {
        TARGET_MARKERS.iter().any(|w| {
            let n = w.chars().count();
            at >= s.start + n && s.find(w, at - n, at).contains(&(at - n))
        })
    }

    /// "对此" (about this) opens a statement whose content follows in the same sentence: no
    /// Chinese sentence is read as only an attribution of the one before.
    fn refers_back(&self, _lower: &str) -> bool {
        false
    }

    fn sharpen(&self, lower: &str) -> Option<Act> {
        let text: String = lower.chars().map(simplified).collect();
        CUES.iter().find(|(w, _)| text.contains(w)).map(|&(_, a)| a)
    }

    /// The imposer is an actor the clause opens with, straight before a word that makes it the
    /// subject ("美国将…列入出口管制清单", "中方对美方实施制裁"); without one nothing is imposed.
    /// "答:" (the answer of the spokesperson presiding), "问:", "有记者问:" (a journalist),
    /// "毛宁:" (the one named).
    fn label(&self, s: &Span<'_>) -> Option<Label> {
        let colon = (s.start..(s.start + 8).min(s.end)).find(|&i| matches!(s.chars[i], ':' | '：'))?;
        let prefix: String = s.chars[s.start..colon].iter().map(|&c| simplified(c)).collect();
        let prefix = prefix.trim();
        Some(if prefix == "答" {
            Label::Answer
        } else if prefix.ends_with('问') {
            Label::Question
        } else {
            Label::Named(colon)
        })
    }

    fn presides(&self, s: &Span<'_>) -> Option<usize> {
        s.find("主持", s.start, s.end).first().copied()
    }

    fn measure(&self, s: &Span<'_>) -> Option<(Act, Option<ActorId>)> {
        let (at, act) = MEASURES.iter().find_map(|(w, act)| s.find(w, s.start, s.end).first().map(|&at| (at, *act)))?;
        let subject =
            s.mentions.iter().filter(|m| m.end < at).find(|m| SUBJECT_MARKERS.contains(&simplified(s.chars[m.end])))?;
        Some((act, Some(subject.actor)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::mentions::Mention;

    fn span<'a>(chars: &'a [char], mentions: Vec<&'a Mention>) -> Span<'a> {
        Span { chars, start: 0, end: chars.len(), quoted: Vec::new(), mentions }
    }

    #[test]
    fn verbs_inside_nouns_and_after_de_are_no_cues() {
        let chars: Vec<char> = "发言人说,这种说法和美方的指责都站不住脚,新闻发布会上中方表示反对。".chars().collect();
        let cues: Vec<String> =
            Chinese.cues(&span(&chars, Vec::new())).iter().map(|c| chars[c.start..c.end].iter().collect()).collect();
        assert_eq!(cues, ["说", "表示", "反对"]);
    }

    #[test]
    fn a_name_follows_its_role_and_a_date_is_not_part_of_it() {
        let chars: Vec<char> = "对此,发言人束珏婷表示".chars().collect();
        assert_eq!(Chinese.unknown_name(&span(&chars, Vec::new()), 3, 9, true).as_deref(), Some("束珏婷"));
        let chars: Vec<char> = "发言人毛宁10日表示".chars().collect();
        assert_eq!(Chinese.unknown_name(&span(&chars, Vec::new()), 0, 8, true).as_deref(), Some("毛宁"));
        let chars: Vec<char> = "中方对此坚决反对".chars().collect();
        assert_eq!(Chinese.unknown_name(&span(&chars, Vec::new()), 0, 6, true), None);
    }

    #[test]
    fn traditional_characters_read_as_simplified_ones() {
        let chars: Vec<char> = "發言人說,中方堅決反對。".chars().collect();
        let cues: Vec<String> =
            Chinese.cues(&span(&chars, Vec::new())).iter().map(|c| chars[c.start..c.end].iter().collect()).collect();
        assert_eq!(cues, ["說", "反對"]);
        assert_eq!(Chinese.sharpen("美方濫用出口管制"), Some(Act::Accuse));
        assert_eq!(Chinese.role(&span(&chars, Vec::new()), 0, 3), Some("发言人"));
    }

    #[test]
    fn a_transcript_labels_answers_questions_and_named_speakers() {
        let label = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            Chinese.label(&span(&chars, Vec::new()))
        };
        assert_eq!(label("答：中方注意到有关报道。"), Some(Label::Answer));
        assert_eq!(label("有记者問:中方有何评论?"), Some(Label::Question));
        assert_eq!(label("毛宁: 南沙群岛是中国的固有领土。"), Some(Label::Named(2)));
        assert_eq!(label("路透社记者提问,美国商会称,拜登政府最早将于下周公布"), None);
    }

    #[test]
    fn according_to_names_its_source_after_ju() {
        let chars: Vec<char> = "据新华社报道,外交部表示".chars().collect();
        let cues = Chinese.cues(&span(&chars, Vec::new()));
        let cue = cues.last().unwrap();
        assert!(cue.speaker_after);
        assert_eq!((cue.start, cue.end), (0, 6));
    }
}
