//! Prints the first paint of index.html's `#app`: the home page in Vietnamese and English, rendered
//! from the app's own views (`congdanso::ui::prerender`). Run by tools/post_build.py at build time.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", congdanso::ui::prerender::first_paint());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
