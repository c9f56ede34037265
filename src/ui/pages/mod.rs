//! One module per route.

pub mod card;
pub mod digital_citizen;
pub mod eid;
pub mod events;
pub mod forms;
pub mod home;
pub mod id_number;
pub mod not_found;
pub mod plan;
pub mod report;
pub mod services;
pub mod sources;
pub mod tally;
