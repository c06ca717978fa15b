//! Records the sandbox's Zoho CRM/Bigin and ChakraHQ hold beyond the
//! built-in ones, added by tests and benchmarks (`POST /__sandbox/records`),
//! and Zoho's search `criteria` grammar evaluated over them.
//!
//! The criteria grammar as Zoho documents it for `GET …/{module}/search`:
//! `(FIELD:OPERATOR:VALUE)`, combined as `((…)and(…))` / `((…)or(…))`; in a
//! value, `(`, `)`, `,` and `\` are written `\(`, `\)`, `\,` and `\\`. The
//! sandbox is strict where the document is: an unescaped one of those in a
//! value, an unknown field, an empty value or an operator it does not
//! implement is `400 INVALID_QUERY`, never a guess. Text comparison ignores
//! case (as Zoho's does for text fields). Implemented operators: `equals`,
//! `starts_with`.

use serde::Deserialize;
use serde_json::{Map, Value};

/// One Zoho record: its fields by API name (the name field, `Email`, `Phone`,
/// and whatever a test gave it).
#[derive(Debug, Clone)]
pub struct ZohoRecord {
    pub product: String,
    pub module: String,
    pub id: String,
    pub fields: Map<String, Value>,
    pub locked: bool,
    pub forbidden: bool,
}

impl ZohoRecord {
    /// The field that names a record of `module` in Zoho's answers.
    pub fn name_key(module: &str) -> &'static str {
        match module {
            "Accounts" | "Companies" => "Account_Name",
            "Products" => "Product_Name",
            "Vendors" => "Vendor_Name",
            "Deals" | "Pipelines" => "Deal_Name",
            "Leads" | "Contacts" => "Full_Name",
            _ => "Name",
        }
    }

    pub fn text(&self, field: &str) -> Option<String> {
        match self.fields.get(field)? {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            v => Some(v.to_string()),
        }
    }

    /// As a search answer shows it.
    pub fn json(&self) -> Value {
        let mut m = self.fields.clone();
        m.insert("id".into(), Value::String(self.id.clone()));
        Value::Object(m)
    }
}

/// What `POST /__sandbox/records` takes: one record or `{"records": [...]}`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum NewRecords {
    Many { records: Vec<NewRecord> },
    One(NewRecord),
}

#[derive(Debug, Deserialize)]
pub struct NewRecord {
    /// Zoho: `crm` or `bigin`, with `module`.
    pub product: Option<String>,
    pub module: Option<String>,
    /// ChakraHQ: the procedure a process belongs to.
    pub procedure: Option<String>,
    /// Made up when absent.
    pub id: Option<String>,
    /// Zoho fields, or a ChakraHQ process's attribute values.
    #[serde(default)]
    pub fields: Map<String, Value>,
}

/// A parsed criteria expression.
#[derive(Debug, PartialEq)]
pub enum Criteria {
    Cmp {
        field: String,
        op: Op,
        value: String,
    },
    And(Vec<Criteria>),
    Or(Vec<Criteria>),
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub enum Op {
    Equals,
    StartsWith,
}

/// Why a criteria string is refused: (reason, the API name it is about).
pub type Refusal = (String, Option<String>);

impl Criteria {
    pub fn parse(s: &str) -> Result<Criteria, Refusal> {
        let chars: Vec<char> = s.chars().collect();
        let mut at = 0;
        let c = group(&chars, &mut at)?;
        if at != chars.len() {
            return Err(("unexpected text after the criteria".into(), None));
        }
        Ok(c)
    }

    /// Every field the criteria names.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            Criteria::Cmp { field, .. } => vec![field.as_str()],
            Criteria::And(v) | Criteria::Or(v) => v.iter().flat_map(|c| c.fields()).collect(),
        }
    }

    pub fn matches(&self, value_of: &dyn Fn(&str) -> Option<String>) -> bool {
        match self {
            Criteria::Cmp { field, op, value } => value_of(field).is_some_and(|v| {
                let (v, want) = (v.to_lowercase(), value.to_lowercase());
                match op {
                    Op::Equals => v == want,
                    Op::StartsWith => v.starts_with(&want),
                }
            }),
            Criteria::And(v) => v.iter().all(|c| c.matches(value_of)),
            Criteria::Or(v) => v.iter().any(|c| c.matches(value_of)),
        }
    }
}

/// `( … )`: a comparison, or groups joined by one of `and` / `or`.
fn group(c: &[char], at: &mut usize) -> Result<Criteria, Refusal> {
    if c.get(*at) != Some(&'(') {
        return Err(("a criterion must be in parentheses".into(), None));
    }
    *at += 1;
    if c.get(*at) == Some(&'(') {
        let mut parts = vec![group(c, at)?];
        let mut joiner: Option<&str> = None;
        loop {
            match c.get(*at) {
                Some(')') => {
                    *at += 1;
                    break;
                }
                Some(_) => {
                    let word: String = c[*at..]
                        .iter()
                        .take_while(|ch| ch.is_ascii_alphabetic())
                        .collect();
                    let w = word.to_ascii_lowercase();
                    if w != "and" && w != "or" {
                        return Err(("expected 'and' or 'or' between criteria".into(), None));
                    }
                    if joiner.is_some_and(|j| j != w) {
                        return Err(("mixing 'and' and 'or' needs parentheses".into(), None));
                    }
                    joiner = Some(if w == "and" { "and" } else { "or" });
                    *at += word.len();
                    parts.push(group(c, at)?);
                }
                None => return Err(("unbalanced parentheses".into(), None)),
            }
        }
        return Ok(match (joiner, parts.len()) {
            (_, 1) => parts.pop().expect("one"),
            (Some("and"), _) => Criteria::And(parts),
            _ => Criteria::Or(parts),
        });
    }
    // FIELD:OP:VALUE)
    let field: String = c[*at..]
        .iter()
        .take_while(|ch| **ch != ':' && **ch != ')')
        .collect();
    *at += field.len();
    if c.get(*at) != Some(&':') || field.is_empty() {
        return Err(("expected FIELD:OPERATOR:VALUE".into(), None));
    }
    *at += 1;
    let op: String = c[*at..]
        .iter()
        .take_while(|ch| **ch != ':' && **ch != ')')
        .collect();
    *at += op.len();
    if c.get(*at) != Some(&':') {
        return Err(("expected FIELD:OPERATOR:VALUE".into(), Some(field)));
    }
    *at += 1;
    let op = match op.as_str() {
        "equals" => Op::Equals,
        "starts_with" => Op::StartsWith,
        other => {
            return Err((
                format!("the operator '{other}' is not supported here"),
                Some(field),
            ))
        }
    };
    let mut value = String::new();
    loop {
        match c.get(*at) {
            Some('\\') => match c.get(*at + 1) {
                Some(e @ ('\\' | '(' | ')' | ',')) => {
                    value.push(*e);
                    *at += 2;
                }
                _ => return Err(("invalid escape in the value".into(), Some(field))),
            },
            Some(')') => {
                *at += 1;
                break;
            }
            Some('(' | ',') => {
                return Err((
                    "special characters in the value must be escaped with '\\'".into(),
                    Some(field),
                ))
            }
            Some(ch) => {
                value.push(*ch);
                *at += 1;
            }
            None => return Err(("unbalanced parentheses".into(), Some(field))),
        }
    }
    if value.trim().is_empty() {
        return Err(("the value is empty".into(), Some(field)));
    }
    Ok(Criteria::Cmp {
        field: field.trim().to_string(),
        op,
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criteria_parse_with_escapes_and_refuse_what_zoho_refuses() {
        assert_eq!(
            Criteria::parse(r"(Account_Name:equals:Dara\, Jr. \(Sales\) \\)").unwrap(),
            Criteria::Cmp {
                field: "Account_Name".into(),
                op: Op::Equals,
                value: r"Dara, Jr. (Sales) \".into()
            }
        );
        let c = Criteria::parse("((Last_Name:equals:Burns)and(First_Name:starts_with:B))").unwrap();
        assert_eq!(c.fields(), vec!["Last_Name", "First_Name"]);
        let rec = |f: &str| match f {
            "Last_Name" => Some("burns".to_string()),
            "First_Name" => Some("Bob".to_string()),
            _ => None,
        };
        assert!(c.matches(&rec));
        for bad in [
            "Email:equals:x",
            "(Account_Name:equals:Dara, Jr.)",
            "(Account_Name:equals:(Sales))",
            "(Email:contains:x)",
            "(Email:equals:)",
            "(Email:equals:x",
            "((A:equals:x)and(B:equals:y)or(C:equals:z))",
            r"(A:equals:x\y)",
        ] {
            assert!(Criteria::parse(bad).is_err(), "{bad}");
        }
    }
}
