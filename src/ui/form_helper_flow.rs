//! The form helper's logic, pure and tested natively: what a link carries into a form, the
//! check of every item (with the same validator every form uses), and what the draft becomes on
//! paper, in the portal's order and on the desk summary.
//!
//! Link: `#/to-khai/ct01?de-nghi=thuong-tru&ns=15/03/1990`, `#/to-khai/khai-sinh?ngay=20/11/2026`,
//! `#/to-khai/tk01?dai-dien=1`. Nothing typed in a form is ever written into a link.

use crate::content::catalog::{FormId, Service};
use crate::content::form_draft::{FormDraft, Restored};
use crate::content::forms::{card_roles, member_key, Item, Kind, Known, OfficialForm, OlderVersion, Online, Request, MEMBER_COLUMNS};
use crate::law::card_qr::CardQr;
use crate::law::date::Date;
use crate::law::id_number::Sex;
use crate::law::in_words;

use super::form::{validate, FieldKind, FieldProblem};
use super::link::{self, Params, Query};
use super::route::Location;
use super::text::forms::sex_options;

/// What a link carries into a form.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct FormPrefill {
    /// The person's date of birth, as typed in another tool.
    pub born: String,
    /// The event's date: on the birth declaration, the child's date of birth.
    pub event_date: String,
    /// CT01 item 10.
    pub request: Option<Request>,
    /// TK01 part C.
    pub for_other: bool,
    /// A staff member or relative is filling it in for the person helped (`giup=1`).
    pub helper: bool,
}

impl Query for FormPrefill {
    fn read(loc: &Location) -> FormPrefill {
        FormPrefill {
            born: loc.text(&link::BORN).to_string(),
            event_date: loc.text(&link::EVENT_DATE).to_string(),
            request: loc.choice(&link::FORM_REQUEST).and_then(Request::from_code),
            for_other: loc.flag(&link::FORM_FOR_OTHER),
            helper: loc.flag(&link::HELPER),
        }
    }

    fn write(&self) -> Params {
        Params::new()
            .text(&link::BORN, &self.born)
            .text(&link::EVENT_DATE, &self.event_date)
            .choice(&link::FORM_REQUEST, self.request.map(Request::code))
            .flag(&link::FORM_FOR_OTHER, self.for_other)
            .flag(&link::HELPER, self.helper)
    }
}

impl FormPrefill {
    /// What a service's page (or a life event's plan) knows for the form its documents name: the
    /// request of a residence service, the event's date as the child's date of birth.
    pub fn for_service(service_id: &str, form: FormId, event_date: &str) -> FormPrefill {
        FormPrefill {
            event_date: if form == FormId::BirthDeclaration { event_date.to_string() } else { String::new() },
            request: if form == FormId::Ct01 { Request::for_service(service_id) } else { None },
            ..FormPrefill::default()
        }
    }

    /// Each official form a service's documents name (once), with what the service knows for it.
    pub fn forms_for(service: &Service, event_date: &str) -> Vec<(FormId, FormPrefill)> {
        let mut out: Vec<(FormId, FormPrefill)> = Vec::new();
        for form in service.documents.iter().filter_map(|d| d.form) {
            if !out.iter().any(|(f, _)| *f == form) {
                out.push((form, FormPrefill::for_service(service.id, form, event_date)));
            }
        }
        out
    }

    /// Fills the empty items of `draft` with what the link carried; returns the ids filled. What
    /// the person already typed on this device is never overwritten.
    pub fn apply(&self, form: &OfficialForm, draft: &mut FormDraft) -> Vec<&'static str> {
        let mut filled = Vec::new();
        for (_, item) in form.items() {
            let value = match (item.known, item.kind, item.id) {
                // The person's date of birth; on TK01 for a child, the child's (part C).
                (Some(Known::BirthDate), _, _) if !self.for_other => self.born.clone(),
                (_, _, "tk01-c13") if self.for_other => self.born.clone(),
                (_, Kind::BirthDateInWords, _) => self.event_date.clone(),
                (_, _, "ct01-10") => self.request.map(|r| r.item_10().to_string()).unwrap_or_default(),
                (_, Kind::Tick, "tk01-cho-nguoi-khac") if self.for_other => "1".to_string(),
                _ => String::new(),
            };
            if !value.is_empty() && draft.get(item.id).is_empty() {
                draft.set(item.id, &value);
                filled.push(item.id);
            }
        }
        filled
    }
}

/// Where a draft is kept on this device.
pub fn storage_key(form: &OfficialForm) -> String {
    format!("congdanso.form.{}", form.slug)
}

/// What was said about the saved draft when the form opened.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Restore {
    Fresh,
    Restored,
    /// A saved draft could not be read: nothing was restored.
    Unreadable,
    /// A draft of an older version: restored, with its changes.
    Older(&'static OlderVersion),
}

/// How a form opens: the draft saved on this device, then what the person typed in the other
/// forms here (name, date of birth, ID number, phone), then what the link carried; each fills
/// only what is still empty.
#[derive(Clone, PartialEq, Debug)]
pub struct Start {
    pub draft: FormDraft,
    pub restore: Restore,
    /// The items filled from elsewhere (other forms, the link), in the paper's order.
    pub prefilled: Vec<&'static str>,
}

pub fn start(form: &OfficialForm, stored: Option<&str>, others: &[(&OfficialForm, Option<String>)], prefill: &FormPrefill) -> Start {
    let (mut draft, restore) = match FormDraft::restore(form, stored) {
        Restored::Nothing => (FormDraft::default(), Restore::Fresh),
        Restored::Draft(d) => (d, Restore::Restored),
        Restored::Older(d, older) => (d, Restore::Older(older)),
        Restored::Unreadable => (FormDraft::default(), Restore::Unreadable),
    };
    let known: Vec<(Known, String)> = others
        .iter()
        .filter_map(|(other, stored)| match FormDraft::restore(other, stored.as_deref()) {
            Restored::Draft(d) | Restored::Older(d, _) => Some(d.known(other)),
            _ => None,
        })
        .flatten()
        .collect();
    // What other forms know fills a new draft only: an answer cleared on purpose stays cleared.
    let mut prefilled = if restore == Restore::Fresh { draft.fill_known(form, &known) } else { Vec::new() };
    prefilled.extend(prefill.apply(form, &mut draft));
    prefilled.sort_by_key(|id| form.items().position(|(_, i)| i.id == *id));
    Start { draft, restore, prefilled }
}

/// How an item is typed and checked.
pub fn field_kind(kind: Kind) -> FieldKind {
    match kind {
        Kind::NameCaps | Kind::Name => FieldKind::Name,
        Kind::Text => FieldKind::Text { max: 150 },
        Kind::Long => FieldKind::Text { max: 300 },
        Kind::Relationship => FieldKind::Text { max: 60 },
        Kind::Date => FieldKind::Date { past_only: true },
        Kind::BirthDate | Kind::BirthDateInWords => FieldKind::BirthDate,
        Kind::YearOrDate => FieldKind::YearOrDate,
        Kind::IdNumber { .. } => FieldKind::IdNumber,
        Kind::IdOrPassport => FieldKind::IdOrPassport,
        Kind::Phone => FieldKind::Phone,
        Kind::Email => FieldKind::Email,
        Kind::Sex => FieldKind::Choice(sex_options),
        Kind::Copies => FieldKind::Copies,
        Kind::Tick | Kind::Members { .. } => FieldKind::Flag,
    }
}

/// The id an error links to: a choice's first option, else the field itself.
pub fn error_target(kind: Kind, key: &str) -> String {
    match kind {
        Kind::Sex => format!("{key}-nam"),
        _ => key.to_string(),
    }
}

/// One problem found: the draft key, the item's kind, what is wrong.
pub type Problem = (String, Kind, FieldProblem);

/// Every problem in the items that apply, in the paper's order. `all`: also the required items
/// left empty (after "Check"); otherwise only what was typed and is wrong (checked as you type).
pub fn problems(form: &OfficialForm, draft: &FormDraft, today: Date, all: bool) -> Vec<Problem> {
    let mut out = Vec::new();
    for (part, item) in form.items() {
        if !draft.applies(part.when) || !draft.applies(item.when) {
            continue;
        }
        match item.kind {
            Kind::Members { rows } => members(item, rows, draft, today, all, &mut out),
            kind => {
                let raw = draft.get(item.id);
                if raw.trim().is_empty() && !all {
                    continue;
                }
                let required = item.required && item.required_unless.is_none_or(|other| draft.get(other).trim().is_empty());
                // Item 10 as a link starts it ("Đăng ký thường trú tại: ") still wants the address.
                let only_the_start = Request::ALL.iter().any(|r| raw.trim() == r.item_10().trim());
                match validate(field_kind(kind), required, raw, today) {
                    Err(problem) => out.push((item.id.to_string(), kind, problem)),
                    Ok(_) if only_the_start && all => out.push((item.id.to_string(), kind, FieldProblem::Missing)),
                    Ok(_) => {}
                }
            }
        }
    }
    out
}

/// The member table: a row with anything typed in it is checked whole; a required table needs
/// one row.
fn members(item: &Item, rows: u8, draft: &FormDraft, today: Date, all: bool, out: &mut Vec<Problem>) {
    let mut any_row = false;
    for row in 1..=rows {
        let started = MEMBER_COLUMNS.iter().any(|(col, _, _)| !draft.get(&member_key(item.id, row, col)).trim().is_empty());
        if !started {
            continue;
        }
        any_row = true;
        for (col, _, kind) in MEMBER_COLUMNS {
            let key = member_key(item.id, row, col);
            let required = col != "so";
            if let Err(problem) = validate(field_kind(kind), required, draft.get(&key), today) {
                out.push((key, kind, problem));
            }
        }
    }
    if all && item.required && !any_row {
        out.push((member_key(item.id, 1, "ten"), Kind::Name, FieldProblem::Missing));
    }
}

/// The answer as written on the paper: a name in capitals where the form asks for them, the sex
/// in words, a checked ID number as 12 digits, a phone number as dialled.
pub fn written(kind: Kind, raw: &str, today: Date) -> String {
    let raw = raw.trim();
    match kind {
        Kind::NameCaps => raw.to_uppercase(),
        Kind::Sex => Sex::from_code(raw).map(Sex::printed).unwrap_or_default().to_string(),
        Kind::Tick => String::new(),
        _ => match validate(field_kind(kind), false, raw, today) {
            Ok(super::form::Value::IdNumber(digits) | super::form::Value::Phone(digits)) => digits,
            _ => raw.to_string(),
        },
    }
}

/// Whether an item is asked, given the other answers (its part's condition and its own).
pub fn applies(form: &OfficialForm, item: &Item, draft: &FormDraft) -> bool {
    form.items().find(|(_, i)| i.id == item.id).is_some_and(|(part, i)| draft.applies(part.when) && draft.applies(i.when))
}

/// The member-table rows to offer: the first, and one more after each row started.
pub fn member_rows_shown(item: &Item, rows: u8, draft: &FormDraft) -> u8 {
    let started = |row: u8| MEMBER_COLUMNS.iter().any(|(col, _, _)| !draft.get(&member_key(item.id, row, col)).trim().is_empty());
    (1..=rows).rev().find(|r| started(*r)).map_or(1, |last| (last + 1).min(rows))
}

/// The items of a part as the paper's lines: items printed on the same line grouped, the app's
/// own questions and the items printed inside another left out.
pub fn paper_lines(items: &'static [Item]) -> Vec<Vec<&'static Item>> {
    let mut lines: Vec<Vec<&'static Item>> = Vec::new();
    for item in items.iter().filter(|i| i.kind != Kind::Tick && i.printed_in.is_none()) {
        match lines.last_mut() {
            Some(line) if item.same_line => line.push(item),
            _ => lines.push(vec![item]),
        }
    }
    lines
}

/// An item's answer on the paper (nothing for a question that no longer applies, so the paper
/// agrees with the summary); an empty "Giấy tờ tùy thân" takes the ID number typed for the portal
/// ("Số định danh cá nhân: …").
pub fn paper_value(form: &OfficialForm, item: &Item, draft: &FormDraft, today: Date) -> String {
    if !applies(form, item, draft) {
        return String::new();
    }
    let own = written(item.kind, draft.get(item.id), today);
    if !own.is_empty() {
        return own;
    }
    form.items()
        .map(|(_, i)| i)
        .find(|i| i.printed_in == Some(item.id) && !draft.get(i.id).trim().is_empty())
        .map(|i| format!("{}: {}", i.label, written(i.kind, draft.get(i.id), today)))
        .unwrap_or_default()
}

/// The child's date of birth in words, when the typed date is a real one.
pub fn in_words(raw: &str) -> Option<String> {
    Date::parse_dmy(raw.trim()).ok().map(in_words::date)
}

/// One line of the "copy into the portal" list: the portal's item number (or the paper's), its
/// label, the value to copy, and the key of the field it came from.
#[derive(Clone, PartialEq, Debug)]
pub struct PortalRow {
    pub number: String,
    pub label: &'static str,
    pub value: String,
    pub key: &'static str,
}

/// The answers in the order the portal's online form asks for them (the paper's order where the
/// portal's was not read); empty answers are left out. None for a counter-only form.
pub fn portal_rows(form: &OfficialForm, draft: &FormDraft, today: Date) -> Option<Vec<PortalRow>> {
    let applies = |(part, item): &(&crate::content::forms::Part, &Item)| draft.applies(part.when) && draft.applies(item.when);
    let row = |number: String, label: &'static str, item: &'static Item| PortalRow {
        number,
        label,
        value: written(item.kind, draft.get(item.id), today),
        key: item.id,
    };
    let mut rows: Vec<PortalRow> = match form.online {
        Online::CounterOnly => return None,
        Online::PortalForm(_) => {
            let mut rows: Vec<(u8, PortalRow)> =
                form.items().filter(applies).filter_map(|(_, item)| item.portal.map(|(n, label)| (n, row(format!("({n})"), label, item)))).collect();
            rows.sort_by_key(|(n, _)| *n);
            rows.into_iter().map(|(_, r)| r).collect()
        }
        Online::SameInformation(_) => form
            .items()
            .filter(applies)
            .filter(|(_, item)| !matches!(item.kind, Kind::Tick | Kind::Members { .. }))
            .map(|(_, item)| row(item.number.to_string(), item.label, item))
            .collect(),
    };
    rows.retain(|r| !r.value.is_empty());
    Some(rows)
}

/// Writes what the card says into the role's items (the person confirmed each line, so earlier
/// answers there are replaced); returns the ids filled.
pub fn fill_from_card(form: &OfficialForm, draft: &mut FormDraft, card: &CardQr, role_code: &str) -> Vec<&'static str> {
    let Some(role) = card_roles(form).iter().find(|r| r.code == role_code).or_else(|| card_roles(form).first()) else { return Vec::new() };
    let sex = card.sex.map(Sex::code).unwrap_or_default();
    let born = card.born.to_string();
    let values =
        [(Some(role.name), card.name.as_str()), (Some(role.number), card.number.as_str()), (role.born, born.as_str()), (role.sex, sex), (role.tick, "1")];
    let mut filled = Vec::new();
    for (id, value) in values {
        if let (Some(id), false) = (id, value.is_empty()) {
            if form.item(id).is_some() || Some(id) == role.tick {
                draft.set(id, value);
                filled.push(id);
            }
        }
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::forms::{BIRTH_DECLARATION, CT01, TK01};
    use crate::ui::route::parse_hash;

    const TODAY: Date = Date::ymd(2026, 12, 2);

    #[test]
    fn a_link_fills_only_empty_items() {
        let prefill = FormPrefill::read(&parse_hash("#/to-khai/ct01?de-nghi=thuong-tru&ns=15/03/1990"));
        let mut draft = FormDraft::default();
        draft.set("ct01-2", "01/01/1991");
        let filled = prefill.apply(&CT01, &mut draft);
        assert_eq!(filled, vec!["ct01-10"]);
        assert_eq!(draft.get("ct01-10"), "Đăng ký thường trú tại: ");
        assert_eq!(draft.get("ct01-2"), "01/01/1991", "what was typed on this device wins");
        let birth = FormPrefill::read(&parse_hash("#/to-khai/khai-sinh?ngay=20/11/2026"));
        let mut draft = FormDraft::default();
        assert_eq!(birth.apply(&BIRTH_DECLARATION, &mut draft), vec!["ks-con-ns"]);
        let tk01 = FormPrefill::read(&parse_hash("#/to-khai/tk01?dai-dien=1&ns=01/06/2015"));
        let mut draft = FormDraft::default();
        tk01.apply(&TK01, &mut draft);
        assert!(draft.is_ticked("tk01-cho-nguoi-khac"));
        assert_eq!((draft.get("tk01-a3"), draft.get("tk01-c13")), ("", "01/06/2015"), "a child's date of birth goes to part C, not the applicant's");
        assert_eq!(FormPrefill::read(&parse_hash(&crate::ui::route::link(&crate::ui::route::Route::Form("tk01".into()), &[]))), FormPrefill::default());
    }

    #[test]
    fn a_form_opens_with_its_draft_then_the_other_forms_then_the_link() {
        let mut tk01 = FormDraft::default();
        tk01.set("tk01-a1", "NGUYỄN VĂN A");
        tk01.set("tk01-a4", "0912345678");
        let others = [(&TK01, Some(tk01.serialize(&TK01))), (&BIRTH_DECLARATION, Some("garbage".to_string()))];
        let prefill = FormPrefill { request: Some(Request::Temporary), born: "15/03/1990".into(), ..FormPrefill::default() };
        let s = start(&CT01, None, &others, &prefill);
        assert_eq!(s.restore, Restore::Fresh);
        assert_eq!(s.prefilled, vec!["ct01-1", "ct01-2", "ct01-5", "ct01-10"]);
        let mut mine = FormDraft::default();
        mine.set("ct01-3", "nam");
        let restored = start(&CT01, Some(&mine.serialize(&CT01)), &others, &FormPrefill::default());
        assert_eq!(restored.draft.get("ct01-1"), "", "a saved draft is not refilled from other forms: a cleared answer stays cleared");
        let broken = start(&CT01, Some("congdanso-form-1\tt116-2026\nct01-1"), &[], &FormPrefill::default());
        assert_eq!((broken.restore, broken.draft.is_empty()), (Restore::Unreadable, true));
    }

    #[test]
    fn parts_and_items_apply_only_when_their_condition_holds() {
        let mut draft = FormDraft::default();
        let missing = |d: &FormDraft| problems(&TK01, d, TODAY, true).into_iter().map(|(k, _, _)| k).collect::<Vec<_>>();
        assert_eq!(missing(&draft), vec!["tk01-a1", "tk01-a2", "tk01-a3", "tk01-a4"]);
        draft.set("tk01-cho-nguoi-khac", "1");
        assert_eq!(missing(&draft).len(), 8, "part C's four items once it applies");
        let mut birth = FormDraft::default();
        let residence = |d: &FormDraft| problems(&BIRTH_DECLARATION, d, TODAY, true).iter().any(|(k, _, _)| k == "ks-nyc-cu-tru");
        assert!(residence(&birth), "footnote (2): residence is asked without an ID number");
        birth.set("ks-nyc-so", "001090001234");
        assert!(!residence(&birth), "and not with one");
    }

    #[test]
    fn typed_answers_are_checked_as_typed_and_empty_ones_only_on_check() {
        let mut draft = FormDraft::default();
        draft.set("ct01-4", "0010900012");
        draft.set("ct01-5", "+84 912 345 678");
        draft.set("ct01-11-1-ten", "Lê Thị C");
        let typed = problems(&CT01, &draft, TODAY, false);
        assert_eq!(typed.iter().map(|(k, _, _)| k.as_str()).collect::<Vec<_>>(), vec!["ct01-4"], "a short ID number; the member table is not asked yet");
        let mut unfinished = FormDraft::default();
        unfinished.set("ct01-10", "Đăng ký thường trú tại: ");
        assert!(
            problems(&CT01, &unfinished, TODAY, true).iter().any(|(k, _, p)| k == "ct01-10" && *p == FieldProblem::Missing),
            "item 10 as the link started it still wants the address"
        );
        draft.set("ct01-co-thanh-vien", "1");
        let typed: Vec<String> = problems(&CT01, &draft, TODAY, false).into_iter().map(|(k, _, _)| k).collect();
        assert_eq!(typed, vec!["ct01-4", "ct01-11-1-ns", "ct01-11-1-gt", "ct01-11-1-qh"], "a started row is checked whole");
        assert_eq!(written(Kind::Phone, "+84 912 345 678", TODAY), "0912345678");
    }

    #[test]
    fn the_paper_writes_names_in_capitals_and_the_childs_date_in_words() {
        assert_eq!(written(Kind::NameCaps, " nguyễn văn an ", TODAY), "NGUYỄN VĂN AN");
        assert_eq!(written(Kind::Name, "Nguyễn Văn An", TODAY), "Nguyễn Văn An");
        assert_eq!(written(Kind::Sex, "nu", TODAY), "Nữ");
        assert_eq!(in_words("20/11/2026").as_deref(), Some("Ngày hai mươi tháng mười một năm hai nghìn không trăm hai mươi sáu"));
        assert_eq!(in_words("31/02/2026"), None);
    }

    #[test]
    fn the_paper_groups_its_lines_and_prints_the_id_number_in_the_identity_document() {
        let numbers = |items| paper_lines(items).iter().map(|l| l.iter().map(|i| i.id).collect::<Vec<_>>().join("+")).collect::<Vec<_>>();
        let ct01 = numbers(CT01.parts[1].items);
        assert_eq!(ct01[2..6], ["ct01-2+ct01-3", "ct01-4", "ct01-5+ct01-6", "ct01-7+ct01-8"]);
        let mother = numbers(BIRTH_DECLARATION.parts[2].items);
        assert_eq!(mother, ["ks-me-ten", "ks-me-ns+ks-me-dt+ks-me-qt", "ks-me-cu-tru", "ks-me-giay-to"], "as printed: Năm sinh … Dân tộc … Quốc tịch …");
        let mut draft = FormDraft::default();
        draft.set("ks-me-so", "001195001234");
        let paper = |d: &FormDraft| BIRTH_DECLARATION.item("ks-me-giay-to").map(|i| paper_value(&BIRTH_DECLARATION, i, d, TODAY));
        assert_eq!(paper(&draft).as_deref(), Some("Số định danh cá nhân: 001195001234"));
        draft.set("ks-me-giay-to", "Thẻ căn cước số 001195001234");
        assert_eq!(paper(&draft).as_deref(), Some("Thẻ căn cước số 001195001234"));
        // A part no longer asked prints nothing, so the paper agrees with the summary.
        let mut tk01 = FormDraft::default();
        tk01.set("tk01-cho-nguoi-khac", "1");
        tk01.set("tk01-c11", "Nguyễn Minh An");
        let child = |d: &FormDraft| TK01.item("tk01-c11").map(|i| paper_value(&TK01, i, d, TODAY));
        assert_eq!(child(&tk01).as_deref(), Some("NGUYỄN MINH AN"));
        tk01.set("tk01-cho-nguoi-khac", "");
        assert_eq!(child(&tk01).as_deref(), Some(""));
    }

    #[test]
    fn the_portal_list_follows_the_portals_order() {
        let mut draft = FormDraft::default();
        draft.set("ks-con-ten", "Trần Minh Khang");
        draft.set("ks-nyc-ten", "Trần Thị Mai");
        draft.set("ks-me-ten", "Trần Thị Mai");
        draft.set("ks-ban-sao", "2");
        let rows = portal_rows(&BIRTH_DECLARATION, &draft, TODAY).unwrap_or_default();
        let numbers: Vec<&str> = rows.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, vec!["(1)", "(6)", "(13)", "(27)"]);
        assert_eq!(portal_rows(&TK01, &draft, TODAY), None, "TK01 is filed at the counter");
    }
}
