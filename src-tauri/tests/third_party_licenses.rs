//! Writes the list of third-party software shipped in the app: `THIRD-PARTY-LICENSES.md` in
//! the repository root (for people) and `ui/src/screens/help/licenses.gen.json` (for "Über
//! Talentwerk"). Like the IPC bindings, both files are committed and CI fails when they
//! drift from `Cargo.lock` and `ui/package-lock.json`.
//!
//! What counts as shipped: the crates the `talentwerk` binary links on Linux (normal
//! dependencies only, without proc macros, which run in the compiler, and without our own
//! crates; Cargo's graph unifies features, so a crate that only a build script uses can
//! appear too: the list errs on the side of too many), the JavaScript bundled into
//! `ui/dist`, and the two fonts. It reads only local files (`cargo metadata --offline`); it
//! must never reach a network.
//!
//! MIT, BSD and Apache require the copyright notice and the licence text to go with the
//! program, so the Markdown file also carries the licence files each package ships (from the
//! crate sources in Cargo's registry and from `ui/node_modules`), every distinct text once.
//! The JSON for the dialog stays small: names, versions and licence expressions only.

use serde_json::{json, Value};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Packages of the Svelte runtime that the compiled UI imports (`svelte/internal/client`
/// imports `clsx` and `esm-env`; the rest of svelte's dependencies belong to its compiler).
const SVELTE_CLIENT_RUNTIME: &[&str] = &["clsx", "esm-env"];

struct Package {
    name: String,
    version: String,
    license: String,
    repository: String,
    /// The normalized texts of the licence files the package ships, in file-name order.
    texts: Vec<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("src-tauri sits in the workspace")
        .to_path_buf()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Line endings as `\n`, no trailing whitespace on a line, no blank lines around the text.
fn normalize(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').to_string()
}

/// Whether a file in a package folder is a licence file by its name.
fn is_licence_file(name: &str) -> bool {
    let name = name.to_ascii_uppercase();
    [
        "LICENSE",
        "LICENCE",
        "COPYING",
        "COPYRIGHT",
        "NOTICE",
        "UNLICENSE",
    ]
    .iter()
    .any(|prefix| name.starts_with(prefix))
}

/// The licence texts shipped in the package folder `dir`: the file `license_file` names
/// (relative to `dir`) if given, else every licence file in `dir`, sorted by file name.
fn licence_texts(dir: &Path, license_file: Option<&str>) -> Vec<String> {
    let files: Vec<PathBuf> = match license_file {
        Some(file) => vec![dir.join(file)],
        None => {
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
                .map(|entry| entry.expect("directory entry").path())
                .filter(|path| {
                    path.is_file()
                        && path
                            .file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(is_licence_file)
                })
                .collect();
            files.sort();
            files
        }
    };
    let mut texts: Vec<String> = Vec::new();
    for file in files {
        let bytes =
            std::fs::read(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let text = normalize(&String::from_utf8_lossy(&bytes));
        if !text.is_empty() && !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts
}

/// "1.10.0" after "1.9.3"; a pre-release before its release.
fn version_order(a: &str, b: &str) -> Ordering {
    fn key(v: &str) -> (Vec<u64>, bool, &str) {
        let v = v.split('+').next().unwrap_or(v);
        let (core, pre) = v.split_once('-').unwrap_or((v, ""));
        let numbers = core.split('.').map(|n| n.parse().unwrap_or(0)).collect();
        (numbers, pre.is_empty(), pre)
    }
    key(a).cmp(&key(b))
}

fn sorted(mut list: Vec<Package>) -> Vec<Package> {
    list.sort_by(|a, b| {
        a.name
            .cmp(&b.name)
            .then_with(|| version_order(&a.version, &b.version))
    });
    list
}

/// `MIT/Apache-2.0` (the old Cargo form) as the SPDX expression `MIT OR Apache-2.0`.
fn spdx(license: &str) -> String {
    license
        .replace('/', " OR ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn rust_crates() -> Vec<Package> {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--offline",
            "--filter-platform",
            "x86_64-unknown-linux-gnu",
        ])
        .current_dir(root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("cargo metadata is JSON");

    let packages: HashMap<&str, &Value> = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().expect("package id"), p))
        .collect();
    let workspace: HashSet<&str> = metadata["workspace_members"]
        .as_array()
        .expect("workspace_members")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let nodes: HashMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .expect("resolve nodes")
        .iter()
        .map(|n| (n["id"].as_str().expect("node id"), n))
        .collect();
    // A package has one library target; a proc macro's runs in the compiler only.
    let is_proc_macro = |id: &str| {
        packages[id]["targets"]
            .as_array()
            .expect("targets")
            .iter()
            .any(|t| t["kind"] == json!(["proc-macro"]))
    };
    let app = packages
        .values()
        .find(|p| p["name"] == "talentwerk" && workspace.contains(p["id"].as_str().unwrap()))
        .expect("the talentwerk package")["id"]
        .as_str()
        .unwrap();

    let mut reached = HashSet::new();
    let mut todo = vec![app];
    while let Some(id) = todo.pop() {
        if !reached.insert(id) || is_proc_macro(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().expect("deps") {
            let normal = dep["dep_kinds"]
                .as_array()
                .expect("dep_kinds")
                .iter()
                .any(|k| k["kind"].is_null());
            if normal {
                todo.push(dep["pkg"].as_str().expect("dep id"));
            }
        }
    }

    let crates = reached
        .into_iter()
        .filter(|id| !workspace.contains(id) && !is_proc_macro(id))
        .map(|id| {
            let p = packages[id];
            let name = p["name"].as_str().unwrap().to_string();
            let license = p["license"].as_str().map(spdx).unwrap_or_else(|| {
                panic!(
                    "the crate {name} names no licence expression: look it up and list it by hand"
                )
            });
            let dir = Path::new(p["manifest_path"].as_str().expect("manifest_path"))
                .parent()
                .expect("a manifest sits in its crate folder");
            Package {
                version: p["version"].as_str().unwrap().to_string(),
                license,
                repository: p["repository"].as_str().unwrap_or("").to_string(),
                texts: licence_texts(dir, p["license_file"].as_str()),
                name,
            }
        })
        .collect();
    sorted(crates)
}

/// The lock entry of `name` as seen from the package at `from` (a nested copy first).
fn lock_entry<'a>(
    lock: &'a serde_json::Map<String, Value>,
    from: &str,
    name: &str,
) -> (String, &'a Value) {
    let mut base = from.to_string();
    loop {
        let path = if base.is_empty() {
            format!("node_modules/{name}")
        } else {
            format!("{base}/node_modules/{name}")
        };
        if let Some(entry) = lock.get(&path) {
            return (path, entry);
        }
        assert!(!base.is_empty(), "ui/package-lock.json has no {name}");
        base = match base.rfind("/node_modules/") {
            Some(at) => base[..at].to_string(),
            None => String::new(),
        };
    }
}

fn npm_packages() -> Vec<Package> {
    let lock: Value =
        serde_json::from_str(&read(&root().join("ui/package-lock.json"))).expect("lock is JSON");
    let lock = lock["packages"].as_object().expect("lock packages");
    let dependencies = |entry: &Value| -> Vec<String> {
        entry["dependencies"]
            .as_object()
            .map(|d| d.keys().cloned().collect())
            .unwrap_or_default()
    };

    // The app's runtime dependencies and theirs; svelte is a build tool whose runtime the
    // compiler writes into the bundle, so it and the runtime's own imports count too.
    let mut todo: Vec<(String, String)> = dependencies(&lock[""])
        .into_iter()
        .map(|name| (String::new(), name))
        .collect();
    todo.push((String::new(), "svelte".into()));
    let (_, svelte) = lock_entry(lock, "", "svelte");
    for name in SVELTE_CLIENT_RUNTIME {
        assert!(
            dependencies(svelte).iter().any(|d| d == name),
            "svelte no longer depends on {name}: check which packages its client runtime imports"
        );
        todo.push((String::new(), name.to_string()));
    }

    let mut seen = BTreeSet::new();
    let mut list = Vec::new();
    while let Some((from, name)) = todo.pop() {
        let (path, entry) = lock_entry(lock, &from, &name);
        if !seen.insert(path.clone()) {
            continue;
        }
        let license = entry["license"]
            .as_str()
            .unwrap_or_else(|| panic!("ui/package-lock.json names no licence for {name}"));
        list.push(Package {
            name: name.clone(),
            version: entry["version"].as_str().expect("version").to_string(),
            license: spdx(license),
            repository: String::new(),
            texts: licence_texts(&root().join("ui").join(&path), None),
        });
        if name != "svelte" {
            todo.extend(dependencies(entry).into_iter().map(|d| (path.clone(), d)));
        }
    }
    sorted(list)
}

/// A fence of backticks longer than any run of backticks in `text`.
fn fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// `name version` of each package in `list`, joined with commas.
fn names(list: &[&Package]) -> String {
    list.iter()
        .map(|p| format!("{} {}", p.name, p.version))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each distinct licence text once, under the packages that ship exactly that text (in the
/// order of their first package), then the packages that ship no licence file.
fn licence_texts_section(heading: &str, list: &[Package]) -> (String, usize) {
    let mut carriers: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, p) in list.iter().enumerate() {
        for text in &p.texts {
            carriers.entry(text.as_str()).or_default().push(index);
        }
    }
    let mut groups: Vec<(&str, Vec<usize>)> = carriers.into_iter().collect();
    groups.sort_by_key(|(text, indices)| (indices[0], *text));

    let mut out = format!("### {heading}\n\n");
    for (number, (text, indices)) in groups.iter().enumerate() {
        let packages: Vec<&Package> = indices.iter().map(|&i| &list[i]).collect();
        let fence = fence(text);
        out.push_str(&format!(
            "#### Text {}: {}\n\n{fence}text\n{text}\n{fence}\n\n",
            number + 1,
            names(&packages)
        ));
    }
    let without: Vec<&Package> = list.iter().filter(|p| p.texts.is_empty()).collect();
    if !without.is_empty() {
        let entries: Vec<String> = without
            .iter()
            .map(|p| format!("{} {} ({})", p.name, p.version, p.license))
            .collect();
        out.push_str(&format!(
            "Ohne eigene Lizenzdatei im Paket; es gilt die angegebene Lizenz: {}.\n\n",
            entries.join(", ")
        ));
    }
    (out, groups.len())
}

/// A table cell: no line breaks, no column separators.
fn cell(text: &str) -> String {
    if text.is_empty() {
        return "–".into();
    }
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown(crates: &[Package], npm: &[Package], inter: &Package) -> String {
    let dejavu = read(&root().join("core/fonts/LICENSE-DejaVu.txt"));
    let inter_text = read(&root().join("ui/node_modules/@fontsource/inter/LICENSE"));
    let mut out = String::new();
    out.push_str("# Lizenzen von Drittsoftware (Third-party licences)\n\n");
    out.push_str(
        "Talentwerk steht unter der MIT-Lizenz (siehe `LICENSE`). Das Programm enthält \
         Schriften und Bibliotheken anderer Urheber; sie sind hier mit ihren Lizenzen \
         aufgeführt. Nach den Tabellen folgen die Lizenztexte, die den Paketen beiliegen.\n\n",
    );
    out.push_str(
        "Diese Datei wird erzeugt (`cargo test -p talentwerk --test third_party_licenses`, \
         aus `Cargo.lock` und `ui/package-lock.json`); bitte nicht von Hand ändern. Die \
         Liste folgt dem Abhängigkeitsgraphen der Linux-Ausgabe (x86_64); die Ausgaben für \
         Windows und macOS binden statt einiger Linux-Bibliotheken (etwa GTK und WebKitGTK) \
         andere Plattform-Bibliotheken ein.\n\n",
    );
    out.push_str(&format!(
        "Insgesamt: {} Rust-Bibliotheken, {} JavaScript-Bibliotheken, 2 Schriften.\n\n",
        crates.len(),
        npm.len()
    ));

    out.push_str("## Schriften/Fonts\n\n");
    out.push_str("| Schrift | Version | Lizenz | Verwendung |\n| --- | --- | --- | --- |\n");
    out.push_str(
        "| DejaVu Sans Condensed (normal, fett) | – \
         | Bitstream-Vera (DejaVu-Änderungen gemeinfrei) \
         | gedruckte Berichte (PDF); in das Programm eingebettet aus `core/fonts` |\n",
    );
    out.push_str(&format!(
        "| Inter (npm `@fontsource/inter`) | {} | {} | Bildschirmschrift der Oberfläche |\n\n",
        inter.version, inter.license
    ));
    out.push_str("### DejaVu Sans Condensed: Lizenztext (`core/fonts/LICENSE-DejaVu.txt`)\n\n");
    out.push_str(&format!("```text\n{}\n```\n\n", dejavu.trim_end()));
    out.push_str("### Inter: Lizenztext (SIL Open Font License 1.1)\n\n");
    out.push_str(&format!("```text\n{}\n```\n\n", inter_text.trim_end()));

    out.push_str("## Rust-Bibliotheken\n\n");
    out.push_str(
        "Alle Bibliotheken, die das Programm `talentwerk` unter Linux (x86_64) einbindet; \
         Werkzeuge, die nur beim Übersetzen laufen (Build-Abhängigkeiten, prozedurale \
         Makros), sind nicht aufgeführt. Die SQLite-Datenbank ist über `libsqlite3-sys` \
         eingebunden; SQLite selbst ist gemeinfrei (Public Domain).\n\n",
    );
    out.push_str("| Name | Version | Lizenz | Quelle |\n| --- | --- | --- | --- |\n");
    for c in crates {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&c.name),
            cell(&c.version),
            cell(&c.license),
            cell(&c.repository)
        ));
    }
    out.push('\n');

    out.push_str("## JavaScript-Bibliotheken der Oberfläche\n\n");
    out.push_str(
        "Was in die Oberfläche (`ui/dist`) gebündelt wird: die Laufzeit-Abhängigkeiten aus \
         `ui/package.json`, die Laufzeit von Svelte (`svelte`, von ihr verwendet `clsx` und \
         `esm-env`).\n\n",
    );
    out.push_str("| Name | Version | Lizenz |\n| --- | --- | --- |\n");
    for p in npm {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            cell(&p.name),
            cell(&p.version),
            cell(&p.license)
        ));
    }
    out.push('\n');

    let (rust_texts, rust_count) = licence_texts_section("Rust-Bibliotheken", crates);
    let (npm_texts, npm_count) =
        licence_texts_section("JavaScript-Bibliotheken der Oberfläche", npm);
    out.push_str("## Lizenztexte (License texts)\n\n");
    out.push_str(&format!(
        "Die Lizenz- und Copyright-Dateien, die den Paketen beiliegen ({} verschiedene Texte \
         der Rust-Bibliotheken, {} der JavaScript-Bibliotheken). Jeder Text steht einmal, \
         unter den Paketen (Name Version), die genau diesen Text mitbringen. Steht eine \
         Lizenzwahl (`MIT OR Apache-2.0`) in der Tabelle, liegen oft beide Texte bei.\n\n",
        rust_count, npm_count
    ));
    out.push_str(&rust_texts);
    out.push_str(&npm_texts);
    out.trim_end().to_string() + "\n"
}

/// One entry per line: small, and a changed crate is a one-line diff.
fn compact(crates: &[Package], npm: &[Package], inter: &Package) -> String {
    let lines = |entries: Vec<Value>| -> String {
        entries
            .iter()
            .map(|e| format!("    {e}"))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    let packages = |list: &[Package]| -> Vec<Value> {
        list.iter()
            .map(|p| json!({ "name": p.name, "version": p.version, "license": p.license }))
            .collect()
    };
    let fonts = vec![
        json!({ "name": "DejaVu Sans Condensed", "license": "Bitstream-Vera", "usage": "print" }),
        json!({ "name": "Inter", "license": inter.license, "usage": "screen" }),
    ];
    format!(
        "{{\n  \"fonts\": [\n{}\n  ],\n  \"crates\": [\n{}\n  ],\n  \"npm\": [\n{}\n  ]\n}}\n",
        lines(fonts),
        lines(packages(crates)),
        lines(packages(npm))
    )
}

/// Writes both files; CI fails when the committed ones differ.
#[test]
fn export_third_party_licenses() {
    let crates = rust_crates();
    let npm = npm_packages();
    let inter = npm
        .iter()
        .find(|p| p.name == "@fontsource/inter")
        .expect("the UI bundles the Inter font from @fontsource/inter");
    assert!(
        crates.iter().any(|c| c.name == "tauri") && crates.iter().any(|c| c.name == "rusqlite"),
        "the shipped crates must include tauri and rusqlite"
    );
    assert!(
        !crates.iter().any(|c| c.name.starts_with("talentwerk")),
        "our own crates are not third-party software"
    );
    std::fs::write(
        root().join("THIRD-PARTY-LICENSES.md"),
        markdown(&crates, &npm, inter),
    )
    .unwrap();
    std::fs::write(
        root().join("ui/src/screens/help/licenses.gen.json"),
        compact(&crates, &npm, inter),
    )
    .unwrap();
}
