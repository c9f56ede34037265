//! The fuzz harness: every function that reads text a person types, a link carries or storage
//! holds, fed inputs biased toward what breaks text code (multi-byte and combining Vietnamese
//! letters, full-width and Arabic-Indic digits, direction overrides, NUL, percent escapes,
//! every separator, very long runs). No input may panic, and the round trips must hold.
//!
//! `make test` runs `FUZZ_INPUTS` (1 000 000 by default); `make fuzz` runs 10 000 000 and prints the
//! count. `FUZZ_SEED` picks another run; input number n of a seed is the same on every machine. A failure prints the seed, the input number and the input:
//! add that input to `GOLDEN` below so it stays checked forever.

use std::panic;
use std::time::Instant;

use congdanso::content::checklist::Checklist;
use congdanso::content::events::{plan, LifeEvent};
use congdanso::content::form_draft::{FormDraft, Restored};
use congdanso::content::forms;
use congdanso::content::savings::savings;
use congdanso::content::{search as catalog_search, search, services};
use congdanso::law::card::card_answer;
use congdanso::law::card_qr;
use congdanso::law::date::Date;
use congdanso::law::eid::eid_outcome;
use congdanso::law::id_number;
use congdanso::law::in_words;
use congdanso::ui::card_flow::Draft as CardDraft;
use congdanso::ui::digital_citizen_flow::{DcDraft, DcStep};
use congdanso::ui::eid_flow::{EidDraft, EidStep};
use congdanso::ui::form::FillFromCard;
use congdanso::ui::form::{validate, FieldKind};
use congdanso::ui::form_helper_flow::{self as form_flow, FormPrefill};
use congdanso::ui::guide::Guide;
use congdanso::ui::link::{href, Query, Shared};
use congdanso::ui::pages::events::{date_error, EventDraft};
use congdanso::ui::plan_flow::{compose, PlanDraft};
use congdanso::ui::route::{link, parse_hash, Route};
use congdanso::ui::tally::Tally;
use congdanso::ui::text::{common, id_number as id_words, Lang};
use congdanso::ui::{ics, link as links, qr};

/// Inputs found to break the app (or close to it), checked on every run before the random ones.
const GOLDEN: &[&str] = &[
    // Typed on a Vietnamese keyboard into a date field: 8 bytes, not 8 digits (issue 15).
    "12ữ199",
    // Found by this harness against the unfixed parser: combining marks and a BOM, 8 bytes.
    "\u{301}`\u{301}\u{feff}",
    "−−\u{302}",
    "1ữ2ữ",
    "ữữ",
    "15/03/199ữ",
    "１５０３１９９０",
    "١٥٠٣١٩٩٠",
    "15\u{202E}031990",
    "0\u{0}0\u{0}1990",
    "1\u{301}5031990",
    "%E1%BB%AF%E1%BB%AF",
    "%",
    "%%",
    "%E1%BB",
    "#/dich-vu/%E1%BB%AF",
    "#/viec-cua-toi/sinh-con?ngay=12%E1%BB%AF199",
    "#/han-the-can-cuoc?ns=12%E1%BB%AF199&the=cccd-chip&nc=12ữ199&hh=12ữ199",
    "#/dinh-danh-dien-tu/kiem-tra?qt=vn&ns=12ữ199&the=can-cuoc&hh=12ữ199&sdt=co&tk=muc-2",
    "v1;a:1;b:99,0",
    "v1;ữ:1",
    // Read as year 26 before parse_iso required digits (a sign parses as part of a number).
    "+026-11-24",
    "İ",
    "ǅ",
    "ﬃ",
];

/// Pieces inputs are built from: what people type, what links carry, what breaks text code.
const PIECES: &[&str] = &[
    // digits and date-shaped parts
    "0",
    "1",
    "2",
    "9",
    "00",
    "01",
    "12",
    "15",
    "29",
    "30",
    "31",
    "02",
    "13",
    "1990",
    "2024",
    "2026",
    "2027",
    "0000",
    "9999",
    "1899",
    "2400",
    "001",
    "079",
    "096",
    "001090001234",
    "123456789",
    // separators people type, and ones they paste
    "/",
    ".",
    "-",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    ",",
    ";",
    ":",
    "_",
    "\u{A0}",
    "\u{2007}",
    "\u{202F}",
    "\u{3000}",
    "\u{2028}",
    "\u{2044}",
    "\u{FF0F}",
    "\u{2212}",
    "\u{2013}",
    // link syntax and escapes
    "#",
    "#/",
    "?",
    "&",
    "=",
    "+",
    "%",
    "%2",
    "%2F",
    "%20",
    "%00",
    "%25",
    "%FF",
    "%C3",
    "%E1%BB%AF",
    "%C3%A0",
    "%ZZ",
    "as_of=",
    "2026-11-24",
    "2026-02-30",
    "ns=",
    "the=",
    "hh=",
    "q=",
    "ngay=",
    "so=",
    "khong",
    "co",
    "1",
    "vn",
    "nn-the",
    "muc-2",
    "cccd-chip",
    "can-cuoc",
    "cmnd",
    "/dich-vu/",
    "/viec-cua-toi/sinh-con",
    "/dinh-danh-dien-tu/the",
    "/han-the-can-cuoc",
    "/so-dinh-danh",
    "v1",
    "v1;",
    "v2;",
    "cap-doi-the-can-cuoc:",
    // Vietnamese letters: precomposed, decomposed (combining marks), upper case
    "ữ",
    "ệ",
    "ạ",
    "ắ",
    "ằ",
    "đ",
    "Đ",
    "Ữ",
    "ơ",
    "ư",
    "a\u{301}",
    "e\u{302}\u{301}",
    "\u{301}",
    "\u{300}",
    "\u{303}",
    "\u{309}",
    "\u{323}",
    "\u{302}",
    "\u{306}",
    "\u{31B}",
    "đăng ký",
    "khai sinh",
    "tạm trú",
    "DANG KY",
    // digits from other scripts
    "０",
    "１",
    "５",
    "９",
    "٠",
    "١",
    "٥",
    "٩",
    "۱",
    "१",
    "๑",
    "¹",
    "½",
    "Ⅻ",
    // direction overrides, zero-width, BOM, NUL, controls
    "\u{202E}",
    "\u{202D}",
    "\u{200F}",
    "\u{2066}",
    "\u{2069}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{0}",
    "\u{7}",
    "\u{1B}[0m",
    "\u{FFFD}",
    // characters whose case mapping changes length, astral planes, markup
    "İ",
    "ß",
    "ﬃ",
    "ǅ",
    "Σ",
    "👍🏽",
    "👨‍👩‍👧",
    "\u{10FFFF}",
    "𝟙",
    "<script>",
    "\"",
    "'",
    "\\",
    "`",
];

/// xorshift64*: a small, seedable generator, so a failing run can be replayed exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn piece(&mut self) -> &'static str {
        PIECES[self.below(PIECES.len())]
    }
}

/// One input: mostly a few pieces; sometimes a valid date or link with one piece inserted at a
/// character position; rarely a very long run.
fn input(rng: &mut Rng) -> String {
    match rng.below(100) {
        0 => rng.piece().repeat(1 + rng.below(6_000)),
        1..=30 => {
            let base = [
                "15/03/1990",
                "15031990",
                "001090001234",
                "2026-11-24",
                "v1;a:0,2",
                "dang ky khai sinh",
                "001090001234|123456789|Nguyễn Văn An|15031990|Nam|Số 1 phố Huế, Hà Nội|10062021||",
            ][rng.below(7)];
            let mut chars: Vec<char> = base.chars().collect();
            let at = rng.below(chars.len() + 1);
            if rng.below(2) == 0 && at < chars.len() {
                chars.remove(at);
            }
            let mut out: String = chars[..at].iter().collect();
            out.push_str(rng.piece());
            out.extend(&chars[at..]);
            out
        }
        _ => (0..rng.below(12)).map(|_| rng.piece()).collect(),
    }
}

const TODAYS: [Date; 3] = [Date::ymd(2026, 11, 24), Date::ymd(2027, 3, 1), Date::ymd(1990, 1, 1)];
/// Every public link parameter of every tool.
/// Every public link parameter of every tool (the registry, so a new one is fuzzed at once).
fn keys() -> Vec<&'static str> {
    congdanso::ui::link::ALL.iter().map(|p| p.key).collect()
}

/// Runs one input through every reader, checking the properties that must hold.
fn exercise(text: &str, n: u64) {
    let today = TODAYS[(n % 3) as usize];
    let lang = if n % 2 == 0 { Lang::Vi } else { Lang::En };

    // Dates as typed, and the as-of link date.
    match Date::parse_dmy(text) {
        Ok(d) => assert_eq!(Date::parse_dmy(&d.to_string()), Ok(d), "a parsed date re-reads as itself"),
        Err(e) => assert!(!common::date_problem(lang, e).is_empty()),
    }
    if let Some(d) = Date::parse_iso(text) {
        assert_eq!(d.to_iso(), text, "as_of round trip");
    }

    // The card's QR, and what it fills in each tool.
    card_qr_fill(text, today, lang);

    // ID numbers.
    match id_number::decode(text, today) {
        Ok(id) => {
            assert!(id.digits.len() == 12 && id.digits.bytes().all(|b| b.is_ascii_digit()));
            assert!(id.birth_year <= today.year());
            let _ = id_number::grouped(&id.digits);
        }
        Err(p) => assert!(!id_words::id_problem(lang, &p).is_empty()),
    }

    // Every kind of form field, required or not.
    for kind in [
        FieldKind::Date { past_only: true },
        FieldKind::Date { past_only: false },
        FieldKind::BirthDate,
        FieldKind::DateOrNever,
        FieldKind::Text { max: 100 },
        FieldKind::IdNumber,
        FieldKind::Phone,
        FieldKind::Flag,
        FieldKind::Choice(|_| vec![("co", "Có", ""), ("khong", "Không", "")]),
        FieldKind::Name,
        FieldKind::Email,
        FieldKind::YearOrDate,
        FieldKind::IdOrPassport,
        FieldKind::Copies,
    ] {
        if let Err(problem) = validate(kind, n % 2 == 0, text, today) {
            assert!(!common::field_problem(lang, &problem, today).is_empty());
        }
    }

    // Search: folding is stable.
    let folded = search::fold(text);
    assert_eq!(search::fold(&folded), folded, "fold is idempotent");

    // Stored state: the checklist, the language, the forms' drafts and the tally.
    if let Ok(list) = Checklist::parse(text) {
        assert_eq!(Checklist::parse(&list.serialize()), Ok(list), "a read checklist re-reads as itself");
    }
    let tally = Tally::parse(text);
    assert_eq!(Tally::parse(&tally.serialize()), tally, "a read tally re-reads as itself");
    let _ = in_words::date(today);
    let _ = links::hand_off(text);

    let _ = Lang::from_code(text);
    let _ = services::find(text);
    let _ = LifeEvent::from_slug(text);

    // Links: as a whole fragment, as a route slug, and as every parameter's value.
    let _ = parse_hash(text).unreadable();
    let _ = parse_hash(&format!("#/dich-vu/{text}"));
    let keys = keys();
    let key = keys[(n % keys.len() as u64) as usize];
    let href = link(&Route::Home, &[(key, text)]);
    if href.len() < 4_000 && !text.is_empty() {
        assert_eq!(parse_hash(&href).param(key), Some(text), "link round trip of {key}");
    }

    // The heavier readers take turns: each sees a sixth of the inputs.
    match n % 6 {
        0 => {
            let _ = catalog_search(text);
        }
        1 => card_form(text, today, lang),
        2 => eid_guide(text, today),
        3 => life_event(text, today, lang, n),
        4 => form_helper_and_plan(text, today, n),
        _ => digital_citizen(text, today, lang),
    }
}

/// The input as a link parameter's value, percent-encoded as the app writes it.
fn link_value(text: &str) -> String {
    link(&Route::Home, &[("x", text)]).strip_prefix("#/?x=").unwrap_or_default().to_string()
}

/// A link to `path` whose every parameter carries `value`.
fn every_parameter(path: &str, value: &str) -> congdanso::ui::route::Location {
    parse_hash(&format!("#{path}?{}", keys().iter().map(|k| format!("{k}={value}")).collect::<Vec<_>>().join("&")))
}

/// The card calculator opened from links whose answers are this input (every parameter at once,
/// and one at a time with the other answers valid, so the rules run as far as they can).
fn card_form(text: &str, today: Date, lang: Lang) {
    let value = link_value(text);
    let card_links = [
        every_parameter("/han-the-can-cuoc", &value),
        parse_hash(&format!("#/han-the-can-cuoc?ns={value}&the=cccd-chip&nc=10/06/2021&hh=15/03/2030&mdd2=1")),
        parse_hash(&format!("#/han-the-can-cuoc?ns=15/03/1990&the=can-cuoc&nc={value}&hh={value}")),
        parse_hash(&format!("#/han-the-can-cuoc?ns=15/03/1990&the=mat&nc={value}&as_of={value}")),
    ];
    for loc in &card_links {
        let draft = CardDraft::read(loc);
        let _ = href(&Route::CardExpiry, draft.write(), Shared { as_of: Some(today), staff: false });
        if let Ok(answers) = draft.answers(lang, today) {
            let _ = card_answer(&answers, today);
        }
    }
}

/// The e-ID guide's questions and outcome, from links carrying this input.
fn eid_guide(text: &str, today: Date) {
    let value = link_value(text);
    let eid_links = [
        every_parameter("/dinh-danh-dien-tu/kiem-tra", &value),
        parse_hash(&format!("#/dinh-danh-dien-tu/kiem-tra?qt=vn&ns={value}&the=can-cuoc&hh=khong&sdt=co&tk=muc-1")),
        parse_hash(&format!("#/dinh-danh-dien-tu/kiem-tra?qt=vn&ns=15/03/1990&the=cccd-chip&hh={value}&sdt=co&tk=chua-co")),
    ];
    for loc in &eid_links {
        let draft = EidDraft::read(loc);
        for step in EidStep::ORDER {
            let _ = draft.problem(step, today);
        }
        let _ = draft.link_to(draft.first_missing(today).unwrap_or(EidStep::Result), Shared { as_of: Some(today), staff: false });
        if let Some(answers) = draft.answers(today) {
            let _ = eid_outcome(&answers, today);
        }
    }
}

/// A life event's date question and plan, from a link carrying this input.
fn life_event(text: &str, today: Date, lang: Lang, n: u64) {
    let value = link_value(text);
    let event = LifeEvent::ALL[(n / 4 % LifeEvent::ALL.len() as u64) as usize];
    let draft = EventDraft::read(&parse_hash(&format!("#/viec-cua-toi/{}?ngay={value}&thuong-tru=co&muc2=co", event.slug())));
    if date_error(lang, event, &draft.date, today).is_none() {
        let answers = draft.answers();
        let _ = plan(event, answers, today);
    }
}

/// The digital-citizen tool's questions and savings, from links carrying this input.
fn digital_citizen(text: &str, today: Date, lang: Lang) {
    let value = link_value(text);
    let links = [
        every_parameter("/cong-dan-so/ket-qua", &value),
        parse_hash(&format!("#/cong-dan-so/ket-qua?dd2=co&cb={value}&thu-tuc=the-doi,{value},ho-chieu&gt={value}")),
    ];
    for loc in &links {
        let draft = DcDraft::read(loc);
        for step in DcStep::ORDER {
            if let Some(q) = DcDraft::question(step) {
                let _ = q.shown(lang, &draft);
            }
            let _ = draft.problem(step, today);
        }
        let _ = draft.link_to(draft.first_missing(today).unwrap_or(DcStep::Result), Shared { as_of: Some(today), staff: false });
        if let Some(answers) = draft.answers(today) {
            let _ = savings(&answers, today);
        }
    }
}

/// The form helper and the plan, from links carrying this input.
fn card_qr_fill(text: &str, today: Date, lang: Lang) {
    match card_qr::parse(text, today) {
        Ok(card) => {
            assert!(card.number.len() == 12 && card.number.bytes().all(|b| b.is_ascii_digit()), "the number is 12 digits");
            assert!(card.born <= card.issued && card.issued <= today, "born, then issued, not after today");
            let mut draft = CardDraft::default();
            draft.fill_from_card(&card);
            let _ = draft.answers(lang, today);
            for form in forms::FORMS {
                for role in forms::card_roles(form) {
                    let mut d = FormDraft::default();
                    let filled = form_flow::fill_from_card(form, &mut d, &card, role.code);
                    assert_eq!((d.get(role.name), d.get(role.number)), (card.name.as_str(), card.number.as_str()), "the role's name and number");
                    assert!(filled.contains(&role.name) && filled.contains(&role.number));
                    assert_eq!(FormDraft::restore(form, Some(&d.serialize(form))), Restored::Draft(d.clone()), "a filled draft is kept as filled");
                }
            }
        }
        Err(problem) => assert!(!congdanso::ui::text::card_scan::problem(lang, &problem).is_empty()),
    }
}

fn form_helper_and_plan(text: &str, today: Date, n: u64) {
    // One form per input, in turn (a QR code and a calendar for one input in ten: they are slow).
    {
        let form = forms::FORMS[((n / 6) % 3) as usize];
        let stored = format!("congdanso-form-1\t{}\n{}\t{text}", form.version, form.items().nth((n % 5) as usize).map_or("x", |(_, i)| i.id));
        for raw in [text, stored.as_str()] {
            if let Restored::Draft(draft) = FormDraft::restore(form, Some(raw)) {
                assert_eq!(FormDraft::restore(form, Some(&draft.serialize(form))), Restored::Draft(draft.clone()), "a read draft re-reads as itself");
                let _ = form_flow::problems(form, &draft, today, true);
                let _ = form_flow::portal_rows(form, &draft, today);
                if let Some((_, item)) = form.items().nth((n % 7) as usize) {
                    let _ = form_flow::paper_value(form, item, &draft, today);
                }
            }
        }
        let mut typed = FormDraft::default();
        for (_, item) in form.items() {
            typed.set(item.id, text);
        }
        let _ = form_flow::problems(form, &typed, today, n % 2 == 0);
        let _ = FormDraft::restore(form, Some(&typed.serialize(form)));
    }
    if n % 60 == 4 {
        let _ = ics::calendar(&[ics::CalendarItem { uid: text.into(), date: today, summary: text.into(), description: text.into(), remind_days: 7 }], today);
        let _ = qr::svg(text);
    }
    let value = link_value(text);
    let form = forms::FORMS[((n / 6 + 1) % 3) as usize];
    let loc = parse_hash(&format!("#/to-khai/{}?de-nghi={value}&ns={value}&ngay={value}&dai-dien={value}&giup={value}", form.slug));
    let prefill = FormPrefill::read(&loc);
    let start = form_flow::start(form, Some(text), &[(form, Some(text.to_string()))], &prefill);
    let _ = form_flow::problems(form, &start.draft, today, true);
    let plan = PlanDraft::read(&every_parameter("/ke-hoach", &value));
    let _ = compose(&plan, today);
    let both = PlanDraft::read(&parse_hash(&format!("#/ke-hoach?phan=the,dinh-danh,cong-dan-so,su-kien&su-kien=sinh-con&ns={value}&the=cccd-chip&nc=10/06/2021&hh={value}&qt=vn&sdt=co&tk=chua-co&dd2=co&thu-tuc=the-doi&ngay={value}")));
    let _ = compose(&both, today);
    let _ = href(&Route::Plan, both.write(), Shared { as_of: Some(today), staff: true });
}

fn run_one(text: &str, n: u64, seed: u64) {
    if let Err(cause) = panic::catch_unwind(|| exercise(text, n)) {
        let shown: String = text.chars().take(200).collect();
        panic!(
            "input #{n} (seed {seed}, {} chars) stopped a reader: {shown:?}\nescaped: {}\ncause: {:?}",
            text.chars().count(),
            shown.escape_unicode(),
            cause.downcast_ref::<String>().map(String::as_str).or(cause.downcast_ref::<&str>().copied()),
        );
    }
}

/// Reports only the harness's own panic (which names the input), not the reader's it caught.
fn quiet_caught_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<String>().is_some_and(|m| m.starts_with("input #")) {
                default(info);
            }
        }));
    });
}

#[test]
fn golden_inputs_that_once_broke_a_reader() {
    quiet_caught_panics();
    // Twelve turns each: every heavier reader, both languages, all three as-of dates.
    for text in GOLDEN {
        for n in 0..12 {
            run_one(text, n, 0);
        }
    }
    // A 1 MB paste into each reader.
    for n in 0..4 {
        run_one(&"ữ".repeat(350_000), n, 0);
        run_one(&format!("#/han-the-can-cuoc?ns={}", "1".repeat(1_000_000)), n, 0);
    }
}

/// Input number `n` of the run seeded `seed`: the same on any machine and any number of threads.
fn nth_input(seed: u64, n: u64) -> String {
    // splitmix64 of (seed, n): a well-mixed, never-zero start for xorshift.
    let mut z = seed.wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    input(&mut Rng((z ^ (z >> 31)) | 1))
}

#[test]
fn a_million_hostile_inputs_stop_nothing() {
    quiet_caught_panics();
    let count: u64 = std::env::var("FUZZ_INPUTS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(20_261_202);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8) as u64;
    let started = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..workers {
            scope.spawn(move || {
                for n in (worker..count).step_by(workers as usize) {
                    run_one(&nth_input(seed, n), n, seed);
                }
            });
        }
    });
    println!("fuzz: {count} inputs through every reader, 0 panics (seed {seed}, {workers} threads, {:.1} s)", started.elapsed().as_secs_f64());
}
