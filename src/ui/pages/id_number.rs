//! Kiểm tra số định danh cá nhân: what each part of the 12-digit number says.
//!
//! Deep link: `#/so-dinh-danh?so=001090001234&ns=15/03/1990` opens the result directly.

use yew::prelude::*;

use crate::law::date::Date;
use crate::law::id_number::{self, BirthDateCheck, DecodedId, IdNumberProblem};
use crate::ui::app::use_ctx;
use crate::ui::card_scan::{self, CardScan};
use crate::ui::form::FieldSpec;
use crate::ui::hooks::{use_form, Submit};
use crate::ui::id_flow::{IdDraft, ID_FIELDS};
use crate::ui::read_aloud::ReadAloud;
use crate::ui::text::{id_number as words, t, Lang, T};
use crate::ui::widgets::{ErrorSummary, VerifyNote, Why};

#[derive(Properties, PartialEq)]
pub struct IdNumberProps {
    #[prop_or_default]
    pub number: String,
    #[prop_or_default]
    pub birth_date: String,
}

#[component]
pub fn IdNumberPage(props: &IdNumberProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // A deep link with a number opens on its result.
    let initial = IdDraft { number: props.number.clone(), birth_date: props.birth_date.clone() };
    let form = use_form(initial, !props.number.is_empty());
    let draft = (*form.draft).clone();
    let today = ctx.today;
    // Each field judged by its row; the result is read from the number and the date when both pass.
    let problems: Vec<(&FieldSpec<IdDraft>, String)> = if form.submitted() {
        ID_FIELDS.iter().filter_map(|f| f.check(&draft, today).err().map(|p| (f, f.problem_text(lang, &p, today)))).collect()
    } else {
        Vec::new()
    };
    let error_for = |id: &str| problems.iter().find(|(f, _)| f.id == id).map(|(_, m)| m.clone());
    let errors: Vec<(AttrValue, String)> = problems.iter().map(|(f, m)| (AttrValue::from(f.error_target()), m.clone())).collect();
    let decoded = form.submitted().then(|| id_number::decode(&draft.number, today));
    let birth_date = Date::parse_dmy(&draft.birth_date).ok().filter(|d| *d <= today);
    let on_card = card_scan::fill_draft(&form.draft);
    let onsubmit = form.onsubmit(move |d: &IdDraft| if ID_FIELDS.iter().any(|f| f.check(d, today).is_err()) { Submit::Fix } else { Submit::Show });

    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::IdCheckTitle) }</h1>
            <p>{ t(lang, T::IdCheckIntro) }</p>
            <CardScan on_use={on_card} />
            <ErrorSummary errors={errors} />
            <form class="form" {onsubmit} novalidate=true>
                { for ID_FIELDS.iter().map(|f| form.field(f, lang, false, error_for(f.id), false)) }
                <button type="submit" class="button">{ t(lang, T::CheckButton) }</button>
            </form>
            if let Some(Err(IdNumberProblem::OldCmnd)) = &decoded {
                <div class="notice">
                    <p>{ t(lang, T::CmndAdvice) }</p>
                    <Why reasons={vec![(words::id_problem(lang, &IdNumberProblem::OldCmnd), &id_number::CMND_ENDED)]} />
                </div>
            }
            if let Some(Ok(decoded)) = &decoded {
                { result(lang, decoded, birth_date) }
            }
        </>
    }
}

fn result(lang: Lang, d: &DecodedId, birth_date: Option<Date>) -> Html {
    let dob_line = birth_date.map(|dob| match id_number::check_birth_date(d, dob) {
        BirthDateCheck::Agrees => html! { <p class="ok" role="status">{ t(lang, T::DobAgrees) }</p> },
        BirthDateCheck::YearDiffers { in_number, entered } => {
            html! { <p class="mismatch" role="alert">{ words::dob_year_differs(lang, in_number, entered) }</p> }
        }
    });
    let province = match d.province_ambiguity {
        Some((old, new)) => words::province_ambiguous(lang, d.province_code, old, new),
        None => words::province_line(lang, d.province, d.province_code),
    };
    let century_sex = words::century_and_sex(lang, d.century, d.century_digit, d.sex);
    let reasons = vec![
        (
            format!("{}: {province}", t(lang, T::ResultProvince)),
            if d.province_ambiguity.is_some() { &id_number::ADMIN_CODES_2025 } else { &id_number::PROVINCE_TABLE },
        ),
        (format!("{}: {century_sex}", t(lang, T::ResultCenturySex)), &id_number::STRUCTURE),
        (format!("{}: {}", t(lang, T::ResultBirthYear), d.birth_year), &id_number::STRUCTURE),
    ];
    html! {
        <section class="result" aria-labelledby="result-title">
            <h2 id="result-title">{ t(lang, T::ResultTitle) }</h2>
            <ReadAloud />
            <p class="id-digits" aria-label={d.digits.clone()}>{ id_number::grouped(&d.digits) }</p>
            <dl class="facts">
                <dt>{ t(lang, T::ResultProvince) }{ " (1–3)" }</dt>
                <dd>{ province }</dd>
                <dt>{ t(lang, T::ResultCenturySex) }{ " (4)" }</dt>
                <dd>{ century_sex }</dd>
                <dt>{ t(lang, T::ResultBirthYear) }{ " (5–6)" }</dt>
                <dd>{ d.birth_year }</dd>
                <dt>{ t(lang, T::ResultSerial) }{ " (7–12)" }</dt>
                <dd>{ t(lang, T::SerialExplained) }</dd>
            </dl>
            { for dob_line }
            <p class="hint">{ t(lang, T::ProvinceIsBirthRegistration) }</p>
            <VerifyNote source={&id_number::PROVINCE_TABLE} />
            if d.province_ambiguity.is_some() { <VerifyNote source={&id_number::ADMIN_CODES_2025} /> }
            <Why {reasons} />
        </section>
    }
}
