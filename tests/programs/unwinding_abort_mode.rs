//@ compile-flags: -Cpanic=abort
//! With `-Cpanic=abort`, a panic runs the hook and aborts without running destructors, and
//! `catch_unwind` catches nothing.
struct Never(&'static str);
impl Drop for Never {
    fn drop(&mut self) {
        println!("dropped {} (should not happen)", self.0);
    }
}

fn main() {
    let _n = Never("local");
    println!("before");
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    let r = std::panic::catch_unwind(|| {
        if std::hint::black_box(true) {
            panic!("aborting panic");
        }
    });
    println!("after {:?}", r.is_ok());
}
