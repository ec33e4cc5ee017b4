//! egret's leaf benchmark: a tiny crate over syn. The benchmark times building syn itself, a
//! large library of mostly non-generic code, which is what the backend has to compile.

use syn::visit::Visit;

/// Counts the functions in a Rust source file, or `None` when it does not parse.
pub fn count_functions(source: &str) -> Option<usize> {
    struct Counter(usize);
    impl<'ast> Visit<'ast> for Counter {
        fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
            self.0 += 1;
            syn::visit::visit_item_fn(self, item);
        }
    }
    let file = syn::parse_file(source).ok()?;
    let mut counter = Counter(0);
    counter.visit_file(&file);
    Some(counter.0)
}
