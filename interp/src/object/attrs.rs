//! Instance attributes: *maps* (hidden classes) and the dict fallback.
//!
//! A [`Map`] is an immutable, shared description of which attribute names an
//! instance has and in which slot each lives; adding an attribute moves the
//! instance to the map's transition for that name (created once, cached).
//! Instances built the same way share maps, so an attribute read can be "check
//! the map, load slot k" — one guard and one load in a trace.
//!
//! Names are interned `str` Values, compared by identity.
//! An instance whose `__dict__` is requested, or that deletes an attribute,
//! switches to [`Attrs::Dict`] (a real dict object) for good. Instances of
//! classes with `__slots__` use [`Attrs::Slots`].

use super::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Map {
    pub names: Vec<Value>,
    transitions: RefCell<Vec<(Value, Rc<Map>)>>,
}

impl Map {
    pub fn empty() -> Rc<Map> {
        Rc::new(Map {
            names: Vec::new(),
            transitions: RefCell::new(Vec::new()),
        })
    }

    /// The slot of interned name `name`, if present.
    #[inline]
    pub fn index_of(&self, name: Value) -> Option<usize> {
        self.names.iter().position(|&n| n == name)
    }

    /// The map with `name` appended (shared between all instances taking
    /// the same transition).
    pub fn with(self: &Rc<Map>, name: Value) -> Rc<Map> {
        if let Some((_, m)) = self.transitions.borrow().iter().find(|(n, _)| *n == name) {
            return m.clone();
        }
        let mut names = self.names.clone();
        names.push(name);
        let m = Rc::new(Map {
            names,
            transitions: RefCell::new(Vec::new()),
        });
        self.transitions.borrow_mut().push((name, m.clone()));
        m
    }

    /// Names referenced by this map and every map reachable by transitions.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.names.iter().for_each(|&n| f(n));
    }
}

/// `repr(C, u64)`: a word tag (the variant's index) then the variant's
/// fields in order, so compiled code can read a `Map` variant's map and
/// values (see `vm::attr_handlers`).
#[repr(C, u64)]
pub enum Attrs {
    Map {
        map: Rc<Map>,
        values: Vec<Value>,
    },
    /// A dict object holding the attributes.
    Dict(Value),
    /// An instance of a class with `__slots__`: one value per slot (NULL
    /// while unset; the member descriptors in the class dicts know their
    /// index), and the instance's `__dict__` (NULL until needed, and always
    /// NULL when the class gives its instances none).
    Slots {
        values: Vec<Value>,
        dict: Value,
    },
}

impl Attrs {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Attrs::Map { map, values } => {
                map.trace(f);
                values.iter().for_each(|&v| f(v));
            }
            Attrs::Dict(d) => f(*d),
            Attrs::Slots { values, dict } => {
                values.iter().for_each(|&v| f(v));
                f(*dict)
            }
        }
    }
}
