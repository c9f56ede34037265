fn main() {
    congdanso::ui::start();
}
