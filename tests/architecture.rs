//! The shape of the code: no two source files import each other, directly
//! or through others (docs/architecture.md §1), and no file grows past its
//! size limit unless it is text or data.
//!
//! Imports are read from the source: every `crate::…` and `super::…` path,
//! in `use` lines and inline, resolved to the file that defines the module.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/app/mod.rs` → `["app"]`, `src/app/undo.rs` → `["app", "undo"]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// Source text without comments and string literals, so that a path named
/// in a doc comment or a message is not taken for an import.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut code = String::new();
        let mut in_string = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if in_string {
                if c == '\\' {
                    chars.next();
                } else if c == '"' {
                    in_string = false;
                }
                continue;
            }
            if c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' {
                in_string = true;
                continue;
            }
            code.push(c);
        }
        out.push_str(&code);
        out.push('\n');
    }
    out
}

/// Module paths named in `code` (`crate::a::b`, `super::c`), made absolute
/// for a file whose own module is `me`.
fn named_paths(code: &str, me: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let text = code;
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = text[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            if at > 0 && (text.as_bytes()[at - 1].is_ascii_alphanumeric() || text.as_bytes()[at - 1] == b'_') {
                continue;
            }
            // Expand `use x::{a, b::c}` groups one level, enough for this code base.
            let rest = &text[at..];
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
            let path = &rest[..end];
            let mut base: Vec<String> = Vec::new();
            let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
            match segments.next() {
                Some("crate") => {}
                Some("super") => {
                    // `super` of `a/b.rs` ([a, b]) and of `a/mod.rs` ([a]) is
                    // the module above the file's own: drop the last part.
                    base = me[..me.len().saturating_sub(1)].to_vec();
                    while segments.peek() == Some(&"super") {
                        segments.next();
                        base.pop();
                    }
                }
                _ => continue,
            }
            let tail: Vec<String> = segments.map(str::to_string).collect();
            let group = rest[end..].strip_prefix('{').map(|g| &g[..g.find('}').unwrap_or(g.len())]);
            match group {
                Some(items) if path.ends_with("::") => {
                    for item in items.split(',') {
                        let item: Vec<String> = item.trim().split("::").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                        let mut full = base.clone();
                        full.extend(tail.iter().cloned());
                        full.extend(item);
                        found.push(full);
                    }
                }
                _ => {
                    let mut full = base.clone();
                    full.extend(tail);
                    found.push(full);
                }
            }
        }
    }
    found
}

struct Graph {
    files: BTreeMap<Vec<String>, PathBuf>,
    edges: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

fn graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    source_files(&src, &mut paths);
    let files: BTreeMap<Vec<String>, PathBuf> =
        paths.iter().filter(|p| p.file_name().is_some_and(|n| n != "main.rs")).map(|p| (module_of(&src, p), p.clone())).collect();
    let mut edges = BTreeMap::new();
    for (module, file) in &files {
        let code = code_only(&fs::read_to_string(file).unwrap());
        let mut targets = BTreeSet::new();
        for mut named in named_paths(&code, module) {
            // The longest prefix that is a file is the file imported.
            while !named.is_empty() && !files.contains_key(&named) {
                named.pop();
            }
            if let Some(target) = files.get(&named)
                && target != file
                && !named.is_empty()
            {
                targets.insert(target.clone());
            }
        }
        edges.insert(file.clone(), targets);
    }
    Graph { files, edges }
}

/// A chain of files that leads back to where it started, if any.
fn find_cycle(graph: &Graph) -> Option<Vec<PathBuf>> {
    fn visit(node: &PathBuf, graph: &Graph, state: &mut BTreeMap<PathBuf, u8>, stack: &mut Vec<PathBuf>) -> Option<Vec<PathBuf>> {
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in graph.edges.get(node).into_iter().flatten() {
            match state.get(next).copied().unwrap_or(0) {
                0 => {
                    if let Some(cycle) = visit(next, graph, state, stack) {
                        return Some(cycle);
                    }
                }
                1 => {
                    let from = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for file in graph.files.values() {
        if state.get(file).copied().unwrap_or(0) == 0
            && let Some(cycle) = visit(file, graph, &mut state, &mut Vec::new())
        {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn no_source_files_import_each_other() {
    let mut graph = graph();
    // lib.rs only declares the modules.
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    graph.edges.insert(lib, BTreeSet::new());
    if let Some(cycle) = find_cycle(&graph) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let names: Vec<String> = cycle.iter().map(|p| p.strip_prefix(root).unwrap().display().to_string()).collect();
        panic!("import cycle: {}", names.join(" → "));
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let a = PathBuf::from("a.rs");
    let b = PathBuf::from("b.rs");
    let graph = Graph {
        files: BTreeMap::from([(vec!["a".into()], a.clone()), (vec!["b".into()], b.clone())]),
        edges: BTreeMap::from([(a.clone(), BTreeSet::from([b.clone()])), (b.clone(), BTreeSet::from([a.clone()]))]),
    };
    assert!(find_cycle(&graph).is_some());
    let code = code_only("use super::b::Thing; // crate::c::D\nlet s = \"crate::e\";");
    assert_eq!(named_paths(&code, &["a".into()]), vec![vec!["b".to_string(), "Thing".to_string()]]);
}
