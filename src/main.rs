//! The `faultline` program: a headless command when one is named, else the workbench.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use faultline::cli::{Cli, Terminal, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => {
            let mut out = Terminal::new(std::io::stdout().lock());
            let result = run(command, &mut out);
            let _ = out.flush();
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let mut err = Terminal::new(std::io::stderr().lock());
                    let _ = writeln!(err, "faultline: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        None => faultline::ui::run(cli.project),
    }
}
