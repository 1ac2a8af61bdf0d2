//! The `piepie` command line, as CPython's `python3`: `piepie script.py
//! args`, `-c CODE`, `-m MODULE`, a script read from stdin, the interactive
//! prompt (`repl.rs`, also after a script with `-i`), and the JIT flags. Runs the interpreter on a thread
//! with a large stack so deep (legal) recursion never overflows Rust's stack.

use std::io::IsTerminal;

use piepie::object::Value;
use piepie::vm::{ExcKind, Vm};
use piepie_jit::{JitConfig, JitMode};

/// mimalloc serves the interpreter's many small allocations (see Cargo.toml).
/// mimalloc, counted for the heap limit (`--max-heap`; see `piepie::memory`).
#[global_allocator]
static GLOBAL: piepie::memory::CountingAlloc<mimalloc::MiMalloc> =
    piepie::memory::CountingAlloc(mimalloc::MiMalloc);

mod repl;

extern "C" {
    // mimalloc's option API (in the library the `mimalloc` crate links).
    fn mi_option_get(option: i32) -> std::ffi::c_long;
    fn mi_option_set(option: i32, value: std::ffi::c_long);
}

/// mimalloc's `mi_option_purge_delay` (the crate exports no constant for
/// it; the same number in its v2 and v3); its default is 10 ms in v2 and
/// 1000 ms in v3 (which the `mimalloc` crate builds now), which
/// [`keep_freed_memory`] checks before changing it.
const MI_OPTION_PURGE_DELAY: i32 = 15;
const MI_DEFAULT_PURGE_DELAYS: [std::ffi::c_long; 2] = [10, 1000];

/// Makes mimalloc keep the memory the program frees for reuse instead of
/// returning it to the OS after a delay (its default). The collector frees
/// memory in bursts that the program allocates again at once; returning
/// it each time made the kernel zero fresh (often 2 MiB) pages over and
/// over: a fifth of `graph_algos`'s time in a profile. Delays of one or
/// five seconds still showed two to five times the page faults of never
/// purging, so freed memory stays with the process, as PyPy's does: its
/// resident size is its peak.
fn keep_freed_memory() {
    // SAFETY: plain calls into mimalloc's option table; the option is
    // changed only if it has the default of the option we mean, so a
    // library whose numbering differs is left alone.
    unsafe {
        if MI_DEFAULT_PURGE_DELAYS.contains(&mi_option_get(MI_OPTION_PURGE_DELAY)) {
            mi_option_set(MI_OPTION_PURGE_DELAY, -1);
        }
    }
}

const USAGE: &str = "usage: piepie [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd              program passed in as string (terminates option list)
  -m mod              run library module as a script (terminates option list)
  -i                  inspect interactively after running script; forces a
                      prompt even if stdin does not appear to be a terminal
  -q                  don't print the version message on interactive startup
  -B                  accepted for CPython compatibility (piepie writes no .pyc)
  --version, -V       print the version and exit
  --help, -h          print this help and exit
  --jit off|on        disable or enable the JIT (default on)
  --jit-threshold N   loop iterations before a loop is traced (also lowers
                      the bridge and function-entry thresholds to N if
                      they are higher)
  --jit-bridge-threshold N  failures of a guard before a bridge is traced
  --jit-stats         print JIT statistics at exit (to stderr)
  --jit-log FILE      write the JIT's log to FILE
  --jit-random-deopt P  testing: compiled guards also fail with probability P
  --max-heap SIZE     MemoryError beyond SIZE bytes of heap (K, M, G suffixes;
                      default: 3/4 of the machine's memory; also PIEPIE_MAX_HEAP)
file                  program read from script file
-                     program read from stdin (default; interactive mode if a tty)
arg ...               arguments passed to program in sys.argv[1:]
";

/// What to run.
enum Target {
    File(String),
    Code(String),
    Module(String),
    /// No script, or `-`: stdin, read as a script or interactively.
    Stdin,
}

/// The parsed command line.
struct Cli {
    jit: JitConfig,
    target: Target,
    /// `sys.argv`.
    argv: Vec<String>,
    /// `-i`: the prompt after the script, even on a non-terminal stdin.
    inspect: bool,
    /// `-q`: no banner.
    quiet: bool,
    /// `--max-heap` / `PIEPIE_MAX_HEAP`, in bytes.
    max_heap: Option<usize>,
}

/// Parses the command line as CPython does: options (short ones may be
/// combined, as in `-ic code`) up to the script, `-c`/`-m`, `-` or `--`;
/// everything after that goes to `sys.argv`. Errors are CPython's messages.
fn parse_args(args: &[String]) -> Result<Cli, String> {
    let mut cli = Cli {
        jit: JitConfig::default(),
        target: Target::Stdin,
        argv: vec![String::new()],
        inspect: false,
        quiet: false,
        max_heap: None,
    };
    if let Ok(v) = std::env::var("PIEPIE_MAX_HEAP") {
        cli.max_heap =
            Some(piepie::memory::parse_size(&v).ok_or_else(|| {
                format!("PIEPIE_MAX_HEAP expects a size such as 512M, not '{v}'")
            })?);
    }
    if let Ok(v) = std::env::var("PYTHONINTMAXSTRDIGITS") {
        let limit = piepie::native::sys_info::limit_from_env(&v)?;
        piepie::object::num_parse::set_int_max_str_digits(limit);
    }
    if let Ok(v) = std::env::var("PIEPIE_JIT") {
        if v == "off" {
            cli.jit.mode = JitMode::Off;
        }
    }
    if let Ok(v) = std::env::var("PIEPIE_JIT_RANDOM_DEOPT") {
        cli.jit.random_deopt = v.parse().ok();
    }
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let next = |i: usize, opt: &str| {
            args.get(i + 1)
                .cloned()
                .ok_or_else(|| format!("Argument expected for the {opt} option"))
        };
        match a {
            "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "--version" => version(),
            "--jit" => {
                let v = next(i, a)?;
                cli.jit.mode = match v.as_str() {
                    "off" => JitMode::Off,
                    "on" => JitMode::On,
                    _ => return Err(format!("--jit expects 'on' or 'off', not '{v}'")),
                };
                i += 2;
            }
            "--jit-threshold" => {
                let v = next(i, a)?;
                cli.jit.loop_threshold = v
                    .parse()
                    .map_err(|_| format!("--jit-threshold expects a number, not '{v}'"))?;
                cli.jit.bridge_threshold = cli.jit.bridge_threshold.min(cli.jit.loop_threshold);
                cli.jit.function_threshold = cli.jit.function_threshold.min(cli.jit.loop_threshold);
                i += 2;
            }
            "--max-heap" => {
                let v = next(i, a)?;
                cli.max_heap =
                    Some(piepie::memory::parse_size(&v).ok_or_else(|| {
                        format!("--max-heap expects a size such as 512M, not '{v}'")
                    })?);
                i += 2;
            }
            "--jit-bridge-threshold" => {
                let v = next(i, a)?;
                cli.jit.bridge_threshold = v
                    .parse()
                    .map_err(|_| format!("--jit-bridge-threshold expects a number, not '{v}'"))?;
                i += 2;
            }
            "--jit-stats" => {
                cli.jit.stats = true;
                i += 1;
            }
            "--jit-random-deopt" => {
                let v = next(i, a)?;
                let p: f64 = v
                    .parse()
                    .map_err(|_| format!("--jit-random-deopt expects a probability, not '{v}'"))?;
                cli.jit.random_deopt = Some(p);
                i += 2;
            }
            "--jit-log" => {
                cli.jit.log_file = Some(next(i, a)?);
                i += 2;
            }
            "--" => {
                if let Some(script) = args.get(i + 1) {
                    cli.target = if script == "-" {
                        Target::Stdin
                    } else {
                        Target::File(script.clone())
                    };
                    cli.argv = args[i + 1..].to_vec();
                }
                return Ok(cli);
            }
            "-" => {
                cli.argv = args[i..].to_vec();
                return Ok(cli);
            }
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ if a.starts_with('-') => {
                // A cluster of short options; `c` and `m` take the rest of
                // the cluster or the next argument.
                for (at, opt) in a.char_indices().skip(1) {
                    match opt {
                        'c' | 'm' => {
                            let rest = &a[at + 1..];
                            let (value, used) = if rest.is_empty() {
                                (next(i, &format!("-{opt}"))?, 2)
                            } else {
                                (rest.to_string(), 1)
                            };
                            let tail = &args[i + used..];
                            if opt == 'c' {
                                cli.argv = vec!["-c".to_string()];
                                cli.target = Target::Code(value);
                            } else {
                                cli.argv = vec![value.clone()];
                                cli.target = Target::Module(value);
                            }
                            cli.argv.extend_from_slice(tail);
                            return Ok(cli);
                        }
                        'i' => cli.inspect = true,
                        'q' => cli.quiet = true,
                        'B' => {}
                        'h' => {
                            print!("{USAGE}");
                            std::process::exit(0);
                        }
                        'V' => version(),
                        _ => return Err(format!("Unknown option: -{opt}")),
                    }
                }
                i += 1;
            }
            _ => {
                cli.target = Target::File(a.to_string());
                cli.argv = args[i..].to_vec();
                return Ok(cli);
            }
        }
    }
    Ok(cli)
}

fn version() -> ! {
    println!("Python 3.11.7 (piepie {})", env!("CARGO_PKG_VERSION"));
    std::process::exit(0);
}

/// Exit code and message for an uncaught exception (SystemExit included).
pub(crate) fn report_uncaught(vm: &mut Vm, e: Value) -> i32 {
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
    if vm.exc_matches(e, ExcKind::KeyboardInterrupt) {
        return EXIT_BY_SIGINT;
    }
    1
}

/// What `real_main` returns for an uncaught KeyboardInterrupt (above every
/// exit status, so `sys.exit(n)` can never mean it): `main` then ends the
/// process by SIGINT, as CPython does (a shell shows status 130).
const EXIT_BY_SIGINT: i32 = 0x100 | 130;

/// Runs `source` as the `__main__` module. Returns the exit code and the
/// module's namespace (for `-i`). `inspect`: an uncaught `SystemExit` is
/// reported like any other exception, as CPython does under `-i`.
fn run_main(vm: &mut Vm, source: &str, filename: &str, inspect: bool) -> (i32, Value) {
    // CPython has no source lines for `-c` code and stdin in tracebacks.
    if !filename.starts_with('<') {
        piepie::remember_source(filename, source);
    }
    let m = vm.new_module("__main__");
    let d = vm.module_dict(m);
    let fk = vm.intern_static("__file__");
    let fv = vm.new_str(filename);
    let _ = vm.dict_set(d, fk, fv);
    let code = match vm.run_source(source, filename, d) {
        Ok(_) => {
            piepie::native::io::flush_stdout(vm);
            0
        }
        Err(e) if inspect => {
            let text = vm.format_uncaught(e.0);
            piepie::native::io::write_stderr(vm, &text);
            1
        }
        Err(e) => report_uncaught(vm, e.0),
    };
    (code, d)
}

/// All of stdin, as a script.
fn read_stdin() -> String {
    let mut bytes = Vec::new();
    let _ = std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The usage error CPython prints for a bad command line (exit status 2).
fn usage_error(msg: &str) -> i32 {
    let prog = std::env::args().next().unwrap_or_else(|| "piepie".into());
    eprintln!(
        "{msg}\nusage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `piepie -h' for more information."
    );
    2
}

fn real_main() -> i32 {
    keep_freed_memory();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cli = match parse_args(&args) {
        Ok(x) => x,
        Err(msg) => return usage_error(&msg),
    };
    piepie::memory::set_limit(cli.max_heap.unwrap_or_else(piepie::memory::default_limit));
    let stats = cli.jit.stats;
    let inspect = cli.inspect;
    let mut vm = Vm::new(cli.jit);
    piepie::native::signal::install_default_sigint();
    if inspect || cli.quiet {
        piepie::native::sys_info::set_flags(&mut vm, inspect, cli.quiet);
    }
    let argv = cli.argv;
    // The script's exit code and namespace; None when there is no script.
    let ran = match cli.target {
        Target::File(path) => {
            let source = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).to_string(),
                Err(e) => {
                    // CPython names itself and the absolute path.
                    let prog = std::env::args().next().unwrap_or_else(|| "piepie".into());
                    let shown = std::env::current_dir()
                        .map(|d| d.join(&path).to_string_lossy().into_owned())
                        .unwrap_or(path.clone());
                    eprintln!(
                        "{prog}: can't open file '{shown}': [Errno {}] {}",
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
            Some(run_main(&mut vm, &source, &abs, inspect))
        }
        Target::Code(code) => {
            piepie::native::set_argv(&mut vm, &argv, "");
            Some(run_main(&mut vm, &format!("{code}\n"), "<string>", inspect))
        }
        Target::Module(m) => {
            let cwd = std::env::current_dir()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            // sys.argv[0] is the module's file, as in CPython.
            let mut argv = argv;
            let path = std::path::Path::new(&cwd).join(format!("{}.py", m.replace('.', "/")));
            match std::fs::read_to_string(&path) {
                Ok(src) => {
                    let file = path.to_string_lossy().into_owned();
                    argv[0] = file.clone();
                    piepie::native::set_argv(&mut vm, &argv, &cwd);
                    Some(run_main(&mut vm, &src, &file, inspect))
                }
                // `-m unittest` and friends: a library module as __main__.
                Err(_) => match piepie::stdlib::find(&m).filter(|lib| !lib.is_package) {
                    Some(lib) => {
                        argv[0] = lib.filename.clone();
                        piepie::native::set_argv(&mut vm, &argv, &cwd);
                        Some(run_main(&mut vm, &lib.source, &lib.filename, inspect))
                    }
                    None => {
                        let prog = std::env::args().next().unwrap_or_else(|| "piepie".into());
                        eprintln!("{prog}: No module named {m}");
                        return 1;
                    }
                },
            }
        }
        Target::Stdin => {
            piepie::native::set_argv(&mut vm, &argv, "");
            if inspect || std::io::stdin().is_terminal() {
                None
            } else {
                let source = read_stdin();
                Some(run_main(&mut vm, &source, repl::STDIN_NAME, false))
            }
        }
    };
    let code = match ran {
        Some((code, _)) if !inspect => code,
        Some((_, globals)) => repl::run(&mut vm, globals, None),
        None => {
            let m = vm.new_module("__main__");
            let globals = vm.module_dict(m);
            let banner = (!cli.quiet).then(repl::banner);
            repl::run(&mut vm, globals, banner.as_deref())
        }
    };
    piepie::native::io::flush_stdout(&mut vm);
    vm.jit.log_exit_summary();
    if stats {
        eprint!("{}", vm.jit.report());
    }
    code
}

/// Turns transparent huge pages off for this process. With them, the
/// kernel zeroes a whole 2 MiB page at the first touch of any part of it:
/// measured on the benchmarks, peak memory was up to twice as high (84 MB
/// instead of 42 MB for `raytrace`) for no gain in time, and run times
/// varied with how many huge pages the kernel happened to have.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0) only sets a flag of
    // this process; it reads and writes no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() {
    no_transparent_huge_pages();
    // A large stack: the recursion limit, not the Rust stack, bounds depth.
    let child = std::thread::Builder::new()
        .stack_size(4 << 30)
        .spawn(real_main);
    // Signals for the process go to the interpreter thread, where Python
    // handlers run (and `os.kill(os.getpid(), ...)` sees its handler at once).
    if child.is_ok() {
        piepie::native::signal::block_in_this_thread();
    }
    let code = match child {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => real_main(),
    };
    if code == EXIT_BY_SIGINT {
        piepie::native::signal::exit_by_sigint();
    }
    std::process::exit(code);
}
