//! The first optimizer passes, run on a recorded trace before it is
//! compiled: one forward pass doing common-subexpression elimination of
//! pure ops (and of checked arithmetic with its overflow guard), guard
//! deduplication, constant propagation through `guard_value`, constant
//! folding and reads of a box the trace made (a `load_imm` of its type or
//! payload field is the word it was made with, so a box used only to be
//! read again is not needed, and its address is not 0), a first heap cache
//! (a `load` of a word read or stored earlier, with no store or effectful
//! call in between, is that value), then a backward pass removing pure
//! ops, loads and allocations nothing uses.
//!
//! Invariants kept: the output verifies whenever the input does; an op is
//! only removed when an earlier op (or a constant) computes the same value,
//! or when nothing (op, snapshot or `jump`) uses it; a guard is only
//! removed when an earlier guard, or a constant, already implies it.

use crate::hints::BoxLayout;
use crate::ir::{Op, OpClass, Opcode, Operand, ResultKind, Trace};
use crate::ops::{FloatArith, FloatCmp};
use hashbrown::{HashMap, HashSet};

/// What the passes removed (for `--jit-log` and `--jit-stats`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OptStats {
    pub ops_before: usize,
    pub ops_after: usize,
    pub guards_removed: usize,
}

/// Optimizes `trace` in place.
pub fn optimize(trace: &mut Trace, boxes: &BoxLayout) -> OptStats {
    let before = trace.ops.len();
    let guards_before = count_guards(trace);
    forward(trace, boxes);
    remove_unused(trace);
    OptStats {
        ops_before: before,
        ops_after: trace.ops.len(),
        guards_removed: guards_before - count_guards(trace),
    }
}

fn count_guards(trace: &Trace) -> usize {
    trace.ops.iter().filter(|o| o.opcode.is_guard()).count()
}

/// The value of a pure op whose operands are all constants, if the
/// optimizer knows how to compute it.
fn fold(opcode: Opcode, args: &[Operand], aux: u64) -> Option<u64> {
    let c = |i: usize| match args.get(i) {
        Some(Operand::Const(v)) => Some(*v),
        _ => None,
    };
    let (a, b) = (c(0)?, c(1));
    let (ai, bi) = (a as i64, b.map(|b| b as i64));
    Some(match opcode {
        Opcode::IntAdd => a.wrapping_add(b?),
        Opcode::IntSub => a.wrapping_sub(b?),
        Opcode::IntMul => a.wrapping_mul(b?),
        Opcode::IntAnd => a & b?,
        Opcode::IntOr => a | b?,
        Opcode::IntXor => a ^ b?,
        Opcode::IntSar => (ai >> aux) as u64,
        Opcode::IntEq => (a == b?) as u64,
        Opcode::IntNe => (a != b?) as u64,
        Opcode::IntLt => (ai < bi?) as u64,
        Opcode::IntLe => (ai <= bi?) as u64,
        Opcode::IntGt => (ai > bi?) as u64,
        Opcode::IntGe => (ai >= bi?) as u64,
        Opcode::FloatAdd => FloatArith::Add.apply(a, b?),
        Opcode::FloatSub => FloatArith::Sub.apply(a, b?),
        Opcode::FloatMul => FloatArith::Mul.apply(a, b?),
        Opcode::FloatDiv => FloatArith::Div.apply(a, b?),
        Opcode::FloatEq => FloatCmp::Eq.apply(a, b?) as u64,
        Opcode::FloatNe => FloatCmp::Ne.apply(a, b?) as u64,
        Opcode::FloatLt => FloatCmp::Lt.apply(a, b?) as u64,
        Opcode::FloatLe => FloatCmp::Le.apply(a, b?) as u64,
        Opcode::FloatGt => FloatCmp::Gt.apply(a, b?) as u64,
        Opcode::FloatGe => FloatCmp::Ge.apply(a, b?) as u64,
        Opcode::IntToFloat => (ai as f64).to_bits(),
        _ => return None,
    })
}

/// The forward pass: rewrites operands, drops redundant ops, renumbers.
fn forward(trace: &mut Trace, boxes: &BoxLayout) {
    let ops = std::mem::take(&mut trace.ops);
    let mut out: Vec<Op> = Vec::with_capacity(ops.len());
    // What each old op's result became.
    let mut result: Vec<Option<Operand>> = vec![None; ops.len()];
    // Values known equal to a constant (after `guard_value`).
    let mut known: HashMap<Operand, Operand> = HashMap::new();
    // Pure ops already computed: (opcode, args, aux) -> result.
    let mut computed: HashMap<(Opcode, Vec<Operand>, u64), Operand> = HashMap::new();
    // Words of memory known since the last store or effectful call:
    // (address, offset) -> value.
    let mut memory: HashMap<(Operand, u64), Operand> = HashMap::new();
    // Guards already checked: (opcode, args).
    let mut checked: HashSet<(Opcode, Vec<Operand>)> = HashSet::new();
    // An `_ovf` op was dropped: drop its overflow guard too.
    let mut skip_ovf_guard = false;
    let rewrite = |a: Operand, result: &[Option<Operand>], known: &HashMap<Operand, Operand>| {
        let a = match a {
            Operand::Ref(n) => result[n as usize].expect("operands are defined before use"),
            other => other,
        };
        known.get(&a).copied().unwrap_or(a)
    };
    // Each kept op's snapshot, rewritten with what is known at that op
    // (a guard's own snapshot predates what the guard establishes).
    let old_snapshots = std::mem::take(&mut trace.snapshots);
    let mut snapshots = Vec::with_capacity(old_snapshots.len());
    for (i, op) in ops.into_iter().enumerate() {
        let args: Vec<Operand> = op
            .args
            .iter()
            .map(|&a| rewrite(a, &result, &known))
            .collect();
        let is_ovf_guard = matches!(op.opcode, Opcode::GuardNoOverflow | Opcode::GuardOverflow);
        if is_ovf_guard && skip_ovf_guard {
            skip_ovf_guard = false;
            continue;
        }
        skip_ovf_guard = false;
        let class = op.opcode.class();
        let pure = matches!(class, OpClass::Pure | OpClass::CallPure);
        // What a `guard_value` establishes, applied after its snapshot.
        let mut learned = None;
        if op.opcode == Opcode::LoadImm {
            if let [Operand::Ref(n)] = args.as_slice() {
                let made = &out[*n as usize];
                if made.opcode == Opcode::NewBox {
                    let field = op.aux as i32;
                    if field == boxes.type_offset {
                        result[i] = Some(made.args[0]);
                        continue;
                    }
                    if field == boxes.payload_offset {
                        result[i] = Some(made.args[1]);
                        continue;
                    }
                }
            }
        }
        match op.opcode {
            Opcode::Load => {
                if let Some(&v) = memory.get(&(args[0], op.aux)) {
                    result[i] = Some(v);
                    continue;
                }
                let r = Operand::Ref(out.len() as u32);
                memory.insert((args[0], op.aux), r);
            }
            Opcode::Store => {
                // Any other word may be the same memory.
                memory.clear();
                memory.insert((args[0], op.aux), args[1]);
            }
            _ if class == OpClass::Call => memory.clear(),
            Opcode::IntEq | Opcode::IntNe => {
                // An allocation's address is not 0.
                let is_new = |a: &Operand| matches!(a, Operand::Ref(n) if out[*n as usize].opcode.class() == OpClass::Alloc);
                if let [x, Operand::Const(0)] | [Operand::Const(0), x] = args.as_slice() {
                    if is_new(x) {
                        let v = (op.opcode == Opcode::IntNe) as u64;
                        result[i] = Some(Operand::Const(v));
                        continue;
                    }
                }
            }
            _ => {}
        }
        if op.opcode == Opcode::IntAnd {
            // Masking bits known to be zero (an allocation's address is
            // aligned) gives zero.
            let zeros = |a: &Operand| known_low_zeros(a, &out);
            if let [x, Operand::Const(m)] | [Operand::Const(m), x] = args.as_slice() {
                if 64 - m.leading_zeros() <= zeros(x) {
                    result[i] = Some(Operand::Const(0));
                    continue;
                }
            }
        }
        if pure {
            if op.opcode.result() != ResultKind::Void && !op.opcode.is_ovf() {
                if let Some(v) = fold(op.opcode, &args, op.aux) {
                    result[i] = Some(Operand::Const(v));
                    continue;
                }
            }
            let key = (op.opcode, args.clone(), op.aux);
            if let Some(&prev) = computed.get(&key) {
                // A checked op seen before passed its guard then (only
                // `guard_no_overflow` follows a recorded `_ovf` whose
                // result is used), so this one's guard is implied.
                result[i] = Some(prev);
                skip_ovf_guard = op.opcode.is_ovf();
                continue;
            }
            let r = Operand::Ref(out.len() as u32);
            computed.insert(key, r);
            result[i] = Some(r);
        } else if op.opcode.is_guard() && !is_ovf_guard {
            let implied = match (op.opcode, args.as_slice()) {
                (Opcode::GuardTrue, [Operand::Const(v)]) => *v != 0,
                (Opcode::GuardFalse, [Operand::Const(v)]) => *v == 0,
                (Opcode::GuardValue, [Operand::Const(a), Operand::Const(b)]) => a == b,
                _ => false,
            };
            if implied || !checked.insert((op.opcode, args.clone())) {
                continue;
            }
            if let (Opcode::GuardValue, [x, k @ Operand::Const(_)]) = (op.opcode, args.as_slice()) {
                learned = Some((*x, *k));
            }
            // A guard on a comparison also settles its negation.
            if let [Operand::Ref(n)] = args.as_slice() {
                let cmp = &out[*n as usize];
                if let Some(neg) = negation(cmp.opcode) {
                    let other = if op.opcode == Opcode::GuardTrue {
                        Opcode::GuardFalse
                    } else {
                        Opcode::GuardTrue
                    };
                    let key = (neg, cmp.args.clone(), cmp.aux);
                    if let Some(&nr) = computed.get(&key) {
                        checked.insert((other, vec![nr]));
                    }
                }
            }
        } else if op.opcode.result() != ResultKind::Void {
            result[i] = Some(Operand::Ref(out.len() as u32));
        }
        let snapshot = op.snapshot.map(|k| {
            let mut sn = old_snapshots[k as usize].clone();
            for (_, v) in &mut sn.slots {
                *v = rewrite(*v, &result, &known);
            }
            for f in &mut sn.frames {
                for v in &mut f.slots {
                    *v = rewrite(*v, &result, &known);
                }
            }
            snapshots.push(sn);
            snapshots.len() as u32 - 1
        });
        if let Some((x, k)) = learned {
            known.insert(x, k);
        }
        out.push(Op {
            opcode: op.opcode,
            args,
            aux: op.aux,
            snapshot,
        });
    }
    trace.ops = out;
    trace.snapshots = snapshots;
}

/// How many low bits of `a` are known to be zero (`out`: the ops so far).
fn known_low_zeros(a: &Operand, out: &[Op]) -> u32 {
    match a {
        Operand::Const(v) => v.trailing_zeros(),
        Operand::Input(_) => 0,
        Operand::Ref(n) => {
            let op = &out[*n as usize];
            match op.opcode {
                // Allocations are at least word-aligned.
                Opcode::NewBox => 3,
                Opcode::IntAnd => op
                    .args
                    .iter()
                    .map(|x| known_low_zeros(x, out))
                    .max()
                    .unwrap_or(0),
                _ => 0,
            }
        }
    }
}

/// The comparison that is true exactly when `op` is false.
fn negation(op: Opcode) -> Option<Opcode> {
    Some(match op {
        Opcode::IntEq => Opcode::IntNe,
        Opcode::IntNe => Opcode::IntEq,
        Opcode::IntLt => Opcode::IntGe,
        Opcode::IntGe => Opcode::IntLt,
        Opcode::IntGt => Opcode::IntLe,
        Opcode::IntLe => Opcode::IntGt,
        _ => return None,
    })
}

/// Removes pure ops whose results nothing uses, and renumbers.
fn remove_unused(trace: &mut Trace) {
    let n = trace.ops.len();
    let mut used = vec![false; n];
    let mark = |a: &Operand, used: &mut Vec<bool>| {
        if let Operand::Ref(r) = a {
            used[*r as usize] = true;
        }
    };
    for sn in &trace.snapshots {
        sn.slots.iter().for_each(|(_, v)| mark(v, &mut used));
        sn.frames
            .iter()
            .flat_map(|f| f.slots.iter())
            .for_each(|v| mark(v, &mut used));
    }
    let removable = |op: &Op| {
        matches!(
            op.opcode.class(),
            OpClass::Pure | OpClass::CallPure | OpClass::Alloc | OpClass::Load
        ) && !op.opcode.is_ovf()
    };
    for i in (0..n).rev() {
        let op = &trace.ops[i];
        if removable(op) && !used[i] {
            continue;
        }
        used[i] = true;
        for a in &trace.ops[i].args {
            mark(a, &mut used);
        }
    }
    let mut new_index = vec![0u32; n];
    let mut out = Vec::with_capacity(n);
    for (i, op) in std::mem::take(&mut trace.ops).into_iter().enumerate() {
        if used[i] {
            new_index[i] = out.len() as u32;
            out.push(op);
        }
    }
    let renumber = |a: &mut Operand| {
        if let Operand::Ref(r) = a {
            *r = new_index[*r as usize];
        }
    };
    for op in &mut out {
        op.args.iter_mut().for_each(renumber);
    }
    for sn in &mut trace.snapshots {
        sn.slots.iter_mut().for_each(|(_, v)| renumber(v));
        sn.frames
            .iter_mut()
            .flat_map(|f| f.slots.iter_mut())
            .for_each(renumber);
    }
    trace.ops = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir_parse::parse_trace;

    fn opt(text: &str) -> String {
        let mut t = parse_trace(text).unwrap();
        t.verify().unwrap();
        optimize(&mut t, &BoxLayout::default());
        t.verify().unwrap();
        t.to_text()
    }

    #[test]
    fn repeated_pure_ops_and_guards_are_removed() {
        let text = "inputs s0 s1
  %0 = int_eq i0, $0
  guard_false %0 @0
  %2 = int_eq i0, $0
  guard_false %2 @1
  %4 = int_add_ovf i0, i1
  guard_no_overflow %4 @2
  %6 = int_add_ovf i0, i1
  guard_no_overflow %6 @3
  jump %6, i1
@0 resume pc=0 sp=2 s0=i0 s1=i1
@1 resume pc=1 sp=2 s0=i0 s1=i1
@2 resume pc=2 sp=2 s0=i0 s1=i1
@3 resume pc=3 sp=2 s0=i0 s1=i1
";
        let want = "inputs s0 s1
  %0 = int_eq i0, $0
  guard_false %0 @0
  %2 = int_add_ovf i0, i1
  guard_no_overflow %2 @1
  jump %2, i1
@0 resume pc=0 sp=2 s0=i0 s1=i1
@1 resume pc=2 sp=2 s0=i0 s1=i1
";
        assert_eq!(opt(text), want);
    }

    #[test]
    fn guard_value_makes_later_uses_constant() {
        let text = "inputs s0
  guard_value i0, $5 @0
  %1 = int_add i0, $2
  %2 = int_lt %1, $10
  guard_true %2 @1
  %4 = call1 i0 aux=0x10 @2
  jump %4
@0 resume pc=0 sp=1 s0=i0
@1 resume pc=1 sp=1 s0=i0
@2 resume pc=2 sp=1 s0=i0
";
        // i0 is 5 after the guard (not in the guard's own exit): 5 + 2 <
        // 10 folds and its guard goes; the call's snapshot names $5.
        let want = "inputs s0
  guard_value i0, $5 @0
  %1 = call1 $5 aux=0x10 @1
  jump %1
@0 resume pc=0 sp=1 s0=i0
@1 resume pc=2 sp=1 s0=$5
";
        assert_eq!(opt(text), want);
    }

    #[test]
    fn unused_pure_ops_go_but_calls_and_checked_ops_stay() {
        let text = "inputs s0
  %0 = int_and i0, $1
  %1 = call1 i0 aux=0x10 @0
  guard_no_exception %1 @1
  %3 = int_mul_ovf i0, $3
  guard_no_overflow %3 @2
  jump %1
@0 resume pc=0 sp=1 s0=i0
@1 raise pc=1 sp=1 s0=i0
@2 resume pc=2 sp=1 s0=i0
";
        let want = "inputs s0
  %0 = call1 i0 aux=0x10 @0
  guard_no_exception %0 @1
  %2 = int_mul_ovf i0, $3
  guard_no_overflow %2 @2
  jump %0
@0 resume pc=0 sp=1 s0=i0
@1 raise pc=1 sp=1 s0=i0
@2 resume pc=2 sp=1 s0=i0
";
        assert_eq!(opt(text), want);
    }

    #[test]
    fn a_guard_settles_the_negated_comparison() {
        let text = "inputs s0
  %0 = int_lt i0, $10
  %1 = int_ge i0, $10
  guard_true %0 @0
  guard_false %1 @0
  jump i0
@0 resume pc=0 sp=1 s0=i0
";
        let want = "inputs s0
  %0 = int_lt i0, $10
  guard_true %0 @0
  jump i0
@0 resume pc=0 sp=1 s0=i0
";
        assert_eq!(opt(text), want);
    }
}
