//! Stable GUIDs for REFI-QDA, derived from Faultline's 64-bit ids.
//!
//! REFI-QDA wants a GUID on every code, source, selection, coding and note. Random GUIDs would
//! make two exports of the same project differ everywhere, so each GUID is built from the
//! record's id as an RFC 9562 version-8 (custom) UUID:
//!
//! `fa1711e0-KKKK-8HHH-8HHH-00HHHHHHHHHH`
//!
//! where `KKKK` is the kind of record (so a tag and an actor that happen to share an id never
//! share a GUID), the `8`s are the version and variant digits, and the sixteen `H` digits are the
//! id in hex, in order. Records with no id of their own (codings, the group codes) use a number
//! that is stable for a given project: their position in the export.

/// What a GUID identifies; part of the GUID so kinds never collide.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GuidKind {
    Article = 1,
    Claim = 2,
    Actor = 3,
    Tag = 4,
    EventType = 5,
    /// A group code ("Actors", "Event types") that holds other codes.
    Group = 6,
    /// A coding, numbered in the order the export writes them.
    Coding = 7,
    /// The note of a claim (same number as the claim's id).
    ClaimNote = 8,
    /// The notes of an article (same number as the article's id).
    ArticleNote = 9,
    /// An Admiralty grade's code: reliability A–F as 1–6, credibility 1–6 as 11–16.
    Grade = 10,
    /// The note that records a link between two claims (same number as the link's id).
    LinkNote = 11,
}

pub fn guid(kind: GuidKind, id: u64) -> String {
    let h = format!("{id:016x}");
    format!("fa1711e0-{:04x}-8{}-8{}-00{}", kind as u16, &h[0..3], &h[3..6], &h[6..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_uuid_shaped_and_keep_the_id() {
        let g = guid(GuidKind::Claim, 0x0123_4567_89ab_cdef);
        assert_eq!(g, "fa1711e0-0002-8012-8345-006789abcdef");
        assert_ne!(guid(GuidKind::Tag, 7), guid(GuidKind::Actor, 7));
        let parts: Vec<usize> = g.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12]);
    }
}
