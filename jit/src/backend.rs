//! The Cranelift backend: the one module that calls Cranelift. It lowers a
//! verified [`Trace`] to a machine-code function
//!
//! ```text
//! extern "C" fn(cx: *mut C, frame: *mut u8, slots: *mut u64, scratch: *mut u64) -> u64
//! ```
//!
//! that runs the loop until a guard fails and returns that guard's snapshot
//! index, after writing the snapshot's slots, pc and stack depth into the
//! frame (`slots` is the frame's slot array; the pc and sp fields are at
//! the offsets of the [`FrameLayout`]). A bridge has the same signature
//! and contract; it also returns when it reaches its `finish`, with that
//! op's snapshot index (the driver then runs the loop it names). The value
//! returned is `fragment << 32 | snapshot` ([`split_exit`]), `fragment`
//! being the number the driver gave the code that returned.
//!
//! Fragments chain without returning (see [`Links`]): an exit whose bridge
//! is compiled, and a `finish` naming a compiled loop, *tail-call* the next
//! fragment on the same frame, so a loop and its bridges run as one piece
//! of machine code. Fragments therefore use Cranelift's `tail` calling
//! convention; Rust enters them through one trampoline ([`Backend::run`]).
//! Every exit counts how often it is taken (a word per exit); a chained exit
//! still returns to the driver once in [`DRIVER_CHECK_EVERY`] times, so the
//! driver's policies (recording a loop again) see it.
//!
//! Frames of inlined calls exist only as trace values. Where the
//! interpreter may look at them — at an exit, and during every effectful
//! call (the collector must see their references) — they are written to
//! `scratch` (at least [`Trace::scratch_words`] words): word 0 is the
//! number of inlined frames, then per frame its key, pc, sp and its `sp`
//! slots. A call whose snapshot has no inlined frames writes a 0 count.
//!
//! Shape: an entry block loads the inputs from `slots` and jumps to the
//! loop block, whose block parameters are the loop-carried inputs; `jump`
//! becomes a back edge with the new values. Each guard branches to a cold
//! exit block of its own. Before each effectful call the call's snapshot is
//! written to the frame, so the collector (which scans frames) sees every
//! live reference and a callee that inspects the frame sees it current.
//! Helpers are `extern "C"` and never unwind. The Cranelift verifier runs
//! in debug builds only.

use crate::hints::FrameLayout;
use crate::ir::{ExitKind, Opcode, Operand, Snapshot, Trace};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{
    AbiParam, BlockArg, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};
use hashbrown::HashMap;

/// The address of a compiled fragment's code (`tail` convention; run it
/// with [`Backend::run`]).
pub type FragmentCode = *const u8;

/// The trampoline from Rust into a fragment: `trampoline(code, cx, frame,
/// slots, scratch)` runs fragment `code` (see the module doc).
pub type Trampoline = unsafe extern "C" fn(
    code: FragmentCode,
    cx: *mut u8,
    frame: *mut u8,
    slots: *mut u64,
    scratch: *mut u64,
) -> u64;

/// A chained exit returns to the driver once in this many times.
pub const DRIVER_CHECK_EVERY: u64 = 1024;

/// The fragment and snapshot index of a value a fragment returned.
pub fn split_exit(r: u64) -> (usize, u64) {
    ((r >> 32) as usize, r & 0xFFFF_FFFF)
}

/// Where compiled code finds what it chains to, and counts its exits. The
/// words are owned by the driver and outlive the code.
#[derive(Clone, Copy, Debug)]
pub struct Links {
    /// The number the fragment returns in its upper word.
    pub fragment: u32,
    /// One word per snapshot: the code of the bridge of that exit, or 0.
    /// Only an exit with no inlined frames whose instruction is re-run or
    /// continued (not a pending exception) may have one: the code chains
    /// to whatever it finds here.
    pub exit_code: *const u64,
    /// One word per snapshot: how often that exit was taken.
    pub exit_counts: *mut u64,
    /// For a fragment ending in `finish` at a loop: the word holding that
    /// loop's code (0 while it must not be entered); null otherwise.
    pub finish_code: *const u64,
}

impl Links {
    /// No chaining and no counting (for tests of single fragments).
    pub fn none() -> Links {
        Links {
            fragment: 0,
            exit_code: std::ptr::null(),
            exit_counts: std::ptr::null_mut(),
            finish_code: std::ptr::null(),
        }
    }
}

/// Owns the executable memory of every compiled trace (Cranelift's JIT
/// module never frees one function; the driver caps how many it makes).
pub struct Backend {
    module: JITModule,
    ctx: Context,
    fctx: FunctionBuilderContext,
    compiled: usize,
    trampoline: Trampoline,
    /// How `gc_barrier` ops test an object's collector bits.
    pub barrier: crate::hints::BarrierLayout,
}

impl Backend {
    pub fn new() -> Result<Backend, String> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| {
            f.set(k, v)
                .map_err(|e| format!("cranelift setting {k}: {e}"))
        };
        set(&mut flags, "opt_level", "none")?;
        set(&mut flags, "use_colocated_libcalls", "false")?;
        set(&mut flags, "is_pic", "false")?;
        // Cranelift's tail calls (fragments chaining) need frame pointers.
        set(&mut flags, "preserve_frame_pointers", "true")?;
        let verify = if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        };
        set(&mut flags, "enable_verifier", verify)?;
        let isa = cranelift_native::builder()
            .map_err(|e| format!("no Cranelift backend for this machine: {e}"))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| format!("cranelift isa: {e}"))?;
        let module = JITModule::new(JITBuilder::with_isa(
            isa,
            cranelift_module::default_libcall_names(),
        ));
        let ctx = module.make_context();
        let mut fctx = FunctionBuilderContext::new();
        let (module, ctx, trampoline) = Self::make_trampoline(module, ctx, &mut fctx)?;
        Ok(Backend {
            module,
            ctx,
            fctx,
            compiled: 0,
            trampoline,
            barrier: crate::hints::BarrierLayout::default(),
        })
    }

    /// The signature of every fragment.
    fn fragment_signature() -> Signature {
        let mut sig = Signature::new(CallConv::Tail);
        for _ in 0..4 {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        sig
    }

    /// Compiles the C-convention function that calls a fragment.
    fn make_trampoline(
        mut module: JITModule,
        mut ctx: Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(JITModule, Context, Trampoline), String> {
        let mut sig = Signature::new(module.isa().default_call_conv());
        for _ in 0..5 {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        ctx.func.signature = sig.clone();
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry).to_vec();
        let sigref = b.import_signature(Self::fragment_signature());
        let call = b.ins().call_indirect(sigref, p[0], &p[1..]);
        let r = b.inst_results(call)[0];
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(module.isa().frontend_config());
        let id = module
            .declare_function("trampoline", Linkage::Local, &sig)
            .map_err(|e| format!("declare: {e}"))?;
        module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("cranelift: {e:?}"))?;
        module.clear_context(&mut ctx);
        module
            .finalize_definitions()
            .map_err(|e| format!("finalize: {e}"))?;
        let code = module.get_finalized_function(id);
        // SAFETY: `code` is the finalized machine code of the function built
        // above with exactly `Trampoline`'s signature in the platform's C
        // calling convention.
        let trampoline = unsafe { std::mem::transmute::<*const u8, Trampoline>(code) };
        Ok((module, ctx, trampoline))
    }

    /// The function through which Rust runs a fragment.
    pub fn trampoline(&self) -> Trampoline {
        self.trampoline
    }

    /// Runs fragment `code` on a frame; returns what it returned.
    ///
    /// # Safety
    /// `code` must be a fragment this backend compiled, and the arguments
    /// what the module doc says it may read and write.
    pub unsafe fn run(
        &self,
        code: FragmentCode,
        cx: *mut u8,
        frame: *mut u8,
        slots: *mut u64,
        scratch: *mut u64,
    ) -> u64 {
        // SAFETY: the caller's contract.
        unsafe { (self.trampoline)(code, cx, frame, slots, scratch) }
    }

    /// Compiles `trace` (which must verify) into a callable loop.
    /// With `random_exit`, every guard whose exit re-runs its instruction
    /// also exits when that helper returns nonzero (the random-deopt test
    /// mode). `iterations`, if not null, is a word the loop increments at
    /// every back edge.
    pub fn compile(
        &mut self,
        trace: &Trace,
        layout: &FrameLayout,
        random_exit: Option<extern "C" fn() -> u64>,
        iterations: *mut u64,
        links: Links,
    ) -> Result<FragmentCode, String> {
        trace.verify()?;
        let call_conv = self.module.isa().default_call_conv();
        let sig = Self::fragment_signature();
        self.module.clear_context(&mut self.ctx);
        self.ctx.func.signature = sig.clone();
        let frontend_config = self.module.isa().frontend_config();
        let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
        let mut lower = Lowering::new(&mut b, trace, layout, call_conv);
        lower.barrier = self.barrier;
        lower.random_exit = random_exit;
        lower.iterations = iterations;
        lower.links = links;
        lower.emit();
        b.seal_all_blocks();
        b.finalize(frontend_config);
        self.compiled += 1;
        let name = format!("trace{}", self.compiled);
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| format!("declare: {e}"))?;
        self.module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("cranelift: {e:?}"))?;
        self.module.clear_context(&mut self.ctx);
        self.module
            .finalize_definitions()
            .map_err(|e| format!("finalize: {e}"))?;
        Ok(self.module.get_finalized_function(id))
    }
}

/// The state of lowering one trace.
struct Lowering<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    trace: &'a Trace,
    layout: &'a FrameLayout,
    call_conv: cranelift_codegen::isa::CallConv,
    /// The result of each op (None for void ops).
    values: Vec<Option<Value>>,
    /// The overflow flag of each `_ovf` op.
    flags: Vec<Option<Value>>,
    inputs: Vec<Value>,
    random_exit: Option<extern "C" fn() -> u64>,
    iterations: *mut u64,
    links: Links,
    barrier: crate::hints::BarrierLayout,
    cx: Value,
    frame: Value,
    slots: Value,
    scratch: Value,
    /// Whether any snapshot has inlined frames (then calls keep the
    /// scratch count current).
    inlines: bool,
    /// The allocations made only on exits (see `Trace::sunk_allocations`).
    sunk: Vec<bool>,
}

impl<'a, 'b> Lowering<'a, 'b> {
    fn new(
        b: &'a mut FunctionBuilder<'b>,
        trace: &'a Trace,
        layout: &'a FrameLayout,
        call_conv: cranelift_codegen::isa::CallConv,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry).to_vec();
        Lowering {
            b,
            trace,
            layout,
            call_conv,
            values: vec![None; trace.ops.len()],
            flags: vec![None; trace.ops.len()],
            inputs: vec![],
            random_exit: None,
            iterations: std::ptr::null_mut(),
            links: Links::none(),
            barrier: crate::hints::BarrierLayout::default(),
            cx: p[0],
            frame: p[1],
            slots: p[2],
            scratch: p[3],
            inlines: trace.snapshots.iter().any(|s| !s.frames.is_empty()),
            sunk: trace.sunk_allocations(),
        }
    }

    fn is_sunk(&self, v: Operand) -> bool {
        matches!(v, Operand::Ref(n) if self.sunk[n as usize])
    }

    /// A snapshot value at an exit: a sunk allocation is made here (once
    /// per exit, `made` remembers it).
    fn exit_value(&mut self, v: Operand, made: &mut Vec<(u32, Value)>) -> Value {
        let Operand::Ref(n) = v else {
            return self.operand(v);
        };
        if !self.sunk[n as usize] {
            return self.operand(v);
        }
        if let Some(&(_, made)) = made.iter().find(|(m, _)| *m == n) {
            return made;
        }
        let op = &self.trace.ops[n as usize];
        let args: Vec<Value> = op.args.iter().map(|&a| self.operand(a)).collect();
        let r = self.call_helper(op.aux, &args);
        made.push((n, r));
        r
    }

    /// Calls the helper at `addr` with the context and `args`.
    fn call_helper(&mut self, addr: u64, args: &[Value]) -> Value {
        let mut sig = Signature::new(self.call_conv);
        for _ in 0..=args.len() {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        let sigref = self.b.import_signature(sig);
        let f = self.b.ins().iconst(I64, addr as i64);
        let mut call_args = vec![self.cx];
        call_args.extend_from_slice(args);
        let call = self.b.ins().call_indirect(sigref, f, &call_args);
        self.b.inst_results(call)[0]
    }

    fn as_f64(&mut self, v: Value) -> Value {
        self.b.ins().bitcast(F64, MemFlagsData::new(), v)
    }

    fn float_bits(&mut self, v: Value) -> Value {
        self.b.ins().bitcast(I64, MemFlagsData::new(), v)
    }

    fn operand(&mut self, a: Operand) -> Value {
        match a {
            Operand::Ref(n) => self.values[n as usize].expect("verified: defined before use"),
            Operand::Input(n) => self.inputs[n as usize],
            Operand::Const(v) => self.b.ins().iconst(I64, v as i64),
        }
    }

    fn slot_offset(slot: u32) -> i32 {
        (slot as i32) * 8
    }

    /// Writes a snapshot's frame state (slots, pc, sp) to the frame. At an
    /// exit (`at_exit`) sunk allocations are made; before a call the slots
    /// holding them are left as they are (the call cannot see those
    /// values: no frame-reading callee is called residually, and an exit
    /// after the call writes them) and their scratch words are 0, so what
    /// the collector scans is always a real object or nothing.
    fn write_back(&mut self, sn: &Snapshot, at_exit: bool) {
        let mem = MemFlagsData::trusted();
        let mut made = vec![];
        for &(slot, v) in &sn.slots {
            if !at_exit && self.is_sunk(v) {
                continue;
            }
            let v = self.exit_value(v, &mut made);
            self.b
                .ins()
                .store(mem, v, self.slots, Self::slot_offset(slot));
        }
        let pc = self.b.ins().iconst(I64, sn.pc as i64);
        self.b
            .ins()
            .store(mem, pc, self.frame, self.layout.pc_offset);
        let sp = self.b.ins().iconst(I64, sn.sp as i64);
        self.b
            .ins()
            .store(mem, sp, self.frame, self.layout.sp_offset);
        if self.inlines {
            let mut words = vec![Operand::Const(sn.frames.len() as u64)];
            for f in &sn.frames {
                words.push(Operand::Const(f.key));
                words.push(Operand::Const(f.pc as u64));
                words.push(Operand::Const(f.sp as u64));
                words.extend(f.slots.iter().copied());
            }
            for (i, w) in words.into_iter().enumerate() {
                let w = if !at_exit && self.is_sunk(w) {
                    Operand::Const(0)
                } else {
                    w
                };
                let v = self.exit_value(w, &mut made);
                self.b.ins().store(mem, v, self.scratch, (i * 8) as i32);
            }
        }
    }

    fn emit(&mut self) {
        let mem = MemFlagsData::trusted();
        let head = self.b.create_block();
        let mut entry_args = vec![];
        for &slot in &self.trace.inputs {
            let v = self
                .b
                .ins()
                .load(I64, mem, self.slots, Self::slot_offset(slot));
            entry_args.push(BlockArg::Value(v));
            self.b.append_block_param(head, I64);
        }
        self.b.ins().jump(head, &entry_args);
        self.b.switch_to_block(head);
        self.inputs = self.b.block_params(head).to_vec();
        // Exits are emitted after the body: (block, snapshot, live values
        // are those defined before the guard, so dominance holds).
        let mut exits = vec![];
        let mut exit_blocks: HashMap<&Snapshot, cranelift_codegen::ir::Block> = HashMap::new();
        let trace = self.trace;
        for (i, op) in trace.ops.iter().enumerate() {
            let args: Vec<Value> = op.args.iter().map(|&a| self.operand(a)).collect();
            let r = match op.opcode {
                Opcode::IntAdd => Some(self.b.ins().iadd(args[0], args[1])),
                Opcode::IntSub => Some(self.b.ins().isub(args[0], args[1])),
                Opcode::IntMul => Some(self.b.ins().imul(args[0], args[1])),
                Opcode::IntAnd => Some(self.b.ins().band(args[0], args[1])),
                Opcode::IntOr => Some(self.b.ins().bor(args[0], args[1])),
                Opcode::IntXor => Some(self.b.ins().bxor(args[0], args[1])),
                Opcode::IntSar => Some(self.b.ins().sshr_imm_u(args[0], op.aux as i64)),
                Opcode::FloatAdd | Opcode::FloatSub | Opcode::FloatMul | Opcode::FloatDiv => {
                    let (x, y) = (self.as_f64(args[0]), self.as_f64(args[1]));
                    let r = match op.opcode {
                        Opcode::FloatAdd => self.b.ins().fadd(x, y),
                        Opcode::FloatSub => self.b.ins().fsub(x, y),
                        Opcode::FloatMul => self.b.ins().fmul(x, y),
                        _ => self.b.ins().fdiv(x, y),
                    };
                    Some(self.float_bits(r))
                }
                Opcode::FloatEq
                | Opcode::FloatNe
                | Opcode::FloatLt
                | Opcode::FloatLe
                | Opcode::FloatGt
                | Opcode::FloatGe => {
                    let cc = match op.opcode {
                        Opcode::FloatEq => FloatCC::Equal,
                        Opcode::FloatNe => FloatCC::NotEqual,
                        Opcode::FloatLt => FloatCC::LessThan,
                        Opcode::FloatLe => FloatCC::LessThanOrEqual,
                        Opcode::FloatGt => FloatCC::GreaterThan,
                        _ => FloatCC::GreaterThanOrEqual,
                    };
                    let (x, y) = (self.as_f64(args[0]), self.as_f64(args[1]));
                    Some(self.b.ins().fcmp(cc, x, y))
                }
                Opcode::IntToFloat => {
                    let f = self.b.ins().fcvt_from_sint(F64, args[0]);
                    Some(self.float_bits(f))
                }
                Opcode::LoadImm => {
                    let mem = MemFlagsData::trusted().with_readonly();
                    Some(self.b.ins().load(I64, mem, args[0], op.aux as i32))
                }
                Opcode::FramePtr => Some(self.frame),
                Opcode::Load => {
                    let mem = MemFlagsData::trusted();
                    Some(self.b.ins().load(I64, mem, args[0], op.aux as i32))
                }
                Opcode::Store => {
                    let mem = MemFlagsData::trusted();
                    self.b.ins().store(mem, args[1], args[0], op.aux as i32);
                    None
                }
                Opcode::GcBarrier => {
                    let mem = MemFlagsData::trusted();
                    let bits = self
                        .b
                        .ins()
                        .uload8(I64, mem, args[0], self.barrier.bits_offset);
                    let masked = self.b.ins().band_imm_s(bits, self.barrier.mask as i64);
                    let call = self.b.create_block();
                    self.b.set_cold_block(call);
                    let cont = self.b.create_block();
                    let want = self.barrier.want as i64;
                    let needed = self.b.ins().icmp_imm_s(IntCC::Equal, masked, want);
                    self.b.ins().brif(needed, call, &[], cont, &[]);
                    self.b.switch_to_block(call);
                    self.call_helper(op.aux, &args);
                    self.b.ins().jump(cont, &[]);
                    self.b.switch_to_block(cont);
                    None
                }
                Opcode::NewBox if self.sunk[i] => None,
                Opcode::NewBox => Some(self.call_helper(op.aux, &args)),
                Opcode::IntAddOvf | Opcode::IntSubOvf | Opcode::IntMulOvf => {
                    let (v, of) = match op.opcode {
                        Opcode::IntAddOvf => self.b.ins().sadd_overflow(args[0], args[1]),
                        Opcode::IntSubOvf => self.b.ins().ssub_overflow(args[0], args[1]),
                        _ => self.b.ins().smul_overflow(args[0], args[1]),
                    };
                    self.flags[i] = Some(of);
                    Some(v)
                }
                Opcode::IntEq
                | Opcode::IntNe
                | Opcode::IntLt
                | Opcode::IntLe
                | Opcode::IntGt
                | Opcode::IntGe => {
                    let cc = match op.opcode {
                        Opcode::IntEq => IntCC::Equal,
                        Opcode::IntNe => IntCC::NotEqual,
                        Opcode::IntLt => IntCC::SignedLessThan,
                        Opcode::IntLe => IntCC::SignedLessThanOrEqual,
                        Opcode::IntGt => IntCC::SignedGreaterThan,
                        _ => IntCC::SignedGreaterThanOrEqual,
                    };
                    Some(self.b.ins().icmp(cc, args[0], args[1]))
                }
                Opcode::GuardTrue
                | Opcode::GuardFalse
                | Opcode::GuardValue
                | Opcode::GuardNoOverflow
                | Opcode::GuardOverflow
                | Opcode::GuardNoException => {
                    // `ok` is a condition that is nonzero when the guard holds
                    // (or zero, when `holds_if_zero`).
                    let (cond, holds_if_zero) = match op.opcode {
                        Opcode::GuardTrue | Opcode::GuardNoException => (args[0], false),
                        Opcode::GuardFalse => (args[0], true),
                        Opcode::GuardValue => {
                            (self.b.ins().icmp(IntCC::Equal, args[0], args[1]), false)
                        }
                        _ => {
                            let Operand::Ref(n) = op.args[0] else {
                                unreachable!("verified: overflow guards name their op")
                            };
                            let of = self.flags[n as usize].expect("verified: follows _ovf");
                            (of, op.opcode == Opcode::GuardNoOverflow)
                        }
                    };
                    let sn = op.snapshot.expect("verified: guards have snapshots");
                    // Guards whose snapshots say the same share one exit
                    // block (the values it names are defined before the
                    // first of them), which gets the index as an argument.
                    let exit = *exit_blocks
                        .entry(&trace.snapshots[sn as usize])
                        .or_insert_with(|| {
                            let exit = self.b.create_block();
                            self.b.set_cold_block(exit);
                            self.b.append_block_param(exit, I64);
                            exits.push((exit, sn));
                            exit
                        });
                    let index = [BlockArg::Value(self.b.ins().iconst(I64, sn as i64))];
                    if let Some(helper) = self.random_exit {
                        if trace.snapshots[sn as usize].kind == ExitKind::Resume {
                            let mut sig = Signature::new(self.call_conv);
                            sig.returns.push(AbiParam::new(I64));
                            let sigref = self.b.import_signature(sig);
                            let f = self.b.ins().iconst(I64, helper as usize as i64);
                            let call = self.b.ins().call_indirect(sigref, f, &[]);
                            let fail = self.b.inst_results(call)[0];
                            let go_on = self.b.create_block();
                            self.b.ins().brif(fail, exit, &index, go_on, &[]);
                            self.b.switch_to_block(go_on);
                        }
                    }
                    let cont = self.b.create_block();
                    if holds_if_zero {
                        self.b.ins().brif(cond, exit, &index, cont, &[]);
                    } else {
                        self.b.ins().brif(cond, cont, &[], exit, &index);
                    }
                    self.b.switch_to_block(cont);
                    None
                }
                Opcode::Call1
                | Opcode::Call2
                | Opcode::Call3
                | Opcode::Call4
                | Opcode::CallPure2 => {
                    if let Some(sn) = op.snapshot {
                        let sn = &trace.snapshots[sn as usize];
                        self.write_back(sn, false);
                    }
                    let mut sig = Signature::new(self.call_conv);
                    for _ in 0..=args.len() {
                        sig.params.push(AbiParam::new(I64));
                    }
                    sig.returns.push(AbiParam::new(I64));
                    let sigref = self.b.import_signature(sig);
                    let f = self.b.ins().iconst(I64, op.aux as i64);
                    let mut call_args = vec![self.cx];
                    call_args.extend(args);
                    let call = self.b.ins().call_indirect(sigref, f, &call_args);
                    Some(self.b.inst_results(call)[0])
                }
                Opcode::CallN => {
                    let sn = &trace.snapshots
                        [op.snapshot.expect("verified: calls have snapshots") as usize];
                    self.write_back(sn, false);
                    // The arguments go to a stack slot of the compiled
                    // function; the helper gets its address and length.
                    let size = (args.len().max(1) * 8) as u32;
                    let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                        StackSlotKind::ExplicitSlot,
                        size,
                        3,
                    ));
                    for (k, &v) in args.iter().enumerate() {
                        self.b.ins().stack_store(I64, v, ss, (k * 8) as i32);
                    }
                    let ptr = self.b.ins().stack_addr(I64, ss, 0);
                    let n = self.b.ins().iconst(I64, args.len() as i64);
                    let mut sig = Signature::new(self.call_conv);
                    for _ in 0..3 {
                        sig.params.push(AbiParam::new(I64));
                    }
                    sig.returns.push(AbiParam::new(I64));
                    let sigref = self.b.import_signature(sig);
                    let f = self.b.ins().iconst(I64, op.aux as i64);
                    let call = self.b.ins().call_indirect(sigref, f, &[self.cx, ptr, n]);
                    Some(self.b.inst_results(call)[0])
                }
                Opcode::DebugMergePoint => None,
                Opcode::Finish => {
                    let sn = op.snapshot.expect("verified: finish has a snapshot");
                    self.write_back(&trace.snapshots[sn as usize], true);
                    if !self.links.finish_code.is_null() {
                        let cell = self.links.finish_code as i64;
                        let at = self.b.ins().iconst(I64, cell);
                        let code = self.b.ins().load(I64, mem, at, 0);
                        self.chain_if_nonzero(code);
                    }
                    self.return_exit(sn);
                    None
                }
                Opcode::Jump => {
                    if !self.iterations.is_null() {
                        let mem = MemFlagsData::trusted();
                        let p = self.b.ins().iconst(I64, self.iterations as i64);
                        let n = self.b.ins().load(I64, mem, p, 0);
                        let n = self.b.ins().iadd_imm_s(n, 1);
                        self.b.ins().store(mem, n, p, 0);
                    }
                    let a: Vec<BlockArg> = args.iter().map(|&v| BlockArg::Value(v)).collect();
                    self.b.ins().jump(head, &a);
                    None
                }
            };
            self.values[i] = r;
        }
        // Every exit writes its snapshot back, then jumps to one shared
        // tail that counts it and chains or returns.
        let tail = self.b.create_block();
        self.b.set_cold_block(tail);
        self.b.append_block_param(tail, I64);
        for (block, sn) in exits {
            self.b.switch_to_block(block);
            let index = self.b.block_params(block)[0];
            let snapshot = &trace.snapshots[sn as usize];
            self.write_back(snapshot, true);
            self.b.ins().jump(tail, &[BlockArg::Value(index)]);
        }
        self.b.switch_to_block(tail);
        let sn = self.b.block_params(tail)[0];
        self.count_and_chain(sn);
        let fragment = self.b.ins().iconst(I64, (self.links.fragment as i64) << 32);
        let r = self.b.ins().bor(fragment, sn);
        self.b.ins().return_(&[r]);
    }

    /// Returns `fragment << 32 | sn` to whoever ran the fragment.
    fn return_exit(&mut self, sn: u32) {
        let r = ((self.links.fragment as u64) << 32) | sn as u64;
        let idx = self.b.ins().iconst(I64, r as i64);
        self.b.ins().return_(&[idx]);
    }

    /// Tail-calls fragment `code` on the same frame if it is not 0; the
    /// current block goes on when it is.
    fn chain_if_nonzero(&mut self, code: Value) {
        let go = self.b.create_block();
        let stay = self.b.create_block();
        self.b.set_cold_block(stay);
        self.b.ins().brif(code, go, &[], stay, &[]);
        self.b.switch_to_block(go);
        let sigref = self.b.import_signature(Backend::fragment_signature());
        let args = [self.cx, self.frame, self.slots, self.scratch];
        self.b.ins().return_call_indirect(sigref, code, &args);
        self.b.switch_to_block(stay);
    }

    /// At exit `sn` (a value: the snapshot index; its state written back):
    /// counts it, and runs its bridge directly if the driver set one for
    /// chaining (exits with no inlined frames to rebuild and no exception
    /// pending), except once in [`DRIVER_CHECK_EVERY`] times.
    fn count_and_chain(&mut self, sn: Value) {
        if self.links.exit_counts.is_null() {
            return;
        }
        let mem = MemFlagsData::trusted();
        let offset = self.b.ins().ishl_imm_u(sn, 3);
        let counts = self.b.ins().iconst(I64, self.links.exit_counts as i64);
        let at = self.b.ins().iadd(counts, offset);
        let n = self.b.ins().load(I64, mem, at, 0);
        let n = self.b.ins().iadd_imm_s(n, 1);
        self.b.ins().store(mem, n, at, 0);
        if self.links.exit_code.is_null() {
            return;
        }
        let codes = self.b.ins().iconst(I64, self.links.exit_code as i64);
        let at = self.b.ins().iadd(codes, offset);
        let code = self.b.ins().load(I64, mem, at, 0);
        let due = self.b.ins().band_imm_u(n, (DRIVER_CHECK_EVERY - 1) as i64);
        let zero = self.b.ins().iconst(I64, 0);
        let code = self.b.ins().select(due, code, zero);
        self.chain_if_nonzero(code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir_parse::parse_trace;

    #[repr(C)]
    struct Frame {
        pc: u64,
        sp: u64,
    }
    const LAYOUT: FrameLayout = FrameLayout {
        pc_offset: 0,
        sp_offset: 8,
        executing_pc_bias: 1,
    };

    fn run(text: &str, slots: &mut [u64], cx: &mut u64) -> (u64, Frame) {
        let t = parse_trace(text).unwrap();
        let mut be = Backend::new().unwrap();
        let f = be
            .compile(&t, &LAYOUT, None, std::ptr::null_mut(), Links::none())
            .unwrap();
        let mut frame = Frame { pc: 0, sp: 0 };
        // SAFETY: the trace only touches the slots it names (all within
        // `slots`) and the frame's two fields.
        let exit = unsafe {
            be.run(
                f,
                cx as *mut u64 as *mut u8,
                &mut frame as *mut Frame as *mut u8,
                slots.as_mut_ptr(),
                std::ptr::null_mut(),
            )
        };
        (exit, frame)
    }

    #[test]
    fn counts_to_a_limit_and_exits_with_the_state_written_back() {
        // s0 += 1 while s0 < s1; exit writes s0 and pc/sp.
        let text = "inputs s0 s1
  %0 = int_add_ovf i0, $1
  guard_no_overflow %0 @0
  %2 = int_lt %0, i1
  guard_true %2 @1
  jump %0, i1
@0 resume pc=3 sp=2 s0=i0 s1=i1
@1 resume pc=9 sp=2 s0=%0 s1=i1
";
        let mut slots = [0u64, 1000];
        let (exit, frame) = run(text, &mut slots, &mut 0);
        assert_eq!(exit, 1);
        assert_eq!(slots, [1000, 1000]);
        assert_eq!((frame.pc, frame.sp), (9, 2));
    }

    #[test]
    fn overflow_guards_exit_before_the_wrapped_value_is_used() {
        let text = "inputs s0
  %0 = int_mul_ovf i0, $3
  guard_no_overflow %0 @0
  jump %0
@0 resume pc=5 sp=1 s0=i0
";
        let mut slots = [1u64];
        let (exit, _) = run(text, &mut slots, &mut 0);
        assert_eq!(exit, 0);
        // The last value that did not overflow when multiplied by 3.
        let mut x: i64 = 1;
        while x.checked_mul(3).is_some() {
            x *= 3;
        }
        assert_eq!(slots[0] as i64, x);
    }

    #[test]
    fn finish_writes_its_snapshot_and_returns_its_index() {
        let text = "inputs s0 s1
  %0 = int_add i0, i1
  %1 = int_gt %0, $10
  guard_false %1 @0
  finish aux=0x3 @1
@0 resume pc=4 sp=2 s0=i0 s1=i1
@1 resume pc=1 sp=2 s0=%0 s1=i1
";
        let mut slots = [4u64, 5];
        let (exit, frame) = run(text, &mut slots, &mut 0);
        assert_eq!(exit, 1);
        assert_eq!(slots, [9, 5]);
        assert_eq!((frame.pc, frame.sp), (1, 2));
        let mut slots = [8u64, 5];
        assert_eq!(run(text, &mut slots, &mut 0).0, 0);
        assert_eq!(slots, [8, 5]);
    }

    #[test]
    fn an_exit_with_a_bridge_chains_to_it_and_counts() {
        let looping = "inputs s0
  %0 = int_add i0, $1
  %1 = int_lt %0, $100
  guard_true %1 @0
  jump %0
@0 resume pc=7 sp=1 s0=%0
";
        let bridge = "inputs s0
  %0 = int_add i0, $1000
  finish aux=0x0 @0
@0 resume pc=9 sp=1 s0=%0
";
        let mut be = Backend::new().unwrap();
        let mut counts = [0u64; 1];
        let mut codes = [0u64; 1];
        let links = |fragment, counts: &mut [u64; 1], codes: &[u64; 1]| Links {
            fragment,
            exit_code: codes.as_ptr(),
            exit_counts: counts.as_mut_ptr(),
            finish_code: std::ptr::null(),
        };
        let t = parse_trace(looping).unwrap();
        let main = be
            .compile(
                &t,
                &LAYOUT,
                None,
                std::ptr::null_mut(),
                links(5, &mut counts, &codes),
            )
            .unwrap();
        let t = parse_trace(bridge).unwrap();
        let mut none = [0u64; 1];
        let side = be
            .compile(
                &t,
                &LAYOUT,
                None,
                std::ptr::null_mut(),
                links(6, &mut none, &[0]),
            )
            .unwrap();
        let mut go = |codes_now: u64| {
            codes[0] = codes_now;
            let mut slots = [0u64];
            let mut frame = Frame { pc: 0, sp: 0 };
            // SAFETY: both fragments touch slot 0, the frame's two fields
            // and the link words above, which outlive the calls.
            let r = unsafe {
                be.run(
                    main,
                    std::ptr::null_mut(),
                    &mut frame as *mut Frame as *mut u8,
                    slots.as_mut_ptr(),
                    std::ptr::null_mut(),
                )
            };
            (split_exit(r), slots[0], frame.pc)
        };
        // No bridge: the loop's own exit returns.
        assert_eq!(go(0), ((5, 0), 100, 7));
        // With one, the bridge runs and is what returns.
        assert_eq!(go(side as u64), ((6, 0), 1100, 9));
        assert_eq!(counts[0], 2);
    }

    extern "C" fn bump(cx: &mut u64, a: u64) -> u64 {
        *cx += a;
        if *cx > 50 {
            0
        } else {
            *cx
        }
    }

    #[test]
    fn calls_write_the_frame_back_and_exceptions_exit() {
        let text = format!(
            "inputs s0
  %0 = call1 i0 aux={:#x} @0
  guard_no_exception %0 @1
  jump %0
@0 resume pc=2 sp=1 s0=i0
@1 raise pc=2 sp=1 s0=i0
",
            bump as *const () as usize
        );
        let mut slots = [1u64];
        let mut cx = 0u64;
        let (exit, frame) = run(&text, &mut slots, &mut cx);
        assert_eq!(exit, 1);
        // cx: 1, 2, 4, 8, 16, 32, 64 -> raised; the slot holds the last good value.
        assert_eq!(slots[0], 32);
        assert_eq!(cx, 64);
        assert_eq!(frame.pc, 2);
    }
}
