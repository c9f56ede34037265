//! Kiểm tra số định danh cá nhân: what each part of the 12-digit number says.
//!
//! Deep link: `#/so-dinh-danh?so=001090001234&ns=15/03/1990` opens the result directly.

use yew::prelude::*;

use crate::law::date::{Date, DateInputError};
use crate::law::id_number::{self, BirthDateCheck, DecodedId, IdNumberProblem};
use crate::ui::app::use_ctx;
use crate::ui::hooks::{use_form, Submit};
use crate::ui::text::{common, id_number as words, t, Lang, T};
use crate::ui::widgets::{ErrorSummary, TextField, VerifyNote, Why};

#[derive(Properties, PartialEq)]
pub struct IdNumberProps {
    #[prop_or_default]
    pub number: String,
    #[prop_or_default]
    pub birth_date: String,
}

/// What the form shows after "Check": the decoded number, or the problems per field.
struct Outcome {
    decoded: Result<DecodedId, IdNumberProblem>,
    birth_date: Option<Result<Date, String>>,
}

fn check(lang: Lang, today: Date, number: &str, birth_date: &str) -> Outcome {
    let decoded = id_number::decode(number, today);
    let birth_date = match Date::parse_dmy(birth_date) {
        Err(DateInputError::Empty) => None,
        Err(problem) => Some(Err(common::date_problem(lang, problem))),
        Ok(date) if date > today => Some(Err(common::future_birth_date(lang, &today.to_string()))),
        Ok(date) => Some(Ok(date)),
    };
    Outcome { decoded, birth_date }
}

#[component]
pub fn IdNumberPage(props: &IdNumberProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // A deep link with a number opens on its result.
    let form = use_form((props.number.clone(), props.birth_date.clone()), !props.number.is_empty());
    let (number, birth_date) = (*form.draft).clone();

    let outcome = form.submitted().then(|| check(lang, ctx.today, &number, &birth_date));
    let number_error = outcome.as_ref().and_then(|o| o.decoded.as_ref().err()).map(|p| words::id_problem(lang, p));
    let date_error = outcome.as_ref().and_then(|o| o.birth_date.clone()).and_then(Result::err);
    let mut errors: Vec<(AttrValue, String)> = Vec::new();
    if let Some(e) = &number_error {
        errors.push(("id-number".into(), e.clone()));
    }
    if let Some(e) = &date_error {
        errors.push(("birth-date".into(), e.clone()));
    }

    let on_number = form.edit(|d: &mut (String, String), v| d.0 = v);
    let on_birth_date = form.edit(|d: &mut (String, String), v| d.1 = v);
    let today = ctx.today;
    let onsubmit = form.onsubmit(move |(number, birth_date): &(String, String)| {
        let o = check(lang, today, number, birth_date);
        if o.decoded.is_err() || matches!(o.birth_date, Some(Err(_))) {
            Submit::Fix
        } else {
            Submit::Show
        }
    });

    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::IdCheckTitle) }</h1>
            <p>{ t(lang, T::IdCheckIntro) }</p>
            <ErrorSummary errors={errors} />
            <form class="form" {onsubmit} novalidate=true>
                <TextField id="id-number" label={t(lang, T::IdNumberLabel)} hint={AttrValue::Static(t(lang, T::IdNumberHint))}
                    value={number.clone()} error={number_error.clone()} oninput={on_number} inputmode="numeric" />
                <TextField id="birth-date" label={t(lang, T::DobLabel)} hint={AttrValue::Static(t(lang, T::DobHint))}
                    value={birth_date.clone()} error={date_error.clone()} oninput={on_birth_date} inputmode="numeric" autocomplete="bday" />
                <button type="submit" class="button">{ t(lang, T::CheckButton) }</button>
            </form>
            if let Some(Outcome { decoded: Err(IdNumberProblem::OldCmnd), .. }) = &outcome {
                <div class="notice">
                    <p>{ t(lang, T::CmndAdvice) }</p>
                    <Why reasons={vec![(words::id_problem(lang, &IdNumberProblem::OldCmnd), &id_number::CMND_ENDED)]} />
                </div>
            }
            if let Some(Outcome { decoded: Ok(decoded), birth_date }) = &outcome {
                { result(lang, decoded, birth_date.as_ref().and_then(|r| r.as_ref().ok()).copied()) }
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
