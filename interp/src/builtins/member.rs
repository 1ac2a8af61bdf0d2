//! `__slots__`: checking a class's declaration when the class is created,
//! the member descriptors that stand for the slots in the class dict
//! (`<member 'x' of 'P' objects>`), and the slot storage of instances
//! (`Attrs::Slots`).
//!
//! Invariant: a class's `nslots` counts the slot values of its instances,
//! its bases' first (the single base that carries slots, as CPython's "solid
//! base"), then its own; the member descriptor of each own slot holds that
//! slot's index. An instance's slot vector may be shorter than `nslots`
//! (created by a built-in constructor): it grows on the first store.

use super::{add_method, check_args};
use crate::object::attrs::Attrs;
use crate::object::function::BuiltinKind;
use crate::object::{kind_of, Layout, ObjKind, Value};
use crate::vm::{Args, PyResult, Vm};

/// What a class's `__slots__` declaration makes of its instances.
pub struct SlotPlan {
    /// The declared names (mangled, interned), if `__slots__` is present.
    pub names: Option<Vec<Value>>,
    /// The slot values inherited from the bases.
    pub base_nslots: usize,
    /// Whether instances have a `__dict__`.
    pub instance_dict: bool,
}

/// The class whose slots make up the instance layout of `cls`: the first
/// class along its MRO that declares a non-empty `__slots__`.
fn solid_base(vm: &Vm, cls: Value) -> Option<Value> {
    vm.class_data(cls).mro.iter().copied().find(|&c| {
        vm.class_data(c)
            .slots
            .as_ref()
            .is_some_and(|s| s.iter().any(|&n| !is_dict_or_weakref(n)))
    })
}

fn is_dict_or_weakref(name: Value) -> bool {
    matches!(crate::vm::str_of(name), "__dict__" | "__weakref__")
}

impl Vm {
    /// Reads and checks `__slots__` in namespace `ns` of new class `name`
    /// (CPython's errors), and works out the instance layout.
    pub fn plan_slots(&mut self, name: &str, bases: &[Value], ns: Value) -> PyResult<SlotPlan> {
        // The bases' slot layouts must form one chain.
        let mut winner: Option<Value> = None;
        for &b in bases {
            let Some(sb) = solid_base(self, b) else {
                continue;
            };
            match winner {
                None => winner = Some(sb),
                Some(w) if self.is_subclass(w, sb) => {}
                Some(w) if self.is_subclass(sb, w) => winner = Some(sb),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            }
        }
        let base_nslots = winner.map_or(0, |w| self.class_data(w).nslots);
        let base_has_dict = bases.iter().any(|&b| {
            let c = self.class_data(b);
            c.instance_dict || c.layout == Layout::Exception
        });
        let slots_key = self.intern_static("__slots__");
        let Some(decl) = crate::builtins::dict::dict_get_str(ns, slots_key) else {
            return Ok(SlotPlan {
                names: None,
                base_nslots,
                instance_dict: true,
            });
        };
        let items = if matches!(kind_of(decl), ObjKind::Str(_)) {
            vec![decl]
        } else {
            self.iterate(decl)?
        };
        let mut names = Vec::with_capacity(items.len());
        let mut instance_dict = base_has_dict;
        for &item in &items {
            if !(item.is_ptr() && matches!(kind_of(item), ObjKind::Str(_))) {
                let t = self.type_name(item);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{t}'")));
            }
            let s = crate::vm::str_of(item);
            if !crate::object::str_methods::isidentifier(s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if instance_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                instance_dict = true;
            }
            let mangled = crate::compile::mangle::mangle(name, s);
            let n = self.intern(&mangled);
            if names.contains(&n) {
                // CPython reports a repeated slot as a class-variable conflict.
                return Err(self.value_error(format!(
                    "'{mangled}' in __slots__ conflicts with class variable"
                )));
            }
            if !is_dict_or_weakref(n) && crate::builtins::dict::dict_get_str(ns, n).is_some() {
                return Err(self.value_error(format!(
                    "'{mangled}' in __slots__ conflicts with class variable"
                )));
            }
            names.push(n);
        }
        let own = names.iter().filter(|&&n| !is_dict_or_weakref(n)).count();
        if own > 0 {
            for &b in bases {
                let c = self.class_data(b);
                if matches!(
                    c.layout,
                    Layout::Int | Layout::Bool | Layout::Bytes | Layout::Tuple
                ) {
                    let bn = self
                        .class_data(b)
                        .mro
                        .iter()
                        .copied()
                        .find(|&k| self.class_data(k).builtin);
                    let bn = bn
                        .map(|k| self.class_data(k).name.clone())
                        .unwrap_or_default();
                    return Err(self.type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{bn}'"
                    )));
                }
            }
        }
        Ok(SlotPlan {
            names: Some(names),
            base_nslots,
            instance_dict,
        })
    }

    /// Puts a member descriptor for each own slot of new class `cls` into
    /// its namespace `ns`; returns the class's total slot count.
    pub fn install_members(&mut self, cls: Value, ns: Value, plan: &SlotPlan) -> PyResult<usize> {
        let mut index = plan.base_nslots;
        let Some(names) = &plan.names else {
            return Ok(index);
        };
        // CPython lays the slots out (and adds their descriptors) sorted by name.
        let mut own: Vec<Value> = names
            .iter()
            .copied()
            .filter(|&n| !is_dict_or_weakref(n))
            .collect();
        own.sort_by(|&a, &b| crate::vm::str_of(a).cmp(crate::vm::str_of(b)));
        for n in own {
            let m = self.alloc(
                self.types.member_descriptor,
                ObjKind::Member {
                    name: n,
                    owner: cls,
                    index,
                },
            );
            self.dict_set(ns, n, m)?;
            index += 1;
        }
        Ok(index)
    }

    /// The instance's `__dict__`, if it has one (a map-mode instance
    /// switches to dict mode).
    pub fn instance_dict_opt(&mut self, obj: Value) -> PyResult<Option<Value>> {
        if !obj.is_ptr() {
            return Ok(None);
        }
        match obj.obj().attrs.as_deref() {
            None => Ok(None),
            Some(Attrs::Slots { dict, .. }) => Ok((!dict.is_null()).then_some(*dict)),
            Some(_) => self.instance_dict(obj).map(Some),
        }
    }

    /// Checks that member descriptor `m` applies to `obj`.
    fn member_check(&mut self, m: Value, obj: Value) -> PyResult<(Value, usize)> {
        let ObjKind::Member { name, owner, index } = kind_of(m) else {
            return Err(self.type_error("expected a member descriptor"));
        };
        let (name, owner, index) = (*name, *owner, *index);
        if !self.isinstance(obj, owner) {
            let on = self.class_data(owner).name.clone();
            let t = self.type_name(obj);
            return Err(self.type_error(format!(
                "descriptor '{}' for '{on}' objects doesn't apply to a '{t}' object",
                crate::vm::str_of(name)
            )));
        }
        Ok((name, index))
    }

    /// `member.__get__(obj)`: the slot's value, AttributeError when unset.
    pub fn member_get(&mut self, m: Value, obj: Value) -> PyResult<Value> {
        let (name, index) = self.member_check(m, obj)?;
        let v = match obj.obj().attrs.as_deref() {
            Some(Attrs::Slots { values, .. }) => values.get(index).copied(),
            _ => None,
        };
        match v {
            Some(v) if !v.is_null() => Ok(v),
            _ => {
                let t = self.type_name(obj);
                Err(self.attribute_error(format!(
                    "'{t}' object has no attribute '{}'",
                    crate::vm::str_of(name)
                )))
            }
        }
    }

    /// `member.__set__(obj, value)`, or `__delete__` when `value` is NULL
    /// (AttributeError naming the slot when it is unset).
    pub fn member_set(&mut self, m: Value, obj: Value, value: Value) -> PyResult<()> {
        let (name, index) = self.member_check(m, obj)?;
        let nslots = self.class_data(self.class_of(obj)).nslots.max(index + 1);
        let o = obj.obj_mut();
        if !matches!(o.attrs.as_deref(), Some(Attrs::Slots { .. })) {
            // An instance made without its slot vector (a built-in
            // constructor): any attributes it had become its `__dict__`.
            let dict = match o.attrs.as_deref() {
                None => Value::NULL,
                Some(_) => self.instance_dict(obj)?,
            };
            obj.obj_mut().attrs = Some(Box::new(Attrs::Slots {
                values: vec![Value::NULL; nslots],
                dict,
            }));
        }
        let Some(Attrs::Slots { values, .. }) = obj.obj_mut().attrs.as_deref_mut() else {
            unreachable!("the instance was just given a slot vector");
        };
        if values.len() < nslots {
            values.resize(nslots, Value::NULL);
        }
        if value.is_null() && values[index].is_null() {
            let n = crate::vm::str_of(name).to_string();
            return Err(self.attribute_error(n));
        }
        values[index] = value;
        Ok(())
    }
}

fn member_get_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__get__", &args, 2, 3)?;
    let (m, obj) = (args.pos[0], args.pos[1]);
    if obj == vm.none {
        return Ok(m);
    }
    vm.member_get(m, obj)
}

fn member_set_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__set__", &args, 3, 3)?;
    vm.member_set(args.pos[0], args.pos[1], args.pos[2])?;
    Ok(vm.none)
}

fn member_delete_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delete__", &args, 2, 2)?;
    vm.member_set(args.pos[0], args.pos[1], Value::NULL)?;
    Ok(vm.none)
}

/// `<member 'x' of 'P' objects>`.
pub fn member_repr(vm: &Vm, m: Value) -> String {
    match kind_of(m) {
        ObjKind::Member { name, owner, .. } => format!(
            "<member '{}' of '{}' objects>",
            crate::vm::str_of(*name),
            vm.class_data(*owner).name
        ),
        _ => String::new(),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.member_descriptor;
    add_method(vm, t, "__get__", BuiltinKind::Method, member_get_m);
    add_method(vm, t, "__set__", BuiltinKind::Method, member_set_m);
    add_method(vm, t, "__delete__", BuiltinKind::Method, member_delete_m);
}
