//! std::any::type_name, TypeId comparisons, Any downcasting (downcast_ref, Box<dyn Any>::downcast), type_name_of_val.
use std::any::{type_name, type_name_of_val, Any, TypeId};
use std::collections::BTreeMap;
use std::hint::black_box;

struct Meters(f64);
#[allow(dead_code)]
enum Choice<T> {
    Yes(T),
    No,
}

fn name_of<T: ?Sized>() -> &'static str {
    type_name::<T>()
}

fn same_type<A: 'static, B: 'static>() -> bool {
    TypeId::of::<A>() == TypeId::of::<B>()
}

fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(s) = v.downcast_ref::<&str>() {
        format!("&str {:?}", s)
    } else if let Some(m) = v.downcast_ref::<Meters>() {
        format!("Meters {}", m.0)
    } else if let Some(v) = v.downcast_ref::<Vec<u8>>() {
        format!("Vec<u8> len {}", v.len())
    } else {
        "unknown".to_string()
    }
}

fn main() {
    println!("{}", name_of::<i32>());
    println!("{}", name_of::<Option<String>>());
    println!("{}", name_of::<Meters>());
    println!("{}", name_of::<Choice<Vec<(u8, char)>>>());
    println!("{}", name_of::<[u16; 4]>());
    println!("{}", name_of::<&[f64]>());
    println!("{}", name_of::<str>());
    println!("{}", name_of::<dyn Fn(i32) -> i32>());
    println!("{}", name_of::<BTreeMap<&'static str, Box<u8>>>());
    println!("of_val: {} {} {}", type_name_of_val(&black_box(1.5f32)), type_name_of_val(&"lit"), type_name_of_val(&main));
    println!("same i32/i32 {} i32/u32 {} Vec<u8>/Vec<u8> {} &str/String {}", same_type::<i32, i32>(), same_type::<i32, u32>(), same_type::<Vec<u8>, Vec<u8>>(), same_type::<&str, String>());
    println!("TypeId eq via values: {}", TypeId::of::<Meters>() == black_box(5u8).type_id());
    let items: Vec<Box<dyn Any>> = vec![Box::new(black_box(42i32)), Box::new(String::from("owned")), Box::new("borrowed"), Box::new(Meters(3.5)), Box::new(vec![1u8, 2, 3]), Box::new(1u64)];
    for it in &items {
        println!("{}", describe(it.as_ref()));
    }
    let mut counts = BTreeMap::new();
    for it in &items {
        let key = if it.is::<i32>() { "i32" } else if it.is::<String>() { "String" } else { "other" };
        *counts.entry(key).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let b: Box<dyn Any> = Box::new(black_box(7u16));
    match b.downcast::<u32>() {
        Ok(v) => println!("u32 {}", v),
        Err(b) => match b.downcast::<u16>() {
            Ok(v) => println!("fell back to u16 {}", v),
            Err(_) => println!("neither"),
        },
    }
    let mut any_val: Box<dyn Any> = Box::new(vec![String::from("x")]);
    if let Some(v) = any_val.downcast_mut::<Vec<String>>() {
        v.push("y".into());
    }
    println!("downcast_mut {:?}", any_val.downcast_ref::<Vec<String>>());
    // TypeId keyed map
    let mut registry: Vec<(TypeId, &str)> = vec![(TypeId::of::<i32>(), "int"), (TypeId::of::<f64>(), "float"), (TypeId::of::<Meters>(), "meters")];
    registry.sort_by_key(|(_, n)| *n);
    let lookup = |t: TypeId| registry.iter().find(|(id, _)| *id == t).map(|(_, n)| *n);
    println!("registry: {:?} {:?} {:?}", lookup(TypeId::of::<f64>()), lookup(TypeId::of::<Meters>()), lookup(TypeId::of::<u8>()));
}
