//! The shape every tool shares (docs/adding-a-tool.md), checked on the source: pages hold no
//! words of their own, decide no law, and import no other page.

use std::fs;
use std::path::PathBuf;

/// (file, line number, the line without its `//` comment) for every page source line.
fn page_lines() -> Vec<(PathBuf, usize, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui/pages");
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let code = fs::read_to_string(&path).unwrap();
        for (n, line) in code.lines().enumerate() {
            // A `//` comment, but not the `//` of a URL (`https://…`).
            let cut = line.match_indices("//").find(|(at, _)| !line[..*at].ends_with(':')).map(|(at, _)| at).unwrap_or(line.len());
            let without_comment = line[..cut].to_string();
            out.push((path.clone(), n + 1, without_comment));
        }
    }
    out
}

const VIETNAMESE_LETTERS: &str = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ";

#[test]
fn pages_hold_no_words_of_their_own() {
    for (path, n, line) in page_lines() {
        assert!(!line.contains("Lang::Vi") && !line.contains("Lang::En"), "{}:{n}: a language branch in a page: {line}", path.display());
        let in_literal = line.split('"').skip(1).step_by(2).any(|lit| lit.chars().any(|c| VIETNAMESE_LETTERS.contains(c)));
        assert!(!in_literal, "{}:{n}: Vietnamese words in a page (they belong in src/ui/text/): {line}", path.display());
    }
}

#[test]
fn pages_decide_no_law_and_import_no_other_page() {
    for (path, n, line) in page_lines() {
        assert!(!(line.contains("law::") && line.contains("_facts")), "{}:{n}: a page reads legal facts directly: {line}", path.display());
        let imports_page = line.contains("pages::") && !line.contains("pages::not_found::NotFound");
        assert!(!imports_page, "{}:{n}: a page imports another page: {line}", path.display());
    }
}
