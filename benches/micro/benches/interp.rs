//! Criterion micro-benchmarks of the interpreter's internals: the dispatch
//! loop, attribute lookup through maps, dict get/set (from Rust and from
//! Python), call overhead, and allocation plus garbage collection.
//! Each Python-level benchmark compiles a small module once, then times
//! calls of one of its functions; sizes are in the function names.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use piepie::builtins::dict::dict_get_str;
use piepie::object::Value;
use piepie::vm::Vm;
use piepie_jit::{JitConfig, JitMode};

const SOURCE: &str = r#"
def loop_10k():
    i = 0
    while i < 10000:
        i += 1
    return i

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return self.x + self.y

P = Point(3, 4)

def attr_read_10k():
    p = P
    total = 0
    for _ in range(10000):
        total += p.x + p.y
    return total

def method_call_10k():
    p = P
    total = 0
    for _ in range(10000):
        total += p.norm1()
    return total

def dict_setget_1k():
    d = {}
    for i in range(1000):
        d[i] = i
    total = 0
    for i in range(1000):
        total += d[i]
    return total

def dict_str_keys_1k():
    d = {}
    for i in range(1000):
        d["k" + str(i)] = i
    return len(d)

def add(a, b):
    return a + b

def call_10k():
    total = 0
    for i in range(10000):
        total = add(total, i)
    return total

def kw_call_10k():
    total = 0
    for i in range(10000):
        total = add(b=i, a=total)
    return total

def alloc_lists_10k():
    keep = None
    for i in range(10000):
        keep = [i, i, i]
    return keep

def alloc_objects_10k():
    last = None
    for i in range(10000):
        last = Point(i, last)
    return 1

LIVE = [[i] for i in range(100000)]
"#;

fn setup() -> (Box<Vm>, Value) {
    let mut cfg = JitConfig::default();
    cfg.mode = JitMode::Off;
    let mut vm = Vm::new(cfg);
    let m = vm.new_module("__main__");
    let d = vm.module_dict(m);
    if vm.run_source(SOURCE, "<micro>", d).is_err() {
        panic!("micro-benchmark setup source failed to run");
    }
    (vm, d)
}

fn func(vm: &mut Vm, d: Value, name: &str) -> Value {
    let k = vm.intern(name);
    dict_get_str(d, k).unwrap_or_else(|| panic!("no function {name}"))
}

fn python_benches(c: &mut Criterion) {
    let (mut vm, d) = setup();
    let mut g = c.benchmark_group("python");
    for name in [
        "loop_10k",
        "attr_read_10k",
        "method_call_10k",
        "dict_setget_1k",
        "dict_str_keys_1k",
        "call_10k",
        "kw_call_10k",
        "alloc_lists_10k",
        "alloc_objects_10k",
    ] {
        let f = func(&mut vm, d, name);
        g.bench_function(name, |b| {
            b.iter(|| {
                let r = vm.call(f, &[]);
                assert!(r.is_ok(), "{name} raised");
                black_box(r.ok());
            })
        });
    }
    g.finish();
}

fn rust_level_benches(c: &mut Criterion) {
    let (mut vm, d) = setup();
    let mut g = c.benchmark_group("internals");
    // Dict get/set with small-int keys, straight through the Vm API.
    let dict = vm.new_dict();
    let dk = vm.intern("__bench_dict");
    // Keep the dict reachable from the module so a collection keeps it.
    vm.dict_set(d, dk, dict).expect("store dict");
    g.bench_function("dict_set_get_1k_int_keys", |b| {
        b.iter(|| {
            for i in 0..1000 {
                let k = vm.new_int(i);
                vm.dict_set(dict, k, k).expect("set");
            }
            let mut n = 0;
            for i in 0..1000 {
                let k = vm.new_int(i);
                if vm.dict_get(dict, k).expect("get").is_some() {
                    n += 1;
                }
            }
            black_box(n)
        })
    });
    // Calling a Python function from Rust: frame setup and teardown.
    let add = func(&mut vm, d, "add");
    g.bench_function("call_python_function_from_rust", |b| {
        b.iter(|| {
            let a = vm.new_int(1);
            let bb = vm.new_int(2);
            black_box(vm.call(add, &[a, bb]).ok())
        })
    });
    // A full collection with 100,000 small live lists (module global LIVE).
    g.sample_size(20);
    g.bench_function("full_gc_100k_live_lists", |b| {
        b.iter(|| black_box(vm.collect_garbage()))
    });
    g.finish();
}

criterion_group!(benches, python_benches, rust_level_benches);
criterion_main!(benches);
