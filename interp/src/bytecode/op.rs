//! The opcode table: every instruction, its operand and its stack effect,
//! declared once. The enum, its names (for disassembly) and the stack-effect
//! function are generated from this table.
//!
//! An instruction is one `u32`: the opcode in the low 8 bits and a 24-bit
//! operand above it ([`Instr`]). The bytecode is stack based: the choice was
//! made for compactness and compilation simplicity (CPython's own design);
//! the JIT removes value-stack traffic anyway by virtualizing the frame, so
//! a register VM's advantage would matter only with the JIT off. Jump
//! operands are absolute instruction indices.

macro_rules! opcodes {
    ($argname:ident; $( $(#[doc = $doc:literal])* $name:ident = $effect:expr ;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name, )* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }

            /// Net change of the value-stack depth (for the frame-size
            /// computation); `arg` is the operand. Jumps report the effect
            /// on the fall-through path.
            pub fn stack_effect(self, raw_arg: u32) -> i32 {
                let $argname = raw_arg as i32;
                let _ = $argname;
                match self { $(Op::$name => $effect,)* }
            }
        }
    };
}

opcodes! {
    arg;
    /// Does nothing.
    Nop = 0;
    /// Push `consts[arg]`.
    LoadConst = 1;
    /// Push local `arg`; UnboundLocalError if unset.
    LoadFast = 1;
    /// Pop into local `arg`.
    StoreFast = -1;
    /// Unset local `arg` (error if unset).
    DeleteFast = 0;
    /// Push the contents of cell `arg` (cells then free vars).
    LoadDeref = 1;
    /// Pop into cell `arg`.
    StoreDeref = -1;
    /// Empty cell `arg`.
    DeleteDeref = 0;
    /// Push cell `arg` itself (to build a closure).
    LoadClosure = 1;
    /// In a class body: the free variable `arg` looked up in the class
    /// namespace first, then in its cell.
    LoadClassDeref = 1;
    /// Push `names[arg]` looked up in locals dict, globals, builtins.
    LoadName = 1;
    /// Pop into `names[arg]` of the locals dict.
    StoreName = -1;
    DeleteName = 0;
    /// Push global (or builtin) `names[arg]`.
    LoadGlobal = 1;
    StoreGlobal = -1;
    DeleteGlobal = 0;
    /// TOS = getattr(TOS, names[arg]).
    LoadAttr = 0;
    /// TOS.names[arg] = TOS1; pops both.
    StoreAttr = -2;
    /// del TOS.names[arg].
    DeleteAttr = -1;
    /// Replace TOS with (method, self) or (NULL, bound attribute) for CallMethod.
    LoadMethod = 1;
    /// Call the method pushed by LoadMethod with `arg` positional arguments.
    CallMethod = -(arg + 1);
    /// TOS = TOS1[TOS].
    BinarySubscr = -1;
    /// TOS1[TOS] = TOS2.
    StoreSubscr = -3;
    /// del TOS1[TOS].
    DeleteSubscr = -2;
    /// TOS = TOS1 op TOS, `arg` a `BinOpKind`.
    BinaryOp = -1;
    /// In-place TOS1 op= TOS, `arg` a `BinOpKind`.
    InplaceOp = -1;
    /// TOS = op TOS, `arg` a `UnaryKind`.
    UnaryOp = 0;
    /// TOS = TOS1 cmp TOS, `arg` a `CmpKind` (including is / in).
    CompareOp = -1;
    /// Pop TOS.
    Pop = -1;
    /// Push TOS again.
    Dup = 1;
    /// Push TOS1, TOS again.
    Dup2 = 2;
    /// Swap TOS and TOS1.
    Rot2 = 0;
    /// Lift TOS two places down: (a b c -> c a b).
    Rot3 = 0;
    /// Lift TOS three places down.
    Rot4 = 0;
    /// Jump to `arg`.
    Jump = 0;
    /// Pop TOS; jump if false.
    PopJumpIfFalse = -1;
    /// Pop TOS; jump if true.
    PopJumpIfTrue = -1;
    /// If TOS is false jump (keeping it), else pop it.
    JumpIfFalseOrPop = -1;
    /// If TOS is true jump (keeping it), else pop it.
    JumpIfTrueOrPop = -1;
    /// TOS = iter(TOS).
    GetIter = 0;
    /// Push next(TOS); at exhaustion pop TOS and jump to `arg`.
    ForIter = 1;
    BuildTuple = 1 - arg;
    BuildList = 1 - arg;
    BuildSet = 1 - arg;
    /// Build a dict from `arg` key/value pairs.
    BuildMap = 1 - 2 * arg;
    /// `arg` (2 or 3) values to a slice.
    BuildSlice = 1 - arg;
    /// `obj[lower:upper]` (`arg` 2) or `obj[lower:upper:step]` (`arg` 3)
    /// for [obj, bounds...]: BuildSlice then BinarySubscr, without making
    /// the slice object when `obj` is a built-in sequence and the bounds
    /// are small ints or None.
    BinarySlice = -arg;
    /// `obj[bounds] = v` for [v, obj, bounds...] (`arg` bounds, 2 or 3):
    /// BuildSlice then StoreSubscr, likewise without the slice object.
    StoreSlice = -2 - arg;
    /// Concatenate `arg` strings.
    BuildString = 1 - arg;
    /// Append TOS to the list `arg` below it (comprehensions); pops TOS.
    ListAppend = -1;
    SetAdd = -1;
    /// Add TOS1: TOS to the dict `arg` below them.
    MapAdd = -2;
    /// Extend the list `arg` below TOS with iterable TOS.
    ListExtend = -1;
    SetUpdate = -1;
    /// Update the dict `arg` below with mapping TOS.
    DictUpdate = -1;
    /// Like DictUpdate but duplicate keys are an error (call `**kwargs`).
    DictMerge = -1;
    /// TOS = tuple(TOS list).
    ListToTuple = 0;
    /// Unpack TOS into `arg` values (first item on top).
    UnpackSequence = arg - 1;
    /// Starred unpack: `arg & 0xff` before, `arg >> 8` after the star.
    UnpackEx = (arg & 0xff) + (arg >> 8);
    /// Call TOS-arg with `arg` positional arguments.
    Call = -arg;
    /// Like Call, TOS a tuple of keyword names for the last arguments.
    CallKw = -arg - 1;
    /// Call with (func, args tuple[, kwargs dict]); `arg & 1` = has kwargs.
    CallEx = -1 - (arg & 1);
    /// Make a function from code TOS; `arg` flags: 1 defaults tuple,
    /// 2 kwdefaults dict, 8 closure tuple (popped in that order below).
    MakeFunction = -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1));
    /// Return TOS from the frame.
    ReturnValue = -1;
    /// Yield TOS; the sent value is pushed on resume.
    YieldValue = 0;
    /// Delegate to sub-iterator TOS1 sending TOS; jump to `arg` when done
    /// (with the result on top), else yield.
    YieldFrom = -1;
    /// TOS = iter(TOS) unless it is a generator.
    GetYieldFromIter = 0;
    /// raise (arg=0: re-raise current, 1: TOS, 2: TOS1 from TOS).
    RaiseVarargs = -arg;
    /// Re-raise TOS (end of a finally/except block).
    Reraise = -1;
    /// At an except handler: push the previously handled exception below
    /// the new one and make the new one current.
    PushExcInfo = 1;
    /// Pop the saved exception (TOS) back into "currently handled".
    PopExcept = -1;
    /// Push whether exception TOS1 matches type(s) TOS (pops TOS).
    CheckExcMatch = 0;
    /// Replace context manager TOS with (its `__exit__`, result of `__enter__`).
    BeforeWith = 1;
    /// In a with-handler: call `__exit__` (4 below TOS) with the exception TOS; push result.
    WithExceptStart = 1;
    /// Push `__build_class__`.
    LoadBuildClass = 1;
    /// Import module `names[arg]`; TOS1 level, TOS fromlist.
    ImportName = -1;
    /// Push attribute `names[arg]` of module TOS.
    ImportFrom = 1;
    /// `from TOS import *`.
    ImportStar = -1;
    /// Format TOS: `arg & 3` conversion (0 none, 1 str, 2 repr, 3 ascii),
    /// `arg & 4` a format spec is TOS (below it the value).
    FormatValue = -((arg >> 2) & 1);
    /// Push AssertionError.
    LoadAssertionError = 1;
    /// Print TOS's repr if not None (interactive mode), set builtins._.
    PrintExpr = -1;
    /// Push a NULL marker (before a callable, for CallMethod shape).
    PushNull = 1;
    /// Set up annotations dict in a class/module namespace (no-op placeholder for annotations).
    SetupAnnotations = 0;
}

/// One instruction: opcode in the low 8 bits, operand in the high 24.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Instr(pub u32);

pub const MAX_ARG: u32 = (1 << 24) - 1;

impl Instr {
    #[inline(always)]
    pub fn new(op: Op, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG);
        Instr((op as u32) | (arg << 8))
    }
    #[inline(always)]
    pub fn op(self) -> Op {
        // SAFETY: instructions are only built by `Instr::new` from an `Op`,
        // so the low byte is a valid discriminant of the `repr(u8)` enum.
        unsafe { std::mem::transmute::<u8, Op>(self.0 as u8) }
    }
    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {}", self.op(), self.arg())
    }
}

/// Operand of BinaryOp / InplaceOp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
    FloorDiv,
}

impl BinOpKind {
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::MatMul,
        BinOpKind::TrueDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::Or,
        BinOpKind::Xor,
        BinOpKind::And,
        BinOpKind::FloorDiv,
    ];
    pub fn from_arg(a: u32) -> BinOpKind {
        Self::ALL[a as usize % 13]
    }
    pub fn symbol(self) -> &'static str {
        [
            "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//",
        ][self as usize]
    }
    /// (`__op__`, `__rop__`, `__iop__`)
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOpKind::Add => ("__add__", "__radd__", "__iadd__"),
            BinOpKind::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOpKind::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOpKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOpKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOpKind::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOpKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOpKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOpKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOpKind::Or => ("__or__", "__ror__", "__ior__"),
            BinOpKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOpKind::And => ("__and__", "__rand__", "__iand__"),
            BinOpKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        }
    }
}

/// Operand of CompareOp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpKind {
    pub const ALL: [CmpKind; 10] = [
        CmpKind::Lt,
        CmpKind::Le,
        CmpKind::Eq,
        CmpKind::Ne,
        CmpKind::Gt,
        CmpKind::Ge,
        CmpKind::In,
        CmpKind::NotIn,
        CmpKind::Is,
        CmpKind::IsNot,
    ];
    pub fn from_arg(a: u32) -> CmpKind {
        Self::ALL[a as usize % 10]
    }
    pub fn symbol(self) -> &'static str {
        [
            "<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
        ][self as usize]
    }
    /// (`__op__`, reflected `__op__`) for rich comparisons.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpKind::Lt => ("__lt__", "__gt__"),
            CmpKind::Le => ("__le__", "__ge__"),
            CmpKind::Eq => ("__eq__", "__eq__"),
            CmpKind::Ne => ("__ne__", "__ne__"),
            CmpKind::Gt => ("__gt__", "__lt__"),
            CmpKind::Ge => ("__ge__", "__le__"),
            _ => ("", ""),
        }
    }
    /// The comparison with operands swapped.
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
            k => k,
        }
    }
}

/// Operand of UnaryOp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryKind {
    Neg,
    Pos,
    Invert,
    Not,
}

impl UnaryKind {
    pub fn from_arg(a: u32) -> UnaryKind {
        [
            UnaryKind::Neg,
            UnaryKind::Pos,
            UnaryKind::Invert,
            UnaryKind::Not,
        ][a as usize % 4]
    }
}
