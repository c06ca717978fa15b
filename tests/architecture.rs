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

/// The core's top-level modules (`src/<m>.rs` or `src/<m>/`) and which of
/// the others each one's code (comments and unit tests aside) names.
fn module_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let src = root().join("src");
    let mut graph = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    for f in files("src", "rs") {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "bin" || module == "lib" {
            continue; // the CLI is a host; lib.rs only declares the modules
        }
        let text = std::fs::read_to_string(&f).unwrap();
        let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        let uses = graph.entry(module.clone()).or_default();
        for line in text.lines() {
            let code = line.split("//").next().unwrap_or("");
            for part in code.split("crate::").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                // `crate::{a, b}` names several.
                let names: Vec<String> = match part.strip_prefix('{') {
                    Some(list) => list
                        .split('}')
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .map(|s| s.trim().split("::").next().unwrap_or("").to_string())
                        .collect(),
                    None => vec![name],
                };
                for n in names {
                    if !n.is_empty() && n != module && n.chars().next().unwrap().is_lowercase() {
                        uses.insert(n);
                    }
                }
            }
        }
    }
    graph
}

/// ARCHITECTURE.md: the core is layered (hosts → app → watch → queue →
/// upload → providers → media → error); no module reaches back up, so no two
/// modules depend on each other, even through others.
#[test]
fn core_modules_have_no_import_cycles() {
    let graph = module_graph();
    assert!(graph.contains_key("app") && graph.contains_key("providers"));
    // Depth-first search; a grey node met again closes a cycle.
    fn visit(
        n: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        state: &mut std::collections::BTreeMap<String, u8>,
        path: &mut Vec<String>,
        cycles: &mut Vec<String>,
    ) {
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for m in graph.get(n).into_iter().flatten() {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                0 => visit(m, graph, state, path, cycles),
                1 => {
                    let i = path.iter().position(|p| p == m).unwrap();
                    cycles.push(format!("{} -> {m}", path[i..].join(" -> ")));
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
    }
    let mut state = std::collections::BTreeMap::new();
    let mut cycles = vec![];
    for n in graph.keys() {
        if !state.contains_key(n.as_str()) {
            visit(n, &graph, &mut state, &mut vec![], &mut cycles);
        }
    }
    assert!(
        cycles.is_empty(),
        "import cycles among the core's modules (move the shared part down a layer):\n{}",
        cycles.join("\n")
    );
    // The layers the map names, checked directly as well.
    let below = |upper: &str, lower: &str| {
        assert!(
            !graph[lower].contains(upper),
            "{lower} uses {upper}, a layer above it"
        );
    };
    for (upper, lower) in [
        ("app", "watch"),
        ("app", "queue"),
        ("watch", "queue"),
        ("queue", "upload"),
        ("upload", "providers"),
        ("providers", "media"),
        ("config", "providers"),
    ] {
        below(upper, lower);
    }
}
