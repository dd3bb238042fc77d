//! Recognising an article already in the project by its text.
//!
//! The fingerprint is SHA-256 over the text with every run of whitespace made one space, so a
//! copy that differs only in line wrapping or trailing spaces matches. SHA-256 rather than
//! std's `DefaultHasher` (whose output may change between Rust releases) or FNV (easy to
//! collide on purpose): it is stable, so a fingerprint can be stored or compared across
//! projects later, and hashing a whole project's texts takes milliseconds.

use sha2::{Digest, Sha256};

use super::{Article, ArticleId, Project};

/// The lowercase hex SHA-256 of `text` with whitespace runs collapsed and ends trimmed.
pub fn content_hash(text: &str) -> String {
    let mut hasher = Sha256::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The project's article (other than `article` itself) whose text is the same as `article`'s,
/// if any.
pub fn find_duplicate(project: &Project, article: &Article) -> Option<ArticleId> {
    let hash = content_hash(&article.text);
    project.articles.iter().find(|a| a.id != article.id && content_hash(&a.text) == hash).map(|a| a.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_ignores_wrapping() {
        // SHA-256 of "a b", fixed so that a change of algorithm or normalisation is noticed.
        assert_eq!(content_hash(" a\n\n b \n"), "c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65");
        assert_eq!(content_hash("Talks resume\nnext week."), content_hash("Talks resume next week."));
        assert_ne!(content_hash("Talks resume."), content_hash("Talks resumed."));
    }
}
