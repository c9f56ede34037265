//! A form's draft as typed, kept on this device only, keyed by item id under a versioned schema:
//!
//! ```text
//! congdanso-form-1<TAB>tt116-2026
//! ct01-1<TAB>NGUYỄN VĂN A
//! ct01-11-1-ten<TAB>Nguyễn Thị B
//! ```
//!
//! Values escape `\`, tab and newline. A draft of an older version of the form is restored with
//! the items that changed named; anything else (another schema, a key this form does not have, a
//! broken line, an oversized value) restores nothing and the page says so. Pure; tested natively.

use crate::law::date::Date;

use super::forms::{member_key, Kind, Known, OfficialForm, OlderVersion, When, MEMBER_COLUMNS};

pub const SCHEMA: &str = "congdanso-form-1";
/// More than this is not a draft this app wrote.
const MAX_STORED: usize = 400_000;
/// The longest value kept for one item (a form line takes far less).
pub const MAX_VALUE: usize = 2_000;

/// The answers as typed, by item id (member-table cells: `member_key`).
#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct FormDraft {
    values: Vec<(String, String)>,
}

/// What was found in storage.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Restored {
    /// Nothing stored.
    Nothing,
    /// This version's draft.
    Draft(FormDraft),
    /// A draft of an older version of the form: restored, with what changed since.
    Older(FormDraft, &'static OlderVersion),
    /// Not readable: nothing restored.
    Unreadable,
}

impl FormDraft {
    pub fn get(&self, key: &str) -> &str {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or_default()
    }

    /// Sets one answer; an empty answer removes it. Over-long text is cut at `MAX_VALUE` characters.
    pub fn set(&mut self, key: &str, value: &str) {
        let value: String = value.chars().take(MAX_VALUE).collect();
        match self.values.iter().position(|(k, _)| k == key) {
            Some(i) if value.is_empty() => {
                self.values.remove(i);
            }
            Some(i) => self.values[i].1 = value,
            None if value.is_empty() => {}
            None => self.values.push((key.to_string(), value)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn is_ticked(&self, key: &str) -> bool {
        self.get(key) == "1"
    }

    /// Whether an item or part applies, given the other answers.
    pub fn applies(&self, when: When) -> bool {
        match when {
            When::Always => true,
            When::Ticked(id) => self.is_ticked(id),
            When::Empty(id) => self.get(id).trim().is_empty(),
            When::NoIdOrYearOnly { id, birth } => self.get(id).trim().is_empty() || Date::parse_dmy(self.get(birth).trim()).is_err(),
        }
    }

    /// The answers other forms may reuse (name, date of birth, ID number, phone, e-mail, sex).
    pub fn known(&self, form: &OfficialForm) -> Vec<(Known, String)> {
        form.items().filter_map(|(_, i)| Some((i.known?, self.get(i.id).trim().to_string()))).filter(|(_, v)| !v.is_empty()).collect()
    }

    /// Fills the empty items of `form` that take a known answer; returns the ids filled.
    pub fn fill_known(&mut self, form: &OfficialForm, known: &[(Known, String)]) -> Vec<&'static str> {
        let mut filled = Vec::new();
        for (_, item) in form.items() {
            let Some(value) = item.known.and_then(|k| known.iter().find(|(kk, _)| *kk == k)).map(|(_, v)| v) else { continue };
            if self.get(item.id).is_empty() && !value.is_empty() {
                self.set(item.id, value);
                filled.push(item.id);
            }
        }
        filled
    }

    pub fn serialize(&self, form: &OfficialForm) -> String {
        let mut out = format!("{SCHEMA}\t{}", form.version);
        for (key, value) in &self.values {
            out.push('\n');
            out.push_str(key);
            out.push('\t');
            for c in value.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    c => out.push(c),
                }
            }
        }
        out
    }

    /// Reads what `serialize` wrote for `form` (or an older version of it). Never panics.
    pub fn restore(form: &OfficialForm, stored: Option<&str>) -> Restored {
        let Some(stored) = stored else { return Restored::Nothing };
        if stored.len() > MAX_STORED {
            return Restored::Unreadable;
        }
        let mut lines = stored.split('\n');
        let older = match lines.next().and_then(|h| h.split_once('\t')) {
            Some((SCHEMA, version)) if version == form.version => None,
            Some((SCHEMA, version)) => match form.older.iter().find(|o| o.version == version) {
                Some(older) => Some(older),
                None => return Restored::Unreadable,
            },
            _ => return Restored::Unreadable,
        };
        let keys = keys(form);
        let mut draft = FormDraft::default();
        for line in lines {
            let Some((key, raw)) = line.split_once('\t') else { return Restored::Unreadable };
            let Some(value) = unescape(raw) else { return Restored::Unreadable };
            if !keys.iter().any(|k| k == key) || value.chars().count() > MAX_VALUE || !draft.get(key).is_empty() {
                return Restored::Unreadable;
            }
            draft.set(key, &value);
        }
        match older {
            Some(older) => Restored::Older(draft, older),
            None => Restored::Draft(draft),
        }
    }
}

/// Every key a draft of `form` may hold: its items' ids and its member-table cells.
pub fn keys(form: &OfficialForm) -> Vec<String> {
    let mut out = Vec::new();
    for (_, item) in form.items() {
        out.push(item.id.to_string());
        if let Kind::Members { rows } = item.kind {
            for row in 1..=rows {
                out.extend(MEMBER_COLUMNS.iter().map(|(col, _, _)| member_key(item.id, row, col)));
            }
        }
    }
    out
}

fn unescape(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                _ => return None,
            }),
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::forms::{BIRTH_DECLARATION, CT01, TK01};

    #[test]
    fn a_draft_round_trips_with_tabs_newlines_and_backslashes() {
        let mut d = FormDraft::default();
        d.set("ct01-1", "Nguyễn Văn A");
        d.set("ct01-10", "Đăng ký thường trú\ttại:\nsố 1 \\ đường B");
        d.set("ct01-11-2-ten", "Lê Thị C");
        let stored = d.serialize(&CT01);
        assert!(stored.starts_with("congdanso-form-1\ttt116-2026\n"));
        assert_eq!(FormDraft::restore(&CT01, Some(&stored)), Restored::Draft(d));
    }

    #[test]
    fn another_forms_or_a_broken_draft_restores_nothing() {
        let mut d = FormDraft::default();
        d.set("tk01-a1", "NGUYỄN VĂN A");
        let tk01 = d.serialize(&TK01);
        assert_eq!(FormDraft::restore(&CT01, Some(&tk01)), Restored::Unreadable, "a TK01 draft is not a CT01 draft");
        for bad in ["", "v2", "congdanso-form-1\tzzz", "congdanso-form-1\ttt116-2026\nct01-1", "congdanso-form-1\ttt116-2026\nct01-1\ta\\q"] {
            assert_eq!(FormDraft::restore(&CT01, Some(bad)), Restored::Unreadable, "{bad:?}");
        }
        let huge = format!("congdanso-form-1\ttt116-2026\nct01-1\t{}", "A".repeat(1_000_000));
        assert_eq!(FormDraft::restore(&CT01, Some(&huge)), Restored::Unreadable);
        assert_eq!(FormDraft::restore(&CT01, None), Restored::Nothing);
    }

    #[test]
    fn an_older_version_is_restored_with_its_changes() {
        let stored = "congdanso-form-1\ttt53-2025\nct01-1\tNguyễn Văn A\nct01-7\tNguyễn Văn B";
        match FormDraft::restore(&CT01, Some(stored)) {
            Restored::Older(d, older) => {
                assert_eq!(d.get("ct01-1"), "Nguyễn Văn A");
                assert!(older.changed.iter().any(|(n, _)| *n == "7"), "item 7 changed in TT 116/2026");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn known_answers_fill_only_empty_items_of_another_form() {
        let mut tk01 = FormDraft::default();
        tk01.set("tk01-a1", "NGUYỄN VĂN A");
        tk01.set("tk01-a3", "15/03/1990");
        tk01.set("tk01-a4", "0912345678");
        let known = tk01.known(&TK01);
        let mut birth = FormDraft::default();
        birth.set("ks-nyc-ns", "01/01/1991");
        let filled = birth.fill_known(&BIRTH_DECLARATION, &known);
        assert_eq!(filled, vec!["ks-nyc-ten"], "the typed date of birth is kept; the birth form asks no phone");
        assert_eq!(birth.get("ks-nyc-ten"), "NGUYỄN VĂN A");
        assert_eq!(birth.get("ks-nyc-ns"), "01/01/1991");
    }
}
