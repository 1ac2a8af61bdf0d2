//! The `time` module: clocks (`time`, `monotonic`, `perf_counter`,
//! `process_time` and their `_ns` forms), `sleep` (interruptible by signal
//! handlers), and calendar conversions through the C library (`gmtime`,
//! `localtime`, `mktime`, `strftime`, `asctime`, `ctime`) with
//! `struct_time`, a tuple subclass with `tm_*` fields.

use crate::builtins::{add_function, add_method};
use crate::object::function::BuiltinKind::Method;
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn now_secs() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn clock_ns(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer; the clock ids used always exist on Linux.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

fn time_time(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_float(now_secs()))
}

fn time_time_ns(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_int(clock_ns(libc::CLOCK_REALTIME)))
}

fn time_monotonic(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_float(clock_ns(libc::CLOCK_MONOTONIC) as f64 * 1e-9))
}

fn time_monotonic_ns(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_int(clock_ns(libc::CLOCK_MONOTONIC)))
}

fn time_process_time(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_float(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9))
}

fn time_process_time_ns(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_int(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn time_sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&v) = a.pos.first() else {
        return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let Some(s) = vm.to_f64(v)? else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    if s.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    crate::native::io::flush_stdout(vm);
    let mut req = libc::timespec {
        tv_sec: s.trunc() as libc::time_t,
        tv_nsec: ((s - s.trunc()) * 1e9) as libc::c_long,
    };
    loop {
        let mut rem = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: both pointers are valid timespecs.
        let r = unsafe { libc::nanosleep(&req, &mut rem) };
        if r == 0 {
            break;
        }
        // Interrupted: run the Python handlers (which may raise), then go on.
        crate::native::signal::run_pending(vm)?;
        req = rem;
    }
    Ok(vm.none)
}

fn get_secs(vm: &mut Vm, a: &Args) -> PyResult<libc::time_t> {
    match a.pos.first().copied() {
        None => Ok(now_secs().floor() as libc::time_t),
        Some(v) if v == vm.none => Ok(now_secs().floor() as libc::time_t),
        Some(v) => match vm.to_f64(v)? {
            Some(f) if f.is_finite() => Ok(f.floor() as libc::time_t),
            Some(_) => Err(vm.exc(
                ExcKind::OverflowError,
                "timestamp out of range for platform time_t",
            )),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let k = vm.intern_static("time");
    let m = crate::builtins::dict::dict_get_str(vm.modules, k);
    let cls = m.and_then(|m| {
        let d = vm.module_dict(m);
        let k = vm.intern_static("struct_time");
        crate::builtins::dict::dict_get_str(d, k)
    });
    cls.ok_or_else(|| vm.exc(ExcKind::RuntimeError, "time.struct_time is missing"))
}

fn make_struct_time(vm: &mut Vm, tm: &libc::tm) -> PyResult<Value> {
    let vals = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let items: Vec<Value> = vals.iter().map(|&n| vm.new_int(n)).collect();
    let cls = struct_time_class(vm)?;
    let obj = vm.alloc(cls, ObjKind::Tuple(items.clone()));
    for (i, name) in FIELDS.iter().enumerate() {
        let k = vm.intern(name);
        vm.setattr(obj, k, items[i])?;
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone, when set by the C library, points to a NUL-terminated static string.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .to_string()
    };
    let z = vm.new_str(zone);
    let k = vm.intern_static("tm_zone");
    vm.setattr(obj, k, z)?;
    let off = vm.new_int(tm.tm_gmtoff);
    let k = vm.intern_static("tm_gmtoff");
    vm.setattr(obj, k, off)?;
    Ok(obj)
}

fn time_gmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = get_secs(vm, &a)?;
    // SAFETY: zeroed tm is valid; gmtime_r writes it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.exc(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    make_struct_time(vm, &tm)
}

fn time_localtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = get_secs(vm, &a)?;
    // SAFETY: zeroed tm is valid; localtime_r writes it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.exc(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    make_struct_time(vm, &tm)
}

/// A 9-item tuple (or struct_time) as a C `tm`.
fn tuple_to_tm(vm: &mut Vm, v: Value, func: &str) -> PyResult<libc::tm> {
    let items = match kind_of(v) {
        ObjKind::Tuple(t) if v.is_ptr() => t.clone(),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("Tuple or struct_time argument required, not {t}")));
        }
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (i, &x) in items.iter().enumerate() {
        n[i] = match vm.as_i64(x) {
            Some(k) => k,
            None => {
                let t = vm.type_name(x);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
    }
    // SAFETY: an all-zero tm is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (n[0] - 1900) as libc::c_int;
    tm.tm_mon = (n[1] - 1) as libc::c_int;
    tm.tm_mday = n[2] as libc::c_int;
    tm.tm_hour = n[3] as libc::c_int;
    tm.tm_min = n[4] as libc::c_int;
    tm.tm_sec = n[5] as libc::c_int;
    tm.tm_wday = ((n[6] + 1) % 7) as libc::c_int;
    tm.tm_yday = (n[7] - 1) as libc::c_int;
    tm.tm_isdst = n[8] as libc::c_int;
    Ok(tm)
}

fn time_mktime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&v) = a.pos.first() else {
        return Err(vm.type_error("time.mktime() takes exactly one argument (0 given)"));
    };
    let mut tm = tuple_to_tm(vm, v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, initialised struct.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.exc(ExcKind::OverflowError, "mktime argument out of range"));
    }
    Ok(vm.new_float(t as f64))
}

fn current_local_tm() -> libc::tm {
    let t = now_secs().floor() as libc::time_t;
    // SAFETY: zeroed tm is valid and localtime_r fills it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    unsafe { libc::localtime_r(&t, &mut tm) };
    tm
}

fn time_strftime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&f) = a.pos.first() else {
        return Err(vm.type_error("strftime() takes at least 1 argument (0 given)"));
    };
    if !(f.is_ptr() && matches!(kind_of(f), ObjKind::Str(_))) {
        let t = vm.type_name(f);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
    }
    let fmt = crate::vm::str_of(f).to_string();
    // A struct_time's own zone name and offset feed %Z and %z, as in CPython.
    let mut zone_keep: Option<std::ffi::CString> = None;
    let tm = match a.pos.get(1) {
        Some(&t) => {
            let mut tm = tuple_to_tm(vm, t, "strftime")?;
            check_tm(vm, &mut tm)?;
            let zk = vm.intern_static("tm_zone");
            if let Some(z) = vm.getattr_opt(t, zk)? {
                if z.is_ptr() && matches!(kind_of(z), ObjKind::Str(_)) {
                    zone_keep = std::ffi::CString::new(crate::vm::str_of(z)).ok();
                    let ok = vm.intern_static("tm_gmtoff");
                    if let Some(off) = vm.getattr_opt(t, ok)? {
                        if let Some(o) = vm.as_i64(off) {
                            tm.tm_gmtoff = o as libc::c_long;
                        }
                    }
                }
            }
            if let Some(z) = &zone_keep {
                tm.tm_zone = z.as_ptr();
            }
            tm
        }
        None => current_local_tm(),
    };
    if fmt.is_empty() {
        return Ok(vm.new_str(""));
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character"));
    };
    let mut size = 256usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; cfmt is NUL-terminated; tm is valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || size > fmt.len() * 256 + 4096 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).to_string()));
        }
        size *= 4;
    }
}

/// The range checks CPython's strftime makes (with 0 fixed up to 1 where it allows it).
fn check_tm(vm: &mut Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(tm: &libc::tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn time_asctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tm = match a.pos.first() {
        Some(&t) => {
            let mut tm = tuple_to_tm(vm, t, "asctime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
        None => current_local_tm(),
    };
    Ok(vm.new_str(asctime_of(&tm)))
}

fn time_ctime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = get_secs(vm, &a)?;
    // SAFETY: zeroed tm is valid; localtime_r fills it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    unsafe { libc::localtime_r(&t, &mut tm) };
    Ok(vm.new_str(asctime_of(&tm)))
}

/// `struct_time.__repr__`: `time.struct_time(tm_year=..., ..., tm_isdst=...)`.
fn struct_time_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = match kind_of(a.pos[0]) {
        ObjKind::Tuple(t) => t.clone(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for (i, &v) in items.iter().enumerate() {
        let r = vm.repr_string(v)?;
        parts.push(format!("{}={r}", FIELDS.get(i).unwrap_or(&"?")));
    }
    Ok(vm.new_str(format!("time.struct_time({})", parts.join(", "))))
}

/// `struct_time(seq)`: a struct_time from a 9-item sequence.
fn struct_time_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&seq) = a.pos.get(1) else {
        return Err(vm.type_error("struct_time() missing required argument 'sequence' (pos 1)"));
    };
    let items = vm.iterate(seq)?;
    if items.len() < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let cls = a.pos[0];
    let obj = vm.alloc(cls, ObjKind::Tuple(items[..9].to_vec()));
    for (i, name) in FIELDS.iter().enumerate() {
        let k = vm.intern(name);
        vm.setattr(obj, k, items[i])?;
    }
    // The optional 10th and 11th items are tm_zone and tm_gmtoff.
    for (i, name) in [(9, "tm_zone"), (10, "tm_gmtoff")] {
        let v = items.get(i).copied().unwrap_or(vm.none);
        let k = vm.intern(name);
        vm.setattr(obj, k, v)?;
    }
    Ok(obj)
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: the parser is
/// datetime's, written in the subset (`datetime._time_strptime`).
fn time_strptime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "strptime", &a, 1, 2)?;
    let name = vm.new_str("datetime");
    let fromlist = vm.new_tuple(vec![]);
    let (none, zero) = (vm.none, vm.new_int(0));
    let m = vm.import_name(name, fromlist, zero, none)?;
    let k = vm.intern_static("_time_strptime");
    let Some(f) = crate::builtins::dict::dict_get_str(vm.module_dict(m), k) else {
        return Err(vm.exc(
            crate::vm::ExcKind::NotImplementedError,
            "time.strptime needs datetime._time_strptime",
        ));
    };
    vm.call(f, &a.pos)
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("time");
    let d = vm.module_dict(m);
    for (n, f) in [
        ("time", time_time as crate::object::BuiltinFn),
        ("time_ns", time_time_ns),
        ("monotonic", time_monotonic),
        ("monotonic_ns", time_monotonic_ns),
        ("perf_counter", time_monotonic),
        ("perf_counter_ns", time_monotonic_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("sleep", time_sleep),
        ("gmtime", time_gmtime),
        ("localtime", time_localtime),
        ("mktime", time_mktime),
        ("strftime", time_strftime),
        ("strptime", time_strptime),
        ("asctime", time_asctime),
        ("ctime", time_ctime),
    ] {
        add_function(vm, d, n, f);
    }
    let ns = vm.new_dict();
    let k = vm.intern_static("__module__");
    let mv = vm.new_str("time");
    vm.dict_set(ns, k, mv)?;
    let tuple = vm.types.tuple;
    let cls = vm.new_class("struct_time", &[tuple], ns)?;
    add_method(vm, cls, "__repr__", Method, struct_time_repr);
    add_method(
        vm,
        cls,
        "__new__",
        crate::object::function::BuiltinKind::StaticMethod,
        struct_time_new,
    );
    let k = vm.intern_static("struct_time");
    vm.dict_set(d, k, cls)?;
    // SAFETY: tzset reads TZ and sets the C library's zone globals.
    unsafe { tzset() };
    let tm = current_local_tm();
    let tz = vm.new_int(-tm.tm_gmtoff);
    let k = vm.intern_static("timezone");
    vm.dict_set(d, k, tz)?;
    // tzname, daylight and altzone as CPython derives them: the zones of
    // January 1 and July 1 of the current year (the standard one first).
    let (jan, jul) = (tm_of_year_day(tm.tm_year, 0), tm_of_year_day(tm.tm_year, 6));
    let zone_name = |t: &libc::tm| -> String {
        if t.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: tm_zone set by localtime_r points to a NUL-terminated string.
            unsafe { std::ffi::CStr::from_ptr(t.tm_zone) }
                .to_string_lossy()
                .to_string()
        }
    };
    let (jn, un) = (zone_name(&jan), zone_name(&jul));
    let (std_off, dst_off, std_name, dst_name) = if jan.tm_gmtoff <= jul.tm_gmtoff {
        (jan.tm_gmtoff, jul.tm_gmtoff, jn, un)
    } else {
        (jul.tm_gmtoff, jan.tm_gmtoff, un, jn)
    };
    let names = {
        let a = vm.new_str(std_name);
        let b = vm.new_str(dst_name);
        vm.new_tuple(vec![a, b])
    };
    for (n, v) in [
        ("tzname", names),
        (
            "daylight",
            vm.new_int((jan.tm_gmtoff != jul.tm_gmtoff) as i64),
        ),
        ("timezone", vm.new_int(-std_off)),
        ("altzone", vm.new_int(-dst_off)),
    ] {
        let k = vm.intern(n);
        vm.dict_set(d, k, v)?;
    }
    Ok(m)
}

/// The local broken-down time of the first day of month `mon` (0-based)
/// of `year` (years since 1900).
fn tm_of_year_day(year: libc::c_int, mon: libc::c_int) -> libc::tm {
    // SAFETY: a zeroed tm is valid; mktime normalizes it and localtime_r
    // fills the result.
    unsafe {
        let mut q: libc::tm = std::mem::zeroed();
        q.tm_year = year;
        q.tm_mon = mon;
        q.tm_mday = 1;
        q.tm_isdst = -1;
        let t = libc::mktime(&mut q);
        let mut out: libc::tm = std::mem::zeroed();
        libc::localtime_r(&t, &mut out);
        out
    }
}

extern "C" {
    fn tzset();
}
