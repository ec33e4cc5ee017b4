//! Panics crossing generic functions, trait objects, `Box<dyn FnOnce>` and function pointers,
//! with the stack of droppers in between cleaned up.
use std::panic;

struct Guard(String);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {}", self.0);
    }
}

trait Shape {
    fn area(&self) -> f64;
}
struct Bad;
impl Shape for Bad {
    fn area(&self) -> f64 {
        let _g = Guard("in Bad::area".into());
        panic!("no area for Bad")
    }
}

fn generic_sum<T: Shape + ?Sized>(items: &[&T]) -> f64 {
    let _g = Guard(format!("generic_sum over {}", items.len()));
    items.iter().map(|s| s.area()).sum()
}

fn through_pointer(f: fn(u32) -> u32, x: u32) -> u32 {
    let _g = Guard("through_pointer".into());
    f(x)
}

fn explode(x: u32) -> u32 {
    if std::hint::black_box(x) == 7 { panic!("seven") } else { x }
}

fn main() {
    panic::set_hook(Box::new(|info| println!("hook: {}", info.payload().downcast_ref::<&str>().unwrap_or(&"?"))));
    let bad: &dyn Shape = &Bad;
    println!("{:?}", panic::catch_unwind(panic::AssertUnwindSafe(|| generic_sum::<dyn Shape>(&[bad, bad]))).is_err());
    let boxed: Box<dyn FnOnce() -> u32 + Send> = Box::new(|| {
        let _g = Guard("boxed closure".into());
        through_pointer(explode, 7)
    });
    println!("{:?}", panic::catch_unwind(panic::AssertUnwindSafe(boxed)).is_err());
    println!("{:?}", panic::catch_unwind(|| through_pointer(explode, 3)));
}
