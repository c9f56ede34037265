//! Search that ignores diacritics, case and missing spaces: "dang ky tam tru", "dangkytamtru" and
//! "ĐĂNG KÝ TẠM TRÚ" all find "Đăng ký tạm trú".

/// The base letter of a Vietnamese character, lower-cased ("Ắ" → 'a', "đ" → 'd').
fn base(c: char) -> char {
    let lower = if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) };
    match lower {
        'à' | 'á' | 'ạ' | 'ả' | 'ã' | 'â' | 'ầ' | 'ấ' | 'ậ' | 'ẩ' | 'ẫ' | 'ă' | 'ằ' | 'ắ' | 'ặ' | 'ẳ' | 'ẵ' => 'a',
        'è' | 'é' | 'ẹ' | 'ẻ' | 'ẽ' | 'ê' | 'ề' | 'ế' | 'ệ' | 'ể' | 'ễ' => 'e',
        'ì' | 'í' | 'ị' | 'ỉ' | 'ĩ' => 'i',
        'ò' | 'ó' | 'ọ' | 'ỏ' | 'õ' | 'ô' | 'ồ' | 'ố' | 'ộ' | 'ổ' | 'ỗ' | 'ơ' | 'ờ' | 'ớ' | 'ợ' | 'ở' | 'ỡ' => 'o',
        'ù' | 'ú' | 'ụ' | 'ủ' | 'ũ' | 'ư' | 'ừ' | 'ứ' | 'ự' | 'ử' | 'ữ' => 'u',
        'ỳ' | 'ý' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
        'đ' => 'd',
        other => other,
    }
}

/// Lower-case letters and digits without diacritics; everything else becomes one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // Combining marks (text typed in decomposed form) are dropped.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let b = base(c);
        if b.is_alphanumeric() {
            out.push(b);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// The longest query worth reading.
pub const MAX_QUERY: usize = 200;

/// A query, folded once and then matched against many names.
pub struct Query {
    words: Vec<String>,
    joined: String,
}

impl Query {
    /// `None` when there is nothing to search for.
    pub fn new(query: &str) -> Option<Query> {
        let query: String = query.chars().take(MAX_QUERY).collect();
        let folded = fold(&query);
        (!folded.is_empty()).then(|| Query { joined: folded.replace(' ', ""), words: folded.split(' ').map(str::to_string).collect() })
    }

    /// Every query word starts a word of the text, or the query without spaces is part of the
    /// text without spaces.
    pub fn finds(&self, text: &str) -> bool {
        let t = fold(text);
        let words_found = self.words.iter().all(|w| t.split(' ').any(|tw| tw.starts_with(w.as_str())));
        words_found || t.replace(' ', "").contains(&self.joined)
    }
}

/// Whether `query` finds `text`. An empty query finds nothing.
pub fn matches(query: &str, text: &str) -> bool {
    Query::new(query).is_some_and(|q| q.finds(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_to_plain_letters() {
        assert_eq!(fold("Đăng ký TẠM TRÚ"), "dang ky tam tru");
        assert_eq!(fold("  Khai báo tạm vắng! "), "khai bao tam vang");
        assert_eq!(fold("Cấp phiếu lý lịch tư pháp"), "cap phieu ly lich tu phap");
        assert_eq!(fold("Hộ chiếu – cấp mới"), "ho chieu cap moi");
        assert_eq!(fold("Đăng ky\u{301}"), "dang ky", "decomposed accents");
    }

    #[test]
    fn finds_with_or_without_diacritics_and_spaces() {
        let name = "Đăng ký tạm trú";
        for q in ["dang ky tam tru", "dangkytamtru", "ĐĂNG KÝ TẠM TRÚ", "tam tru", "tạm", "dang ky tam"] {
            assert!(matches(q, name), "{q}");
        }
        for q in ["", "   ", "thuong tru", "khai sinh", "xyz"] {
            assert!(!matches(q, name), "{q}");
        }
        assert!(!matches(&"a".repeat(1_000_000), name));
    }
}
