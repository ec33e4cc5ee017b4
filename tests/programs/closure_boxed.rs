//! Boxed closures and closures returning closures: Box<dyn Fn>, currying, function factories, closures in HashMap/BTreeMap dispatch tables.
use std::collections::BTreeMap;
use std::hint::black_box;

fn make_op(kind: &str) -> Box<dyn Fn(f64, f64) -> f64> {
    match kind {
        "add" => Box::new(|a, b| a + b),
        "sub" => Box::new(|a, b| a - b),
        "mul" => Box::new(|a, b| a * b),
        "div" => Box::new(|a, b| if b == 0.0 { f64::NAN } else { a / b }),
        other => {
            let msg = other.to_string();
            Box::new(move |_, _| msg.len() as f64 * -1.0)
        }
    }
}

fn curry(a: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |b| Box::new(move |c| a * 100 + b * 10 + c)
}

fn compose_all(fs: Vec<Box<dyn Fn(i64) -> i64>>) -> Box<dyn Fn(i64) -> i64> {
    fs.into_iter().fold(Box::new(|x| x), |acc, f| Box::new(move |x| f(acc(x))))
}

fn multiplier_factory() -> Vec<Box<dyn Fn(u32) -> u32>> {
    (1..=4u32).map(|k| Box::new(move |x| x * k) as Box<dyn Fn(u32) -> u32>).collect()
}

fn main() {
    for k in black_box(["add", "sub", "mul", "div", "mod"]) {
        let op = make_op(k);
        println!("{} 7,2 -> {} ; 1,0 -> {}", k, op(7.0, 2.0), op(1.0, 0.0));
    }
    let c = curry(black_box(1));
    let c2 = c(2);
    println!("curry: {} {} {}", c2(3), c(9)(9), curry(4)(0)(7));
    let pipeline = compose_all(vec![Box::new(|x| x + 1), Box::new(|x| x * 10), Box::new(|x| x - 3), Box::new(move |x| x * x)]);
    println!("pipeline(4) = {}", pipeline(black_box(4)));
    let ms = multiplier_factory();
    println!("factory: {:?}", ms.iter().map(|m| m(black_box(5))).collect::<Vec<_>>());
    let mut table: BTreeMap<&str, Box<dyn Fn(&[i32]) -> i32>> = BTreeMap::new();
    table.insert("sum", Box::new(|xs| xs.iter().sum()));
    table.insert("max", Box::new(|xs| *xs.iter().max().unwrap_or(&0)));
    table.insert("len", Box::new(|xs| xs.len() as i32));
    let bias = black_box(1000);
    table.insert("biased", Box::new(move |xs| xs.iter().sum::<i32>() + bias));
    let data = black_box([4, -2, 9, 1]);
    for (name, f) in &table {
        println!("{} -> {}", name, f(&data));
    }
    // closure returning closure that captures the returned closure's environment
    let counter_factory = |start: u32| {
        let mut n = start;
        move || {
            n += 1;
            n
        }
    };
    let mut c1 = counter_factory(black_box(10));
    let mut c2 = counter_factory(100);
    println!("counters: {} {} {} {}", c1(), c1(), c2(), c1());
    // Box<dyn FnMut> in a struct
    struct Machine {
        step: Box<dyn FnMut(i32) -> i32>,
    }
    let mut total = 0;
    let mut m = Machine {
        step: Box::new(move |x| {
            total += x;
            total
        }),
    };
    println!("machine: {} {} {}", (m.step)(1), (m.step)(2), (m.step)(3));
    // Rc<dyn Fn> shared
    let shared: std::rc::Rc<dyn Fn(&str) -> String> = std::rc::Rc::new(|s| format!("<<{}>>", s));
    let s2 = shared.clone();
    println!("{} {} rc={}", shared("a"), s2("b"), std::rc::Rc::strong_count(&shared));
    // recursive closure via fn pointer helper
    fn fix(f: &dyn Fn(&dyn Fn(u64) -> u64, u64) -> u64, n: u64) -> u64 {
        f(&|k| fix(f, k), n)
    }
    let fact = |rec: &dyn Fn(u64) -> u64, n: u64| if n <= 1 { 1 } else { n * rec(n - 1) };
    println!("fix fact(20) = {}", fix(&fact, black_box(20)));
}
