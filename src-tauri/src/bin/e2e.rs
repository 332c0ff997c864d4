//! The app as the end-to-end journeys drive it (`cargo build --features talentwerk/e2e`,
//! binary `talentwerk-e2e`): its file dialogs answer with `TALENTWERK_E2E_FILE`, "open in
//! viewer" only checks the file, and there is no single-instance hand-off. A release build
//! of it does not compile, and the user's `talentwerk` binary never runs this mode.

#[cfg(not(debug_assertions))]
compile_error!("talentwerk-e2e stands in for native file dialogs: it is built for tests only");

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    talentwerk_app::run(talentwerk_app::Mode::EndToEnd {
        dialog_file: std::env::var_os("TALENTWERK_E2E_FILE").map(std::path::PathBuf::from),
    })
}
