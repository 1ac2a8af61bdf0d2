//! `bench-run`: piepie (JIT on), piepie --jit off, CPython and PyPy side by
//! side on the programs in benches/programs (or the user's own files).
//! Started by `benches/run`, which builds it and piepie first; see
//! benches/README.md for the options and what the numbers mean.

use piepie_benches::exec;
use piepie_benches::model::{Cell, Impl, Report, Row, RunRecord};
use piepie_benches::report::{self, WarmupSeries};
use piepie_benches::svg;
use std::path::{Path, PathBuf};
use std::time::Duration;

const USAGE: &str = "usage: benches/run [options] [program.py ...]

Runs every benchmark in benches/programs (or the given programs) under
piepie (JIT on), piepie --jit off, CPython 3.11 and PyPy 3 (if installed):
one warm-up run each, then --reps timed runs interleaved A B C A B C ...
Every implementation must print the same checksum (the last line starting
with 'checksum', or else the same stdout); a mismatch or a failed run marks
that cell FAILED, is reported on stderr, and the runner goes on.

options:
  --filter SUBSTR     only programs whose file name contains SUBSTR (repeatable)
  --reps N            timed runs per implementation (default 5)
  --quick             one timed run, no warm-up run (a fast sanity pass)
  --arg N             pass N as sys.argv[1] (the problem size) to every program
  --json FILE         write every measurement as JSON
  --markdown FILE     write the table (with machine and command) as Markdown
  --svg FILE          write the speedup chart (log scale) as SVG
  --warmup-svg FILE   also run benches/warmup/*.py once per implementation and
                      chart time per iteration (JIT warm-up view)
  --warmup-only       with --warmup-svg: skip the main benchmarks
  --impls LIST        comma-separated subset of piepie,piepie-nojit,cpython,pypy
  --piepie PATH       piepie binary (default: next to this runner)
  --python CMD        CPython command (default python3; timed as its real
                      binary, sys.executable, not a version-manager shim)
  --pypy CMD          PyPy command (default pypy3)
  --no-pypy           leave PyPy out even if installed
  --timeout SECS      a run taking longer fails (default 300)
  --load FILE         run nothing: read results saved with --json (repeatable,
                      to combine runs over different programs) and print or
                      write the table and charts from them
  -h, --help          this text

exit status: 0 if every run of every implementation succeeded with matching
checksums, 1 if anything failed or mismatched, 2 on a usage error.";

struct Opts {
    filters: Vec<String>,
    reps: usize,
    warmup_run: bool,
    arg: Option<String>,
    json: Option<PathBuf>,
    markdown: Option<PathBuf>,
    svg: Option<PathBuf>,
    warmup_svg: Option<PathBuf>,
    warmup_only: bool,
    impls: Option<Vec<String>>,
    piepie: Option<PathBuf>,
    python: String,
    pypy: String,
    no_pypy: bool,
    timeout: u64,
    load: Vec<PathBuf>,
    programs: Vec<PathBuf>,
}

fn parse_opts(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        filters: Vec::new(),
        reps: 5,
        warmup_run: true,
        arg: None,
        json: None,
        markdown: None,
        svg: None,
        warmup_svg: None,
        warmup_only: false,
        impls: None,
        piepie: None,
        python: "python3".into(),
        pypy: "pypy3".into(),
        no_pypy: false,
        timeout: 300,
        load: Vec::new(),
        programs: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let val = |i: usize| -> Result<String, String> {
            args.get(i + 1)
                .cloned()
                .ok_or_else(|| format!("{a} needs a value"))
        };
        let num = |v: &str| -> Result<u64, String> {
            v.parse::<u64>()
                .map_err(|_| format!("{a} expects a whole number, not {v:?}"))
        };
        match a {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--filter" => o.filters.push(val(i)?),
            "--reps" => {
                o.reps = num(&val(i)?)? as usize;
                if o.reps == 0 {
                    return Err("--reps must be at least 1".into());
                }
            }
            "--quick" => {
                o.reps = 1;
                o.warmup_run = false;
                i += 1;
                continue;
            }
            "--arg" => o.arg = Some(val(i)?),
            "--json" => o.json = Some(val(i)?.into()),
            "--markdown" => o.markdown = Some(val(i)?.into()),
            "--svg" => o.svg = Some(val(i)?.into()),
            "--warmup-svg" => o.warmup_svg = Some(val(i)?.into()),
            "--warmup-only" => {
                o.warmup_only = true;
                i += 1;
                continue;
            }
            "--impls" => {
                let list: Vec<String> = val(i)?.split(',').map(|s| s.trim().to_string()).collect();
                for k in &list {
                    if !["piepie", "piepie-nojit", "cpython", "pypy"].contains(&k.as_str()) {
                        return Err(format!("--impls: unknown implementation {k:?}"));
                    }
                }
                o.impls = Some(list);
            }
            "--piepie" => o.piepie = Some(val(i)?.into()),
            "--python" => o.python = val(i)?,
            "--pypy" => o.pypy = val(i)?,
            "--no-pypy" => {
                o.no_pypy = true;
                i += 1;
                continue;
            }
            "--timeout" => o.timeout = num(&val(i)?)?,
            "--load" => o.load.push(val(i)?.into()),
            _ if a.starts_with('-') => return Err(format!("unknown option {a}")),
            _ => {
                o.programs.push(a.into());
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    if o.warmup_only && o.warmup_svg.is_none() {
        return Err("--warmup-only needs --warmup-svg FILE".into());
    }
    Ok(o)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The real binary and a label for a Python command, or why not.
fn resolve_python(cmd: &str) -> Result<(String, String, String), String> {
    let code = "import sys, platform\n\
                print(sys.executable)\n\
                print(platform.python_implementation())\n\
                print(platform.python_version())\n\
                v = getattr(sys, 'pypy_version_info', None)\n\
                print('' if v is None else '%d.%d.%d' % tuple(v[:3]))";
    let rec = exec::run(
        &[cmd.to_string(), "-c".into(), code.into()],
        Duration::from_secs(60),
    );
    if let Some(why) = piepie_benches::model::run_failure(&rec) {
        return Err(why);
    }
    let lines: Vec<&str> = rec.stdout.lines().collect();
    if lines.len() < 3 || lines[0].is_empty() {
        return Err(format!("unexpected output {:?}", rec.stdout));
    }
    let exe = lines[0].to_string();
    let label = if lines[1] == "PyPy" {
        format!("PyPy {}", lines.get(3).copied().unwrap_or("?"))
    } else {
        format!("{} {}", lines[1], lines[2])
    };
    let version = format!("{} (Python {})", label, lines[2]);
    Ok((exe, label, version))
}

fn read_first(path: &str, key: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_once([':', '=']))
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
}

fn command_output(argv: &[&str]) -> Option<String> {
    let out = std::process::Command::new(argv[0])
        .args(&argv[1..])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn machine_meta(cmdline: &str, reps: usize, warmup: bool) -> Vec<(String, String)> {
    let mut m = Vec::new();
    if let Some(d) = command_output(&["date", "-u", "+%Y-%m-%d %H:%M UTC"]) {
        m.push(("date".into(), d));
    }
    let cpu = read_first("/proc/cpuinfo", "model name").unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mem = read_first("/proc/meminfo", "MemTotal")
        .and_then(|v| {
            v.split_whitespace()
                .next()
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map(|k| format!("{:.0} GiB RAM", k as f64 / 1024.0 / 1024.0))
        .unwrap_or_default();
    m.push((
        "machine".into(),
        format!("{cpu}, {cores} cores available, {mem}"),
    ));
    let os = read_first("/etc/os-release", "PRETTY_NAME").unwrap_or_else(|| "unknown OS".into());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    m.push(("os".into(), format!("{os}, Linux {kernel}")));
    let r = root();
    let r = r.to_string_lossy();
    if let Some(c) = command_output(&["git", "-C", &r, "rev-parse", "--short", "HEAD"]) {
        let dirty = command_output(&[
            "git",
            "-C",
            &r,
            "status",
            "--porcelain",
            "--untracked-files=no",
        ])
        .map(|s| !s.is_empty())
        .unwrap_or(false);
        m.push((
            "piepie commit".into(),
            if dirty {
                format!("{c} (with local changes)")
            } else {
                c
            },
        ));
    }
    m.push(("command".into(), format!("`{cmdline}`")));
    m.push((
        "method".into(),
        format!(
            "{}{reps} timed run(s) per implementation, interleaved; wall time of the whole process",
            if warmup {
                "1 warm-up run, then "
            } else {
                "no warm-up run, "
            }
        ),
    ));
    m
}

fn shout(msg: &str, stderr: &str) {
    eprintln!();
    eprintln!("!!! {msg}");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    if !lines.is_empty() {
        eprintln!("    stderr (last lines):");
        for l in &lines[lines.len().saturating_sub(6)..] {
            eprintln!("    | {l}");
        }
    }
    eprintln!();
}

fn program_argv(imp: &Impl, program: &Path, arg: &Option<String>) -> Vec<String> {
    let mut v = imp.argv.clone();
    v.push(program.to_string_lossy().into_owned());
    if let Some(a) = arg {
        v.push(a.clone());
    }
    v
}

fn bench_program(program: &Path, impls: &[Impl], opts: &Opts, idx: usize, total: usize) -> Row {
    let name = program
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    eprint!("[{idx}/{total}] {name:<18}");
    let mut row = Row {
        name: name.clone(),
        path: program.to_string_lossy().into_owned(),
        cells: impls.iter().map(|i| Cell::new(&i.key)).collect(),
    };
    let timeout = Duration::from_secs(opts.timeout);
    let run_one = |row: &mut Row, imp: &Impl, timed: bool| {
        let cell = row.cell_mut(&imp.key).expect("cell per impl");
        if cell.error.is_some() {
            return;
        }
        let rec: RunRecord = exec::run(&program_argv(imp, program, &opts.arg), timeout);
        if let Some(why) = cell.record(&rec, timed) {
            shout(
                &format!("FAILED: {name} under {}: {why}", imp.label),
                &rec.stderr,
            );
            eprint!("[{idx}/{total}] {name:<18}");
        }
    };
    if opts.warmup_run {
        for imp in impls {
            run_one(&mut row, imp, false);
        }
    }
    for _ in 0..opts.reps {
        for imp in impls {
            run_one(&mut row, imp, true);
        }
    }
    for m in row.check_checksums("cpython") {
        shout(
            &format!(
                "CHECKSUM MISMATCH in {}: {} printed {:?} but {} printed {:?}",
                m.program, m.impl_key, m.got, m.reference_key, m.expected
            ),
            "",
        );
    }
    let summary: Vec<String> = impls
        .iter()
        .map(|i| {
            let c = row.cell(&i.key).expect("cell");
            match c.median() {
                Some(t) => format!("{} {t:.2}s", report::short_label(&i.key)),
                None if c.mismatch => format!("{} MISMATCH", report::short_label(&i.key)),
                None => format!("{} FAILED", report::short_label(&i.key)),
            }
        })
        .collect();
    eprintln!(" {}", summary.join("  "));
    row
}

/// Parses `warmup <seconds>` lines printed by a warm-up program.
fn warmup_times(stdout: &str) -> Vec<f64> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("warmup "))
        .filter_map(|v| v.trim().parse::<f64>().ok())
        .collect()
}

fn run_warmups(impls: &[Impl], opts: &Opts) -> (Vec<WarmupSeries>, bool) {
    let dir = root().join("benches").join("warmup");
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
                .collect()
        })
        .unwrap_or_default();
    progs.sort();
    let mut out = Vec::new();
    let mut all_ok = true;
    for p in &progs {
        let name = p
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        eprintln!("[warm-up] {name}");
        let mut row = Row {
            name: name.clone(),
            path: p.to_string_lossy().into_owned(),
            cells: impls.iter().map(|i| Cell::new(&i.key)).collect(),
        };
        let mut series = Vec::new();
        for imp in impls {
            let rec = exec::run(
                &program_argv(imp, p, &None),
                Duration::from_secs(opts.timeout),
            );
            let cell = row.cell_mut(&imp.key).expect("cell");
            let err = cell.record(&rec, true);
            if let Some(why) = &err {
                shout(
                    &format!("FAILED: warm-up {name} under {}: {why}", imp.label),
                    &rec.stderr,
                );
            }
            series.push(WarmupSeries {
                program: name.clone(),
                impl_key: imp.key.clone(),
                iter_secs: if err.is_none() {
                    warmup_times(&rec.stdout)
                } else {
                    Vec::new()
                },
                error: err,
            });
        }
        for m in row.check_checksums("cpython") {
            shout(
                &format!(
                    "CHECKSUM MISMATCH in warm-up {}: {} printed {:?} but {} printed {:?}",
                    m.program, m.impl_key, m.got, m.reference_key, m.expected
                ),
                "",
            );
            if let Some(s) = series.iter_mut().find(|s| s.impl_key == m.impl_key) {
                s.error = Some("checksum mismatch".into());
                s.iter_secs.clear();
            }
        }
        all_ok &= !row.failed();
        out.extend(series);
    }
    (out, all_ok)
}

/// Writes every requested output file; `last` also writes the warm-up
/// chart and says what was written.
fn write_outputs(
    opts: &Opts,
    rep: &Report,
    warm: &[WarmupSeries],
    impls: &[Impl],
    last: bool,
) -> bool {
    let mut wrote = true;
    if let Some(p) = &opts.json {
        wrote &= write_file(p, &report::render_json(rep, warm), last);
    }
    if let Some(p) = &opts.markdown {
        wrote &= write_file(p, &report::render_markdown(rep), last);
    }
    if let Some(p) = &opts.svg {
        let chart = svg::speedup_chart(rep, "piepie vs CPython 3.11 and PyPy");
        wrote &= write_file(p, &chart, last);
    }
    if let (Some(p), true) = (&opts.warmup_svg, last) {
        let labels: Vec<(String, String)> = impls
            .iter()
            .map(|i| (i.key.clone(), i.label.clone()))
            .collect();
        let chart = svg::warmup_chart(warm, &labels, "Warm-up: time per iteration");
        wrote &= write_file(p, &chart, last);
    }
    wrote
}

fn write_file(path: &Path, text: &str, announce: bool) -> bool {
    match std::fs::write(path, text) {
        Ok(()) => {
            if announce {
                eprintln!("wrote {}", path.display());
            }
            true
        }
        Err(e) => {
            eprintln!("!!! could not write {}: {e}", path.display());
            false
        }
    }
}

/// `--load`: re-render (and combine) saved JSON results.
fn load_and_render(opts: &Opts) -> i32 {
    let mut parts = Vec::new();
    for p in &opts.load {
        let parsed = std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| piepie_benches::load::parse(&t))
            .and_then(|j| piepie_benches::load::report_from_json(&j));
        match parsed {
            Ok(x) => parts.push(x),
            Err(e) => {
                eprintln!("benches/run: cannot load {}: {e}", p.display());
                return 2;
            }
        }
    }
    let (rep, warm) = piepie_benches::load::combine(parts);
    print!("{}", report::render_text(&rep));
    let impls = rep.impls.clone();
    let wrote = write_outputs(opts, &rep, &warm, &impls, true);
    if rep.rows.iter().any(|r| r.failed()) || !wrote {
        1
    } else {
        0
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_opts(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("benches/run: {e}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    if !opts.load.is_empty() {
        std::process::exit(load_and_render(&opts));
    }
    let want = |k: &str| {
        opts.impls
            .as_ref()
            .map(|l| l.iter().any(|x| x == k))
            .unwrap_or(true)
    };
    let mut notes = Vec::new();
    let mut impls = Vec::new();

    // piepie, next to this runner in the same target directory.
    let piepie = opts.piepie.clone().unwrap_or_else(|| {
        std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join("piepie")))
            .unwrap_or_else(|| root().join("target/release/piepie"))
    });
    if want("piepie") || want("piepie-nojit") {
        if !piepie.exists() {
            eprintln!(
                "benches/run: no piepie binary at {} (build it with `cargo build --release`, or pass --piepie PATH)",
                piepie.display()
            );
            std::process::exit(2);
        }
        let p = piepie.to_string_lossy().into_owned();
        let version = command_output(&[&p, "--version"]).unwrap_or_default();
        if want("piepie") {
            impls.push(Impl {
                key: "piepie".into(),
                label: "piepie".into(),
                argv: vec![p.clone(), "--jit".into(), "on".into()],
                version: version.clone(),
            });
        }
        if want("piepie-nojit") {
            impls.push(Impl {
                key: "piepie-nojit".into(),
                label: "piepie --jit off".into(),
                argv: vec![p.clone(), "--jit".into(), "off".into()],
                version,
            });
        }
    }
    if want("cpython") {
        match resolve_python(&opts.python) {
            Ok((exe, label, version)) => {
                if !label.starts_with("CPython 3.11") {
                    notes.push(format!(
                        "the reference interpreter is {label}, not CPython 3.11 (pass --python to choose one)"
                    ));
                }
                impls.push(Impl {
                    key: "cpython".into(),
                    label,
                    argv: vec![exe],
                    version,
                });
            }
            Err(e) => {
                eprintln!("benches/run: cannot run {:?} ({e}); CPython is the reference, so it is required (pass --python CMD, or --impls without cpython)", opts.python);
                std::process::exit(2);
            }
        }
    }
    if want("pypy") && !opts.no_pypy {
        match resolve_python(&opts.pypy) {
            Ok((exe, label, version)) => impls.push(Impl {
                key: "pypy".into(),
                label,
                argv: vec![exe],
                version,
            }),
            Err(e) => {
                let n = format!(
                    "PyPy column left out: {:?} could not be run ({e}); install it with `apt-get install pypy3` or pass --pypy CMD",
                    opts.pypy
                );
                eprintln!("benches/run: {n}");
                notes.push(n);
            }
        }
    }
    if impls.is_empty() {
        eprintln!("benches/run: no implementation to run");
        std::process::exit(2);
    }
    for i in &impls {
        eprintln!("{:<18} {}  [{}]", i.label, i.argv.join(" "), i.version);
    }

    let mut programs = opts.programs.clone();
    if programs.is_empty() && !opts.warmup_only {
        let dir = root().join("benches").join("programs");
        programs = std::fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
                    .collect()
            })
            .unwrap_or_default();
        programs.sort();
    }
    for p in &programs {
        if !p.is_file() {
            eprintln!("benches/run: no such program file: {}", p.display());
            std::process::exit(2);
        }
    }
    if !opts.filters.is_empty() {
        programs.retain(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            opts.filters.iter().any(|f| n.contains(f.as_str()))
        });
    }
    if programs.is_empty() && !opts.warmup_only {
        eprintln!("benches/run: no programs selected");
        std::process::exit(2);
    }

    let cmdline = std::iter::once("benches/run".to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let mut rep = Report {
        impls: impls.clone(),
        rows: Vec::new(),
        meta: machine_meta(&cmdline, opts.reps, opts.warmup_run),
        notes,
        reps: opts.reps,
        warmup: opts.warmup_run,
    };
    for (k, v) in rep
        .impls
        .iter()
        .map(|i| (i.label.clone(), i.argv.join(" ")))
    {
        rep.meta.push((k, v));
    }
    let n = programs.len();
    for (i, p) in programs.iter().enumerate() {
        let row = bench_program(p, &impls, &opts, i + 1, n);
        rep.rows.push(row);
        // Keep the output files current, so an interrupted run still
        // leaves the programs measured so far (rewritten at the end).
        if i + 1 < n {
            write_outputs(&opts, &rep, &[], &impls, false);
        }
    }
    let mut ok = !rep.rows.iter().any(|r| r.failed());

    let mut warm = Vec::new();
    if opts.warmup_svg.is_some() {
        let (w, wok) = run_warmups(&impls, &opts);
        warm = w;
        ok &= wok;
    }

    if !rep.rows.is_empty() {
        println!();
        print!("{}", report::render_text(&rep));
    }
    let wrote = write_outputs(&opts, &rep, &warm, &impls, true);
    if !ok {
        eprintln!(
            "\n!!! some runs FAILED or printed a different checksum (see above); exit status 1"
        );
        std::process::exit(1);
    }
    if !wrote {
        std::process::exit(1);
    }
}
