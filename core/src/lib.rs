//! talentwerk-core: everything Talentwerk knows, without a webview.
//!
//! The desktop shell (`src-tauri`) and the `talentwerk-cli` binary are thin adapters over
//! this crate. Functions take a `&Connection` (reads) or a `&Transaction` (writes) so
//! callers compose them into one transaction; "today" is always passed in, never read here,
//! so results are reproducible in tests.
//!
//! Decimal fields exported to TypeScript carry `#[specta(type = i32)]`: this specta version
//! types every float as `number | null` (for NaN), and every value here is validated finite,
//! so the plain `number` that an integer override produces is the honest type.

pub mod assessment;
pub mod backup;
pub mod company;
pub mod db;
pub mod demo;
pub mod error;
pub mod exchange;
pub mod files;
pub mod fit;
pub mod framework;
pub mod kpi;
pub mod ladder;
pub mod learning;
pub mod literacy;
pub mod matrix;
pub mod maturity;
pub mod mentoring;
pub mod people;
pub mod pilots;
pub mod print;
pub mod roadmap;
pub mod texts;
pub mod validate;

pub use db::Db;
pub use error::{Error, Result};
