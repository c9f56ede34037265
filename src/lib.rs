//! Sổ tay Công dân số: a phone-first guide to Vietnam's e-ID (VNeID) and online public services.
//!
//! - [`law`]: pure rules over dated, cited facts (tested natively);
//! - [`content`]: the service catalog (cited data) and search;
//! - [`ui`]: the Yew app (routes, pages, the VI/EN string table).

pub mod content;
pub mod law;
pub mod ui;
