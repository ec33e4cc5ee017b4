//! Foreign statics with `#[linkage = "extern_weak"]`, as std binds newer libc functions: the
//! static holds the symbol's address, which is null when no library defines it, and a present
//! function is callable through it.
#![feature(linkage)]

unsafe extern "C" {
    #[linkage = "extern_weak"]
    static getpid: Option<unsafe extern "C" fn() -> i32>;
    #[linkage = "extern_weak"]
    static egret_no_library_defines_this: Option<unsafe extern "C" fn() -> i32>;
    #[linkage = "extern_weak"]
    static strlen: Option<unsafe extern "C" fn(*const u8) -> usize>;
}

fn main() {
    let found = unsafe { getpid };
    let missing = unsafe { egret_no_library_defines_this };
    println!("getpid present: {}", found.is_some());
    println!("missing present: {}", missing.is_some());
    if let Some(f) = found {
        println!("getpid agrees with std: {}", unsafe { f() } as u32 == std::process::id());
    }
    if let Some(f) = unsafe { strlen } {
        println!("strlen: {}", unsafe { f(c"weakly bound".as_ptr().cast()) });
    }
    // std's own weak bindings (the gettid syscall wrapper among them) run at startup.
    let handle = std::thread::spawn(|| 7);
    println!("thread: {}", handle.join().unwrap());
}
