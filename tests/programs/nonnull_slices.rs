//! NonNull and slice::from_raw_parts(_mut): a hand-rolled linked list and growable buffer using NonNull, dangling pointers for ZST/empty slices.
use std::hint::black_box;
use std::ptr::NonNull;

struct Node<T> {
    val: T,
    next: Option<NonNull<Node<T>>>,
}

struct Stack<T> {
    head: Option<NonNull<Node<T>>>,
    len: usize,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, val: T) {
        let node = Box::new(Node { val, next: self.head });
        self.head = Some(NonNull::from(Box::leak(node)));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.map(|nn| {
            let boxed = unsafe { Box::from_raw(nn.as_ptr()) };
            self.head = boxed.next;
            self.len -= 1;
            boxed.val
        })
    }
    fn peek_mut(&mut self) -> Option<&mut T> {
        self.head.map(|mut nn| unsafe { &mut nn.as_mut().val })
    }
    fn iter(&self) -> impl Iterator<Item = &T> {
        let mut cur = self.head;
        std::iter::from_fn(move || {
            cur.map(|nn| {
                let node = unsafe { &*nn.as_ptr() };
                cur = node.next;
                &node.val
            })
        })
    }
}
impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut n = 0;
        while self.pop().is_some() {
            n += 1;
        }
        println!("stack dropped {} nodes", n);
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 0..black_box(6) {
        s.push(format!("item{}", i));
    }
    println!("len {} items {:?}", s.len, s.iter().collect::<Vec<_>>());
    if let Some(top) = s.peek_mut() {
        top.push_str("-edited");
    }
    println!("pop {:?} {:?}", s.pop(), s.pop());
    println!("remaining {:?}", s.iter().collect::<Vec<_>>());
    // NonNull basics
    let mut x = black_box(10i64);
    let mut nn = NonNull::from(&mut x);
    unsafe {
        *nn.as_mut() += 5;
        println!("nonnull read {}", *nn.as_ptr());
    }
    println!("NonNull::new(null) is_none {} size {} option size {}", NonNull::new(std::ptr::null_mut::<u8>()).is_none(), std::mem::size_of::<NonNull<u8>>(), std::mem::size_of::<Option<NonNull<u8>>>());
    let d = NonNull::<u64>::dangling();
    println!("dangling aligned {}", d.as_ptr() as usize % 8 == 0);
    let empty: &[u64] = unsafe { std::slice::from_raw_parts(d.as_ptr(), 0) };
    println!("empty slice from dangling len {}", empty.len());
    // cast and add on NonNull
    let arr = black_box([1u32, 2, 3, 4]);
    let base = NonNull::from(&arr).cast::<u32>();
    let third = unsafe { base.add(2) };
    println!("third {}", unsafe { *third.as_ref() });
    // slice::from_raw_parts / from_raw_parts_mut
    let mut v: Vec<u16> = (0..10).map(|x| black_box(x) * 11).collect();
    let p = v.as_mut_ptr();
    let (left, right) = unsafe { (std::slice::from_raw_parts_mut(p, 5), std::slice::from_raw_parts_mut(p.add(5), 5)) };
    left.swap_with_slice(right);
    println!("swapped halves {:?}", v);
    let view: &[u8] = unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u8, 6) };
    println!("byte view {:?}", view);
    let st = black_box(String::from("raw parts"));
    let sv = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(st.as_ptr().add(4), 5)) };
    println!("str view {:?}", sv);
    // Vec from_raw_parts roundtrip
    let mut orig = std::mem::ManuallyDrop::new(vec![7i32, 8, 9]);
    let rebuilt = unsafe { Vec::from_raw_parts(orig.as_mut_ptr(), orig.len(), orig.capacity()) };
    println!("rebuilt {:?}", rebuilt);
    // slice of ZSTs
    let units: &[()] = unsafe { std::slice::from_raw_parts(NonNull::<()>::dangling().as_ptr(), 1000) };
    println!("zst slice len {}", units.len());
}
