//! "Über Talentwerk": what this build is made of, for the about dialog and for support
//! questions. Only facts compiled into the binary or held in the state; nothing is fetched,
//! and the web side names no path.

use crate::error::CommandResult;
use crate::state::AppState;
use serde::Serialize;
use specta::Type;
use tauri::State;

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// Talentwerk's own version.
    pub version: String,
    pub tauri_version: String,
    /// The SQLite library compiled into the app.
    pub sqlite_version: String,
    /// The system's web view (WebKitGTK on Linux, WebView2 on Windows, WKWebView on macOS);
    /// `None` when the system does not say.
    pub webview_version: Option<String>,
    /// `linux`, `windows` or `macos`.
    pub os: String,
    /// The company file open in the window.
    pub database_path: String,
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_app_info(state: State<'_, AppState>) -> CommandResult<AppInfo> {
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        tauri_version: tauri::VERSION.to_string(),
        sqlite_version: talentwerk_core::db::sqlite_version().to_string(),
        webview_version: tauri::webview_version().ok(),
        os: std::env::consts::OS.to_string(),
        database_path: state.path().display().to_string(),
    })
}
