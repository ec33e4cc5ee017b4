//! libc qsort/bsearch with extern "C" comparators written in Rust: sorting i32s ascending/descending, f64s, and #[repr(C)] structs by several keys.
use std::ffi::{c_int, c_void};
use std::hint::black_box;

unsafe extern "C" {
    fn qsort(base: *mut c_void, n: usize, size: usize, cmp: extern "C" fn(*const c_void, *const c_void) -> c_int);
    fn bsearch(key: *const c_void, base: *const c_void, n: usize, size: usize, cmp: extern "C" fn(*const c_void, *const c_void) -> c_int) -> *mut c_void;
}

extern "C" fn cmp_i32(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    // careful: subtraction could overflow, so compare
    (a > b) as c_int - (a < b) as c_int
}

extern "C" fn cmp_i32_desc(a: *const c_void, b: *const c_void) -> c_int {
    -cmp_i32(a, b)
}

extern "C" fn cmp_f64(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const f64), *(b as *const f64)) };
    match a.total_cmp(&b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Employee {
    id: u32,
    dept: u8,
    salary: f64,
    name: [u8; 8],
}

fn name_of(e: &Employee) -> &str {
    let end = e.name.iter().position(|&b| b == 0).unwrap_or(8);
    std::str::from_utf8(&e.name[..end]).unwrap()
}

fn emp(id: u32, dept: u8, salary: f64, name: &str) -> Employee {
    let mut n = [0u8; 8];
    n[..name.len()].copy_from_slice(name.as_bytes());
    Employee { id, dept, salary, name: n }
}

extern "C" fn cmp_emp_dept_salary(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (&*(a as *const Employee), &*(b as *const Employee)) };
    if a.dept != b.dept {
        return if a.dept < b.dept { -1 } else { 1 };
    }
    if a.salary != b.salary {
        return if a.salary > b.salary { -1 } else { 1 };
    }
    (a.id > b.id) as c_int - (a.id < b.id) as c_int
}

extern "C" fn cmp_emp_name(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (&*(a as *const Employee), &*(b as *const Employee)) };
    match a.name.cmp(&b.name) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

fn sort_with<T>(v: &mut [T], cmp: extern "C" fn(*const c_void, *const c_void) -> c_int) {
    unsafe { qsort(v.as_mut_ptr().cast(), v.len(), std::mem::size_of::<T>(), cmp) };
}

fn main() {
    let mut nums: Vec<i32> = black_box(vec![42, -7, 19, i32::MIN, 0, 88, -7, i32::MAX, 3, 19, -1000]);
    sort_with(&mut nums, cmp_i32);
    println!("ascending  {:?}", nums);
    for key in black_box([19, 4, i32::MIN, 88]) {
        let p = unsafe { bsearch((&key as *const i32).cast(), nums.as_ptr().cast(), nums.len(), 4, cmp_i32) } as *const i32;
        if p.is_null() {
            println!("bsearch {} -> not found", key);
        } else {
            println!("bsearch {} -> found value {}", key, unsafe { *p });
        }
    }
    sort_with(&mut nums, cmp_i32_desc);
    println!("descending {:?}", nums);
    // larger pseudo-random array, compare with Rust sort
    let mut big: Vec<i32> = (0..500).map(|i: i32| black_box(i.wrapping_mul(1103515245).wrapping_add(12345) % 10000)).collect();
    let mut expect = big.clone();
    expect.sort();
    sort_with(&mut big, cmp_i32);
    println!("big sorted equal to Rust sort: {} first {:?} last {:?}", big == expect, &big[..4], &big[496..]);
    let mut fl = black_box(vec![3.5f64, -0.0, 0.0, -2.25, 1e300, -1e-300, 7.0, f64::INFINITY]);
    sort_with(&mut fl, cmp_f64);
    println!("floats {:?}", fl);
    let mut staff = black_box(vec![
        emp(1, 2, 5200.0, "dana"),
        emp(2, 1, 4100.5, "ali"),
        emp(3, 2, 6100.0, "chen"),
        emp(4, 3, 3900.0, "bo"),
        emp(5, 1, 4100.5, "eve"),
        emp(6, 2, 5200.0, "fay"),
    ]);
    println!("size_of Employee = {}", std::mem::size_of::<Employee>());
    sort_with(&mut staff, cmp_emp_dept_salary);
    for e in &staff {
        println!("dept {} salary {:>8.2} id {} {}", e.dept, e.salary, e.id, name_of(e));
    }
    sort_with(&mut staff, cmp_emp_name);
    println!("by name: {:?}", staff.iter().map(name_of).collect::<Vec<_>>());
    // call the comparator directly as well, through a fn pointer variable
    let f: extern "C" fn(*const c_void, *const c_void) -> c_int = cmp_i32;
    let (x, y) = (black_box(5i32), black_box(9i32));
    println!("direct cmp {} {} {}", f((&x as *const i32).cast(), (&y as *const i32).cast()), f((&y as *const i32).cast(), (&x as *const i32).cast()), f((&x as *const i32).cast(), (&x as *const i32).cast()));
}
