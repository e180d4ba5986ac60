//! The thin binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    klarhet::cli::run(std::env::args_os())
}
