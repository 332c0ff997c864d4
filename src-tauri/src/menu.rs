//! The app menu (Datei, Bearbeiten, Ansicht, Hilfe): first plain data, so tests check ids,
//! shortcuts and both languages without a window, then the native menu built from it.
//!
//! A click becomes a [`MenuAction`] event for the web UI, except what only the shell can do:
//! quit, full screen, and the web view's own clipboard commands.
//!
//! It must never register Ctrl+Z, X, C, V or A as accelerators: GTK hands a key to the menu
//! before the focused web view sees it, so typing, copy and paste in text fields and the
//! matrix's own Ctrl+Z would stop working. Those entries only show their keys
//! ([`Shortcut::WebView`]); the keys stay the web view's.

use crate::error::{AppError, CommandResult};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::sync::Mutex;
use talentwerk_core::company::Language;
use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

/// What a menu entry asks for. Its serde name is the entry's menu id and the payload of the
/// `menu-action` event the UI listens to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub enum MenuAction {
    NewFile,
    OpenFile,
    Print,
    ExportExcel,
    Import,
    Backup,
    Quit,
    Undo,
    Cut,
    Copy,
    Paste,
    SelectAll,
    ShowDashboard,
    ShowMatrix,
    ShowPilots,
    ShowRoadmap,
    ShowLadder,
    ShowMaturity,
    ShowLearning,
    ShowEmployees,
    ShowFramework,
    ShowSettings,
    Fullscreen,
    Guide,
    About,
}

impl MenuAction {
    /// The menu id: the same camelCase name the event carries.
    pub fn id(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(id)) => id,
            _ => unreachable!("a unit variant serializes as a string"),
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(id.to_string())).ok()
    }
}

/// A key combination in Tauri's accelerator syntax (`CmdOrCtrl+N`, `F1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// The menu owns the key: it works anywhere in the window.
    Menu(&'static str),
    /// The web view owns the key (text fields, the matrix's undo); the menu only shows it.
    WebView(&'static str),
}

impl Shortcut {
    pub fn keys(self) -> &'static str {
        match self {
            Shortcut::Menu(keys) | Shortcut::WebView(keys) => keys,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub action: MenuAction,
    pub de: &'static str,
    pub en: &'static str,
    pub shortcut: Option<Shortcut>,
}

#[derive(Debug, Clone, Copy)]
pub enum Item {
    Entry(Entry),
    Separator,
}

#[derive(Debug, Clone, Copy)]
pub struct SubmenuData {
    pub de: &'static str,
    pub en: &'static str,
    pub items: &'static [Item],
}

const fn entry(
    action: MenuAction,
    de: &'static str,
    en: &'static str,
    shortcut: Option<Shortcut>,
) -> Item {
    Item::Entry(Entry {
        action,
        de,
        en,
        shortcut,
    })
}

const fn menu(keys: &'static str) -> Option<Shortcut> {
    Some(Shortcut::Menu(keys))
}

const fn webview(keys: &'static str) -> Option<Shortcut> {
    Some(Shortcut::WebView(keys))
}

use MenuAction as A;

/// The whole menu. Ansicht follows the side navigation (`items` in ui/src/App.svelte) with
/// its labels (`nav.*` in ui/src/lib/i18n).
pub const MENU: &[SubmenuData] = &[
    SubmenuData {
        de: "Datei",
        en: "File",
        items: &[
            entry(
                A::NewFile,
                "Neue Firmendatei …",
                "New company file …",
                menu("CmdOrCtrl+N"),
            ),
            entry(
                A::OpenFile,
                "Firmendatei öffnen …",
                "Open company file …",
                menu("CmdOrCtrl+O"),
            ),
            Item::Separator,
            entry(
                A::Print,
                "Drucken / PDF …",
                "Print / PDF …",
                menu("CmdOrCtrl+P"),
            ),
            entry(
                A::ExportExcel,
                "Excel-Export …",
                "Excel export …",
                menu("CmdOrCtrl+E"),
            ),
            entry(A::Import, "Import …", "Import …", menu("CmdOrCtrl+I")),
            Item::Separator,
            entry(A::Backup, "Sicherung erstellen", "Create backup", None),
            Item::Separator,
            entry(A::Quit, "Beenden", "Quit", menu("CmdOrCtrl+Q")),
        ],
    },
    SubmenuData {
        de: "Bearbeiten",
        en: "Edit",
        items: &[
            entry(A::Undo, "Rückgängig", "Undo", webview("CmdOrCtrl+Z")),
            Item::Separator,
            entry(A::Cut, "Ausschneiden", "Cut", webview("CmdOrCtrl+X")),
            entry(A::Copy, "Kopieren", "Copy", webview("CmdOrCtrl+C")),
            entry(A::Paste, "Einfügen", "Paste", webview("CmdOrCtrl+V")),
            Item::Separator,
            entry(
                A::SelectAll,
                "Alles auswählen",
                "Select all",
                webview("CmdOrCtrl+A"),
            ),
        ],
    },
    SubmenuData {
        de: "Ansicht",
        en: "View",
        items: &[
            entry(
                A::ShowDashboard,
                "Dashboard",
                "Dashboard",
                menu("CmdOrCtrl+1"),
            ),
            entry(
                A::ShowMatrix,
                "Talentmatrix",
                "Talent matrix",
                menu("CmdOrCtrl+2"),
            ),
            entry(
                A::ShowPilots,
                "Pilotprojekte",
                "Pilot projects",
                menu("CmdOrCtrl+3"),
            ),
            entry(A::ShowRoadmap, "Roadmap", "Roadmap", menu("CmdOrCtrl+4")),
            entry(
                A::ShowLadder,
                "KI-Laufbahn",
                "AI career ladder",
                menu("CmdOrCtrl+5"),
            ),
            entry(
                A::ShowMaturity,
                "KI-Reifegrad",
                "AI maturity",
                menu("CmdOrCtrl+6"),
            ),
            entry(
                A::ShowLearning,
                "Lernen & Mentoring",
                "Learning & mentoring",
                menu("CmdOrCtrl+7"),
            ),
            entry(
                A::ShowEmployees,
                "Mitarbeitende",
                "Employees",
                menu("CmdOrCtrl+8"),
            ),
            entry(
                A::ShowFramework,
                "Kompetenzrahmen",
                "Competency framework",
                menu("CmdOrCtrl+9"),
            ),
            entry(
                A::ShowSettings,
                "Einstellungen",
                "Settings",
                menu("CmdOrCtrl+,"),
            ),
            Item::Separator,
            entry(A::Fullscreen, "Vollbild", "Full screen", menu("F11")),
        ],
    },
    SubmenuData {
        de: "Hilfe",
        en: "Help",
        items: &[
            entry(A::Guide, "Benutzerhandbuch", "User guide", menu("F1")),
            Item::Separator,
            entry(A::About, "Über Talentwerk", "About Talentwerk", None),
        ],
    },
];

fn label(language: Language, de: &'static str, en: &'static str) -> &'static str {
    match language {
        Language::De => de,
        Language::En => en,
    }
}

/// muda reads `&` as a mnemonic marker; `&&` is a literal ampersand.
fn menu_text(text: &str) -> String {
    text.replace('&', "&&")
}

/// The native menu in `language`.
pub fn build<R: Runtime, M: Manager<R>>(manager: &M, language: Language) -> tauri::Result<Menu<R>> {
    let bar = Menu::new(manager)?;
    for data in MENU {
        let submenu = Submenu::new(manager, menu_text(label(language, data.de, data.en)), true)?;
        for item in data.items {
            match item {
                Item::Separator => submenu.append(&PredefinedMenuItem::separator(manager)?)?,
                Item::Entry(entry) => append_entry(manager, &submenu, entry, language)?,
            }
        }
        bar.append(&submenu)?;
    }
    Ok(bar)
}

fn append_entry<R: Runtime, M: Manager<R>>(
    manager: &M,
    submenu: &Submenu<R>,
    entry: &Entry,
    language: Language,
) -> tauri::Result<()> {
    let text = menu_text(label(language, entry.de, entry.en));
    match entry.shortcut {
        Some(Shortcut::Menu(keys)) => submenu.append(&MenuItem::with_id(
            manager,
            entry.action.id(),
            text,
            true,
            Some(keys),
        )?),
        // macOS hands key equivalents to the focused web view first; its own edit items are
        // what make Cmd+C and Cmd+V work in text fields at all.
        #[cfg(target_os = "macos")]
        Some(Shortcut::WebView(_)) => {
            let text = Some(text.as_str());
            let item = match entry.action {
                MenuAction::Undo => PredefinedMenuItem::undo(manager, text)?,
                MenuAction::Cut => PredefinedMenuItem::cut(manager, text)?,
                MenuAction::Copy => PredefinedMenuItem::copy(manager, text)?,
                MenuAction::Paste => PredefinedMenuItem::paste(manager, text)?,
                _ => PredefinedMenuItem::select_all(manager, text)?,
            };
            submenu.append(&item)
        }
        // Windows shows what follows a tab as the shortcut; nothing is registered.
        #[cfg(windows)]
        Some(Shortcut::WebView(keys)) => {
            let ctrl = label(language, "Strg", "Ctrl");
            let text = format!("{text}\t{}", keys.replace("CmdOrCtrl", ctrl));
            submenu.append(&MenuItem::with_id(
                manager,
                entry.action.id(),
                text,
                true,
                None::<&str>,
            )?)
        }
        // GTK: no accelerator; `show_webview_shortcuts` only labels the entry.
        _ => submenu.append(&MenuItem::with_id(
            manager,
            entry.action.id(),
            text,
            true,
            None::<&str>,
        )?),
    }
}

/// The language the menu is shown in now; `set_menu_language` rebuilds only on a change.
pub struct MenuLanguage(Mutex<Language>);

/// Sets the German menu on the app; the UI switches it with `set_menu_language`.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    app.manage(MenuLanguage(Mutex::new(Language::De)));
    show(app, Language::De)
}

fn show<R: Runtime>(app: &AppHandle<R>, language: Language) -> tauri::Result<()> {
    app.set_menu(build(app, language)?)?;
    #[cfg(target_os = "linux")]
    show_webview_shortcuts(app);
    Ok(())
}

/// Shows the menu in the language of the UI (German first, English second).
#[tauri::command(async)]
#[specta::specta]
pub fn set_menu_language(app: AppHandle, language: Language) -> CommandResult<()> {
    let state = app.state::<MenuLanguage>();
    let mut current = state
        .0
        .lock()
        .map_err(|_| storage("the menu language lock is poisoned"))?;
    if *current != language {
        show(&app, language).map_err(|e| storage(&e.to_string()))?;
        *current = language;
    }
    Ok(())
}

fn storage(message: &str) -> AppError {
    AppError::Storage {
        message: format!("menu: {message}"),
    }
}

/// A menu click: the shell's own actions here, everything else to the UI.
pub fn handle_event<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let Some(action) = MenuAction::from_id(event.id().as_ref()) else {
        return;
    };
    match action {
        MenuAction::Quit => app.exit(0),
        MenuAction::Fullscreen => {
            if let Some(window) = app.get_webview_window("main") {
                let full = window.is_fullscreen().unwrap_or(false);
                let _ = window.set_fullscreen(!full);
            }
        }
        MenuAction::Cut | MenuAction::Copy | MenuAction::Paste | MenuAction::SelectAll => {
            edit_in_webview(app, action)
        }
        _ => {
            let _ = action.emit(app);
        }
    }
}

/// Cut, copy, paste and select all as the web view does them for its keys (a script may not
/// read the clipboard, the web view itself may).
#[cfg(target_os = "linux")]
fn edit_in_webview<R: Runtime>(app: &AppHandle<R>, action: MenuAction) {
    use webkit2gtk::WebViewExt;
    let command = match action {
        MenuAction::Cut => "Cut",
        MenuAction::Copy => "Copy",
        MenuAction::Paste => "Paste",
        _ => "SelectAll",
    };
    if let Some(window) = app.get_webview_window("main") {
        let _ =
            window.with_webview(move |webview| webview.inner().execute_editing_command(command));
    }
}

#[cfg(not(target_os = "linux"))]
fn edit_in_webview<R: Runtime>(app: &AppHandle<R>, action: MenuAction) {
    let command = match action {
        MenuAction::Cut => "cut",
        MenuAction::Copy => "copy",
        MenuAction::Paste => "paste",
        _ => "selectAll",
    };
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.eval(format!("document.execCommand('{command}')"));
    }
}

/// Puts the web view's shortcuts beside their entries, as muda does for its own copy and
/// paste items on GTK: a label only, no accelerator. Runs after the menu bar is attached
/// (the main thread runs queued work in order) and finds the entries by position.
#[cfg(target_os = "linux")]
fn show_webview_shortcuts<R: Runtime>(app: &AppHandle<R>) {
    use gtk::prelude::*;
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let _ = app.run_on_main_thread(move || {
        let Ok(vbox) = window.default_vbox() else {
            return;
        };
        let Some(bar) = vbox
            .children()
            .into_iter()
            .find_map(|child| child.downcast::<gtk::MenuBar>().ok())
        else {
            return;
        };
        for (data, top) in MENU.iter().zip(bar.children()) {
            let Some(list) = top
                .downcast_ref::<gtk::MenuItem>()
                .and_then(|top| top.submenu())
                .and_then(|list| list.downcast::<gtk::Menu>().ok())
            else {
                continue;
            };
            for (item, widget) in data.items.iter().zip(list.children()) {
                let Item::Entry(Entry {
                    shortcut: Some(Shortcut::WebView(keys)),
                    ..
                }) = item
                else {
                    continue;
                };
                let label = widget
                    .downcast_ref::<gtk::Bin>()
                    .and_then(|bin| bin.child())
                    .and_then(|child| child.downcast::<gtk::AccelLabel>().ok());
                if let Some(label) = label {
                    let (key, modifiers) = gtk::accelerator_parse(&gtk_accelerator(keys));
                    label.set_accel(key, modifiers);
                }
            }
        }
    });
}

/// `CmdOrCtrl+Shift+Z` → `<Primary><Shift>z`, for the entries of [`Shortcut::WebView`].
#[cfg(any(target_os = "linux", test))]
fn gtk_accelerator(keys: &str) -> String {
    let mut parts: Vec<&str> = keys.split('+').collect();
    let key = parts.pop().unwrap_or_default().to_lowercase();
    let modifiers: String = parts
        .iter()
        .map(|part| match *part {
            "CmdOrCtrl" | "Ctrl" => "<Primary>",
            "Shift" => "<Shift>",
            "Alt" => "<Alt>",
            other => other,
        })
        .collect();
    format!("{modifiers}{key}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn entries() -> impl Iterator<Item = &'static Entry> {
        MENU.iter()
            .flat_map(|submenu| submenu.items)
            .filter_map(|item| match item {
                Item::Entry(entry) => Some(entry),
                Item::Separator => None,
            })
    }

    #[test]
    fn ids_are_unique_and_name_an_action() {
        let mut seen = HashSet::new();
        for entry in entries() {
            let id = entry.action.id();
            assert!(seen.insert(id.clone()), "menu id {id} is used twice");
            assert_eq!(
                MenuAction::from_id(&id),
                Some(entry.action),
                "menu id {id} must read back as its action"
            );
        }
        assert_eq!(MenuAction::from_id("noSuchAction"), None);
    }

    #[test]
    fn shortcuts_are_unique_and_parse() {
        let mut seen = HashSet::new();
        for entry in entries() {
            let Some(shortcut) = entry.shortcut else {
                continue;
            };
            let keys = shortcut.keys();
            assert!(seen.insert(keys), "shortcut {keys} is on two entries");
            // Tauri parses it when the item is built: a typo would stop the app at start.
            assert!(
                keys.parse::<muda::accelerator::Accelerator>().is_ok(),
                "shortcut {keys} does not parse"
            );
        }
    }

    #[test]
    fn every_label_exists_in_both_languages() {
        for submenu in MENU {
            assert!(
                !submenu.de.is_empty() && !submenu.en.is_empty(),
                "{submenu:?}"
            );
            assert!(!submenu.items.is_empty(), "submenu {} is empty", submenu.de);
        }
        for entry in entries() {
            assert!(
                !entry.de.trim().is_empty(),
                "{:?} has no German label",
                entry.action
            );
            assert!(
                !entry.en.trim().is_empty(),
                "{:?} has no English label",
                entry.action
            );
        }
    }

    #[test]
    fn typing_keys_stay_with_the_web_view() {
        for entry in entries() {
            let Some(Shortcut::Menu(keys)) = entry.shortcut else {
                continue;
            };
            // Compared as parsed key combinations, so "Ctrl+z" cannot slip past "CmdOrCtrl+Z".
            let registered: muda::accelerator::Accelerator = keys.parse().unwrap();
            for taken in [
                "CmdOrCtrl+Z",
                "CmdOrCtrl+X",
                "CmdOrCtrl+C",
                "CmdOrCtrl+V",
                "CmdOrCtrl+A",
            ] {
                let taken: muda::accelerator::Accelerator = taken.parse().unwrap();
                assert_ne!(
                    registered, taken,
                    "{keys} on {:?} would be taken from text fields and the matrix",
                    entry.action
                );
            }
        }
        assert_eq!(gtk_accelerator("CmdOrCtrl+Z"), "<Primary>z");
        assert_eq!(gtk_accelerator("CmdOrCtrl+Shift+Z"), "<Primary><Shift>z");
    }

    #[test]
    fn the_view_menu_follows_the_navigation_and_its_labels() {
        let view = MENU
            .iter()
            .find(|s| s.de == "Ansicht")
            .expect("an Ansicht menu");
        let screens: Vec<(String, &str, &str)> = view
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Entry(e) => e.action.id().strip_prefix("show").map(|s| {
                    let mut screen = s.to_string();
                    screen[..1].make_ascii_lowercase();
                    (screen, e.de, e.en)
                }),
                Item::Separator => None,
            })
            .collect();
        let app = include_str!("../../ui/src/App.svelte");
        let nav_order: Vec<&str> = app
            .lines()
            .filter_map(|line| line.trim().strip_prefix("{ id: '"))
            .filter_map(|rest| rest.split('\'').next())
            .collect();
        assert_eq!(
            screens
                .iter()
                .map(|(s, _, _)| s.as_str())
                .collect::<Vec<_>>(),
            nav_order,
            "Ansicht lists the screens of the side navigation in its order"
        );
        let de = include_str!("../../ui/src/lib/i18n/de.ts");
        let en = include_str!("../../ui/src/lib/i18n/en.ts");
        for (screen, de_label, en_label) in &screens {
            assert!(
                de.contains(&format!("'nav.{screen}': '{de_label}'")),
                "Ansicht → {de_label} differs from the German nav.{screen}"
            );
            assert!(
                en.contains(&format!("'nav.{screen}': '{en_label}'")),
                "View → {en_label} differs from the English nav.{screen}"
            );
        }
    }

    #[test]
    fn a_literal_ampersand_survives_the_mnemonic_syntax() {
        assert_eq!(menu_text("Lernen & Mentoring"), "Lernen && Mentoring");
    }
}
