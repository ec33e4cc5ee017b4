//! `asm!` with real instructions: class and explicit registers, `inout`/`lateout`, a raw
//! `write` system call, `cpuid` (which writes rbx, a callee-saved register), SSE registers,
//! `const` operands, AT&T syntax, and `clobber_abi`.
use std::arch::asm;

fn add_mul(a: u64, b: u64) -> (u64, u64) {
    let sum: u64;
    let mut product = a;
    unsafe {
        asm!("mov {s}, {a}", "add {s}, {b}", "imul {p}, {b}", a = in(reg) a, b = in(reg) b, s = out(reg) sum, p = inout(reg) product);
    }
    (sum, product)
}

fn write_stdout(bytes: &[u8]) -> isize {
    let ret: isize;
    unsafe {
        asm!("syscall", inlateout("rax") 1isize => ret, in("rdi") 1, in("rsi") bytes.as_ptr(), in("rdx") bytes.len(),
             lateout("rcx") _, lateout("r11") _, options(nostack));
    }
    ret
}

fn cpuid_vendor_is_nonempty() -> bool {
    let (ebx, ecx, edx): (u32, u32, u32);
    unsafe {
        asm!("mov {tmp:r}, rbx", "cpuid", "xchg {tmp:r}, rbx", tmp = out(reg) ebx, inout("eax") 0u32 => _, out("ecx") ecx, out("edx") edx);
    }
    ebx != 0 || ecx != 0 || edx != 0
}

fn shift_const(x: u32) -> u32 {
    let out: u32;
    unsafe { asm!("mov {o:e}, {x:e}", "shl {o:e}, {n}", x = in(reg) x, o = out(reg) out, n = const 3) };
    out
}

fn att_sub(a: i64, b: i64) -> i64 {
    let mut r = a;
    unsafe { asm!("subq {1}, {0}", inout(reg) r, in(reg) b, options(att_syntax)) };
    r
}

fn sse_add(a: f64, b: f64) -> f64 {
    let mut r = a;
    unsafe { asm!("addsd {0}, {1}", inout(xmm_reg) r, in(xmm_reg) b) };
    r
}

fn with_clobbers(x: u64) -> u64 {
    let out: u64;
    unsafe { asm!("lea rax, [{x} + {x}*2]", x = in(reg) x, lateout("rax") out, clobber_abi("C")) };
    out
}

fn main() {
    println!("{:?}", add_mul(std::hint::black_box(6), 7));
    let n = write_stdout(b"written by a syscall\n");
    println!("wrote {n} bytes");
    println!("cpuid answered: {}", cpuid_vendor_is_nonempty());
    println!("{} {} {} {}", shift_const(5), att_sub(10, 3), sse_add(1.25, 2.5), with_clobbers(14));
}
