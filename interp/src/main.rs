//! The `piepie` command: `piepie script.py args`, `-c CODE`, `-m MODULE`,
//! an interactive REPL, and the JIT flags. Runs the interpreter on a thread
//! with a large stack so deep (legal) recursion never overflows Rust's stack.

use piepie::object::{ObjKind, Value};
use piepie::vm::{ExcKind, Vm};
use piepie_jit::{JitConfig, JitMode};

/// mimalloc serves the interpreter's many small allocations (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: piepie [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd              program passed in as string
  -m mod              run library module as a script
  --version, -V       print the version and exit
  --help, -h          print this help and exit
  --jit off|on        disable or enable the JIT (default on)
  --jit-threshold N   loop iterations before a loop is traced
  --jit-stats         print JIT statistics at exit (to stderr)
  --jit-log FILE      write the JIT's log to FILE
";

enum Target {
    File(String),
    Code(String),
    Module(String),
    Repl,
}

fn parse_args(args: &[String]) -> Result<(JitConfig, Target, Vec<String>), String> {
    let mut jit = JitConfig::default();
    if let Ok(v) = std::env::var("PIEPIE_JIT") {
        if v == "off" {
            jit.mode = JitMode::Off;
        }
    }
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let next = |i: usize| {
            args.get(i + 1)
                .cloned()
                .ok_or_else(|| format!("Argument expected for the {a} option"))
        };
        match a {
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (piepie {})", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--jit" => {
                let v = next(i)?;
                jit.mode = match v.as_str() {
                    "off" => JitMode::Off,
                    "on" => JitMode::On,
                    _ => return Err(format!("--jit expects 'on' or 'off', not '{v}'")),
                };
                i += 2;
            }
            "--jit-threshold" => {
                let v = next(i)?;
                jit.loop_threshold = v
                    .parse()
                    .map_err(|_| format!("--jit-threshold expects a number, not '{v}'"))?;
                i += 2;
            }
            "--jit-stats" => {
                jit.stats = true;
                i += 1;
            }
            "--jit-log" => {
                jit.log_file = Some(next(i)?);
                i += 2;
            }
            "-c" => {
                let code = next(i)?;
                let mut argv = vec!["-c".to_string()];
                argv.extend_from_slice(&args[i + 2..]);
                return Ok((jit, Target::Code(code), argv));
            }
            "-m" => {
                let m = next(i)?;
                let mut argv = vec![m.clone()];
                argv.extend_from_slice(&args[i + 2..]);
                return Ok((jit, Target::Module(m), argv));
            }
            "-" => return Ok((jit, Target::Repl, args[i..].to_vec())),
            _ if a.starts_with('-') && a.len() > 1 => return Err(format!("Unknown option: {a}")),
            _ => return Ok((jit, Target::File(a.to_string()), args[i..].to_vec())),
        }
    }
    Ok((jit, Target::Repl, vec![String::new()]))
}

/// Exit code and message for an uncaught exception (SystemExit included).
fn report_uncaught(vm: &mut Vm, e: Value) -> i32 {
    piepie::native::io::flush_stdout(vm);
    if vm.exc_matches(e, ExcKind::SystemExit) {
        let args = vm.exc_args(e);
        let code = match args.first() {
            None => return 0,
            Some(&c) => c,
        };
        if code == vm.none {
            return 0;
        }
        if let Some(i) = vm.as_i64(code) {
            return (i & 0xff) as i32;
        }
        let s = vm.str_of_value(code).unwrap_or_default();
        piepie::native::io::write_stderr(vm, &format!("{s}\n"));
        return 1;
    }
    let text = vm.format_uncaught(e);
    piepie::native::io::write_stderr(vm, &text);
    1
}

fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    piepie::remember_source(filename, source);
    let m = vm.new_module("__main__");
    let d = vm.module_dict(m);
    let fk = vm.intern("__file__");
    let fv = vm.new_str(filename);
    let _ = vm.dict_set(d, fk, fv);
    match vm.run_source(source, filename, d) {
        Ok(_) => {
            piepie::native::io::flush_stdout(vm);
            0
        }
        Err(e) => report_uncaught(vm, e.0),
    }
}

fn repl(vm: &mut Vm) -> i32 {
    let m = vm.new_module("__main__");
    let d = vm.module_dict(m);
    println!("Python 3.11.7 (piepie {}) \nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.", env!("CARGO_PKG_VERSION"));
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(_) => return 1,
    };
    loop {
        let mut src = match rl.readline(">>> ") {
            Ok(l) => l,
            Err(_) => return 0,
        };
        let needs_more = |s: &str| {
            s.trim_end().ends_with(':') || s.trim_end().ends_with('\\') || {
                let opens = s.matches(['(', '[', '{']).count();
                let closes = s.matches([')', ']', '}']).count();
                opens > closes
            }
        };
        if needs_more(&src) {
            loop {
                match rl.readline("... ") {
                    Ok(l) if l.is_empty() => break,
                    Ok(l) => {
                        src.push('\n');
                        src.push_str(&l);
                        if !src.trim_end().ends_with(':')
                            && !needs_more(&src)
                            && !l.starts_with([' ', '\t'])
                        {
                            break;
                        }
                    }
                    Err(_) => break,
                }
            }
        }
        let _ = rl.add_history_entry(src.as_str());
        src.push('\n');
        let module = match piepie_syntax::parse_module(&src, "<stdin>") {
            Ok(m) => m,
            Err(e) => {
                eprint!("{}", e.render());
                continue;
            }
        };
        let code = match piepie::compile::compile_module(vm, &module, &src, "<stdin>", true) {
            Ok(c) => c,
            Err(e) => {
                let ex = vm.compile_error(e, &src, "<stdin>");
                report_uncaught(vm, ex.0);
                continue;
            }
        };
        piepie::remember_source("<stdin>", &src);
        if let Err(e) = vm.exec_code(code, d, d) {
            if vm.exc_matches(e.0, ExcKind::SystemExit) {
                return report_uncaught(vm, e.0);
            }
            report_uncaught(vm, e.0);
        }
        piepie::native::io::flush_stdout(vm);
    }
}

fn real_main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (jit, target, argv) = match parse_args(&args) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}");
            return 2;
        }
    };
    let stats = jit.stats;
    let mut vm = Vm::new(jit);
    let code = match target {
        Target::File(path) => {
            let source = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).to_string(),
                Err(e) => {
                    eprintln!(
                        "piepie: can't open file '{path}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        e.to_string().split(" (os error").next().unwrap_or("")
                    );
                    return 2;
                }
            };
            let abs = std::fs::canonicalize(&path)
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or(path.clone());
            let dir = std::path::Path::new(&abs)
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            piepie::native::set_argv(&mut vm, &argv, &dir);
            run_main(&mut vm, &source, &abs)
        }
        Target::Code(code) => {
            piepie::native::set_argv(&mut vm, &argv, "");
            run_main(&mut vm, &format!("{code}\n"), "<string>")
        }
        Target::Module(m) => {
            let cwd = std::env::current_dir()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            piepie::native::set_argv(&mut vm, &argv, &cwd);
            let path = std::path::Path::new(&cwd).join(format!("{}.py", m.replace('.', "/")));
            match std::fs::read_to_string(&path) {
                Ok(src) => run_main(&mut vm, &src, &path.to_string_lossy()),
                Err(_) => {
                    eprintln!("piepie: No module named {m}");
                    1
                }
            }
        }
        Target::Repl => {
            piepie::native::set_argv(&mut vm, &argv, "");
            repl(&mut vm)
        }
    };
    piepie::native::io::flush_stdout(&mut vm);
    if stats {
        eprint!("{}", vm.jit_stats.report());
    }
    let _ = ObjKind::None;
    code
}

fn main() {
    // A large stack: the recursion limit, not the Rust stack, bounds depth.
    let child = std::thread::Builder::new()
        .stack_size(4 << 30)
        .spawn(real_main);
    let code = match child {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => real_main(),
    };
    std::process::exit(code);
}
