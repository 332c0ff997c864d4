//! Thin IPC adapters: each command takes the state and typed input, calls one core function
//! inside [`Db::read`](talentwerk_core::Db::read) or [`Db::write`](talentwerk_core::Db::write),
//! and maps the error. No SQL and no business rule lives here.

pub mod about;
pub mod backup;
pub mod company;
pub mod exchange;
pub mod framework;
pub mod ladder;
pub mod learning;
pub mod matrix;
pub mod maturity;
pub mod people;
pub mod pilots;
pub mod print;
