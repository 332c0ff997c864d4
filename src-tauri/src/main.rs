// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// As in talentwerk-cli: typst lays out printouts (preview and PDF) about a fifth faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The e2e feature makes file dialogs answer from an environment variable; the ordinary
// binary must never be that build (the journeys use `--bin talentwerk-e2e`).
#[cfg(feature = "e2e")]
compile_error!("build the end-to-end app with `--bin talentwerk-e2e`, never as `talentwerk`");

fn main() {
    talentwerk_app::run()
}
