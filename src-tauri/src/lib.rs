//! The Talentwerk desktop shell: opens the company database, registers the IPC commands and
//! shows the web UI. Everything the app knows lives in `talentwerk-core`; this crate only
//! adapts it to Tauri.

pub mod commands;
pub mod dialogs;
pub mod error;
pub mod menu;
pub mod recent;
pub mod state;

use commands::{
    about, backup, company, exchange, framework, ladder, learning, matrix, maturity, people,
    pilots, print,
};
use std::path::PathBuf;
use tauri::Manager;
use tauri_plugin_window_state::StateFlags;

/// How the app meets the world outside its window. A user's binary (`main.rs`) runs
/// `Desktop`; only the end-to-end binary (`bin/e2e.rs`, which refuses a release build) runs
/// `EndToEnd`. The choice is made by the binary, never by anything the app reads at run time.
#[derive(Debug, Clone)]
pub enum Mode {
    Desktop,
    /// WebDriver cannot drive native dialogs or a PDF viewer: every file dialog answers with
    /// `dialog_file`, "open in viewer" only checks that the file exists, and there is no
    /// single-instance hand-off (the journeys start one app after another).
    EndToEnd {
        dialog_file: Option<PathBuf>,
    },
}

/// The one source of the IPC surface: the invoke handler and the TypeScript bindings
/// (`ui/src/bindings.gen.ts`) are both generated from it.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        // One TypeScript type per Rust type: the UI always sends every field.
        .disable_serde_phases()
        .events(tauri_specta::collect_events![menu::MenuAction])
        .commands(tauri_specta::collect_commands![
            company::get_session,
            company::create_company,
            company::open_demo,
            company::close_demo,
            company::create_company_file,
            company::open_company_file,
            company::open_recent_file,
            company::update_company,
            backup::list_backups,
            backup::create_backup,
            backup::restore_backup,
            backup::restore_backup_from_file,
            people::list_departments,
            people::create_department,
            people::rename_department,
            people::delete_department,
            people::list_employees,
            people::get_employee_profile,
            people::create_employee,
            people::update_employee,
            people::archive_employee,
            people::restore_employee,
            framework::get_framework,
            framework::create_pillar,
            framework::rename_pillar,
            framework::delete_pillar,
            framework::reactivate_pillar,
            framework::create_competency,
            framework::update_competency,
            framework::delete_competency,
            framework::reactivate_competency,
            framework::create_role,
            framework::update_role,
            framework::delete_role,
            framework::reactivate_role,
            matrix::get_matrix,
            matrix::set_level,
            exchange::export_matrix,
            exchange::export_template,
            exchange::pick_import_file,
            exchange::preview_import,
            exchange::apply_import,
            print::preview_matrix_print,
            print::save_matrix_pdf,
            print::open_last_printout,
            print::save_kpi_pdf,
            print::save_pilot_pdf,
            print::save_ladder_pdf,
            print::save_development_plan_pdf,
            print::save_literacy_record,
            pilots::list_pilots,
            pilots::get_pilot_page,
            pilots::add_pilot,
            pilots::set_pilot_status,
            pilots::set_pilot_scores,
            pilots::set_planned_hours,
            pilots::record_measured_hours,
            pilots::add_pilot_cost,
            pilots::set_pilot_details,
            pilots::set_pilot_lessons,
            pilots::add_pilot_goal,
            pilots::update_pilot_goal,
            pilots::remove_pilot_goal,
            pilots::add_pilot_milestone,
            pilots::update_pilot_milestone,
            pilots::remove_pilot_milestone,
            pilots::set_pilot_team,
            pilots::set_needed_competencies,
            pilots::propose_risk_class,
            pilots::set_risk_class,
            pilots::set_personal_data,
            pilots::set_works_council_informed,
            pilots::get_dashboard,
            pilots::get_roadmap,
            pilots::tick_roadmap_item,
            pilots::set_roadmap_start,
            ladder::get_ladder,
            ladder::create_stage,
            ladder::update_stage,
            ladder::delete_stage,
            ladder::add_stage_requirement,
            ladder::remove_stage_requirement,
            ladder::set_employee_stage,
            ladder::get_person_growth,
            ladder::get_hire_or_upskill,
            maturity::record_maturity,
            maturity::get_maturity_overview,
            maturity::compare_maturity,
            learning::list_learning_paths,
            learning::create_learning_path,
            learning::retire_learning_path,
            learning::reactivate_learning_path,
            learning::create_learning_module,
            learning::update_learning_module,
            learning::retire_learning_module,
            learning::reactivate_learning_module,
            learning::list_path_participants,
            learning::enrol_employee,
            learning::complete_module,
            learning::list_pending_proposals,
            learning::confirm_proposal,
            learning::reject_proposal,
            learning::list_mentoring_pairs,
            learning::create_mentoring_pair,
            learning::end_mentoring_pair,
            learning::list_checkins,
            learning::add_checkin,
            menu::set_menu_language,
            about::get_app_info,
        ])
}

/// One window per user: a second start (from the desktop menu, or a double-click on a
/// company file) brings the running window to the front instead of opening the same file
/// twice.
fn single_instance<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_single_instance::init(|app, _argv, _cwd| {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    })
}

pub fn run(mode: Mode) {
    let builder = specta_builder();
    let app = tauri::Builder::default();
    let app = match mode {
        Mode::Desktop => app.plugin(single_instance()),
        Mode::EndToEnd { .. } => app,
    };
    app.manage(mode)
        // Used from Rust only (dialogs.rs); the web view gets no dialog permission.
        .plugin(tauri_plugin_dialog::init())
        // Used from Rust only (commands::print opens the saved PDF); no web view permission.
        .plugin(tauri_plugin_opener::init())
        // Size, position and the maximised state come back as the user left them.
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
                .build(),
        )
        .manage(print::LastPrintout::default())
        .invoke_handler(builder.invoke_handler())
        .on_menu_event(menu::handle_event)
        .setup(move |app| {
            builder.mount_events(app);
            menu::install(app.handle())?;
            let args: Vec<String> = std::env::args().collect();
            let data_dir = app
                .path()
                .app_data_dir()
                .unwrap_or_else(|_| std::path::PathBuf::from("."));
            let path = state::database_path(&args, Some(data_dir.clone()));
            let recent = recent::RecentFiles::load(
                app.path()
                    .app_config_dir()
                    .ok()
                    .map(|dir| dir.join("zuletzt-geoeffnet.json")),
            );
            app.manage(state::AppState::open(path, data_dir, recent));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Talentwerk could not start its window");
}

#[cfg(test)]
mod tests {
    /// Writes the TypeScript bindings; CI fails when the committed file differs.
    #[test]
    fn export_bindings() {
        super::specta_builder()
            .export(
                specta_typescript::Typescript::default()
                    .header("// Generated by src-tauri (cargo test -p talentwerk export_bindings). Do not edit.\n// @ts-nocheck"),
                concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/bindings.gen.ts"),
            )
            .unwrap();
    }
}
