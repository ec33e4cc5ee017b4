//! Trait objects with several methods: &dyn and Box<dyn>, vtables of different impls, dyn in collections, drop through vtable, size_of_val.
use std::fmt::Debug;
use std::hint::black_box;

trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32;
    fn speak(&self) -> String {
        format!("{} makes a sound", self.name())
    }
    fn rename(&mut self, n: &str);
    fn weight(&self) -> f64;
}

struct Dog {
    name: String,
    kg: f64,
}
struct Bird {
    name: String,
    can_fly: bool,
}
struct Snake;

impl Animal for Dog {
    fn name(&self) -> String {
        self.name.clone()
    }
    fn legs(&self) -> u32 {
        4
    }
    fn speak(&self) -> String {
        format!("{} says woof", self.name)
    }
    fn rename(&mut self, n: &str) {
        self.name = n.to_string();
    }
    fn weight(&self) -> f64 {
        self.kg
    }
}
impl Animal for Bird {
    fn name(&self) -> String {
        format!("bird {}", self.name)
    }
    fn legs(&self) -> u32 {
        2
    }
    fn speak(&self) -> String {
        if self.can_fly { "tweet (flying)".into() } else { "tweet".into() }
    }
    fn rename(&mut self, n: &str) {
        self.name = n.to_uppercase();
    }
    fn weight(&self) -> f64 {
        0.25
    }
}
impl Animal for Snake {
    fn name(&self) -> String {
        "snake".into()
    }
    fn legs(&self) -> u32 {
        0
    }
    fn rename(&mut self, _n: &str) {}
    fn weight(&self) -> f64 {
        1.5
    }
}
impl Drop for Dog {
    fn drop(&mut self) {
        println!("drop dog {}", self.name);
    }
}

fn report(a: &dyn Animal) -> String {
    format!("{} | legs={} | {} | {:.2}kg", a.name(), a.legs(), a.speak(), a.weight())
}

fn heaviest(zoo: &[Box<dyn Animal>]) -> &dyn Animal {
    let mut best = &zoo[0];
    for a in zoo {
        if a.weight() > best.weight() {
            best = a;
        }
    }
    best.as_ref()
}

fn make(kind: u8) -> Box<dyn Animal> {
    match kind {
        0 => Box::new(Dog { name: "rex".into(), kg: 30.5 }),
        1 => Box::new(Bird { name: "tweety".into(), can_fly: true }),
        _ => Box::new(Snake),
    }
}

fn debug_all(items: &[&dyn Debug]) -> String {
    items.iter().map(|d| format!("{:?}", d)).collect::<Vec<_>>().join(" ")
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = (0..3u8).map(|k| make(black_box(k))).collect();
    zoo.push(Box::new(Dog { name: "fido".into(), kg: black_box(8.0) }));
    zoo.push(Box::new(Bird { name: "pingu".into(), can_fly: false }));
    for a in &zoo {
        println!("{}", report(a.as_ref()));
    }
    println!("heaviest: {}", heaviest(&zoo).name());
    let total_legs: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("total legs {}", total_legs);
    for (i, a) in zoo.iter_mut().enumerate() {
        a.rename(&format!("n{}", i));
    }
    println!("renamed: {:?}", zoo.iter().map(|a| a.name()).collect::<Vec<_>>());
    let d = Dog { name: "stack".into(), kg: 1.0 };
    let r: &dyn Animal = &d;
    println!("size_of_val dog via dyn = {} (String+f64)", std::mem::size_of_val(r));
    println!("size of &dyn = {} Box<dyn> = {}", std::mem::size_of::<&dyn Animal>(), std::mem::size_of::<Box<dyn Animal>>());
    println!("{}", debug_all(&[&1u8, &"two", &3.0f32, &Some('4'), &[5, 6]]));
    println!("removing index 0");
    let removed = zoo.remove(0);
    println!("removed {}", removed.name());
    drop(removed);
    println!("truncating to 2");
    zoo.truncate(2);
    println!("end of main, {} left", zoo.len());
}
