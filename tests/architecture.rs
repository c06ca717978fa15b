//! ARCHITECTURE.md's invariants that the source itself can show, checked over
//! the source: hosts stay adapters over `photodrop::app`, and no host names a
//! provider.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `#[tauri::command]` function's name and body (between its outer braces).
fn commands(src: &str) -> Vec<(String, Vec<&str>)> {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "#[tauri::command]" {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while !lines[j].contains("fn ") {
            j += 1;
        }
        let name = lines[j].split("fn ").nth(1).unwrap();
        let name: String = name
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        while !lines[j].trim_end().ends_with('{') {
            j += 1;
        }
        let mut depth = 0i32;
        let mut k = j;
        loop {
            depth += lines[k].matches('{').count() as i32 - lines[k].matches('}').count() as i32;
            if depth == 0 {
                break;
            }
            k += 1;
        }
        out.push((name, lines[j + 1..k].to_vec()));
        i = k + 1;
    }
    out
}

/// A command parses, calls the application layer and presents: a few lines.
/// The ones that drive a native part of the desktop (a file dialog, the
/// updater, start at login) hold that host code and get more room.
const MAX_COMMAND_LINES: usize = 25;
const HOST_ONLY: &[(&str, usize, &str)] = &[
    ("pick_files", 40, "the native file dialog and its filters"),
    (
        "save_settings",
        35,
        "start at login through the autostart plugin",
    ),
    ("check_update", 35, "the updater plugin"),
];

#[test]
fn tauri_commands_are_adapters() {
    // Wherever a command is written in the shell (commands/ holds them all).
    let srcs: Vec<String> = files("src-tauri/src", "rs")
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let cmds: Vec<_> = srcs.iter().flat_map(|s| commands(s)).collect();
    assert!(
        cmds.len() > 30,
        "found {} commands: the parser broke",
        cmds.len()
    );
    let mut fat = vec![];
    for (name, body) in &cmds {
        let code = body
            .iter()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
            .count();
        let max = HOST_ONLY
            .iter()
            .find(|(n, _, _)| n == name)
            .map_or(MAX_COMMAND_LINES, |(_, m, _)| *m);
        if code > max {
            fat.push(format!("{name}: {code} lines (at most {max})"));
        }
    }
    assert!(
        fat.is_empty(),
        "Tauri commands with logic of their own; move it into photodrop::app:\n{}",
        fat.join("\n")
    );
}

/// What a host may not contain, outside comments: a provider's id or name.
fn names_a_provider(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("").to_ascii_lowercase();
    ["zoho", "chakra", "capillary", "questionpro"]
        .iter()
        .any(|p| code.contains(p))
}

/// Every `.ext` file under `dir`, sub-folders included.
fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out = vec![];
    let mut dirs = vec![root().join(dir)];
    while let Some(d) = dirs.pop() {
        for p in std::fs::read_dir(d).unwrap().flatten().map(|e| e.path()) {
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|e| e == ext) {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn hosts_and_ui_never_name_a_provider() {
    let mut found = vec![];
    let mut scan = |path: &Path| {
        let text = std::fs::read_to_string(path).unwrap();
        // Unit tests may use real provider data as examples.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") || t.starts_with("*") || t.starts_with("/*") {
                continue;
            }
            if names_a_provider(line) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    };
    for f in files("src-tauri/src", "rs") {
        scan(&f);
    }
    // ui/src/bindings/ included: generated from the core's types, whose doc
    // comments may give a provider as an example, but never in a type.
    for f in files("ui/src", "ts") {
        scan(&f);
    }
    scan(&root().join("src/bin/photodrop/jobs.rs"));
    assert!(
        found.is_empty(),
        "Provider knowledge outside its provider (make it ProviderInfo data or a Provider capability):\n{}",
        found.join("\n")
    );
}
