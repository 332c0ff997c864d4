//! Integration tests of talentwerk-core: the behaviour users rely on, one module per area.
//! Every test builds its own database (in memory or in a temp dir), so they run in parallel.

mod assessment;
mod backup;
mod cli;
mod company;
mod crash;
mod db;
mod demo;
mod exchange;
mod framework;
mod import;
mod ladder;
mod learning;
mod matrix;
mod maturity;
mod mentoring;
mod people;
mod pilot_details;
mod pilots;
mod print;
mod printouts_growth;
mod roadmap;
mod safety;
mod security;
mod support;
