//! Search that ignores diacritics, case and missing spaces: "dang ky tam tru", "dangkytamtru" and
//! "ĐĂNG KÝ TẠM TRÚ" all find "Đăng ký tạm trú".

/// The base letter of a Vietnamese character, lower-cased ("Ắ" → 'a', "đ" → 'd').
fn base(c: char) -> char {
    const GROUPS: [(&str, char); 7] = [
        ("àáạảãâầấậẩẫăằắặẳẵ", 'a'),
        ("èéẹẻẽêềếệểễ", 'e'),
        ("ìíịỉĩ", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡ", 'o'),
        ("ùúụủũưừứựửữ", 'u'),
        ("ỳýỵỷỹ", 'y'),
        ("đ", 'd'),
    ];
    let lower = c.to_lowercase().next().unwrap_or(c);
    GROUPS.iter().find(|(set, _)| set.contains(lower)).map(|(_, b)| *b).unwrap_or(lower)
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

/// Whether `query` finds `text`: every query word is in it, or the query without spaces is part
/// of the text without spaces. An empty query finds nothing.
pub fn matches(query: &str, text: &str) -> bool {
    let query: String = query.chars().take(MAX_QUERY).collect();
    let q = fold(&query);
    if q.is_empty() {
        return false;
    }
    let t = fold(text);
    let words_found = q.split(' ').all(|w| t.split(' ').any(|tw| tw.starts_with(w)));
    words_found || t.replace(' ', "").contains(&q.replace(' ', ""))
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
