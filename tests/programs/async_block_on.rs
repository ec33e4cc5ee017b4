//! async/await state machines driven by a tiny block_on with Waker::noop: async fns, nested awaits, a yielding future, join of several futures, captures and drops across awaits.
use std::future::Future;
use std::hint::black_box;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

fn block_on<F: Future>(fut: F) -> (F::Output, u32) {
    let mut fut = std::pin::pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return (v, polls);
        }
    }
}

struct YieldN {
    left: u32,
}
impl Future for YieldN {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.left == 0 {
            Poll::Ready(7)
        } else {
            self.left -= 1;
            Poll::Pending
        }
    }
}

fn yield_n(n: u32) -> YieldN {
    YieldN { left: n }
}

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

async fn add(a: u64, b: u64) -> u64 {
    yield_n(1).await;
    a + b
}

async fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let c = add(a, b).await;
        a = b;
        b = c;
    }
    a
}

async fn with_locals(name: &str) -> String {
    let guard = Noisy("guard-in-async");
    let mut s = String::from(name);
    let big = [black_box(3u64); 16];
    let k = yield_n(2).await;
    s.push_str(&format!("-{}", k));
    let total: u64 = big.iter().sum();
    let _ = &guard;
    format!("{} total={}", s, total)
}

fn boxed_recursive(n: u32) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move {
        if n == 0 {
            1
        } else {
            let sub = boxed_recursive(n - 1).await;
            yield_n(1).await;
            sub * 2 + n as u64
        }
    })
}

struct Join2<A: Future, B: Future> {
    a: Pin<Box<A>>,
    b: Pin<Box<B>>,
    ra: Option<A::Output>,
    rb: Option<B::Output>,
}
impl<A: Future, B: Future> Future for Join2<A, B>
where
    A::Output: Unpin,
    B::Output: Unpin,
{
    type Output = (A::Output, B::Output);
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        if this.ra.is_none() {
            if let Poll::Ready(v) = this.a.as_mut().poll(cx) {
                this.ra = Some(v);
            }
        }
        if this.rb.is_none() {
            if let Poll::Ready(v) = this.b.as_mut().poll(cx) {
                this.rb = Some(v);
            }
        }
        if this.ra.is_some() && this.rb.is_some() {
            Poll::Ready((this.ra.take().unwrap(), this.rb.take().unwrap()))
        } else {
            Poll::Pending
        }
    }
}

fn main() {
    let (v, polls) = block_on(add(black_box(2), 3));
    println!("add -> {} in {} polls", v, polls);
    let (v, polls) = block_on(fib(black_box(50)));
    println!("fib(50) -> {} in {} polls", v, polls);
    println!("with_locals:");
    let (s, polls) = block_on(with_locals(black_box("name")));
    println!("with_locals -> {} in {} polls", s, polls);
    let (r, polls) = block_on(boxed_recursive(black_box(10)));
    println!("boxed_recursive -> {} in {} polls", r, polls);
    let j = Join2 { a: Box::pin(fib(10)), b: Box::pin(async { yield_n(5).await * 3 }), ra: None, rb: None };
    let ((x, y), polls) = block_on(j);
    println!("join -> ({}, {}) in {} polls", x, y, polls);
    // closures producing futures, captured state moved into async blocks
    let base = black_box(100u64);
    let make = |k: u64| async move { add(base, k).await * 2 };
    let mut results = Vec::new();
    for k in 0..4 {
        results.push(block_on(make(k)).0);
    }
    println!("async closures {:?}", results);
    // dropping an unfinished future runs destructors of live locals
    println!("drop unfinished:");
    {
        let mut fut = Box::pin(with_locals("never"));
        let mut cx = Context::from_waker(Waker::noop());
        let first = fut.as_mut().poll(&mut cx);
        println!("  first poll pending: {}", first.is_pending());
    }
    println!("after drop");
    println!("future sizes nonzero: {}", std::mem::size_of_val(&fib(3)) > 0);
}
