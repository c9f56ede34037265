//! Tra cứu hạn thẻ căn cước: one compact form (4 short questions) whose answers go into the link;
//! the result is read from the link, so it can be shared, reloaded and reviewed "as of" a date.
//!
//! Link: `#/han-the-can-cuoc?ns=15/03/1990&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&mien=1&mdd2=1&as_of=2026-11-24`
//! (`hh=khong` = "Không thời hạn").

use yew::prelude::*;

use crate::law::card::{self, Because, CardAnswers, CardField, CardHeld, Channel, Fee, PrintedExpiry, Validity};
use crate::law::date::{span_between, Date, DateInputError};
use crate::ui::app::use_ctx;
use crate::ui::card_text as text;
use crate::ui::i18n::{self, t, Lang, T};
use crate::ui::link::{self, Params, Query};
use crate::ui::route::{Location, Route};
use crate::ui::hooks::{use_form, Submit};
use crate::ui::widgets::{Checkbox, ErrorSummary, RadioGroup, TextField, VerifyNote, Why};

/// What the form holds, as typed.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct Draft {
    pub born: String,
    pub held: Option<CardHeld>,
    pub issued: String,
    pub expiry: String,
    pub no_expiry: bool,
    pub exempt: bool,
    pub eid2: bool,
}

impl Query for Draft {
    fn read(loc: &Location) -> Draft {
        let expiry = loc.text(&link::EXPIRY);
        Draft {
            born: loc.text(&link::BORN).to_string(),
            held: loc.choice(&link::CARD).and_then(CardHeld::from_code),
            issued: loc.text(&link::ISSUED).to_string(),
            expiry: if expiry == link::NEVER { String::new() } else { expiry.to_string() },
            no_expiry: expiry == link::NEVER,
            exempt: loc.flag(&link::FEE_EXEMPT),
            eid2: loc.flag(&link::CARD_EID_LEVEL_2),
        }
    }

    fn write(&self) -> Params {
        let dates = self.held.is_some_and(CardHeld::has_dates);
        Params::new()
            .text(&link::BORN, &self.born)
            .choice(&link::CARD, self.held.map(CardHeld::code))
            .text(&link::ISSUED, if dates { &self.issued } else { "" })
            .expiry(&link::EXPIRY, if dates { &self.expiry } else { "" }, dates && self.no_expiry)
            .flag(&link::FEE_EXEMPT, self.exempt)
            .flag(&link::CARD_EID_LEVEL_2, self.eid2)
    }
}

impl Draft {
    /// Whether the link carries answers (then the page opens on the result or on its errors).
    pub fn is_filled(&self) -> bool {
        !self.born.is_empty() || self.held.is_some()
    }

    /// The answers, or the problems per field id in form order.
    pub fn answers(&self, lang: Lang, as_of: Date) -> Result<CardAnswers, Vec<(&'static str, String)>> {
        let mut errors = Vec::new();
        let optional = |s: &str| match Date::parse_dmy(s) {
            Err(DateInputError::Empty) => Ok(None),
            Err(e) => Err(i18n::date_problem(lang, e)),
            Ok(d) => Ok(Some(d)),
        };
        let born = match Date::parse_dmy(&self.born) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(("born", i18n::date_problem(lang, e)));
                None
            }
        };
        if self.held.is_none() {
            errors.push(("held-can-cuoc", t(lang, T::ChooseCard).to_string()));
        }
        let dates = self.held.is_some_and(CardHeld::has_dates);
        let issued = if dates { optional(&self.issued).map_err(|e| errors.push(("issued", e))).ok().flatten() } else { None };
        let expiry = match (dates && !matches!(self.held, Some(CardHeld::Cmnd | CardHeld::Lost)), self.no_expiry) {
            (false, _) => None,
            (true, true) => Some(PrintedExpiry::Never),
            (true, false) => optional(&self.expiry).map_err(|e| errors.push(("expiry", e))).ok().flatten().map(PrintedExpiry::On),
        };
        let (Some(born), Some(held), true) = (born, self.held, errors.is_empty()) else {
            return Err(errors);
        };
        let answers = CardAnswers { born, held, issued_on: issued, printed_expiry: expiry, exempt_group: self.exempt, eid_level_2: self.eid2 };
        let problems = card::check_answers(&answers, as_of);
        if problems.is_empty() {
            return Ok(answers);
        }
        Err(problems
            .into_iter()
            .map(|p| {
                let id = match p.field() {
                    CardField::AsOf => "as-of",
                    CardField::Born => "born",
                    CardField::IssuedOn => "issued",
                    CardField::PrintedExpiry => "expiry",
                };
                (id, text::problem(lang, p))
            })
            .collect())
    }
}

#[derive(Properties, PartialEq)]
pub struct CardPageProps {
    pub draft: Draft,
}

#[component]
pub fn CardPage(props: &CardPageProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let form = use_form(props.draft.clone(), props.draft.is_filled());
    let draft = form.draft.clone();
    let outcome = form.submitted().then(|| draft.answers(lang, ctx.today));
    let errors: Vec<(AttrValue, String)> = match &outcome {
        Some(Err(e)) => e.iter().map(|(id, m)| (AttrValue::Static(id), m.clone())).collect(),
        _ => Vec::new(),
    };
    let error_for = |id: &str| errors.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone());

    let update = |f: fn(&mut Draft, String)| form.edit(f);
    let toggle = |f: fn(&mut Draft, bool)| form.edit(f);
    let on_held = form.edit(|d: &mut Draft, v: AttrValue| d.held = CardHeld::from_code(&v));
    let onsubmit = form.onsubmit(move |d: &Draft| match d.answers(lang, ctx.today) {
        Ok(_) => Submit::GoTo(ctx.href(&Route::CardExpiry, d.write())),
        Err(_) => Submit::Fix,
    });

    let held = draft.held;
    let options = CardHeld::ALL
        .iter()
        .map(|h| {
            let (label, hint) = text::held(lang, *h);
            (AttrValue::Static(h.code()), AttrValue::Static(label), AttrValue::Static(hint))
        })
        .collect::<Vec<_>>();
    let result = match &outcome {
        Some(Ok(answers)) => Some(card::card_answer(answers, ctx.today)),
        _ => None,
    };
    html! {
        <>
            <h1 id="page-title" tabindex="-1">{ t(lang, T::CardTitle) }</h1>
            if let Some(answer) = &result {
                { result_view(lang, answer, ctx.today_from_link()) }
                <h2>{ t(lang, T::YourAnswers) }</h2>
            } else {
                <p>{ t(lang, T::CardIntro) }</p>
            }
            <ErrorSummary errors={errors.clone()} />
            if let Some(message) = error_for("as-of") { <p class="banner" id="as-of">{ message }</p> }
            <form class="form" {onsubmit} novalidate=true>
                <TextField id="born" label={t(lang, T::BornLabel)} hint={AttrValue::Static(t(lang, T::BornHint))}
                    value={draft.born.clone()} error={error_for("born")} inputmode="numeric" autocomplete="bday"
                    oninput={update(|d, v| d.born = v)} />
                <RadioGroup id="held" legend={t(lang, T::HeldLegend)} options={options}
                    selected={held.map(|h| AttrValue::Static(h.code()))} error={error_for("held-can-cuoc")} onchange={on_held} />
                if held.is_some_and(CardHeld::has_dates) {
                    <TextField id="issued" label={t(lang, if held == Some(CardHeld::Lost) { T::LostIssuedLabel } else { T::IssuedLabel })}
                        hint={AttrValue::Static(t(lang, if held == Some(CardHeld::Lost) { T::LostIssuedHint } else { T::IssuedHint }))}
                        value={draft.issued.clone()} error={error_for("issued")} inputmode="numeric"
                        oninput={update(|d, v| d.issued = v)} />
                }
                if held.is_some_and(|h| h.has_dates() && h != CardHeld::Cmnd && h != CardHeld::Lost) {
                    if !draft.no_expiry {
                        <TextField id="expiry" label={t(lang, T::ExpiryLabel)} hint={AttrValue::Static(t(lang, T::ExpiryHint))}
                            value={draft.expiry.clone()} error={error_for("expiry")} inputmode="numeric"
                            oninput={update(|d, v| d.expiry = v)} />
                    }
                    <Checkbox id="no-expiry" label={t(lang, T::NoExpiryLabel)} checked={draft.no_expiry}
                        onchange={toggle(|d, v| d.no_expiry = v)} />
                }
                <Checkbox id="exempt" label={t(lang, T::ExemptLabel)} hint={AttrValue::Static(t(lang, T::ExemptHint))}
                    checked={draft.exempt} onchange={toggle(|d, v| d.exempt = v)} />
                <Checkbox id="eid2" label={t(lang, T::Eid2Label)} hint={AttrValue::Static(t(lang, T::Eid2Hint))}
                    checked={draft.eid2} onchange={toggle(|d, v| d.eid2 = v)} />
                <button type="submit" class="button">{ t(lang, T::ShowResult) }</button>
            </form>
        </>
    }
}

fn result_view(lang: Lang, a: &card::CardAnswer, from_link: bool) -> Html {
    let (headline, bad) = match a.validity {
        Validity::Valid { until: Some(until) } => {
            let left = i18n::span(lang, span_between(a.as_of, until));
            let line = match lang {
                Lang::Vi => format!("Thẻ còn giá trị đến hết ngày {until} – còn {left}."),
                Lang::En => format!("The card is valid until {until} – {left} left."),
            };
            (line, false)
        }
        Validity::Valid { until: None } => (t(lang, T::ForLifeLine).to_string(), false),
        Validity::Expired { since } => (
            match lang {
                Lang::Vi => format!("Thẻ đã hết giá trị từ ngày {since}."),
                Lang::En => format!("The card is no longer valid since {since}."),
            },
            true,
        ),
        Validity::NoCard => (t(lang, T::NoCardLine).to_string(), a.must_have_card),
        Validity::Lost => (t(lang, T::LostLine).to_string(), true),
    };
    let next = a.next_renewal.map(|(age, on)| match lang {
        Lang::Vi => format!("Khi đủ {age} tuổi, ngày {on}: đến lúc đó phải làm thủ tục cấp đổi thẻ."),
        Lang::En => format!("On reaching {age}, on {on}: the card must be renewed then."),
    });
    let fee = match a.fee {
        Fee::None => html! { <p>{ t(lang, T::NoFeeLine) }</p> },
        Fee::Exempt(why) => html! { <p>{ text::exempt_fee(lang, why) }</p> },
        Fee::Unknown => html! { <p>{ t(lang, T::FeeUnknownLine) }</p> },
        Fee::Amount { in_person, online, eid_waiver_until } => html! {
            <>
                <p>{ match lang {
                    Lang::Vi if a.channel == Some(Channel::InPersonCommunePolice) => format!("Nộp trực tiếp: {}. Nộp trực tuyến (khi thủ tục cho phép): {}.", text::money(lang, in_person), text::money(lang, online)),
                    Lang::En if a.channel == Some(Channel::InPersonCommunePolice) => format!("In person: {}. Online (where the procedure allows it): {}.", text::money(lang, in_person), text::money(lang, online)),
                    Lang::Vi => format!("Nộp trực tiếp: {}. Nộp trực tuyến: {}.", text::money(lang, in_person), text::money(lang, online)),
                    Lang::En => format!("In person: {}. Online: {}.", text::money(lang, in_person), text::money(lang, online)),
                } }</p>
                if let Some(until) = eid_waiver_until {
                    <p>{ text::reason(lang, Because::EidWaiver { until }) }</p>
                }
            </>
        },
    };
    // The facts behind the fee and the ages that sources disagree on get their note beside them.
    let fee_doubts: Vec<_> = a
        .reasons
        .iter()
        .filter(|r| matches!(r.because, Because::ReductionApplies { .. } | Because::EidWaiver { .. }) && r.source.doubt.is_some())
        .map(|r| r.source)
        .collect();
    let law_118 = a.reasons.iter().find(|r| r.because == Because::Law118Amended).map(|r| r.source);
    let reasons: Vec<(String, &'static crate::law::source::Source)> =
        a.reasons.iter().map(|r| (text::reason(lang, r.because), r.source)).collect();
    html! {
        <section class="result answer-block" aria-labelledby="result-title">
            <h2 id="result-title">{ t(lang, T::CardStatusHeading) }</h2>
            <p class="as-of">{ text::as_of_line(lang, a.as_of, from_link) }</p>
            <p class={classes!("headline", bad.then_some("bad"))}>{ headline }</p>
            if let Some(source) = law_118 { <VerifyNote {source} /> }
            if let Some(next) = next {
                <h3>{ t(lang, T::NextRenewalHeading) }</h3>
                <p>{ next }</p>
            }
            <h3>{ t(lang, T::WhatToDoHeading) }</h3>
            <p><strong>{ text::procedure(lang, a.procedure) }</strong></p>
            if let Some(channel) = a.channel {
                <h3>{ t(lang, T::WhereHeading) }</h3>
                <p>{ text::channel(lang, channel) }</p>
                <h3>{ t(lang, T::FeeHeading) }</h3>
                { fee }
                { for fee_doubts.into_iter().map(|source| html! { <VerifyNote {source} /> }) }
            }
            if let Some(ready) = &a.ready_by {
                <h3>{ t(lang, T::TimeHeading) }</h3>
                <p>{ text::ready_by(lang, crate::law::card_facts::PROCESSING_DAYS, a.as_of, ready.date) }</p>
                { for ready.skipped.iter().filter(|d| d.source.doubt.is_some()).map(|d| d.source).take(1).map(|source| html! { <VerifyNote {source} /> }) }
            }
            <Why {reasons} />
        </section>
    }
}
