//! The reader's text as an egui `LayoutJob`: every claim highlighted in its tag's colour,
//! overlaps split into segments so each overlapping claim stays visible.
//!
//! Building the job walks every claim of the article, so it is memoized on what it depends on
//! (document state, selection, theme); egui's galley cache then re-lays out only what changed.

use egui::text::{ByteIndex, LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

use crate::model::text::CharMap;
use crate::model::{ArticleId, ClaimId, Project};

use super::colours::{UNTAGGED, c32};

/// One highlighted claim as the reader sees it.
#[derive(Clone, Debug)]
struct Span {
    start: usize,
    end: usize,
    claim: ClaimId,
    colour: Color32,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct LayoutKey {
    pub article: ArticleId,
    pub state: u64,
    pub selected: Option<ClaimId>,
    pub pending: Option<(usize, usize)>,
    pub flash: Option<ClaimId>,
    pub dark: bool,
    pub font_size: f32,
}

#[derive(Default)]
pub struct ReaderLayout {
    key: Option<LayoutKey>,
    job: LayoutJob,
    spans: Vec<Span>,
    map: CharMap,
}

impl ReaderLayout {
    /// Brings the job up to date with `key`, rebuilding it only when the key changed.
    pub fn prepare(&mut self, p: &Project, key: LayoutKey, text_colour: Color32, selection_bg: Color32) {
        if self.key != Some(key) {
            self.rebuild(p, key, text_colour, selection_bg);
            self.key = Some(key);
        }
    }

    /// The job as last prepared.
    pub fn job(&self) -> &LayoutJob {
        &self.job
    }

    /// Claims covering a char, innermost (shortest) first.
    pub fn claims_at(&self, char_index: usize) -> Vec<ClaimId> {
        let mut hits: Vec<&Span> = self.spans.iter().filter(|s| s.start <= char_index && char_index < s.end).collect();
        hits.sort_by_key(|s| s.end - s.start);
        hits.into_iter().map(|s| s.claim).collect()
    }

    fn rebuild(&mut self, p: &Project, key: LayoutKey, text_colour: Color32, selection_bg: Color32) {
        let Some(article) = p.articles.get(key.article) else {
            *self = Self::default();
            return;
        };
        let text = &article.text;
        if self.key.is_none_or(|k| k.article != key.article || k.state != key.state) {
            self.map = CharMap::new(text);
            self.spans = p
                .claims_of(key.article)
                .filter(|c| !c.orphaned && c.end <= self.map.len() && c.start < c.end)
                .map(|c| Span {
                    start: c.start,
                    end: c.end,
                    claim: c.id,
                    colour: c.tags.first().and_then(|t| p.tags.get(*t)).map_or(UNTAGGED, |t| c32(t.colour)),
                })
                .collect();
        }
        let font = FontId::proportional(key.font_size);
        let plain = TextFormat {
            font_id: font.clone(),
            color: text_colour,
            line_height: Some(key.font_size * 1.45),
            ..Default::default()
        };

        // Segment boundaries: every claim edge and the pending selection's edges.
        let mut bounds: Vec<usize> = vec![0, self.map.len()];
        for s in &self.spans {
            bounds.extend([s.start, s.end]);
        }
        if let Some((a, b)) = key.pending {
            bounds.extend([a.min(self.map.len()), b.min(self.map.len())]);
        }
        bounds.sort_unstable();
        bounds.dedup();

        // Sweep: spans sorted by start; `active` holds those covering the current segment.
        let mut order: Vec<usize> = (0..self.spans.len()).collect();
        order.sort_by_key(|&i| self.spans[i].start);
        let mut next = 0;
        let mut active: Vec<usize> = Vec::new();
        let mut job = LayoutJob { text: text.clone(), ..Default::default() };
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
            let mut format = plain.clone();
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
            if let Some((a, b)) = key.pending
                && seg_start >= a
                && seg_end <= b
            {
                format.background = selection_bg;
            }
            job.sections.push(egui::text::LayoutSection {
                leading_space: 0.0,
                byte_range: ByteIndex(self.map.byte(seg_start))..ByteIndex(self.map.byte(seg_end)),
                format,
            });
        }
        self.job = job;
    }
}

/// A highlight fill: the tag colour, lightened on a light theme so text stays readable.
fn tint(c: Color32, alpha: u8, dark: bool) -> Color32 {
    let base = if dark { Color32::BLACK } else { Color32::WHITE };
    let t = alpha as f32 / 255.0;
    let mix = |a: u8, b: u8| (a as f32 * t + b as f32 * (1.0 - t)).round() as u8;
    Color32::from_rgb(mix(c.r(), base.r()), mix(c.g(), base.g()), mix(c.b(), base.b()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Document, builders};
    use crate::sample::sample_project;

    #[test]
    fn overlapping_claims_split_into_segments_that_cover_the_text_once() {
        let p = sample_project();
        let article = p.articles.iter().next().unwrap();
        let mut layout = ReaderLayout::default();
        let key = LayoutKey {
            article: article.id,
            state: 1,
            selected: None,
            pending: Some((3, 9)),
            flash: None,
            dark: false,
            font_size: 15.0,
        };
        layout.prepare(&p, key, Color32::BLACK, Color32::LIGHT_BLUE);
        let job = layout.job().clone();
        // The sections tile the text exactly, in order, on char boundaries.
        let mut at = 0;
        for s in &job.sections {
            assert_eq!(s.byte_range.start.0, at);
            assert!(article.text.is_char_boundary(s.byte_range.end.0));
            at = s.byte_range.end.0;
        }
        assert_eq!(at, article.text.len());
        // The Geneva clause sits inside the MOFCOM sentence: both claims are found there,
        // the inner one first.
        let geneva =
            p.claims.iter().find(|c| c.quote == "a trade understanding reached in Geneva in early May").unwrap();
        let hits = layout.claims_at(geneva.start + 3);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0], geneva.id);
        assert!(layout.claims_at(0).is_empty());
    }

    #[test]
    fn the_job_is_rebuilt_only_when_its_inputs_change() {
        let mut doc = Document::new(sample_project(), None);
        let article = doc.project().articles.ids().next().unwrap();
        let mut layout = ReaderLayout::default();
        let key = |state| LayoutKey {
            article,
            state,
            selected: None,
            pending: None,
            flash: None,
            dark: false,
            font_size: 15.0,
        };
        layout.prepare(doc.project(), key(doc.state()), Color32::BLACK, Color32::BLUE);
        let before = layout.job().sections.len();
        let (edit, _) = builders::new_claim(doc.project(), article, 0, 5).unwrap();
        doc.apply(edit).unwrap();
        layout.prepare(doc.project(), key(doc.state()), Color32::BLACK, Color32::BLUE);
        let after = layout.job().sections.len();
        assert!(after > before, "a new claim adds segments");
    }
}
