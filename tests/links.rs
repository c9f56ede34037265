//! Shared links and QR codes are an API: the public parameter names and codes are pinned here,
//! every route and every tool's answers round-trip through a link, and pages make no links by hand.

use congdanso::content::events::LifeEvent;
use congdanso::content::services::SERVICES;
use congdanso::law::card::CardHeld;
use congdanso::law::date::Date;
use congdanso::ui::card_flow::Draft as CardDraft;
use congdanso::ui::digital_citizen_flow::{DcDraft, DcStep};
use congdanso::ui::eid_flow::{EidDraft, EidStep};
use congdanso::ui::form_helper_flow::FormPrefill;
use congdanso::ui::link::{self, href, Codec, Params, Query, Shared};
use congdanso::ui::pages::events::EventDraft;
use congdanso::ui::route::{parse_hash, Route};

fn codec(c: &Codec) -> String {
    match c {
        Codec::TypedDate => "typed date".into(),
        Codec::TypedDateOrNever => "typed date | khong".into(),
        Codec::IsoDate => "YYYY-MM-DD".into(),
        Codec::Choice(codes) => codes().join("|"),
        Codec::Set(codes) => format!("any of {}", codes().join("|")),
        Codec::YesNo => "co|khong".into(),
        Codec::Flag => "1".into(),
        Codec::Text => "text".into(),
    }
}

/// Changing a row here breaks links people have saved, printed or shared: keep old keys and
/// codes readable if one must change.
#[test]
fn public_parameter_names_and_codes_are_pinned() {
    let declared: Vec<(&str, String, bool)> = link::ALL.iter().map(|p| (p.key, codec(&p.codec), p.personal)).collect();
    let pinned = vec![
        ("as_of", "YYYY-MM-DD".to_string(), false),
        ("nv", "1".into(), false),
        ("so", "text".into(), true),
        ("ns", "typed date".into(), false),
        ("the", "can-cuoc|cccd-chip|cccd|cmnd|chua-co|mat".into(), false),
        ("hh", "typed date | khong".into(), false),
        ("nc", "typed date".into(), false),
        ("sxhc", "1".into(), false),
        ("mien", "1".into(), false),
        ("mdd2", "1".into(), false),
        ("ttcb", "1".into(), false),
        ("qt", "vn|nn-the|nn-khong".into(), false),
        ("sdt", "co|khong".into(), false),
        ("tk", "chua-co|muc-1|cho-kich-hoat|muc-2|bi-khoa|doi-so|mat-may|quen-mat-khau".into(), false),
        ("giup", "1".into(), false),
        ("sua", "1".into(), false),
        ("q", "text".into(), false),
        ("nguon", "text".into(), false),
        ("ngay", "typed date".into(), false),
        ("thuong-tru", "co|khong".into(), false),
        ("muc2", "co|khong".into(), false),
        ("nuoc-ngoai", "co|khong".into(), false),
        ("dd2", "co|khong|chua-biet".into(), false),
        ("cb", "any of khai-sinh|thanh-toan|an-sinh|y-te".into(), false),
        ("thu-tuc", "any of the-doi|the-cccd|the-lai|thuong-tru|tam-tru|ho-chieu|ho-chieu-lai|ly-lich|gplx|dang-ky-xe|trich-luc".into(), false),
        ("gt", "any of ho-chieu|gplx|dang-ky-xe|ly-lich".into(), false),
        ("de-nghi", "thuong-tru|tam-tru|gia-han-tam-tru".into(), false),
        ("dai-dien", "1".into(), false),
        ("su-kien", "sinh-con|nguoi-than-mat|chuyen-noi-o|ket-hon|mua-xe|di-nuoc-ngoai|mat-viec|co-khach-o".into(), false),
        ("phan", "any of the|dinh-danh|cong-dan-so|su-kien".into(), false),
        ("trang", "text".into(), false),
        ("loai", "le-phi|thoi-han|giay-to|noi-lam|khac".into(), false),
    ];
    assert_eq!(declared, pinned);
}

#[test]
fn the_readme_describes_every_link_parameter() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for p in link::ALL {
        assert!(readme.contains(&format!("`{}", p.key)), "README does not describe `{}`", p.key);
    }
}

#[test]
fn every_route_round_trips_through_its_link() {
    let mut routes = vec![
        Route::Home,
        Route::IdNumber,
        Route::CardExpiry,
        Route::Services,
        Route::Events,
        Route::Sources,
        Route::NotFound,
        Route::Forms,
        Route::Plan,
        Route::Tally,
    ];
    routes.extend(congdanso::content::forms::FORMS.iter().map(|f| Route::Form(f.slug.to_string())));
    routes.extend(EidStep::ORDER.iter().map(|s| Route::Eid(*s)));
    routes.extend(DcStep::ORDER.iter().map(|s| Route::DigitalCitizen(*s)));
    routes.extend(SERVICES.iter().map(|s| Route::Service(s.id.to_string())));
    routes.extend(LifeEvent::ALL.iter().map(|e| Route::Event(e.slug().to_string())));
    let shared = Shared { as_of: Some(Date::ymd(2027, 3, 1)), staff: true };
    for route in routes {
        let loc = parse_hash(&href(&route, Params::new(), shared));
        assert_eq!(loc.route, route);
        assert_eq!(Shared::read(&loc), shared, "{route:?} keeps the as-of date and staff mode");
    }
}

fn round_trip<Q: Query + PartialEq + std::fmt::Debug>(route: Route, answers: Q) {
    let loc = parse_hash(&href(&route, answers.write(), Shared::default()));
    assert_eq!(Q::read(&loc), answers, "{route:?}");
    assert!(loc.unreadable().is_empty(), "{route:?}: {:?}", loc.unreadable());
}

#[test]
fn every_tools_answers_round_trip() {
    for held in CardHeld::ALL {
        let dates = held.has_dates();
        round_trip(
            Route::CardExpiry,
            CardDraft {
                born: "15/03/1990".into(),
                held: Some(held),
                issued: if dates { "10/06/2021".into() } else { String::new() },
                expiry: String::new(),
                no_expiry: dates,
                exempt: true,
                eid2: true,
                basic_items: true,
                admin_change: matches!(held, CardHeld::CanCuoc | CardHeld::CccdChip | CardHeld::CccdNoChip),
            },
        );
    }
    round_trip(Route::CardExpiry, CardDraft { born: "12ữ199".into(), ..CardDraft::default() });

    let eid = EidDraft::read(&parse_hash("#/dinh-danh-dien-tu/ket-qua?qt=nn-the&ns=01/01/1950&the=cmnd&hh=15/03/2030&sdt=khong&tk=bi-khoa&giup=1&sua=1"));
    assert!(eid.helper && eid.returning && eid.own_number == Some(false));
    round_trip(Route::Eid(EidStep::Result), eid);
    round_trip(Route::Eid(EidStep::Start), EidDraft::default());

    let dc = DcDraft::read(&parse_hash("#/cong-dan-so/ket-qua?dd2=khong&cb=khai-sinh,y-te&thu-tuc=the-lai,gplx,trich-luc&gt=gplx&giup=1&sua=1"));
    assert!(dc.helper && dc.returning && dc.level_2 == Some(congdanso::law::digital_citizen::Answer::No));
    assert_eq!((dc.items.len(), dc.planned.len(), dc.documents.len()), (2, 3, 1));
    round_trip(Route::DigitalCitizen(DcStep::Result), dc);
    round_trip(Route::DigitalCitizen(DcStep::Start), DcDraft::default());

    let form = FormPrefill::read(&parse_hash("#/to-khai/ct01?de-nghi=gia-han-tam-tru&ns=15/03/1990&ngay=20/11/2026&dai-dien=1&giup=1"));
    assert_eq!(form.request, Some(congdanso::content::forms::Request::TemporaryRenewal));
    round_trip(Route::Form("ct01".into()), form);
    round_trip(Route::Form("tk01".into()), FormPrefill::default());

    for (date, permanent, eid2) in [("15/11/2026", true, false), ("", false, false), ("1/1/2026", false, true)] {
        round_trip(
            Route::Event("sinh-con".into()),
            EventDraft { event: Some(congdanso::content::events::LifeEvent::Birth), date: date.into(), permanent, eid2, answered: true, foreigner: false },
        );
    }
    for foreigner in [true, false] {
        round_trip(
            Route::Event("co-khach-o".into()),
            EventDraft {
                event: Some(congdanso::content::events::LifeEvent::Guest),
                permanent: false,
                eid2: false,
                answered: true,
                foreigner,
                date: String::new(),
            },
        );
    }
}

#[test]
fn the_id_number_is_never_written_into_a_link() {
    let loc = parse_hash("#/so-dinh-danh?so=001090001234&ns=15/03/1990");
    assert_eq!(loc.text(&link::ID_NUMBER), "001090001234", "old links that carry it are still read");
    let written = href(&Route::IdNumber, Params::new().text(&link::ID_NUMBER, "001090001234"), Shared::default());
    assert_eq!(written, "#/so-dinh-danh");
}

/// Pages make links only through `Ctx::href` / `link_to` and the tools' queries.
#[test]
fn pages_build_no_links_by_hand() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui/pages");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let code = std::fs::read_to_string(&path).unwrap();
        for (n, line) in code.lines().enumerate() {
            let code_part = line.split("//").next().unwrap_or_default();
            for banned in ["\"#/", ".href()", "route::link", "link(&Route", "as_of="] {
                assert!(!code_part.contains(banned), "{}:{}: `{banned}` in {line:?}", path.display(), n + 1);
            }
        }
    }
}
