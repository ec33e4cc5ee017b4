//! Assembly items: `global_asm!` defining functions (with `const` and `sym` operands, in Intel
//! and AT&T syntax), naked functions (exported, private, generic over a const), and the
//! instructions `std::arch` reaches through LLVM intrinsics that Cranelift lacks (`xgetbv`,
//! `rdtsc`).
use std::arch::{global_asm, naked_asm};

global_asm!(
    ".globl egret_test_add_const",
    "egret_test_add_const:",
    "    lea rax, [rdi + {k}]   // LLVM's assembler takes `//` comments",
    "    ret",
    k = const 1000,
);

global_asm!(
    ".globl egret_test_att_double",
    "egret_test_att_double:",
    "    leaq (%rdi,%rdi,1), %rax",
    "    ret",
    options(att_syntax),
);

global_asm!(
    ".globl egret_test_call_sym",
    "egret_test_call_sym:",
    "    push rbx",
    "    mov rbx, rdi",
    "    call {f}",
    "    add rax, rbx",
    "    pop rbx",
    "    ret",
    f = sym forty_two,
);

#[unsafe(no_mangle)]
extern "C" fn forty_two() -> u64 {
    42
}

unsafe extern "C" {
    fn egret_test_add_const(x: u64) -> u64;
    fn egret_test_att_double(x: u64) -> u64;
    fn egret_test_call_sym(x: u64) -> u64;
}

#[unsafe(naked)]
extern "C" fn naked_mul3(x: u64) -> u64 {
    naked_asm!("lea rax, [rdi + rdi*2]  // x * 3", "ret", ".ascii \"not // a comment\"")
}

#[unsafe(naked)]
#[unsafe(no_mangle)]
pub extern "C" fn egret_naked_exported(a: u64, b: u64) -> u64 {
    naked_asm!("mov rax, rdi", "sub rax, rsi", "ret")
}

#[unsafe(naked)]
extern "C" fn naked_shift<const N: u32>(x: u64) -> u64 {
    naked_asm!("mov rax, rdi", "shl rax, {n}", "ret", n = const N)
}

#[target_feature(enable = "xsave")]
fn os_saves_sse() -> bool {
    // XCR0 bit 1: the OS saves the SSE state. Any x86_64 Linux does.
    unsafe { std::arch::x86_64::_xgetbv(0) & 2 != 0 }
}

fn main() {
    unsafe {
        println!("add const: {}", egret_test_add_const(5));
        println!("att double: {}", egret_test_att_double(21));
        println!("call sym: {}", egret_test_call_sym(8));
    }
    println!("naked mul3: {}", naked_mul3(14));
    println!("naked exported: {}", egret_naked_exported(50, 8));
    println!("naked generic: {} {}", naked_shift::<3>(5), naked_shift::<10>(1));
    let f: extern "C" fn(u64) -> u64 = naked_mul3;
    println!("through a pointer: {}", f(7));
    if is_x86_feature_detected!("xsave") {
        println!("xgetbv sse: {}", unsafe { os_saves_sse() });
    } else {
        println!("xgetbv sse: true");
    }
    let t1 = unsafe { std::arch::x86_64::_rdtsc() };
    let t2 = unsafe { std::arch::x86_64::_rdtsc() };
    println!("rdtsc moves forward: {}", t2 >= t1 && t1 > 0);
}
