//! Reading back the runner's own JSON output (`--load FILE ...`), so saved
//! results can be re-rendered as table, Markdown and charts, and the
//! results of several runs over disjoint programs can be combined into one
//! report. Contains a small JSON parser (the runner has no dependencies
//! beyond libc).

use crate::model::{Cell, Impl, Report, Row};
use crate::report::WarmupSeries;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn num(&self) -> Option<f64> {
        match self {
            Json::Num(x) => Some(*x),
            _ => None,
        }
    }
    pub fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(v) => v,
            _ => &[],
        }
    }
    pub fn obj(&self) -> &[(String, Json)] {
        match self {
            Json::Obj(v) => v,
            _ => &[],
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, what: &str) -> String {
        format!("invalid JSON at byte {}: {what}", self.i)
    }
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) -> Result<(), String> {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(&format!("expected '{}'", c as char)))
        }
    }
    fn hex4(&mut self) -> Result<u32, String> {
        let h = self
            .s
            .get(self.i..self.i + 4)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|t| u32::from_str_radix(t, 16).ok())
            .ok_or_else(|| self.err("bad \\u escape"))?;
        self.i += 4;
        Ok(h)
    }
    fn string(&mut self) -> Result<String, String> {
        self.eat(b'"')?;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = *self
                .s
                .get(self.i)
                .ok_or_else(|| self.err("unterminated string"))?;
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let e = *self.s.get(self.i).ok_or_else(|| self.err("bad escape"))?;
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut cp = self.hex4()?;
                            if (0xd800..0xdc00).contains(&cp) && self.s.get(self.i) == Some(&b'\\')
                            {
                                self.i += 2;
                                let lo = self.hex4()?;
                                cp = 0x10000
                                    + ((cp - 0xd800) << 10)
                                    + (lo.wrapping_sub(0xdc00) & 0x3ff);
                            }
                            char::from_u32(cp).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(self.err("bad escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| self.err("invalid UTF-8"))
    }
    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut kv = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(kv));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.eat(b':')?;
                    let v = self.value()?;
                    kv.push((k, v));
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Obj(kv));
                        }
                        _ => return Err(self.err("expected ',' or '}'")),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut v = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(v));
                }
                loop {
                    v.push(self.value()?);
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(v));
                        }
                        _ => return Err(self.err("expected ',' or ']'")),
                    }
                }
            }
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(_) => {
                let start = self.i;
                while self.i < self.s.len() && !b",]} \n\r\t".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                let tok = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
                match tok {
                    "null" => Ok(Json::Null),
                    "true" => Ok(Json::Bool(true)),
                    "false" => Ok(Json::Bool(false)),
                    t => t
                        .parse::<f64>()
                        .map(Json::Num)
                        .map_err(|_| self.err("bad literal")),
                }
            }
            None => Err(self.err("unexpected end")),
        }
    }
}

/// Parses one JSON document.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let v = p.value()?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("trailing characters"));
    }
    Ok(v)
}

/// Rebuilds a report (and warm-up series) from the runner's JSON output.
pub fn report_from_json(j: &Json) -> Result<(Report, Vec<WarmupSeries>), String> {
    let mut rep = Report {
        reps: j.get("reps").and_then(Json::num).unwrap_or(0.0) as usize,
        warmup: matches!(j.get("warmup_run"), Some(Json::Bool(true))),
        ..Report::default()
    };
    for (k, v) in j.get("meta").map(Json::obj).unwrap_or(&[]) {
        rep.meta
            .push((k.clone(), v.str().unwrap_or("").to_string()));
    }
    for i in j.get("implementations").map(Json::arr).unwrap_or(&[]) {
        let s = |k: &str| i.get(k).and_then(Json::str).unwrap_or("").to_string();
        rep.impls.push(Impl {
            key: s("key"),
            label: s("label"),
            version: s("version"),
            argv: i
                .get("argv")
                .map(Json::arr)
                .unwrap_or(&[])
                .iter()
                .filter_map(|a| a.str().map(str::to_string))
                .collect(),
        });
    }
    let Some(benches) = j.get("benchmarks") else {
        return Err("not a benches/run JSON file (no \"benchmarks\")".into());
    };
    for b in benches.arr() {
        let mut row = Row {
            name: b.get("name").and_then(Json::str).unwrap_or("").to_string(),
            path: b.get("path").and_then(Json::str).unwrap_or("").to_string(),
            cells: Vec::new(),
        };
        for (key, r) in b.get("results").map(Json::obj).unwrap_or(&[]) {
            let status = r.get("status").and_then(Json::str).unwrap_or("");
            let mut c = Cell::new(key);
            c.times = r
                .get("times")
                .map(Json::arr)
                .unwrap_or(&[])
                .iter()
                .filter_map(Json::num)
                .collect();
            if let Some(k) = r.get("peak_rss_kib").and_then(Json::num) {
                c.rss_kib.push(k as u64);
            }
            c.checksum = r.get("checksum").and_then(Json::str).map(str::to_string);
            c.error = r.get("error").and_then(Json::str).map(str::to_string);
            c.mismatch = status == "mismatch";
            if c.error.is_none() && (status == "failed" || status == "mismatch") {
                c.error = Some(status.to_string());
            }
            row.cells.push(c);
        }
        rep.rows.push(row);
    }
    for n in j.get("notes").map(Json::arr).unwrap_or(&[]) {
        if let Some(s) = n.str() {
            rep.notes.push(s.to_string());
        }
    }
    let mut warm = Vec::new();
    for w in j.get("warmup").map(Json::arr).unwrap_or(&[]) {
        warm.push(WarmupSeries {
            program: w
                .get("program")
                .and_then(Json::str)
                .unwrap_or("")
                .to_string(),
            impl_key: w.get("impl").and_then(Json::str).unwrap_or("").to_string(),
            iter_secs: w
                .get("iteration_secs")
                .map(Json::arr)
                .unwrap_or(&[])
                .iter()
                .filter_map(Json::num)
                .collect(),
            error: w.get("error").and_then(Json::str).map(str::to_string),
        });
    }
    Ok((rep, warm))
}

/// Combines reports: the first one's metadata, every implementation seen
/// (in first-seen order), all rows (sorted by name when there are several
/// parts) and warm-up series, the union of notes.
pub fn combine(parts: Vec<(Report, Vec<WarmupSeries>)>) -> (Report, Vec<WarmupSeries>) {
    let mut out = Report::default();
    let mut warm = Vec::new();
    let n = parts.len();
    for (i, (rep, w)) in parts.into_iter().enumerate() {
        if i == 0 {
            out.meta = rep.meta.clone();
            out.reps = rep.reps;
            out.warmup = rep.warmup;
        } else {
            for (k, v) in &rep.meta {
                if k == "command" || k == "date" || k == "piepie commit" {
                    out.meta.push((format!("{k} (part {})", i + 1), v.clone()));
                }
            }
        }
        for imp in rep.impls {
            if !out.impls.iter().any(|x| x.key == imp.key) {
                out.impls.push(imp);
            }
        }
        out.rows.extend(rep.rows);
        for note in rep.notes {
            if !out.notes.contains(&note) {
                out.notes.push(note);
            }
        }
        warm.extend(w);
    }
    if n > 1 {
        out.rows.sort_by(|a, b| a.name.cmp(&b.name));
        out.notes
            .push(format!("combined from {n} runs of benches/run (--load)"));
    }
    (out, warm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::canned;
    use crate::report::{render_json, render_markdown, render_text};

    #[test]
    fn parses_values_and_escapes() {
        let j =
            parse(r#"{"a": [1, -2.5e1, true, null], "s": "x\"\\\n\u00e9\ud83d\ude00"}"#).unwrap();
        assert_eq!(
            j.get("a").unwrap().arr(),
            &[
                Json::Num(1.0),
                Json::Num(-25.0),
                Json::Bool(true),
                Json::Null
            ]
        );
        assert_eq!(j.get("s").unwrap().str().unwrap(), "x\"\\\né😀");
        assert!(parse("{\"a\": 1,}").is_err());
        assert!(parse("[1] x").is_err());
    }

    #[test]
    fn json_round_trip_renders_the_same_tables() {
        let rep = canned();
        let warm = vec![WarmupSeries {
            program: "p".into(),
            impl_key: "cpython".into(),
            iter_secs: vec![0.5, 0.25],
            error: None,
        }];
        let text = render_json(&rep, &warm);
        let (back, wback) = report_from_json(&parse(&text).unwrap()).unwrap();
        assert_eq!(render_text(&back), render_text(&rep));
        assert_eq!(render_markdown(&back), render_markdown(&rep));
        assert_eq!(render_json(&back, &wback), text);
    }

    #[test]
    fn combine_merges_rows_and_implementations() {
        let a = canned();
        let mut b = canned();
        b.rows.truncate(1);
        b.rows[0].name = "other".into();
        let (c, _) = combine(vec![(a, vec![]), (b, vec![])]);
        assert_eq!(c.rows.len(), 3);
        let names: Vec<&str> = c.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["json \"rt\"", "nbody", "other"]);
        assert_eq!(c.impls.len(), 4);
        assert!(c.notes.iter().any(|n| n.contains("combined from 2 runs")));
    }
}
