//! The app built for the end-to-end journeys (`cargo build -p talentwerk --features e2e
//! --bin talentwerk-e2e`): file dialogs answer from `TALENTWERK_E2E_FILE`, and there is no
//! single-instance hand-off. A release build with the feature does not compile.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    talentwerk_app::run()
}
