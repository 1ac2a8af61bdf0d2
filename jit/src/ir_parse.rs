//! The parser of the trace IR's text form (the inverse of
//! [`Trace::to_text`]), so optimizer and backend tests are written as text.
//!
//! ```text
//! inputs s0 s3
//!   %0 = int_add_ovf i0, $3
//!   guard_no_overflow %0 @0
//!   jump %0, i1
//! @0 resume pc=12 sp=4 s0=i0 s3=i1
//! ```
//!
//! Op numbers on the left are checked against the op's position.

use crate::ir::{ExitKind, InlinedFrame, Op, Opcode, Operand, ResultKind, Snapshot, Trace};

fn parse_operand(s: &str) -> Result<Operand, String> {
    let s = s.trim();
    let num = |t: &str| {
        t.parse::<u64>()
            .map_err(|_| format!("bad number in operand {s:?}"))
    };
    if let Some(n) = s.strip_prefix('%') {
        Ok(Operand::Ref(num(n)? as u32))
    } else if let Some(n) = s.strip_prefix('i') {
        Ok(Operand::Input(num(n)? as u32))
    } else if let Some(n) = s.strip_prefix('$') {
        Ok(Operand::Const(num(n)?))
    } else {
        Err(format!("bad operand {s:?}"))
    }
}

fn parse_slot(s: &str) -> Result<u32, String> {
    s.strip_prefix('s')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("bad slot {s:?}"))
}

fn parse_u64(s: &str) -> Result<u64, String> {
    let r = match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16),
        None => s.parse(),
    };
    r.map_err(|_| format!("bad number {s:?}"))
}

fn parse_snapshot(line: &str, trace: &mut Trace) -> Result<(), String> {
    let mut words = line.split_whitespace();
    let index: usize = words.next().unwrap_or("")[1..]
        .parse()
        .map_err(|_| format!("bad snapshot line {line:?}"))?;
    if index != trace.snapshots.len() {
        return Err(format!("snapshot @{index} out of order"));
    }
    let kind = match words.next() {
        Some("resume") => ExitKind::Resume,
        Some("resume_after") => ExitKind::ResumeAfter,
        Some("raise") => ExitKind::RaisePending,
        other => return Err(format!("bad snapshot kind {other:?}")),
    };
    let mut sn = Snapshot {
        pc: 0,
        sp: 0,
        kind,
        slots: vec![],
        frames: vec![],
    };
    for w in words {
        if w == "|" {
            sn.frames.push(InlinedFrame {
                key: 0,
                pc: 0,
                sp: 0,
                slots: vec![],
            });
            continue;
        }
        let (k, v) = w
            .split_once('=')
            .ok_or_else(|| format!("bad field {w:?}"))?;
        match (sn.frames.last_mut(), k) {
            (None, "pc") => sn.pc = parse_u64(v)? as u32,
            (None, "sp") => sn.sp = parse_u64(v)? as u32,
            (None, _) => sn.slots.push((parse_slot(k)?, parse_operand(v)?)),
            (Some(f), "frame") => f.key = parse_u64(v)?,
            (Some(f), "pc") => f.pc = parse_u64(v)? as u32,
            (Some(f), "sp") => f.sp = parse_u64(v)? as u32,
            (Some(f), _) => {
                if parse_slot(k)? as usize != f.slots.len() {
                    return Err(format!("inlined frame slots must be consecutive: {w:?}"));
                }
                f.slots.push(parse_operand(v)?);
            }
        }
    }
    trace.snapshots.push(sn);
    Ok(())
}

fn parse_op(line: &str, trace: &mut Trace) -> Result<(), String> {
    let (lhs, rest) = match line.split_once(" = ") {
        Some((l, r)) => (Some(l.trim()), r.trim()),
        None => (None, line.trim()),
    };
    let (name, mut tail) = rest.split_once(' ').unwrap_or((rest, ""));
    let opcode = Opcode::from_name(name).ok_or_else(|| format!("unknown op {name:?}"))?;
    let index = trace.ops.len();
    match (lhs, opcode.result()) {
        (None, ResultKind::Void) => {}
        (Some(l), r) if r != ResultKind::Void => {
            if l != format!("%{index}") {
                return Err(format!("op {index} is numbered {l}"));
            }
        }
        _ => return Err(format!("op {index} ({name}): result naming mismatch")),
    }
    let mut op = Op {
        opcode,
        args: vec![],
        aux: 0,
        snapshot: None,
    };
    if let Some(at) = tail
        .rfind(" @")
        .or_else(|| tail.starts_with('@').then_some(0))
    {
        let s = tail[at..].trim().trim_start_matches('@');
        op.snapshot = Some(
            s.parse()
                .map_err(|_| format!("bad snapshot ref in {line:?}"))?,
        );
        tail = &tail[..at];
    }
    if let Some(at) = tail.find("aux=") {
        op.aux = parse_u64(tail[at + 4..].trim())?;
        tail = &tail[..at];
    }
    for a in tail.split(',').map(str::trim).filter(|a| !a.is_empty()) {
        op.args.push(parse_operand(a)?);
    }
    trace.ops.push(op);
    Ok(())
}

/// Parses a trace; the error names the first bad line.
pub fn parse_trace(text: &str) -> Result<Trace, String> {
    let mut trace = Trace::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let r = if let Some(ins) = line.strip_prefix("inputs") {
            ins.split_whitespace()
                .map(parse_slot)
                .collect::<Result<Vec<_>, _>>()
                .map(|v| trace.inputs = v)
        } else if line.starts_with('@') {
            parse_snapshot(line, &mut trace)
        } else {
            parse_op(line, &mut trace)
        };
        r.map_err(|e| format!("line {}: {e}", n + 1))?;
    }
    Ok(trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "inputs s0 s3
  %0 = int_add_ovf i0, $3
  guard_no_overflow %0 @0
  %2 = int_lt %0, i1
  guard_true %2 @1
  %4 = call2 %0, $7 aux=0x1000 @1
  guard_no_exception %4 @2
  jump %0, %4
@0 resume pc=12 sp=4 s0=i0 s3=i1
@1 resume pc=14 sp=4 s0=%0 s3=i1
@2 raise pc=15 sp=4 s0=%0 s3=i1 | frame=0x5000 pc=3 sp=2 s0=%0 s1=$0
";

    #[test]
    fn text_round_trips_and_verifies() {
        let t = parse_trace(SAMPLE).unwrap();
        assert_eq!(t.inputs, vec![0, 3]);
        assert_eq!(t.ops.len(), 7);
        assert_eq!(t.ops[4].aux, 0x1000);
        assert_eq!(t.snapshots[2].frames[0].key, 0x5000);
        assert_eq!(t.snapshots[2].frames[0].slots.len(), 2);
        assert_eq!(t.to_text(), SAMPLE);
        t.verify().unwrap();
    }

    #[test]
    fn every_opcode_name_parses_back() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_name(op.name()), Some(op));
        }
    }

    #[test]
    fn verifier_rejects_bad_traces() {
        let bad = [
            ("inputs s0\n  %0 = int_add i0, %1\n  jump %0\n", "not defined"),
            ("inputs s0\n  %0 = int_add i0, i1\n  jump %0\n", "does not exist"),
            ("inputs s0\n  %0 = int_lt i0, $1\n  guard_true %0\n  jump i0\n", "snapshot"),
            ("inputs s0\n  jump\n", "one operand per input"),
            ("inputs s0\n  %0 = int_add i0, $1\n", "end in jump"),
            (
                "inputs s0\n  %0 = int_add_ovf i0, $1\n  %1 = int_add %0, $1\n  guard_no_overflow %0 @0\n  jump %1\n@0 resume pc=0 sp=1\n",
                "follow its _ovf",
            ),
        ];
        for (text, want) in bad {
            let err = parse_trace(text).unwrap().verify().unwrap_err();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn parse_errors_name_the_line() {
        let err = parse_trace("inputs s0\n  %0 = frobnicate i0\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
