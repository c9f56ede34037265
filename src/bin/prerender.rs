//! Prints the first paint of index.html's `#app`: the home page in Vietnamese and English, rendered
//! from the app's own views (`congdanso::ui::prerender`). Run by tools/post_build.py at build time,
//! with what a first visit downloads to start the app, in KB (the "slow network" line names it).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let app_kb = std::env::args().nth(1).and_then(|kb| kb.parse().ok());
    let Some(app_kb) = app_kb else {
        eprintln!("usage: prerender <KB a first visit downloads to start the app>");
        std::process::exit(2);
    };
    print!("{}", congdanso::ui::prerender::first_paint(app_kb));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
