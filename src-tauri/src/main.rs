// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// As in talentwerk-cli: typst lays out printouts (preview and PDF) about a fifth faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    talentwerk_app::run(talentwerk_app::Mode::Desktop)
}
