//! `_socket`: the system calls under `socket.py` (the `socket` class lives
//! in the subset, in `stdlib/socket.py`). Every function takes a raw file
//! descriptor. IPv4 stream and datagram sockets and AF_UNIX socket pairs.
//!
//! Timeouts follow CPython: a socket with a timeout is in non-blocking mode
//! at the OS level, and each operation waits with `poll` for at most the
//! timeout (`TimeoutError('timed out')`); timeout 0 raises BlockingIOError
//! at once; no timeout (None, passed as a negative number) blocks.

use crate::builtins::add_function;
use crate::native::oserr::{errno_error, last_error};
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};
use std::net::Ipv4Addr;

fn int_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<i64> {
    match a.pos.get(i).copied() {
        Some(v) => match vm.as_i64(v) {
            Some(n) => Ok(n),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
        None => Err(vm.type_error("_socket: missing argument")),
    }
}

/// Timeout argument: a float of seconds, or negative/None for blocking.
fn timeout_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<f64> {
    match a.pos.get(i).copied() {
        None => Ok(-1.0),
        Some(v) if v == vm.none => Ok(-1.0),
        Some(v) => Ok(vm.to_f64(v)?.unwrap_or(-1.0)),
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn timed_out(vm: &mut Vm) -> crate::vm::Exc {
    vm.exc(ExcKind::TimeoutError, "timed out")
}

/// Waits until `fd` is ready for `events`, at most `timeout` seconds
/// (negative: forever). Ok(false) on timeout.
fn wait_fd(vm: &mut Vm, fd: i32, events: libc::c_short, timeout: f64) -> PyResult<bool> {
    let deadline = if timeout >= 0.0 {
        Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(timeout))
    } else {
        None
    };
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(std::time::Instant::now());
                left.as_millis().min(i32::MAX as u128) as i32
                    + if left.subsec_micros() % 1000 > 0 {
                        1
                    } else {
                        0
                    }
            }
        };
        let mut p = libc::pollfd {
            fd,
            events,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let r = unsafe { libc::poll(&mut p, 1, ms) };
        if r < 0 {
            let e = errno();
            if e == libc::EINTR {
                crate::native::signal::run_pending(vm)?;
                continue;
            }
            return Err(errno_error(vm, e, None, None));
        }
        return Ok(r > 0);
    }
}

/// Runs `op` (a syscall returning -1 with errno on failure) with the
/// socket's timeout semantics.
fn with_timeout(
    vm: &mut Vm,
    fd: i32,
    events: libc::c_short,
    timeout: f64,
    mut op: impl FnMut() -> isize,
) -> PyResult<isize> {
    loop {
        let r = op();
        if r >= 0 {
            return Ok(r);
        }
        let e = errno();
        if e == libc::EINTR {
            crate::native::signal::run_pending(vm)?;
            continue;
        }
        if (e == libc::EAGAIN || e == libc::EWOULDBLOCK) && timeout != 0.0 {
            if !wait_fd(vm, fd, events, timeout)? {
                return Err(timed_out(vm));
            }
            continue;
        }
        return Err(errno_error(vm, e, None, None));
    }
}

fn parse_host(vm: &mut Vm, host: &str) -> PyResult<Ipv4Addr> {
    if host.is_empty() {
        return Ok(Ipv4Addr::UNSPECIFIED);
    }
    if host == "<broadcast>" {
        return Ok(Ipv4Addr::BROADCAST);
    }
    if let Ok(ip) = host.parse::<Ipv4Addr>() {
        return Ok(ip);
    }
    use std::net::ToSocketAddrs;
    if let Ok(addrs) = (host, 0u16).to_socket_addrs() {
        for a in addrs {
            if let std::net::SocketAddr::V4(v4) = a {
                return Ok(*v4.ip());
            }
        }
    }
    Err(vm.exc(
        ExcKind::OSError,
        "[Errno -2] Name or service not known".to_string(),
    ))
}

fn sockaddr_of(ip: Ipv4Addr, port: u16) -> libc::sockaddr_in {
    // SAFETY: sockaddr_in is plain data; all-zero is valid.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    sa.sin_family = libc::AF_INET as libc::sa_family_t;
    sa.sin_port = port.to_be();
    sa.sin_addr.s_addr = u32::from(ip).to_be();
    sa
}

/// Address argument `(host, port)` at positions i, i+1.
fn addr_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<libc::sockaddr_in> {
    let h = a.pos.get(i).copied().unwrap_or(vm.none);
    if !(h.is_ptr() && matches!(kind_of(h), ObjKind::Str(_))) {
        let t = vm.type_name(h);
        return Err(vm.type_error(format!("str, bytes or bytearray expected, not {t}")));
    }
    let host = crate::vm::str_of(h).to_string();
    let port = int_at(vm, a, i + 1)?;
    if !(0..=65535).contains(&port) {
        return Err(vm.exc(ExcKind::OverflowError, "bind(): port must be 0-65535."));
    }
    let ip = parse_host(vm, &host)?;
    Ok(sockaddr_of(ip, port as u16))
}

fn addr_tuple(vm: &mut Vm, sa: &libc::sockaddr_storage) -> Value {
    if sa.ss_family as i32 == libc::AF_INET {
        // SAFETY: the family says this storage holds a sockaddr_in.
        let sin: &libc::sockaddr_in = unsafe { &*(sa as *const _ as *const libc::sockaddr_in) };
        let ip = Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
        let h = vm.new_str(ip.to_string());
        let p = vm.new_int(u16::from_be(sin.sin_port) as i64);
        vm.new_tuple(vec![h, p])
    } else {
        vm.new_str("")
    }
}

fn s_socket(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let family = int_at(vm, &a, 0)? as i32;
    let ty = int_at(vm, &a, 1)? as i32;
    let proto = int_at(vm, &a, 2)? as i32;
    if family != libc::AF_INET && family != libc::AF_UNIX {
        return Err(vm.exc(
            ExcKind::NotImplementedError,
            format!("socket family {family} is not supported (AF_INET and AF_UNIX are)"),
        ));
    }
    // SAFETY: socket(2) takes plain integers.
    let fd = unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) };
    if fd < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_int(fd as i64))
}

fn s_socketpair(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ty = int_at(vm, &a, 0)? as i32;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: fds has room for the two descriptors.
    if unsafe { libc::socketpair(libc::AF_UNIX, ty | libc::SOCK_CLOEXEC, 0, fds.as_mut_ptr()) } < 0
    {
        return Err(last_error(vm, None));
    }
    let v = vec![vm.new_int(fds[0] as i64), vm.new_int(fds[1] as i64)];
    Ok(vm.new_tuple(v))
}

fn s_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    // SAFETY: closing a descriptor number the socket object owns.
    if unsafe { libc::close(fd) } < 0 {
        let e = errno();
        if e != libc::ECONNRESET {
            return Err(errno_error(vm, e, None, None));
        }
    }
    Ok(vm.none)
}

fn s_bind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let sa = addr_at(vm, &a, 1)?;
    // SAFETY: sa is a valid sockaddr_in of the given length.
    let r = unsafe {
        libc::bind(
            fd,
            &sa as *const _ as *const libc::sockaddr,
            std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.none)
}

fn s_listen(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let backlog = int_at(vm, &a, 1)?.max(0) as i32;
    // SAFETY: plain integers.
    if unsafe { libc::listen(fd, backlog) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.none)
}

fn s_accept(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let timeout = timeout_at(vm, &a, 1)?;
    // SAFETY: sockaddr_storage is plain data.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let nfd = with_timeout(vm, fd, libc::POLLIN, timeout, || {
        len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: ss and len are valid out-parameters.
        unsafe {
            libc::accept4(
                fd,
                &mut ss as *mut _ as *mut libc::sockaddr,
                &mut len,
                libc::SOCK_CLOEXEC,
            ) as isize
        }
    })?;
    let addr = addr_tuple(vm, &ss);
    let v = vec![vm.new_int(nfd as i64), addr];
    Ok(vm.new_tuple(v))
}

fn so_error(fd: i32) -> i32 {
    let mut err: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: err/len are valid out-parameters of the right size.
    unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_ERROR,
            &mut err as *mut _ as *mut libc::c_void,
            &mut len,
        )
    };
    err
}

/// connect(fd, host, port, timeout, ex): with `ex` true returns the errno
/// (connect_ex) instead of raising.
fn s_connect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let sa = addr_at(vm, &a, 1)?;
    let timeout = timeout_at(vm, &a, 3)?;
    let ex = match a.pos.get(4) {
        Some(&v) => vm.is_true(v)?,
        None => false,
    };
    let fail = |vm: &mut Vm, e: i32| -> PyResult<Value> {
        if ex {
            Ok(vm.new_int(e as i64))
        } else {
            Err(errno_error(vm, e, None, None))
        }
    };
    loop {
        // SAFETY: sa is a valid sockaddr_in of the given length.
        let r = unsafe {
            libc::connect(
                fd,
                &sa as *const _ as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            )
        };
        if r == 0 {
            return Ok(if ex { Value::small(0) } else { vm.none });
        }
        let e = errno();
        if e == libc::EINTR {
            crate::native::signal::run_pending(vm)?;
            continue;
        }
        if e == libc::EINPROGRESS && timeout != 0.0 {
            if !wait_fd(vm, fd, libc::POLLOUT, timeout)? {
                if ex {
                    return Ok(vm.new_int(libc::EWOULDBLOCK as i64));
                }
                return Err(timed_out(vm));
            }
            let se = so_error(fd);
            if se == 0 {
                return Ok(if ex { Value::small(0) } else { vm.none });
            }
            return fail(vm, se);
        }
        return fail(vm, e);
    }
}

fn s_recv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let n = int_at(vm, &a, 1)?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recv"));
    }
    let flags = int_at(vm, &a, 2)? as i32;
    let timeout = timeout_at(vm, &a, 3)?;
    let mut buf = vec![0u8; n as usize];
    let got = with_timeout(vm, fd, libc::POLLIN, timeout, || {
        // SAFETY: buf has n writable bytes.
        unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags) }
    })?;
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

/// recv_into(fd, bytearray, nbytes, flags, timeout) -> count.
fn s_recv_into(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let target = a.pos.get(1).copied().unwrap_or(vm.none);
    let cap = match kind_of(target) {
        ObjKind::ByteArray(b) if target.is_ptr() => b.len(),
        _ => {
            let t = vm.type_name(target);
            return Err(vm.type_error(format!(
                "recv_into() argument 'buffer' must be read-write bytes-like object, not {t}"
            )));
        }
    };
    let mut n = int_at(vm, &a, 2)?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recv_into"));
    }
    if n == 0 {
        n = cap as i64;
    }
    if n as usize > cap {
        return Err(vm.value_error("buffer too small for requested bytes"));
    }
    let flags = int_at(vm, &a, 3)? as i32;
    let timeout = timeout_at(vm, &a, 4)?;
    let mut tmp = vec![0u8; n as usize];
    let got = with_timeout(vm, fd, libc::POLLIN, timeout, || {
        // SAFETY: tmp has n writable bytes.
        unsafe { libc::recv(fd, tmp.as_mut_ptr() as *mut libc::c_void, tmp.len(), flags) }
    })? as usize;
    if let ObjKind::ByteArray(b) = &mut target.obj_mut().kind {
        let end = got.min(b.len());
        b[..end].copy_from_slice(&tmp[..end]);
    }
    Ok(vm.new_int(got as i64))
}

fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match kind_of(v) {
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) if v.is_ptr() => Ok(b.clone()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn send_once(vm: &mut Vm, fd: i32, data: &[u8], flags: i32, timeout: f64) -> PyResult<usize> {
    let r = with_timeout(vm, fd, libc::POLLOUT, timeout, || {
        // SAFETY: data is a valid readable slice; MSG_NOSIGNAL turns SIGPIPE into EPIPE.
        unsafe {
            libc::send(
                fd,
                data.as_ptr() as *const libc::c_void,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        }
    })?;
    Ok(r as usize)
}

fn s_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let data = bytes_arg(vm, a.pos.get(1).copied().unwrap_or(vm.none))?;
    let flags = int_at(vm, &a, 2)? as i32;
    let timeout = timeout_at(vm, &a, 3)?;
    let n = send_once(vm, fd, &data, flags, timeout)?;
    Ok(vm.new_int(n as i64))
}

/// sendto(fd, data, flags, host, port, timeout) -> count (datagrams).
fn s_sendto(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let data = bytes_arg(vm, a.pos.get(1).copied().unwrap_or(vm.none))?;
    let flags = int_at(vm, &a, 2)? as i32;
    let sa = addr_at(vm, &a, 3)?;
    let timeout = timeout_at(vm, &a, 5)?;
    let r = with_timeout(vm, fd, libc::POLLOUT, timeout, || {
        // SAFETY: data is a readable slice and sa a valid sockaddr_in.
        unsafe {
            libc::sendto(
                fd,
                data.as_ptr() as *const libc::c_void,
                data.len(),
                flags | libc::MSG_NOSIGNAL,
                &sa as *const _ as *const libc::sockaddr,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            )
        }
    })?;
    Ok(vm.new_int(r as i64))
}

/// recvfrom(fd, n, flags, timeout) -> (bytes, (host, port)).
fn s_recvfrom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let n = int_at(vm, &a, 1)?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recvfrom"));
    }
    let flags = int_at(vm, &a, 2)? as i32;
    let timeout = timeout_at(vm, &a, 3)?;
    let mut buf = vec![0u8; n as usize];
    // SAFETY: sockaddr_storage is plain data.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let got = with_timeout(vm, fd, libc::POLLIN, timeout, || {
        len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: buf has n writable bytes; ss/len are valid out-parameters.
        unsafe {
            libc::recvfrom(
                fd,
                buf.as_mut_ptr() as *mut libc::c_void,
                buf.len(),
                flags,
                &mut ss as *mut _ as *mut libc::sockaddr,
                &mut len,
            )
        }
    })?;
    buf.truncate(got as usize);
    let data = vm.new_bytes(buf);
    let addr = addr_tuple(vm, &ss);
    Ok(vm.new_tuple(vec![data, addr]))
}

fn s_sendall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let data = bytes_arg(vm, a.pos.get(1).copied().unwrap_or(vm.none))?;
    let flags = int_at(vm, &a, 2)? as i32;
    let timeout = timeout_at(vm, &a, 3)?;
    let mut off = 0;
    while off < data.len() {
        off += send_once(vm, fd, &data[off..], flags, timeout)?;
    }
    Ok(vm.none)
}

fn s_shutdown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let how = int_at(vm, &a, 1)? as i32;
    // SAFETY: plain integers.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.none)
}

fn s_setsockopt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let level = int_at(vm, &a, 1)? as i32;
    let opt = int_at(vm, &a, 2)? as i32;
    let v = a.pos.get(3).copied().unwrap_or(vm.none);
    let r = if let Some(n) = vm.as_i64(v) {
        let n = n as libc::c_int;
        // SAFETY: pointer and length describe one c_int.
        unsafe {
            libc::setsockopt(
                fd,
                level,
                opt,
                &n as *const _ as *const libc::c_void,
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        }
    } else {
        let b = bytes_arg(vm, v)?;
        // SAFETY: pointer and length describe the byte buffer.
        unsafe {
            libc::setsockopt(
                fd,
                level,
                opt,
                b.as_ptr() as *const libc::c_void,
                b.len() as libc::socklen_t,
            )
        }
    };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.none)
}

fn s_getsockopt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let level = int_at(vm, &a, 1)? as i32;
    let opt = int_at(vm, &a, 2)? as i32;
    let mut n: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: n/len are valid out-parameters of the right size.
    let r = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            &mut n as *mut _ as *mut libc::c_void,
            &mut len,
        )
    };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_int(n as i64))
}

fn name_of(vm: &mut Vm, a: Args, peer: bool) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    // SAFETY: sockaddr_storage is plain data.
    let mut ss: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let p = &mut ss as *mut _ as *mut libc::sockaddr;
    // SAFETY: ss/len are valid out-parameters.
    let r = unsafe {
        if peer {
            libc::getpeername(fd, p, &mut len)
        } else {
            libc::getsockname(fd, p, &mut len)
        }
    };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(addr_tuple(vm, &ss))
}

fn s_getsockname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    name_of(vm, a, false)
}

fn s_getpeername(vm: &mut Vm, a: Args) -> PyResult<Value> {
    name_of(vm, a, true)
}

/// set_nonblocking(fd, flag): the OS-level O_NONBLOCK flag.
fn s_set_nonblocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)? as i32;
    let on = match a.pos.get(1) {
        Some(&v) => vm.is_true(v)?,
        None => true,
    };
    // SAFETY: fcntl with F_GETFL/F_SETFL on an integer descriptor.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl < 0 {
            return Err(last_error(vm, None));
        }
        let nf = if on {
            fl | libc::O_NONBLOCK
        } else {
            fl & !libc::O_NONBLOCK
        };
        if libc::fcntl(fd, libc::F_SETFL, nf) < 0 {
            return Err(last_error(vm, None));
        }
    }
    Ok(vm.none)
}

fn s_gethostname(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: buf has 256 writable bytes.
    if unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) } < 0 {
        return Err(last_error(vm, None));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Ok(vm.new_str(String::from_utf8_lossy(&buf[..end]).to_string()))
}

fn s_gethostbyname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = a.pos.first().copied().unwrap_or(vm.none);
    let host = crate::vm::str_of(h).to_string();
    let ip = parse_host(vm, &host)?;
    Ok(vm.new_str(ip.to_string()))
}

/// `find(data, sub)`: the index of `sub` in bytes `data`, or -1 (used by
/// socket.py's line reader).
fn s_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = bytes_arg(vm, a.pos.first().copied().unwrap_or(vm.none))?;
    let sub = bytes_arg(vm, a.pos.get(1).copied().unwrap_or(vm.none))?;
    let i = if sub.is_empty() {
        Some(0)
    } else {
        data.windows(sub.len()).position(|w| w == sub.as_slice())
    };
    Ok(vm.new_int(i.map(|i| i as i64).unwrap_or(-1)))
}

/// `select.select(rlist, wlist, xlist[, timeout])` over ints and objects
/// with `fileno()`, implemented with poll(2).
fn select_select(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 3 {
        return Err(vm.type_error(format!(
            "select expected at least 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let timeout = match a.pos.get(3).copied() {
        None => -1.0,
        Some(v) if v == vm.none => -1.0,
        Some(v) => match vm.to_f64(v)? {
            Some(t) if t < 0.0 => return Err(vm.value_error("timeout must be non-negative")),
            Some(t) => t,
            None => {
                return Err(vm.type_error("timeout must be a float or None"));
            }
        },
    };
    let mut lists: Vec<Vec<(Value, i32)>> = Vec::new();
    for &l in &a.pos[..3] {
        let items = match vm.iterate(l) {
            Ok(i) => i,
            Err(_) => {
                return Err(vm.type_error("arguments 1-3 must be sequences"));
            }
        };
        let mut out = Vec::new();
        for it in items {
            let fd = match vm.as_i64(it) {
                Some(n) => n,
                None => {
                    let k = vm.intern_static("fileno");
                    let Some(m) = vm.getattr_opt(it, k)? else {
                        return Err(
                            vm.type_error("argument must be an int, or have a fileno() method.")
                        );
                    };
                    let r = vm.call(m, &[])?;
                    match vm.as_i64(r) {
                        Some(n) => n,
                        None => {
                            return Err(vm.type_error("fileno() returned a non-integer"));
                        }
                    }
                }
            };
            if fd < 0 {
                return Err(vm.value_error(format!(
                    "file descriptor cannot be a negative integer ({fd})"
                )));
            }
            out.push((it, fd as i32));
        }
        lists.push(out);
    }
    let mut pfds: Vec<libc::pollfd> = Vec::new();
    let evs = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    for (k, l) in lists.iter().enumerate() {
        for &(_, fd) in l {
            pfds.push(libc::pollfd {
                fd,
                events: evs[k],
                revents: 0,
            });
        }
    }
    let deadline = if timeout >= 0.0 {
        Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(timeout))
    } else {
        None
    };
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(std::time::Instant::now());
                (left.as_micros().div_ceil(1000)).min(i32::MAX as u128) as i32
            }
        };
        // SAFETY: pfds is a valid array of pfds.len() pollfds.
        let r = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, ms) };
        if r < 0 {
            let e = errno();
            if e == libc::EINTR {
                crate::native::signal::run_pending(vm)?;
                continue;
            }
            return Err(errno_error(vm, e, None, None));
        }
        break;
    }
    let mut results = Vec::new();
    let mut i = 0;
    for (k, l) in lists.iter().enumerate() {
        let mut out = Vec::new();
        for &(v, _) in l {
            let re = pfds[i].revents;
            i += 1;
            if re & libc::POLLNVAL != 0 {
                return Err(errno_error(vm, libc::EBADF, None, None));
            }
            let ready = match k {
                0 => re & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
                1 => re & (libc::POLLOUT | libc::POLLERR | libc::POLLHUP) != 0,
                _ => re & libc::POLLPRI != 0,
            };
            if ready {
                out.push(v);
            }
        }
        results.push(vm.new_list(out));
    }
    Ok(vm.new_tuple(results))
}

pub fn create_select(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("select");
    let d = vm.module_dict(m);
    add_function(vm, d, "select", select_select);
    let k = vm.intern_static("error");
    let e = vm.exc_type(ExcKind::OSError);
    vm.dict_set(d, k, e)?;
    Ok(m)
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_socket");
    let d = vm.module_dict(m);
    for (n, f) in [
        ("socket", s_socket as crate::object::BuiltinFn),
        ("socketpair", s_socketpair),
        ("close", s_close),
        ("bind", s_bind),
        ("listen", s_listen),
        ("accept", s_accept),
        ("connect", s_connect),
        ("recv", s_recv),
        ("recv_into", s_recv_into),
        ("send", s_send),
        ("sendall", s_sendall),
        ("sendto", s_sendto),
        ("recvfrom", s_recvfrom),
        ("shutdown", s_shutdown),
        ("setsockopt", s_setsockopt),
        ("getsockopt", s_getsockopt),
        ("getsockname", s_getsockname),
        ("getpeername", s_getpeername),
        ("set_nonblocking", s_set_nonblocking),
        ("gethostname", s_gethostname),
        ("gethostbyname", s_gethostbyname),
        ("find", s_find),
    ] {
        add_function(vm, d, n, f);
    }
    for (n, v) in [
        ("AF_INET", libc::AF_INET),
        ("AF_INET6", libc::AF_INET6),
        ("AF_UNIX", libc::AF_UNIX),
        ("SOCK_STREAM", libc::SOCK_STREAM),
        ("SOCK_DGRAM", libc::SOCK_DGRAM),
        ("SOL_SOCKET", libc::SOL_SOCKET),
        ("SO_REUSEADDR", libc::SO_REUSEADDR),
        ("SO_REUSEPORT", libc::SO_REUSEPORT),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
        ("SO_ERROR", libc::SO_ERROR),
        ("SO_RCVBUF", libc::SO_RCVBUF),
        ("SO_SNDBUF", libc::SO_SNDBUF),
        ("SO_TYPE", libc::SO_TYPE),
        ("IPPROTO_TCP", libc::IPPROTO_TCP),
        ("IPPROTO_UDP", libc::IPPROTO_UDP),
        ("TCP_NODELAY", libc::TCP_NODELAY),
        ("SHUT_RD", libc::SHUT_RD),
        ("SHUT_WR", libc::SHUT_WR),
        ("SHUT_RDWR", libc::SHUT_RDWR),
        ("MSG_PEEK", libc::MSG_PEEK),
        ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
        ("SOMAXCONN", libc::SOMAXCONN),
    ] {
        let k = vm.intern(n);
        let v = vm.new_int(v as i64);
        vm.dict_set(d, k, v)?;
    }
    Ok(m)
}
