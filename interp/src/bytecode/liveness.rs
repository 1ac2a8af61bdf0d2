//! Liveness of fast locals: for each instruction, which locals may be read
//! (by `LoadFast` or `DeleteFast`) on some path from it before being
//! written (by `StoreFast`). The JIT uses it so a trace neither carries a
//! dead local around its loop nor keeps it in resume data.
//!
//! A backward dataflow over the instruction graph to a fixpoint. Edges:
//! fall-through, jump targets (`Jump`, the conditional jumps, `ForIter`,
//! `YieldFrom`), and an exception edge from every instruction to the
//! handler of every exception-table entry covering it. `ReturnValue`,
//! `RaiseVarargs` and `Reraise` have only their exception edges.
//!
//! Invariant: a local reported dead at `pc` is written before it is read on
//! every path from `pc`. Code whose locals something other than its own
//! instructions can read (a call of `locals()`, `vars()`, `eval()`,
//! `exec()`, `dir()` or zero-argument `super()` by name) gets no table:
//! every local is live.

use super::code::CodeObject;
use super::op::Op;
use piepie_jit::LiveSlots;

/// The liveness table of `code`'s fast locals, or None when every local
/// must be taken as live (see the module doc) or there are none.
pub fn analyze(code: &CodeObject, reads_frame: bool) -> Option<LiveSlots> {
    let nlocals = code.nlocals();
    if reads_frame || nlocals == 0 {
        return None;
    }
    let n = code.instrs.len();
    let mut live = LiveSlots::new(n, nlocals as u32);
    let (_, words) = live.shape();
    let mut row = vec![0u64; words];
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            row.iter_mut().for_each(|w| *w = 0);
            for succ in successors(code, pc) {
                if succ < n {
                    for (w, s) in row.iter_mut().zip(live.row(succ)) {
                        *w |= s;
                    }
                }
            }
            let instr = code.instrs[pc];
            let slot = instr.arg() as usize;
            match instr.op() {
                Op::StoreFast => row[slot / 64] &= !(1 << (slot % 64)),
                Op::LoadFast | Op::DeleteFast => row[slot / 64] |= 1 << (slot % 64),
                _ => {}
            }
            let old = live.row_mut(pc);
            if old != row.as_slice() {
                old.copy_from_slice(&row);
                changed = true;
            }
        }
    }
    Some(live)
}

/// The instructions control may reach from `pc` (possibly `n`, the end).
fn successors(code: &CodeObject, pc: usize) -> impl Iterator<Item = usize> + '_ {
    let instr = code.instrs[pc];
    let target = instr.arg() as usize;
    let (next, jump) = match instr.op() {
        Op::Jump => (None, Some(target)),
        Op::PopJumpIfFalse
        | Op::PopJumpIfTrue
        | Op::JumpIfFalseOrPop
        | Op::JumpIfTrueOrPop
        | Op::ForIter
        | Op::YieldFrom => (Some(pc + 1), Some(target)),
        Op::ReturnValue | Op::RaiseVarargs | Op::Reraise => (None, None),
        _ => (Some(pc + 1), None),
    };
    let handlers = code
        .exc_table
        .iter()
        .filter(move |e| e.start as usize <= pc && pc < e.end as usize)
        .map(|e| e.handler as usize);
    next.into_iter().chain(jump).chain(handlers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{kind_of, ObjKind};
    use std::rc::Rc;

    /// The code object of the first function defined in `src`.
    fn function_code(src: &str) -> Rc<CodeObject> {
        let mut vm = crate::vm::Vm::new(piepie_jit::JitConfig::default());
        let module = match vm.compile_source(src, "t.py") {
            Ok(code) => code,
            Err(_) => panic!("the test source compiles"),
        };
        module
            .consts
            .iter()
            .find_map(|&c| match kind_of(c) {
                ObjKind::Code(code) => Some(code.clone()),
                _ => None,
            })
            .expect("a function in the source")
    }

    fn live_locals(code: &CodeObject, live: &LiveSlots, pc: usize) -> Vec<String> {
        (0..code.nlocals())
            .filter(|&s| live.is_live(pc as u32, s as u32))
            .map(|s| code.varnames[s].clone())
            .collect()
    }

    /// The pc of the loop header (the `ForIter`).
    fn for_iter_pc(code: &CodeObject) -> usize {
        code.instrs
            .iter()
            .position(|i| i.op() == Op::ForIter)
            .expect("a for loop")
    }

    #[test]
    fn locals_written_before_read_in_the_body_are_dead_at_the_header() {
        let code = function_code(
            "def f(xs, k):\n    t = 0\n    for x in xs:\n        d = x * k\n        t += d\n    return t\n",
        );
        let live = analyze(&code, false).expect("a table");
        let at = for_iter_pc(&code);
        assert_eq!(live_locals(&code, &live, at), ["k", "t"]);
    }

    #[test]
    fn a_local_read_after_the_loop_stays_live() {
        let code =
            function_code("def f(xs):\n    d = 0\n    for x in xs:\n        d = x\n    return d\n");
        let live = analyze(&code, false).expect("a table");
        assert_eq!(live_locals(&code, &live, for_iter_pc(&code)), ["d"]);
    }

    #[test]
    fn an_exception_handler_keeps_what_it_reads_live() {
        let code = function_code(
            "def f(xs):\n    for x in xs:\n        try:\n            y = 1 // x\n            z = y\n        except ZeroDivisionError:\n            print(z)\n        z = 0\n",
        );
        let live = analyze(&code, false).expect("a table");
        assert_eq!(live_locals(&code, &live, for_iter_pc(&code)), ["z"]);
    }

    #[test]
    fn code_that_reads_its_frame_gets_no_table() {
        let code = function_code("def f(x):\n    y = x\n    return locals()\n");
        assert!(analyze(&code, true).is_none());
    }
}
