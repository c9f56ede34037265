//! Sổ tay Công dân số: a phone-first guide to Vietnam's e-ID (VNeID) and online public services.
//!
//! - [`law`]: pure rules over dated, cited facts (tested natively);
//! - [`content`]: the service catalog (cited data) and search;
//! - [`ui`]: the Yew app (routes, pages, the VI/EN string table).
//!
//! Text a person types, a link carries or storage holds is never sliced by byte position: a cut
//! inside a multi-byte character panics, and one stray `ữ` in a date once stopped the whole app.
//! Read text with `chars()`, `get()` or after checking it is ASCII. `make lint` enforces this.
#![deny(clippy::string_slice)]

pub mod content;
pub mod law;
pub mod sources;
pub mod ui;
