//! `Class`: the payload of a type object — name, bases, C3 MRO, the class
//! dict, the version tag, and the built-in layout its instances carry.
//!
//! Invariants: `mro[0]` is the class itself and the MRO is the C3
//! linearization of the bases; `layout` is the most derived built-in layout
//! among the bases (instances are created with that payload); `version` is
//! bumped on every change to the class dict or its bases (method caches key
//! on it).

use super::Value;

/// Which built-in payload instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// A built-in type whose instances cannot be created by calling a
    /// subclass (function, module, ...): subclassing it is refused.
    Opaque,
}

pub struct Class {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    /// A dict object.
    pub dict: Value,
    pub version: u64,
    pub layout: Layout,
    /// `__slots__` names (interned), when declared.
    pub slots: Option<Vec<Value>>,
    /// How many slot values instances carry (this class's slots and its
    /// bases'); each slot's member descriptor holds its index.
    pub nslots: usize,
    /// Whether instances have a `__dict__` (a user class with no
    /// `__slots__`, or `__dict__` among them, somewhere in its MRO).
    pub instance_dict: bool,
    /// True for built-in types (their dicts are not writable from Python).
    pub builtin: bool,
    /// The name error messages use when it differs from `name`: CPython's C
    /// types print their module-qualified `tp_name` ('datetime.date',
    /// 'collections.deque'). A stdlib class declares it with a
    /// `__piepie_tp_name__` string in its body; subclasses do not inherit it.
    pub tp_name: Option<String>,
}

impl Class {
    /// Whether instances carry no built-in value payload (plain objects).
    pub fn plain_layout(&self) -> bool {
        matches!(self.layout, Layout::Object | Layout::Opaque)
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.bases.iter().for_each(|&b| f(b));
        self.mro.iter().for_each(|&b| f(b));
        f(self.dict);
        if let Some(s) = &self.slots {
            s.iter().for_each(|&v| f(v));
        }
    }
}

/// C3 linearization: `cls` followed by the merge of its bases' MROs and the
/// bases list. `Err` when no consistent order exists.
pub fn c3_linearize(
    cls: Value,
    bases: &[Value],
    mro_of: &dyn Fn(Value) -> Vec<Value>,
) -> Result<Vec<Value>, ()> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| mro_of(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| seqs.iter().all(|s| !s[1..].contains(&c)));
        let Some(c) = candidate else { return Err(()) };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}
