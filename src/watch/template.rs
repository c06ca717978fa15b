//! Target templates: which record a watched file goes to.
//!
//! * fixed: `Leads/3000000038009`
//! * `{dir}`: the file's folder relative to the watched folder
//!   (`inbox/Leads/3000000038009/IMG_1.jpg` → `Leads/3000000038009`);
//!   `{parent}`: just the folder's own name; `{stem}` / `{name}`: the file name
//!   without / with its extension
//! * `{1}`, `{2}`, `{id}`…: captures of the rule's `pattern`, a regex over the
//!   file name (`^(\d+)_` on `3000000038009_front.jpg` → `{1}` = `3000000038009`)
//! * `{re:REGEX}`: inline regex, replaced by its first capture (or whole match)
//! * a template that is only `re:REGEX` means `{re:REGEX}`.

use crate::error::{Error, Result};
use regex::Regex;
use std::path::Path;

#[derive(Debug, Clone)]
enum Part {
    Text(String),
    Dir,
    Parent,
    Stem,
    Name,
    /// A capture of the rule's pattern, by number or name.
    Capture(String),
    Inline(Regex),
}

#[derive(Debug, Clone)]
pub struct TargetTemplate {
    raw: Option<String>,
    parts: Vec<Part>,
    pattern: Option<Regex>,
}

fn bad(msg: String) -> Error {
    Error::config("TARGET_TEMPLATE_INVALID", msg)
}

impl TargetTemplate {
    /// `None` = no target (the provider's default, e.g. a free ChakraHQ photo).
    pub fn parse(raw: Option<&str>, pattern: Option<&str>) -> Result<TargetTemplate> {
        let pattern = pattern
            .map(|p| {
                Regex::new(p).map_err(|e| {
                    bad(crate::tr!(
                        "template-bad-pattern",
                        pattern = p,
                        reason = e.to_string()
                    ))
                })
            })
            .transpose()?;
        let Some(raw) = raw else {
            return Ok(TargetTemplate {
                raw: None,
                parts: vec![],
                pattern,
            });
        };
        let owned;
        let src = if let Some(r) = raw
            .strip_prefix("re:")
            .or_else(|| raw.strip_prefix("regex:"))
        {
            owned = format!("{{re:{r}}}");
            owned.as_str()
        } else {
            raw
        };
        let mut parts = vec![];
        let mut text = String::new();
        let chars: Vec<char> = src.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '{' {
                text.push(chars[i]);
                i += 1;
                continue;
            }
            // Find the matching brace (regexes may contain `{n}` themselves).
            let mut depth = 0;
            let mut j = i;
            while j < chars.len() {
                match chars[j] {
                    '\\' => j += 1,
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(bad(crate::tr!("template-unclosed", template = raw)));
            }
            let inner: String = chars[i + 1..j].iter().collect();
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(match inner.as_str() {
                "dir" | "path" => Part::Dir,
                "parent" | "folder" => Part::Parent,
                "stem" => Part::Stem,
                "name" | "file" => Part::Name,
                s if s.starts_with("re:") => Part::Inline(Regex::new(&s[3..]).map_err(|e| {
                    bad(crate::tr!(
                        "template-bad-inline",
                        regex = &s[3..],
                        reason = e.to_string()
                    ))
                })?),
                s => {
                    let Some(p) = &pattern else {
                        return Err(bad(crate::tr!(
                            "template-needs-pattern",
                            placeholder = format!("{{{s}}}"),
                            known = "{dir}, {parent}, {stem}, {name}, {re:REGEX}"
                        )));
                    };
                    let known = s
                        .parse::<usize>()
                        .is_ok_and(|n| n >= 1 && n < p.captures_len())
                        || p.capture_names().flatten().any(|n| n == s);
                    if !known {
                        return Err(bad(crate::tr!(
                            "template-no-capture",
                            pattern = p.as_str(),
                            placeholder = format!("{{{s}}}")
                        )));
                    }
                    Part::Capture(s.to_string())
                }
            });
            i = j + 1;
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(TargetTemplate {
            raw: Some(raw.to_string()),
            parts,
            pattern,
        })
    }

    pub fn has_placeholders(&self) -> bool {
        self.parts.iter().any(|p| !matches!(p, Part::Text(_)))
    }

    /// The target when the template is fixed (or absent).
    pub fn fixed(&self) -> Option<&str> {
        self.raw.as_deref()
    }

    /// The target for `file` under `root`; the error says why it cannot be derived.
    pub fn derive(&self, root: &Path, file: &Path) -> std::result::Result<String, String> {
        let Some(raw) = &self.raw else {
            return Err(crate::tr!("template-why-no-target"));
        };
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = file
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir_rel = file
            .parent()
            .and_then(|d| d.strip_prefix(root).ok())
            .map(|d| {
                d.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        let caps = self.pattern.as_ref().map(|p| p.captures(&name));
        let mut out = String::new();
        for part in &self.parts {
            let piece = match part {
                Part::Text(t) => t.clone(),
                Part::Dir | Part::Parent if dir_rel.is_empty() => {
                    return Err(crate::tr!(
                        "template-why-no-folder",
                        file = name.as_str(),
                        template = raw.as_str()
                    ));
                }
                Part::Dir => dir_rel.clone(),
                Part::Parent => dir_rel.rsplit('/').next().unwrap_or_default().to_string(),
                Part::Stem => stem.clone(),
                Part::Name => name.clone(),
                Part::Capture(c) => {
                    let p = self.pattern.as_ref().expect("checked at parse");
                    let Some(Some(caps)) = &caps else {
                        return Err(crate::tr!(
                            "template-why-no-match",
                            file = name.as_str(),
                            pattern = p.as_str()
                        ));
                    };
                    let m = match c.parse::<usize>() {
                        Ok(n) => caps.get(n),
                        Err(_) => caps.name(c),
                    };
                    match m {
                        Some(m) => m.as_str().to_string(),
                        None => {
                            return Err(crate::tr!(
                                "template-why-empty-capture",
                                pattern = p.as_str(),
                                placeholder = format!("{{{c}}}"),
                                file = name.as_str()
                            ))
                        }
                    }
                }
                Part::Inline(re) => match re.captures(&name) {
                    Some(c) => c
                        .get(1)
                        .or_else(|| c.get(0))
                        .map(|m| m.as_str().to_string())
                        .unwrap_or_default(),
                    None => {
                        return Err(crate::tr!(
                            "template-why-no-match",
                            file = name.as_str(),
                            pattern = re.as_str()
                        ))
                    }
                },
            };
            out.push_str(&piece);
        }
        if out.is_empty() {
            return Err(crate::tr!(
                "template-why-empty",
                template = raw.as_str(),
                file = name.as_str()
            ));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn derive(t: &str, pattern: Option<&str>, file: &str) -> std::result::Result<String, String> {
        TargetTemplate::parse(Some(t), pattern)
            .unwrap()
            .derive(Path::new("/in"), Path::new(file))
    }

    #[test]
    fn placeholders() {
        assert_eq!(derive("Leads/1", None, "/in/a.jpg").unwrap(), "Leads/1");
        assert_eq!(
            derive("{dir}", None, "/in/Leads/3000000038009/IMG_1.jpg").unwrap(),
            "Leads/3000000038009"
        );
        assert_eq!(
            derive("Leads/{parent}", None, "/in/x/3000000038009/IMG_1.jpg").unwrap(),
            "Leads/3000000038009"
        );
        assert!(derive("{dir}", None, "/in/IMG_1.jpg").is_err());
        assert_eq!(
            derive("Leads/{1}", Some(r"^(\d+)_"), "/in/3000000038009_front.jpg").unwrap(),
            "Leads/3000000038009"
        );
        assert!(derive("Leads/{1}", Some(r"^(\d+)_"), "/in/front.jpg")
            .unwrap_err()
            .contains("does not match"));
        assert_eq!(
            derive(r"Leads/{re:^(\d{13})_}", None, "/in/3000000038009_x.jpg").unwrap(),
            "Leads/3000000038009"
        );
        assert_eq!(
            derive(r"re:^(\d+)_", None, "/in/1234567_x.jpg").unwrap(),
            "1234567"
        );
        assert_eq!(
            derive("Leads/{id}", Some(r"^(?P<id>\d+)"), "/in/42.jpg").unwrap(),
            "Leads/42"
        );
    }

    #[test]
    fn bad_templates_are_refused_up_front() {
        assert!(TargetTemplate::parse(Some("Leads/{1}"), None).is_err());
        assert!(TargetTemplate::parse(Some("Leads/{2}"), Some("^(\\d+)")).is_err());
        assert!(TargetTemplate::parse(Some("Leads/{1"), Some("^(\\d+)")).is_err());
        assert!(TargetTemplate::parse(Some("x"), Some("(")).is_err());
    }
}
