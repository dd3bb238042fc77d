//! The reader's text, cut into paragraphs that are laid out only when they come into view:
//! every claim highlighted in its tag's colour, overlaps split into segments so each
//! overlapping claim stays visible, and extra [`Decoration`]s (the pending selection) laid
//! over the highlights per paragraph.
//!
//! Styling walks every claim of the article, so it is memoized on what it depends on
//! (document state, selection, theme). A paragraph's `LayoutJob` is then cut from it on
//! demand; egui's galley cache keeps the galleys of unchanged paragraphs. Heights of
//! paragraphs never laid out are estimated, so a 1 MB article costs only its visible part.

use std::ops::Range;

use egui::text::{ByteIndex, LayoutJob, LayoutSection, TextFormat};
use egui::{Color32, FontId, Stroke};

use crate::model::text::CharMap;
use crate::model::{ArticleId, ClaimId, Project};

use super::colours::{UNTAGGED, c32, grade_colour};

/// One highlighted claim as the reader sees it.
#[derive(Clone, Debug)]
struct Span {
    start: usize,
    end: usize,
    claim: ClaimId,
    colour: Color32,
}

/// A run of text in one format; the runs tile the text in order. Offsets are chars.
#[derive(Clone, Debug)]
struct Styled {
    start: usize,
    end: usize,
    format: TextFormat,
}

/// A mark laid over a char range of the text, on top of the claim highlights: the pending
/// selection, actor mentions, date expressions, claim suggestions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decoration {
    pub start: usize,
    pub end: usize,
    pub mark: Mark,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// A background fill over the highlight (the selection).
    Fill(Color32),
    /// An underline where no claim already draws one (mentions, dates).
    Underline(Stroke),
    /// A dashed box around the range's rows, drawn over the text (suggestions): not part of
    /// the layout, see [`crate::ui::panes::reader_text`].
    DashedOutline(Stroke),
}

/// Decorations sorted by where they start, so the few over one paragraph are found without
/// looking at the rest: a 1 MB article carries some 15,000 (mentions, dates, suggestions), and
/// going through all of them for every paragraph in view made each frame ten times slower.
#[derive(Clone, Debug, Default)]
pub struct Decorations {
    items: Vec<Decoration>,
    /// For each item, the furthest end among it and those before it (never falls).
    reach: Vec<usize>,
}

impl Decorations {
    pub fn new(mut items: Vec<Decoration>) -> Self {
        // Stable: marks that start together keep the order they were given in.
        items.sort_by_key(|d| d.start);
        let mut furthest = 0;
        let reach = items
            .iter()
            .map(|d| {
                furthest = furthest.max(d.end);
                furthest
            })
            .collect();
        Self { items, reach }
    }

    /// The decorations overlapping `range`, by start.
    pub fn over(&self, range: Range<usize>) -> impl Iterator<Item = &Decoration> {
        // Items before `from` all end at or before the range; items from `to` on start after it.
        let from = self.reach.partition_point(|&r| r <= range.start);
        let to = self.items.partition_point(|d| d.start < range.end).max(from);
        self.items[from..to].iter().filter(move |d| range.start < d.end)
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct LayoutKey {
    pub article: ArticleId,
    pub state: u64,
    pub selected: Option<ClaimId>,
    pub flash: Option<ClaimId>,
    pub dark: bool,
    pub font_size: f32,
    /// Highlights in their grade's colour instead of their first tag's (View ▸ Tint claims
    /// by grade).
    pub by_grade: bool,
}

#[derive(Default)]
pub struct ReaderLayout {
    key: Option<LayoutKey>,
    styled: Vec<Styled>,
    spans: Vec<Span>,
    map: CharMap,
    /// Char ranges of the text's lines, without their `\n`.
    paragraphs: Vec<Range<usize>>,
    /// Each paragraph's height: measured once laid out at `measured_for`, estimated before.
    heights: Vec<f32>,
    measured: Vec<bool>,
    measured_for: (f32, f32),
    plain: TextFormat,
}

impl ReaderLayout {
    /// Brings the styling up to date with `key`, rebuilding it only when the key changed.
    pub fn prepare(&mut self, p: &Project, key: LayoutKey, text_colour: Color32) {
        if self.key != Some(key) {
            self.rebuild(p, key, text_colour);
            self.key = Some(key);
        }
    }

    /// Claims covering a char, innermost (shortest) first.
    pub fn claims_at(&self, char_index: usize) -> Vec<ClaimId> {
        let mut hits: Vec<&Span> = self.spans.iter().filter(|s| s.start <= char_index && char_index < s.end).collect();
        hits.sort_by_key(|s| s.end - s.start);
        hits.into_iter().map(|s| s.claim).collect()
    }

    pub fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    /// The char range of paragraph `i`.
    pub fn paragraph(&self, i: usize) -> Range<usize> {
        self.paragraphs[i].clone()
    }

    /// The paragraph holding a char (the last one for offsets past the end).
    pub fn paragraph_of(&self, char_index: usize) -> usize {
        self.paragraphs.partition_point(|p| p.end < char_index).min(self.paragraphs.len().saturating_sub(1))
    }

    /// Paragraph heights at this wrap width and font size: measured where known, else
    /// estimated from the paragraph's length.
    pub fn heights(&mut self, wrap_width: f32, font_size: f32) -> &[f32] {
        if self.measured_for != (wrap_width, font_size) || self.heights.len() != self.paragraphs.len() {
            let row = font_size * ROW_HEIGHT;
            let chars_per_row = (wrap_width / (font_size * AVERAGE_CHAR_WIDTH)).max(1.0);
            self.heights =
                self.paragraphs.iter().map(|p| ((p.len() as f32 / chars_per_row).ceil().max(1.0)) * row).collect();
            self.measured = vec![false; self.paragraphs.len()];
            self.measured_for = (wrap_width, font_size);
        }
        &self.heights
    }

    /// Records the laid-out height of paragraph `i`.
    pub fn measure(&mut self, i: usize, height: f32) {
        if let (Some(h), Some(m)) = (self.heights.get_mut(i), self.measured.get_mut(i)) {
            *h = height;
            *m = true;
        }
    }

    /// Paragraph `i` of `text` as a job, with the decorations laid over its highlights (a later
    /// layer's fill over an earlier one's).
    pub fn paragraph_job(&self, text: &str, i: usize, layers: &[&Decorations], wrap_width: f32) -> LayoutJob {
        let para = self.paragraphs[i].clone();
        let base = self.map.byte(para.start);
        let mut job = LayoutJob { text: text[base..self.map.byte(para.end)].to_owned(), ..Default::default() };
        job.wrap.max_width = wrap_width;
        if para.is_empty() {
            // An empty line still takes a row of the text's height.
            job.sections.push(LayoutSection {
                leading_space: 0.0,
                byte_range: ByteIndex(0)..ByteIndex(0),
                format: self.plain.clone(),
            });
            return job;
        }
        // Only the marks on this paragraph that change its layout; outlines are painted later.
        let decorations: Vec<&Decoration> = layers
            .iter()
            .flat_map(|l| l.over(para.clone()))
            .filter(|d| !matches!(d.mark, Mark::DashedOutline(_)))
            .collect();
        let first = self.styled.partition_point(|s| s.end <= para.start);
        for s in self.styled[first..].iter().take_while(|s| s.start < para.end) {
            let (start, end) = (s.start.max(para.start), s.end.min(para.end));
            // Cut the run at every decoration edge inside it, then lay each decoration over.
            let mut cuts = vec![start, end];
            for d in &decorations {
                cuts.extend([d.start, d.end].into_iter().filter(|&c| start < c && c < end));
            }
            cuts.sort_unstable();
            cuts.dedup();
            for w in cuts.windows(2) {
                let mut format = s.format.clone();
                for d in decorations.iter().filter(|d| d.start <= w[0] && w[1] <= d.end) {
                    match d.mark {
                        Mark::Fill(colour) => format.background = colour,
                        Mark::Underline(stroke) if format.underline == Stroke::NONE => format.underline = stroke,
                        Mark::Underline(_) | Mark::DashedOutline(_) => {}
                    }
                }
                format.color = legible_on(format.background, format.color);
                job.sections.push(LayoutSection {
                    leading_space: 0.0,
                    byte_range: ByteIndex(self.map.byte(w[0]) - base)..ByteIndex(self.map.byte(w[1]) - base),
                    format,
                });
            }
        }
        job
    }

    fn rebuild(&mut self, p: &Project, key: LayoutKey, text_colour: Color32) {
        let Some(article) = p.articles.get(key.article) else {
            *self = Self::default();
            return;
        };
        let text = &article.text;
        if self.key.is_none_or(|k| k.article != key.article || k.state != key.state || k.by_grade != key.by_grade) {
            self.map = CharMap::new(text);
            self.paragraphs = paragraphs(text);
            self.heights.clear();
            self.spans = p
                .claims_of(key.article)
                .filter(|c| !c.orphaned && c.end <= self.map.len() && c.start < c.end)
                .map(|c| Span {
                    start: c.start,
                    end: c.end,
                    claim: c.id,
                    colour: if key.by_grade {
                        grade_colour(p.grade_of(c))
                    } else {
                        c.tags.first().and_then(|t| p.tags.get(*t)).map_or(UNTAGGED, |t| c32(t.colour))
                    },
                })
                .collect();
        }
        if self.key.is_none_or(|k| k.font_size != key.font_size) {
            self.heights.clear();
        }
        self.plain = TextFormat {
            font_id: FontId::proportional(key.font_size),
            color: text_colour,
            line_height: Some(key.font_size * ROW_HEIGHT),
            ..Default::default()
        };

        // Segment boundaries: every claim edge.
        let mut bounds: Vec<usize> = vec![0, self.map.len()];
        for s in &self.spans {
            bounds.extend([s.start, s.end]);
        }
        bounds.sort_unstable();
        bounds.dedup();

        // Sweep: spans sorted by start; `active` holds those covering the current segment.
        let mut order: Vec<usize> = (0..self.spans.len()).collect();
        order.sort_by_key(|&i| self.spans[i].start);
        let mut next = 0;
        let mut active: Vec<usize> = Vec::new();
        self.styled.clear();
        for w in bounds.windows(2) {
            let (seg_start, seg_end) = (w[0], w[1]);
            if seg_start == seg_end {
                continue;
            }
            active.retain(|&i| self.spans[i].end > seg_start);
            while next < order.len() && self.spans[order[next]].start <= seg_start {
                if self.spans[order[next]].end > seg_start {
                    active.push(order[next]);
                }
                next += 1;
            }
            let mut format = self.plain.clone();
            // Innermost claim first: it gives the fill; the next one out gives the underline,
            // so an overlap reads as two colours, not one.
            let mut covering: Vec<&Span> = active.iter().map(|&i| &self.spans[i]).collect();
            covering.sort_by_key(|s| s.end - s.start);
            if let Some(inner) = covering.first() {
                let selected = covering.iter().any(|s| Some(s.claim) == key.selected);
                let alpha = if selected { 150 } else { 80 };
                format.background = tint(inner.colour, alpha, key.dark);
                if let Some(outer) = covering.get(1) {
                    format.underline = Stroke::new(2.5, outer.colour);
                }
                if selected {
                    format.underline = Stroke::new(2.0, text_colour);
                }
                if covering.iter().any(|s| Some(s.claim) == key.flash) {
                    format.background = Color32::from_rgb(0xff, 0xd5, 0x4f);
                }
            }
            self.styled.push(Styled { start: seg_start, end: seg_end, format });
        }
    }
}

/// Text rows are this many font sizes high.
const ROW_HEIGHT: f32 = 1.45;
/// A rough average glyph width in font sizes, to estimate heights of paragraphs not laid out.
const AVERAGE_CHAR_WIDTH: f32 = 0.5;

/// The char ranges of a text's lines, without their `\n`: the units laid out on their own.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut n) = (0, 0);
    for c in text.chars() {
        if c == '\n' {
            out.push(start..n);
            start = n + 1;
        }
        n += 1;
    }
    out.push(start..n);
    out
}

/// A highlight fill: the tag colour, lightened on a light theme so text stays readable.
fn tint(c: Color32, alpha: u8, dark: bool) -> Color32 {
    let base = if dark { Color32::BLACK } else { Color32::WHITE };
    let t = alpha as f32 / 255.0;
    let mix = |a: u8, b: u8| (a as f32 * t + b as f32 * (1.0 - t)).round() as u8;
    Color32::from_rgb(mix(c.r(), base.r()), mix(c.g(), base.g()), mix(c.b(), base.b()))
}

/// WCAG's least contrast for body text.
const MIN_CONTRAST: f32 = 4.5;

/// The text colour over a fill: the theme's own where it reads well enough, else black or white,
/// whichever reads better. The dark theme's grey text on a bright tag colour (or the yellow
/// flash) would otherwise all but vanish. A see-through fill is left to the theme's colour, as
/// what shows through it is not known here.
fn legible_on(background: Color32, text: Color32) -> Color32 {
    if background.a() < 255 || contrast(text, background) >= MIN_CONTRAST {
        return text;
    }
    if contrast(Color32::BLACK, background) >= contrast(Color32::WHITE, background) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// The WCAG contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let linear = egui::Rgba::from(c);
        0.2126 * linear.r() + 0.7152 * linear.g() + 0.0722 * linear.b()
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Document, builders};
    use crate::sample::sample_project;

    fn key(article: ArticleId, state: u64) -> LayoutKey {
        LayoutKey { article, state, selected: None, flash: None, dark: false, font_size: 15.0, by_grade: false }
    }

    #[test]
    fn tinted_by_grade_a_claim_takes_its_grades_colour_and_an_ungraded_one_grey() {
        let p = crate::io::project_file::parse(include_str!("../../tests/fixtures/graded-sample.ron")).unwrap();
        // Reuters (B): "They violated…" is graded 1, so B decides (blue); "a dispute ignited…"
        // is ungraded (6), so grey.
        let graded = p.claims.iter().find(|c| c.quote.starts_with("“They violated")).unwrap();
        let ungraded = p.claims.iter().find(|c| c.quote.starts_with("a dispute ignited")).unwrap();
        let mut layout = ReaderLayout::default();
        let colour = |layout: &ReaderLayout, id: ClaimId| layout.spans.iter().find(|s| s.claim == id).unwrap().colour;
        layout.prepare(&p, LayoutKey { by_grade: true, ..key(graded.article, 1) }, Color32::BLACK);
        assert_eq!(colour(&layout, graded.id), grade_colour(p.grade_of(graded)));
        assert_eq!(colour(&layout, graded.id), Color32::from_rgb(0x56, 0xb4, 0xe9));
        assert_eq!(colour(&layout, ungraded.id), UNTAGGED);
        // Off again: the first tag's colour comes back without any edit.
        layout.prepare(&p, key(graded.article, 1), Color32::BLACK);
        let tag = p.tags.get(graded.tags[0]).unwrap().colour;
        assert_eq!(colour(&layout, graded.id), c32(tag));
    }

    #[test]
    fn decorations_over_a_range_are_exactly_those_that_overlap_it() {
        // Short marks everywhere and a long one across many of them, as a selection over
        // underlined mentions.
        let mark = Mark::Fill(Color32::RED);
        let mut items: Vec<Decoration> =
            (0..200).map(|i| Decoration { start: i * 7 % 500, end: i * 7 % 500 + 1 + i % 9, mark }).collect();
        items.push(Decoration { start: 20, end: 400, mark });
        let marks = Decorations::new(items.clone());
        for range in [0..1, 0..500, 19..21, 399..401, 400..450, 250..260, 600..700, 30..30] {
            let mut want: Vec<_> = items.iter().filter(|d| d.start < range.end && range.start < d.end).collect();
            let mut got: Vec<_> = marks.over(range.clone()).collect();
            want.sort_by_key(|d| (d.start, d.end));
            got.sort_by_key(|d| (d.start, d.end));
            assert_eq!(got, want, "over {range:?}");
        }
    }

    #[test]
    fn paragraph_jobs_tile_the_text_once_and_decorations_lie_over_the_highlights() {
        let p = sample_project();
        let article = p.articles.iter().next().unwrap();
        let text = &article.text;
        let mut layout = ReaderLayout::default();
        layout.prepare(&p, key(article.id, 1), Color32::BLACK);
        let pending = Decorations::new(vec![Decoration { start: 3, end: 9, mark: Mark::Fill(Color32::LIGHT_BLUE) }]);
        // Each paragraph's sections tile its line exactly, in order, on char boundaries, and
        // the lines put back together with their newlines give the text.
        let mut lines = Vec::new();
        for i in 0..layout.paragraph_count() {
            let job = layout.paragraph_job(text, i, &[&pending], 500.0);
            let mut at = 0;
            for s in &job.sections {
                assert_eq!(s.byte_range.start.0, at);
                assert!(job.text.is_char_boundary(s.byte_range.end.0));
                at = s.byte_range.end.0;
            }
            assert_eq!(at, job.text.len());
            lines.push(job.text);
        }
        assert!(lines.len() > 1, "the sample article has several paragraphs");
        assert_eq!(&lines.join("\n"), text);
        let first = layout.paragraph_job(text, 0, &[&pending], 500.0);
        let selected: Vec<_> = first.sections.iter().filter(|s| s.format.background == Color32::LIGHT_BLUE).collect();
        let chars = |r: &Range<ByteIndex>| first.text[r.start.0..r.end.0].chars().count();
        assert_eq!(selected.iter().map(|s| chars(&s.byte_range)).sum::<usize>(), 6);
        // The Geneva clause sits inside the MOFCOM sentence: both claims are found there,
        // the inner one first.
        let geneva =
            p.claims.iter().find(|c| c.quote == "a trade understanding reached in Geneva in early May").unwrap();
        let hits = layout.claims_at(geneva.start + 3);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0], geneva.id);
        assert!(layout.claims_at(0).is_empty());
        // Every char belongs to the paragraph found for it.
        let para = layout.paragraph_of(geneva.start);
        assert!(layout.paragraph(para).contains(&geneva.start));
    }

    #[test]
    fn heights_are_estimated_until_measured_and_reset_when_the_width_changes() {
        let p = sample_project();
        let article = p.articles.iter().next().unwrap();
        let mut layout = ReaderLayout::default();
        layout.prepare(&p, key(article.id, 1), Color32::BLACK);
        let estimated = layout.heights(600.0, 15.0).to_vec();
        assert_eq!(estimated.len(), layout.paragraph_count());
        assert!(estimated.iter().all(|&h| h >= 15.0 * ROW_HEIGHT));
        layout.measure(0, 123.0);
        assert_eq!(layout.heights(600.0, 15.0)[0], 123.0);
        assert!(layout.heights(300.0, 15.0)[0] >= estimated[0], "a narrower column is re-estimated");
        assert_ne!(layout.heights(300.0, 15.0)[0], 123.0);
    }

    #[test]
    fn the_styling_is_rebuilt_only_when_its_inputs_change() {
        let mut doc = Document::new(sample_project(), None);
        let article = doc.project().articles.ids().next().unwrap();
        let text = doc.project().articles.get(article).unwrap().text.clone();
        let mut layout = ReaderLayout::default();
        layout.prepare(doc.project(), key(article, doc.state()), Color32::BLACK);
        let before = layout.paragraph_job(&text, 0, &[], 500.0).sections.len();
        let (edit, _) = builders::new_claim(doc.project(), article, 0, 5).unwrap();
        doc.apply(edit).unwrap();
        layout.prepare(doc.project(), key(article, doc.state()), Color32::BLACK);
        let after = layout.paragraph_job(&text, 0, &[], 500.0).sections.len();
        assert!(after > before, "a new claim adds segments");
    }

    #[test]
    fn text_over_every_highlight_reads_at_body_text_contrast_on_the_dark_and_the_light_theme() {
        let mut fills: Vec<Color32> = (0..12).map(|n| c32(crate::model::Colour::palette(n))).collect();
        fills.push(UNTAGGED);
        for visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            let text = visuals.text_color();
            // Claim highlights, plain and selected, then the flash and the pending selection.
            let mut backgrounds: Vec<Color32> =
                fills.iter().flat_map(|&c| [80, 150].map(|alpha| tint(c, alpha, visuals.dark_mode))).collect();
            backgrounds.extend([Color32::from_rgb(0xff, 0xd5, 0x4f), visuals.selection.bg_fill]);
            for bg in backgrounds {
                let ratio = contrast(legible_on(bg, text), bg);
                assert!(ratio >= MIN_CONTRAST, "{ratio:.2}:1 for text on {bg:?} (dark: {})", visuals.dark_mode);
            }
        }
        // And the reader's paragraphs carry it: every highlighted run of the sample on the dark
        // theme, its claims selected in turn, is drawn in a colour that reads on its fill.
        let p = sample_project();
        let text = Color32::from_gray(140);
        for claim in p.claims.iter() {
            let mut layout = ReaderLayout::default();
            let dark = LayoutKey { selected: Some(claim.id), dark: true, ..key(claim.article, 1) };
            layout.prepare(&p, dark, text);
            let article = &p.articles.get(claim.article).unwrap().text;
            for i in 0..layout.paragraph_count() {
                for s in layout.paragraph_job(article, i, &[], 500.0).sections.iter() {
                    let bg = s.format.background;
                    assert!(
                        bg.a() == 0 || contrast(s.format.color, bg) >= MIN_CONTRAST,
                        "{:?} on {bg:?}",
                        s.format.color
                    );
                }
            }
        }
        // Where the theme's colour already reads well it is kept.
        assert_eq!(legible_on(Color32::WHITE, Color32::from_gray(60)), Color32::from_gray(60));
    }

    #[test]
    fn contrast_runs_from_one_for_a_colour_on_itself_to_twenty_one_for_black_on_white() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::BLACK) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(128), Color32::from_gray(128)) - 1.0).abs() < 1e-6);
    }
}
